/**
 * Type test, checked by `tsc` (never run): if the router's type inference ever collapses (as it
 * does under some module-resolution settings), the valid calls below stop compiling; if it turns
 * into `any`, the `@ts-expect-error` lines stop being errors. Either way the type check fails.
 */
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../src/router.js';

const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: 'http://localhost/trpc' })] });

export async function validCalls(): Promise<string> {
  const status = await client.portal.track.query({
    authorityCode: 'WBC',
    reference: 'WBC-26-00001',
    trackingCode: 'ABCD',
  });
  const inbox = await client.complaints.inbox.query({ authorityId: 'x', limit: 10 });
  return `${status.reference} ${inbox.total}`;
}

export async function wrongCalls(): Promise<void> {
  // @ts-expect-error the reference must be a string
  await client.portal.track.query({ authorityCode: 'WBC', reference: 42, trackingCode: 'A' });
  // @ts-expect-error inbox needs the authority
  await client.complaints.inbox.query({ limit: 10 });
  // @ts-expect-error there is no such procedure
  await client.complaints.deleteEverything.mutate(); // eslint-disable-line @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- deliberately calls a procedure that does not exist
}
