/**
 * Plexus configuration: one typed object with complete defaults, read from the environment (and
 * overrides such as CLI flags) and validated once at start, with messages that say what to fix.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_DOCUMENT_CHARS } from './ingest/limits';
import { ConfigError } from './model/errors';
import { COOCCURRENCE_WINDOWS, type CooccurrenceWindow } from './model/types';

export interface Config {
  /** The SQLite store. `PLEXUS_DB`; a relative value is resolved against the repository root. */
  dbPath: string;
  /** `PORT`; 0 lets the system pick a free port. */
  port: number;
  /** `PLEXUS_HOST`; the default serves this machine only. */
  host: string;
  /** `PLEXUS_WINDOW`: the unit within which two entities co-occur. */
  window: CooccurrenceWindow;
  /** The built-in corpus that `plexus serve --demo` loads into an empty store. */
  demoCorpusDir: string;
  /** The built explorer (`npm run build` writes it), served at `/`. */
  clientDir: string;
  /** `PLEXUS_MAX_UPLOAD_BYTES`: the largest uploaded file, and the largest JSON body. */
  maxUploadBytes: number;
  /** `PLEXUS_MAX_FILES`: the most files one upload may carry. */
  maxFilesPerUpload: number;
  /** `PLEXUS_MAX_REQUEST_BYTES`: the largest upload request, all its files together. */
  maxRequestBytes: number;
  /** `PLEXUS_MAX_DOCUMENT_CHARS`: the longest document text (after decoding and HTML reading), in characters. */
  maxDocumentChars: number;
  /** `PLEXUS_TOKEN`: the secret that write requests must carry; required when `host` is not this machine. */
  token: string | undefined;
  /** `PLEXUS_ALLOWED_HOSTS`: more host names the server answers to (comma-separated), beside the addresses it listens on. */
  allowedHosts: string[];
}

/** A value given directly (a CLI flag, a test): typed, or the raw text as a flag gives it. */
export type ConfigOverrides = { [K in keyof Config]?: Config[K] | string };

export type Environment = Readonly<Record<string, string | undefined>>;

const PACKAGE_NAME = 'plexus';

/**
 * The repository root: the nearest folder above `start` whose package.json is Plexus's. Walking up,
 * rather than a fixed '..', finds it both from the sources (server/) and compiled (dist/server/).
 */
export function findRepoRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (isPlexusPackage(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new ConfigError(`Cannot find the Plexus repository root (a package.json named "${PACKAGE_NAME}") above ${start}`);
    }
    dir = parent;
  }
}

function isPlexusPackage(file: string): boolean {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** A whole number written in decimal digits, or given as a number. */
function wholeNumber(min: number, max: number): z.ZodType<number> {
  const fromText = z.string().trim().regex(/^\d+$/).transform(Number);
  return z.union([z.number(), fromText]).pipe(z.number().int().min(min).max(max));
}

interface Setting<K extends keyof Config> {
  key: K;
  /** The environment variable, when the setting has one. */
  env?: string;
  schema: z.ZodType<Config[K]>;
  /** What a valid value looks like, completing '<NAME> must be …'. */
  expected: string;
  default: (root: string) => Config[K];
  /** Its value is never written into a message. */
  secret?: boolean;
}

const filePath = (root: string): z.ZodType<string> =>
  z
    .string()
    .trim()
    .min(1)
    .refine((value) => !value.includes('\u0000'))
    .transform((value) => path.resolve(root, value));

function settings(root: string): { [K in keyof Config]: Setting<K> } {
  return {
    dbPath: {
      key: 'dbPath',
      env: 'PLEXUS_DB',
      schema: filePath(root),
      expected: 'a file path (relative paths are taken from the repository root)',
      default: (r) => path.join(r, 'data', 'plexus.db'),
    },
    port: {
      key: 'port',
      env: 'PORT',
      schema: wholeNumber(0, 65535),
      expected: 'a whole number from 0 to 65535',
      default: () => 3000,
    },
    host: {
      key: 'host',
      env: 'PLEXUS_HOST',
      schema: z
        .string()
        .trim()
        .regex(/^[^\s/]+$/),
      expected: 'a host name or IP address without spaces or slashes, such as 127.0.0.1 or 0.0.0.0',
      default: () => '127.0.0.1',
    },
    window: {
      key: 'window',
      env: 'PLEXUS_WINDOW',
      schema: z.custom<CooccurrenceWindow>((value) => COOCCURRENCE_WINDOWS.some((window) => window === value)),
      expected: `one of ${COOCCURRENCE_WINDOWS.join(', ')}`,
      default: () => 'sentence',
    },
    demoCorpusDir: {
      key: 'demoCorpusDir',
      schema: filePath(root),
      expected: 'a folder path',
      default: (r) => path.join(r, 'data', 'corpus'),
    },
    clientDir: {
      key: 'clientDir',
      schema: filePath(root),
      expected: 'a folder path',
      default: (r) => path.join(r, 'dist', 'client'),
    },
    maxUploadBytes: {
      key: 'maxUploadBytes',
      env: 'PLEXUS_MAX_UPLOAD_BYTES',
      schema: wholeNumber(1, Number.MAX_SAFE_INTEGER),
      expected: 'a whole number of bytes greater than 0 (10485760 is 10 MiB)',
      default: () => 10 * 1024 * 1024,
    },
    maxFilesPerUpload: {
      key: 'maxFilesPerUpload',
      env: 'PLEXUS_MAX_FILES',
      schema: wholeNumber(1, 100_000),
      expected: 'a whole number from 1 to 100000',
      default: () => 100,
    },
    maxRequestBytes: {
      key: 'maxRequestBytes',
      env: 'PLEXUS_MAX_REQUEST_BYTES',
      schema: wholeNumber(1, Number.MAX_SAFE_INTEGER),
      expected: 'a whole number of bytes greater than 0 (104857600 is 100 MiB)',
      default: () => 100 * 1024 * 1024,
    },
    maxDocumentChars: {
      key: 'maxDocumentChars',
      env: 'PLEXUS_MAX_DOCUMENT_CHARS',
      schema: wholeNumber(1, Number.MAX_SAFE_INTEGER),
      expected: 'a whole number of characters greater than 0 (1000000 is about 160,000 words)',
      default: () => DEFAULT_MAX_DOCUMENT_CHARS,
    },
    token: {
      key: 'token',
      env: 'PLEXUS_TOKEN',
      schema: z.string().regex(/^[\x21-\x7e]{16,}$/),
      expected: 'at least 16 printable ASCII characters without spaces (e.g. the output of `openssl rand -hex 32`)',
      default: () => undefined,
      secret: true,
    },
    allowedHosts: {
      key: 'allowedHosts',
      env: 'PLEXUS_ALLOWED_HOSTS',
      schema: z
        .union([
          z.array(z.string()),
          z.string().transform((value) =>
            value
              .split(',')
              .map((name) => name.trim())
              .filter((name) => name !== ''),
          ),
        ])
        .pipe(z.array(z.string().regex(/^[^\s/,]+$/))),
      expected: 'host names separated by commas, such as plexus.example.org,10.0.0.5',
      default: () => [],
    },
  };
}

/**
 * The configuration: each setting from `overrides`, else from its environment variable, else its
 * default. An empty environment variable counts as unset. Every bad value is reported at once in
 * one ConfigError, one line per setting, naming where the value came from.
 */
export function loadConfig(env: Environment = process.env, overrides: ConfigOverrides = {}): Config {
  const root = findRepoRoot();
  const all = settings(root);
  const problems: string[] = [];

  function resolve<K extends keyof Config>(setting: Setting<K>): Config[K] {
    const override = overrides[setting.key];
    const fromEnv = setting.env === undefined ? undefined : env[setting.env];
    let name: string;
    let raw: unknown;
    if (override !== undefined) {
      name = setting.key;
      raw = override;
    } else if (fromEnv !== undefined && fromEnv !== '') {
      name = setting.env ?? setting.key;
      raw = fromEnv;
    } else {
      return setting.default(root);
    }
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const given = setting.secret ? `a value of ${String(raw).length} characters` : JSON.stringify(raw);
    problems.push(`${name} must be ${setting.expected}, got ${given}`);
    return setting.default(root);
  }

  const config: Config = {
    dbPath: resolve(all.dbPath),
    port: resolve(all.port),
    host: resolve(all.host),
    window: resolve(all.window),
    demoCorpusDir: resolve(all.demoCorpusDir),
    clientDir: resolve(all.clientDir),
    maxUploadBytes: resolve(all.maxUploadBytes),
    maxFilesPerUpload: resolve(all.maxFilesPerUpload),
    maxRequestBytes: resolve(all.maxRequestBytes),
    maxDocumentChars: resolve(all.maxDocumentChars),
    token: resolve(all.token),
    allowedHosts: resolve(all.allowedHosts),
  };
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return Object.freeze(config);
}
