/**
 * A throwaway PostgreSQL server for tests that stop and restart the database under a running
 * program: its own data folder, socket folder and a port the system says is free, so it never
 * touches the machine's own server or another test run. Made with the machine's `initdb` and
 * `pg_ctl`; as root they run as the `postgres` user, since PostgreSQL refuses to run as root.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** A URL for the `postgres` database on this server. */
  url: string;
  port: number;
  /** Stops the server at once, as a crash or an immediate restart would, dropping connections. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops at once and starts again: every open connection is cut. */
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

/** The folder holding `initdb` and `pg_ctl`: on PATH, or Debian's newest PostgreSQL. */
export function postgresBinaries(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  return undefined;
}

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL server programs (initdb, pg_ctl) are not installed');
  const root = await mkdtemp(path.join(tmpdir(), 'heard-pg-'));
  const data = path.join(root, 'data');
  const port = await freeTcpPort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
    await chmod(root, 0o700);
  }
  const as = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args])
      : run(path.join(bin, program), args);

  await as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = [
    `-p ${String(port)}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${root}`,
    '-c fsync=off',
    '-c max_connections=60',
  ].join(' ');
  const start = async () => {
    await as('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'log'), '-w', 'start']);
  };
  const stop = async () => {
    await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    port,
    start,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async destroy() {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
