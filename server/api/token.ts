/**
 * Who may change the corpus. Reading is open to whoever can reach the server; writing (any
 * request under /api other than GET, HEAD and OPTIONS: uploads, deletions, curation) needs the
 * operator's `PLEXUS_TOKEN` when one is set, sent as `Authorization: Bearer …` or
 * `X-Plexus-Token: …`. A server bound to an address other than this machine's must have one:
 * `exposureProblem` says so before it starts.
 */

import crypto from 'node:crypto';
import net from 'node:net';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { UnauthorizedError } from './errors';

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** True for an address that only this machine can reach: 127.0.0.0/8, ::1 (in any spelling), localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  const family = net.isIP(bare);
  return family !== 0 && LOOPBACK.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why the server must not start with this configuration, or undefined when it may. */
export function exposureProblem(config: Pick<Config, 'host' | 'token'>): string | undefined {
  if (isLoopbackHost(config.host) || config.token !== undefined) return undefined;
  return (
    `PLEXUS_HOST is ${config.host}, which other machines can reach, and PLEXUS_TOKEN is not set: ` +
    'anyone could upload or change documents. Set PLEXUS_TOKEN to a secret of at least 16 characters ' +
    '(e.g. `openssl rand -hex 32`), or serve this machine only with PLEXUS_HOST=127.0.0.1'
  );
}

/** The token a request carries, if any. */
function presentedToken(authorization: string | undefined, header: string | string[] | undefined): string | undefined {
  const bearer = authorization === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  return bearer ?? (typeof header === 'string' ? header.trim() : undefined);
}

/** Compared through fixed-length digests in constant time, so that timing reveals neither the token nor its length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => crypto.createHash('sha256').update(text, 'utf8').digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

/** Refuses a write without the right token (401), when the configuration has one. */
export function requireToken(config: Pick<Config, 'token'>): RequestHandler {
  const expected = config.token;
  return (req, res, next) => {
    if (expected === undefined || READ_METHODS.has(req.method)) {
      next();
      return;
    }
    const given = presentedToken(req.headers.authorization, req.headers['x-plexus-token']);
    if (given !== undefined && sameSecret(given, expected)) {
      next();
      return;
    }
    res.set('WWW-Authenticate', 'Bearer realm="plexus"');
    // The body is never parsed: Node discards what is left of it once the answer is sent.
    next(
      new UnauthorizedError(
        given === undefined
          ? 'This server requires a token for changes: send it as "Authorization: Bearer <PLEXUS_TOKEN>" or "X-Plexus-Token"'
          : 'The token is wrong: nothing was changed',
      ),
    );
  };
}
