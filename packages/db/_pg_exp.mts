import { PGlite } from '@electric-sql/pglite';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
const dir = '/tmp/exp/pgl';
console.log(process.argv[2], 'pid file before', existsSync(dir + '/postmaster.pid') ? readFileSync(dir + '/postmaster.pid', 'utf8').split('\n').slice(0,2) : null);
try {
const db = new PGlite(dir);
await db.query('select 1');
console.log(process.argv[2], 'opened', process.pid);
await new Promise((r) => setTimeout(r, Number(process.argv[3] ?? 0)));
await db.close();
console.log(process.argv[2], 'closed; pid file after', existsSync(dir + '/postmaster.pid'));
} catch (e) { console.log(process.argv[2], 'failed', String(e).slice(0, 200)); }
