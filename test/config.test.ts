/** The configuration: complete defaults, environment and overrides, and a ConfigError that says what to fix. */

import * as os from 'node:os';
import * as path from 'node:path';
import { findRepoRoot, loadConfig } from '../server/config';
import { ConfigError } from '#model/errors';

const REPO = path.resolve(__dirname, '..');

/** The ConfigError that `load` throws, checked by name as well as by class. */
function configError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toHaveProperty('name', 'ConfigError');
    if (error instanceof ConfigError) return error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has complete defaults', () => {
    expect(loadConfig({})).toEqual({
      dbPath: path.join(REPO, 'data', 'plexus.db'),
      port: 3000,
      host: '127.0.0.1',
      window: 'sentence',
      demoCorpusDir: path.join(REPO, 'data', 'corpus'),
      clientDir: path.join(REPO, 'dist', 'client'),
      maxUploadBytes: 10 * 1024 * 1024,
      maxFilesPerUpload: 100,
      maxRequestBytes: 100 * 1024 * 1024,
      maxDocumentChars: 1_000_000,
      token: undefined,
      allowedHosts: [],
    });
  });

  it('reads PLEXUS_ALLOWED_HOSTS as names separated by commas', () => {
    expect(loadConfig({ PLEXUS_ALLOWED_HOSTS: 'plexus.example.org, 10.0.0.5,' }).allowedHosts).toEqual(['plexus.example.org', '10.0.0.5']);
  });

  it('reads the environment', () => {
    expect(
      loadConfig({
        PLEXUS_DB: '/var/lib/plexus/news.db',
        PORT: '8080',
        PLEXUS_HOST: '0.0.0.0',
        PLEXUS_WINDOW: 'paragraph',
        PLEXUS_MAX_UPLOAD_BYTES: '2048',
        PLEXUS_MAX_FILES: '5',
      }),
    ).toMatchObject({
      dbPath: '/var/lib/plexus/news.db',
      port: 8080,
      host: '0.0.0.0',
      window: 'paragraph',
      maxUploadBytes: 2048,
      maxFilesPerUpload: 5,
    });
  });

  it('resolves a relative PLEXUS_DB against the repository root, not the working directory', () => {
    const cwd = process.cwd();
    process.chdir(os.tmpdir());
    try {
      expect(loadConfig({ PLEXUS_DB: 'data/other.db' }).dbPath).toBe(path.join(REPO, 'data', 'other.db'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('takes an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', PLEXUS_WINDOW: '' })).toMatchObject({ port: 3000, window: 'sentence' });
  });

  it('lets overrides win over the environment, typed or as text', () => {
    const env = { PORT: '8080', PLEXUS_HOST: '0.0.0.0' };
    expect(loadConfig(env, { port: 0, host: 'localhost' })).toMatchObject({ port: 0, host: 'localhost' });
    expect(loadConfig(env, { port: '9090' })).toMatchObject({ port: 9090, host: '0.0.0.0' });
    expect(loadConfig({}, { window: 'document', maxUploadBytes: 1 })).toMatchObject({ window: 'document', maxUploadBytes: 1 });
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  describe('throws a ConfigError naming the variable, the value and what is expected', () => {
    it.each([
      [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, got "abc"'],
      [{ PORT: '65536' }, 'PORT must be a whole number from 0 to 65535, got "65536"'],
      [{ PORT: '-1' }, 'PORT must be a whole number from 0 to 65535, got "-1"'],
      [{ PORT: '80.5' }, 'PORT must be a whole number from 0 to 65535, got "80.5"'],
      [{ PLEXUS_WINDOW: 'line' }, 'PLEXUS_WINDOW must be one of sentence, paragraph, document, got "line"'],
      [{ PLEXUS_HOST: 'my host' }, 'PLEXUS_HOST must be a host name or IP address without spaces or slashes, such as 127.0.0.1 or 0.0.0.0, got "my host"'],
      [{ PLEXUS_MAX_UPLOAD_BYTES: '10MB' }, 'PLEXUS_MAX_UPLOAD_BYTES must be a whole number of bytes greater than 0 (10485760 is 10 MiB), got "10MB"'],
      [{ PLEXUS_MAX_UPLOAD_BYTES: '0' }, 'PLEXUS_MAX_UPLOAD_BYTES must be a whole number of bytes greater than 0 (10485760 is 10 MiB), got "0"'],
      [{ PLEXUS_MAX_FILES: '0' }, 'PLEXUS_MAX_FILES must be a whole number from 1 to 100000, got "0"'],
      [
        { PLEXUS_ALLOWED_HOSTS: 'a.example.org,evil host' },
        'PLEXUS_ALLOWED_HOSTS must be host names separated by commas, such as plexus.example.org,10.0.0.5, got "a.example.org,evil host"',
      ],
      [{ PLEXUS_DB: '   ' }, 'PLEXUS_DB must be a file path (relative paths are taken from the repository root) or a postgres:// address, got "   "'],
    ])('%j', (env, message) => {
      expect(configError(() => loadConfig(env)).message).toBe(message);
    });

    it('never writes a refused PLEXUS_TOKEN into the message', () => {
      const message = configError(() => loadConfig({ PLEXUS_TOKEN: 'short secret' })).message;
      expect(message).toBe(
        'PLEXUS_TOKEN must be at least 16 printable ASCII characters without spaces (e.g. the output of `openssl rand -hex 32`), got a value of 12 characters',
      );
    });

    it('names an override by its setting', () => {
      expect(configError(() => loadConfig({}, { port: 'abc' })).message).toBe('port must be a whole number from 0 to 65535, got "abc"');
      expect(configError(() => loadConfig({}, { port: 70000 })).message).toBe('port must be a whole number from 0 to 65535, got 70000');
    });

    it('reports every bad setting at once, one per line', () => {
      expect(configError(() => loadConfig({ PORT: 'x', PLEXUS_WINDOW: 'y' })).message).toBe(
        'PORT must be a whole number from 0 to 65535, got "x"\n' + 'PLEXUS_WINDOW must be one of sentence, paragraph, document, got "y"',
      );
    });
  });
});

describe('findRepoRoot', () => {
  it('finds the repository from the sources and from the compiled output', () => {
    expect(findRepoRoot(path.join(REPO, 'server'))).toBe(REPO);
    expect(findRepoRoot(path.join(REPO, 'dist', 'server'))).toBe(REPO);
    expect(findRepoRoot(path.join(REPO, 'dist', 'server', 'cli'))).toBe(REPO);
    expect(findRepoRoot()).toBe(REPO);
  });

  it('throws a ConfigError outside the repository', () => {
    expect(configError(() => findRepoRoot(os.tmpdir())).message).toMatch(/Cannot find the Plexus repository root/);
  });
});
