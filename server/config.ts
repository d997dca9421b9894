/**
 * Plexus configuration: one typed object with complete defaults, read from the environment (and
 * overrides such as CLI flags) and validated once at start, with messages that say what to fix.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_DOCUMENT_CHARS } from './ingest/limits';
import { ConfigError } from '#model/errors';
import { isPostgresUrl } from './store/engine';
import { COOCCURRENCE_WINDOWS, type CooccurrenceWindow } from '#model/types';

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

/** Where a setting may come from and what a valid value looks like, kept with its schema as zod metadata. */
interface Source {
  /** The environment variable, when the setting has one. */
  env?: string;
  /** What a valid value looks like, completing '<NAME> must be …'. */
  expected: string;
  /** Its value is never written into a message. */
  secret?: boolean;
}

const filePath = (root: string): z.ZodType<string, unknown> =>
  z
    .string()
    .trim()
    .min(1)
    .refine((value) => !value.includes('\u0000'))
    .transform((value) => path.resolve(root, value));

/** An SQLite file path resolved against the root, or a PostgreSQL database's postgres:// address as given. */
const storeLocation = (root: string): z.ZodType<string, unknown> =>
  z
    .string()
    .trim()
    .min(1)
    .refine((value) => !value.includes('\u0000'))
    .transform((value) => (isPostgresUrl(value) ? value : path.resolve(root, value)));

/** Every setting, its default (for this repository root) and its source, in one zod object. */
export function configSchema(root: string) {
  return z.object({
    /** The store: an SQLite file (a relative path is resolved against the repository root), or a postgres:// address. */
    dbPath: storeLocation(root)
      .default(path.join(root, 'data', 'plexus.db'))
      .meta({ env: 'PLEXUS_DB', expected: 'a file path (relative paths are taken from the repository root) or a postgres:// address' }),
    /** 0 lets the system pick a free port. */
    port: wholeNumber(0, 65535).default(3000).meta({ env: 'PORT', expected: 'a whole number from 0 to 65535' }),
    /** The default serves this machine only. */
    host: z
      .string()
      .trim()
      .regex(/^[^\s/]+$/)
      .default('127.0.0.1')
      .meta({ env: 'PLEXUS_HOST', expected: 'a host name or IP address without spaces or slashes, such as 127.0.0.1 or 0.0.0.0' }),
    /** The unit within which two entities co-occur. */
    window: z
      .custom<CooccurrenceWindow>((value) => COOCCURRENCE_WINDOWS.some((window) => window === value))
      .default('sentence')
      .meta({ env: 'PLEXUS_WINDOW', expected: `one of ${COOCCURRENCE_WINDOWS.join(', ')}` }),
    /** The built-in corpus that `plexus serve --demo` loads into an empty store. */
    demoCorpusDir: filePath(root)
      .default(path.join(root, 'data', 'corpus'))
      .meta({ expected: 'a folder path' }),
    /** The built explorer (`npm run build` writes it), served at `/`. */
    clientDir: filePath(root)
      .default(path.join(root, 'dist', 'client'))
      .meta({ expected: 'a folder path' }),
    /** The largest uploaded file, and the largest JSON body. */
    maxUploadBytes: wholeNumber(1, Number.MAX_SAFE_INTEGER)
      .default(10 * 1024 * 1024)
      .meta({ env: 'PLEXUS_MAX_UPLOAD_BYTES', expected: 'a whole number of bytes greater than 0 (10485760 is 10 MiB)' }),
    /** The most files one upload may carry. */
    maxFilesPerUpload: wholeNumber(1, 100_000).default(100).meta({ env: 'PLEXUS_MAX_FILES', expected: 'a whole number from 1 to 100000' }),
    /** The largest upload request, all its files together. */
    maxRequestBytes: wholeNumber(1, Number.MAX_SAFE_INTEGER)
      .default(100 * 1024 * 1024)
      .meta({ env: 'PLEXUS_MAX_REQUEST_BYTES', expected: 'a whole number of bytes greater than 0 (104857600 is 100 MiB)' }),
    /** The longest document text (after decoding and HTML reading), in characters. */
    maxDocumentChars: wholeNumber(1, Number.MAX_SAFE_INTEGER)
      .default(DEFAULT_MAX_DOCUMENT_CHARS)
      .meta({ env: 'PLEXUS_MAX_DOCUMENT_CHARS', expected: 'a whole number of characters greater than 0 (1000000 is about 160,000 words)' }),
    /** The secret that write requests must carry; required when `host` is not this machine. */
    token: z
      .string()
      .regex(/^[\x21-\x7e]{16,}$/)
      .optional()
      .meta({
        env: 'PLEXUS_TOKEN',
        expected: 'at least 16 printable ASCII characters without spaces (e.g. the output of `openssl rand -hex 32`)',
        secret: true,
      }),
    /** More host names the server answers to (comma-separated), beside the addresses it listens on. */
    allowedHosts: z
      .union([
        z.array(z.string()),
        z.string().transform((value) =>
          value
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== ''),
        ),
      ])
      .pipe(z.array(z.string().regex(/^[^\s/,]+$/)))
      .default([])
      .meta({ env: 'PLEXUS_ALLOWED_HOSTS', expected: 'host names separated by commas, such as plexus.example.org,10.0.0.5' }),
  });
}

export type Config = z.infer<ReturnType<typeof configSchema>>;

/** A value given directly (a CLI flag, a test): typed, or the raw text as a flag gives it. */
export type ConfigOverrides = { [K in keyof Config]?: Config[K] | string };

/**
 * The configuration: each setting from `overrides`, else from its environment variable, else its
 * default. An empty environment variable counts as unset. Every bad value is reported at once in
 * one ConfigError, one line per setting, naming where the value came from.
 */
export function loadConfig(env: Environment = process.env, overrides: ConfigOverrides = {}): Config {
  const root = findRepoRoot();
  const schema = configSchema(root);
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(schema.shape) as [keyof Config, z.ZodType][]) {
    const source = setting.meta() as unknown as Source;
    const override = overrides[key];
    const fromEnv = source.env === undefined ? undefined : env[source.env];
    const [name, raw] = override !== undefined ? [key, override] : fromEnv !== undefined && fromEnv !== '' ? [source.env, fromEnv] : [key, undefined];
    const parsed = setting.safeParse(raw);
    if (parsed.success) {
      values[key] = parsed.data;
      continue;
    }
    const given = source.secret ? `a value of ${String(raw).length} characters` : JSON.stringify(raw);
    problems.push(`${name} must be ${source.expected}, got ${given}`);
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return Object.freeze(values as Config);
}
