/**
 * A stand-in for the API, answering tRPC's HTTP calls the way the real one does, so the portal's
 * server can be tested on its own: each procedure answers with what the test says, and every call
 * is recorded. Journeys against the real API are in the end-to-end tests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export type FakeAnswer =
  | { data: unknown }
  | { error: { code: string; httpStatus: number; fieldErrors?: Record<string, string[]> } };

export interface FakeApi {
  url: string;
  calls: { path: string; input: unknown; headers: Record<string, string | string[] | undefined> }[];
  answer(path: string, answer: (input: unknown) => FakeAnswer): void;
  close(): Promise<void>;
}

export async function startFakeApi(): Promise<FakeApi> {
  const answers = new Map<string, (input: unknown) => FakeAnswer>();
  const calls: FakeApi['calls'] = [];
  answers.set('portal.authorities', () => ({
    data: [
      { code: 'WBC', name: 'Westbridge Borough Council' },
      { code: 'NMC', name: 'Northmoor Council' },
    ],
  }));
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.all('/trpc/:path', (req, res) => {
    const path = req.params.path;
    const raw = req.method === 'GET' ? req.query.input : undefined;
    const input: unknown =
      req.method === 'GET' ? (typeof raw === 'string' ? JSON.parse(raw) : undefined) : req.body;
    calls.push({ path, input, headers: req.headers });
    const found = answers.get(path);
    const result: FakeAnswer = found
      ? found(input)
      : { error: { code: 'NOT_FOUND', httpStatus: 404 } };
    if ('data' in result) {
      res.json({ result: { data: result.data } });
      return;
    }
    res.status(result.error.httpStatus).json({
      error: {
        message: result.error.code,
        code: -32600,
        data: {
          code: result.error.code,
          httpStatus: result.error.httpStatus,
          fieldErrors: result.error.fieldErrors,
        },
      },
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => {
      resolve(s);
    });
  });
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    calls,
    answer(path, answer) {
      answers.set(path, answer);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
