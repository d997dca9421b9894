/**
 * The command line's one way of reading a command's arguments: node's parseArgs with `--help`
 * (`-h`) added, the usage printed for help, and for a mistake the reason and the usage on standard
 * error with exit code 2, as every `plexus` command answers.
 */

import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '#model/errors';
import { isPostgresUrl } from '../store/engine';
import { loadConfig, type Config, type ConfigOverrides } from '../config';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true }>
>;

/** A mistake in a command's arguments: the reason and the usage on standard error; exit code 2. */
export function usageError(command: string, usage: string, problem: string): 2 {
  process.stderr.write(`plexus ${command}: ${problem}\n${usage}\n`);
  return 2;
}

/**
 * A command's options and positionals, or the exit code when there is nothing more to do: 0 after
 * `--help` printed the usage, 2 after a mistake was explained. Positionals are refused unless the
 * command takes them.
 */
export function readArgs<O extends ParseArgsOptionsConfig>(
  command: string,
  usage: string,
  argv: string[],
  options: O,
  { positionals = false }: { positionals?: boolean } = {},
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    const problem = parseArgsProblem(error);
    if (problem === undefined) throw error;
    return usageError(command, usage, problem);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (!positionals && parsed.positionals.length > 0) return usageError(command, usage, `unexpected argument '${parsed.positionals[0]}'`);
  return parsed;
}

/**
 * The `code` of a Node.js error ('EADDRINUSE', 'ERR_PARSE_ARGS_UNKNOWN_OPTION'). Checked by shape,
 * not `instanceof`: Node's own errors may come from another realm (a VM context, a test runner).
 */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The message of the error `parseArgs` throws on an unknown option or a missing value, else undefined. */
function parseArgsProblem(error: unknown): string | undefined {
  if (!errorCode(error)?.startsWith('ERR_PARSE_ARGS')) return undefined;
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : 'invalid arguments';
}

/** CLI paths are taken from the working directory, as a shell user expects; a postgres:// address is kept. */
export function dbOverride(db: string | undefined): ConfigOverrides {
  return db === undefined ? {} : { dbPath: isPostgresUrl(db) ? db : path.resolve(db) };
}

/**
 * A command's configuration with its `--db`, or undefined once what is wrong with it has been
 * written to standard error, as `plexus <command>: …` (the command then exits 2).
 */
export function commandConfig(command: string, db: string | undefined): Config | undefined {
  try {
    return loadConfig(process.env, dbOverride(db));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`plexus ${command}: ${error.message}\n`);
    return undefined;
  }
}

/** Runs a program on the process's arguments: its answer is the exit code; a crash prints `name: stack` and exits 1. */
export function runProgram(name: string, command: (argv: string[]) => Promise<number>): void {
  command(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
