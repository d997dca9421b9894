/**
 * The throwaway PostgreSQL cluster of the tests and the scale bench: a real server in a temporary
 * folder, run by an unprivileged user when the tests run as root, gone once stopped; and without
 * PostgreSQL's programs, a failure that says how to install them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { postgresBin, serverAccount, startCluster } from '../../bench/postgres-cluster';

describe('startCluster', () => {
  it('runs a server in a temporary folder that takes connections, as a user other than root, and removes it once stopped', async () => {
    const cluster = await startCluster();
    let stopped = false;
    try {
      const url = await cluster.createDatabase('first');
      expect(url).toBe(`postgres://plexus@127.0.0.1:${cluster.port}/first`);
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ database: string; user: string }>('SELECT current_database() AS database, current_user AS "user"');
        expect(rows).toEqual([{ database: 'first', user: 'plexus' }]);
      } finally {
        await client.end();
      }
      // The server process (its pid heads postmaster.pid) runs as an unprivileged user: PostgreSQL refuses root.
      const pid = fs.readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0];
      const uid = Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      expect(uid).not.toBe(0);
      expect(fs.existsSync(path.join(cluster.dir, `.s.PGSQL.${cluster.port}`))).toBe(true);
      await cluster.stop();
      stopped = true;
      expect(fs.existsSync(cluster.dir)).toBe(false);
    } finally {
      if (!stopped) await cluster.stop();
    }
  }, 120_000);
});

describe('without PostgreSQL', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-nopg-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails with a message that names the folder searched and the script that installs PostgreSQL', async () => {
    const expected = `PostgreSQL's initdb and pg_ctl are not in ${dir}: run test/setup-machine.sh, which installs Debian's postgresql`;
    expect(() => postgresBin(dir)).toThrow(expected);
    await expect(startCluster({ bin: dir })).rejects.toThrow(expected);
  });

  it("fails as root when there is no 'postgres' user to run the server as", () => {
    const passwd = path.join(dir, 'passwd');
    fs.writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\n');
    if (process.getuid?.() === 0) {
      expect(() => serverAccount(passwd)).toThrow("PostgreSQL refuses to run as root, and there is no 'postgres' user to run it as: run test/setup-machine.sh");
    } else {
      // Any other user runs the server itself.
      expect(serverAccount(passwd)).toBeUndefined();
    }
  });
});
