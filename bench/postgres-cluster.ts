/**
 * A throwaway PostgreSQL cluster for the tests and the scale bench: initdb and pg_ctl in a temporary
 * folder, on a free port of 127.0.0.1 with its socket in that folder, trust authentication for one
 * user. PostgreSQL refuses to run as root, so under root it runs as the `postgres` user.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** The user the tests connect as. */
const USER = 'plexus';

/** Where Debian installs each major version's programs (/usr/lib/postgresql/15/bin). */
const DEBIAN_ROOT = '/usr/lib/postgresql';

export interface Cluster {
  /** The temporary folder: the data, the socket and the server's log. */
  dir: string;
  port: number;
  /** The connection string of a database of the cluster's. */
  url(database: string): string;
  /** A new, empty database, and its connection string. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once and removes its folder. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** The folder of initdb, pg_ctl and postgres; default PLEXUS_POSTGRES_BIN, else Debian's newest. */
  bin?: string;
  /** Keep PostgreSQL's durability settings (the bench); off, commits skip fsync (the tests). */
  durable?: boolean;
  /** The server's max_connections (PostgreSQL's 100 by default): a test run holds a connection per open store. */
  maxConnections?: number;
}

/** Debian's newest PostgreSQL programs, or undefined when none is installed. */
function debianBin(): string | undefined {
  const versions = fs.existsSync(DEBIAN_ROOT) ? fs.readdirSync(DEBIAN_ROOT).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a)).find((v) => fs.existsSync(path.join(DEBIAN_ROOT, v, 'bin', 'initdb')));
  return newest === undefined ? undefined : path.join(DEBIAN_ROOT, newest, 'bin');
}

/** The folder of PostgreSQL's programs, or an error that says how to install them. */
export function postgresBin(given = process.env['PLEXUS_POSTGRES_BIN']): string {
  const bin = given ?? debianBin();
  if (bin === undefined || !fs.existsSync(path.join(bin, 'initdb')) || !fs.existsSync(path.join(bin, 'pg_ctl'))) {
    const where = given === undefined ? `${DEBIAN_ROOT}/<version>/bin` : given;
    throw new Error(`PostgreSQL's initdb and pg_ctl are not in ${where}: run test/setup-machine.sh, which installs Debian's postgresql`);
  }
  return bin;
}

/** The account PostgreSQL runs as: this one, or `postgres` when this one is root. */
export function serverAccount(passwd = '/etc/passwd'): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = fs
    .readFileSync(passwd, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error(
      "PostgreSQL refuses to run as root, and there is no 'postgres' user to run it as: run test/setup-machine.sh, which installs Debian's postgresql",
    );
  }
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs one of PostgreSQL's programs as the server's account; rejects with its output when it fails. */
function run(program: string, args: string[], account: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], ...account, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(program)} ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

/** A port of 127.0.0.1 that nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port was given'))));
    });
  });
}

/** Settings of the test server: its address and socket, and commits that skip fsync unless durable. */
function settings(dir: string, port: number, options: ClusterOptions): string {
  const lines = [`port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`];
  if (options.maxConnections !== undefined) lines.push(`max_connections = ${Math.trunc(options.maxConnections)}`);
  if (options.durable !== true) lines.push('fsync = off', 'synchronous_commit = off', 'full_page_writes = off');
  return `\n${lines.join('\n')}\n`;
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBin(options.bin);
  const account = serverAccount();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-pg-'));
  const data = path.join(dir, 'data');
  if (account) fs.chownSync(dir, account.uid, account.gid);
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', data, ...args], account);
  try {
    await run(path.join(bin, 'initdb'), ['-D', data, '-U', USER, '--auth=trust', '--no-sync', '--no-locale', '-E', 'UTF8'], account);
    const port = await freePort();
    fs.appendFileSync(path.join(data, 'postgresql.conf'), settings(dir, port, options));
    await pgCtl('-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start');
    const url = (database: string) => `postgres://${USER}@127.0.0.1:${port}/${database}`;
    return {
      dir,
      port,
      url,
      async createDatabase(name) {
        const admin = new Client({ connectionString: url('postgres') });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
        } finally {
          await admin.end();
        }
        return url(name);
      },
      async stop() {
        try {
          await pgCtl('-m', 'immediate', '-w', 'stop');
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
