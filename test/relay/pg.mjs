/**
 * A throwaway PostgreSQL for tests and the benchmark: initdb on a temporary directory, pg_ctl start on a free port
 * (loopback only, trust auth), pg_ctl stop -m immediate at the end. As root, PostgreSQL refuses to run: the commands
 * run as the `postgres` user (runuser). Binaries: PG_BIN, else /usr/lib/postgresql/<newest>/bin, else PATH.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => b - a);
    for (const v of versions) if (existsSync(path.join(base, v, 'bin/initdb'))) return path.join(base, v, 'bin');
  }
  return '';
}

export function postgresAvailable() {
  const dir = binDir();
  return dir ? existsSync(path.join(dir, 'initdb')) : false;
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export async function startPostgres({ fsync = true } = {}) {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL binaries not found: apt-get install postgresql (or set PG_BIN)');
  const root = mkdtempSync(path.join(tmpdir(), 'cw-pg-'));
  const data = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  let uid;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  const run = (cmd, args) => execFileSync(asRoot ? 'runuser' : path.join(bin, cmd), asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args, { stdio: 'pipe' });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  const opts = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=${fsync ? 'on' : 'off'}`;
  run('pg_ctl', ['-D', data, '-l', path.join(root, 'log'), '-o', opts, '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
