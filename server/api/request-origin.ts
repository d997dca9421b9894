/**
 * Who may talk to the server at all. A request must name, in its Host header, an address this
 * server answers to, so that a page whose own name was rebound to 127.0.0.1 (DNS rebinding) cannot
 * read it; and a write must come from the explorer's own origin or from a tool that is no browser,
 * so that another site open in the same browser cannot post to it.
 */

import os from 'node:os';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { CrossSiteError, MisdirectedError } from './errors';
import { isLoopbackHost } from './token';

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ALL_INTERFACES: ReadonlySet<string> = new Set(['0.0.0.0', '::', '[::]']);

/** A host name as compared: lower case, IPv6 without brackets, no trailing dot. */
function bareHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

/** The host name of a Host header (`example.org:3000`, `[::1]:3000`), without its port. */
export function hostName(header: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(header.trim());
  if (bracketed) return bareHost(bracketed[1]);
  return bareHost(header.replace(/:\d*$/, ''));
}

/**
 * The host names this server answers to: the address it listens on; this machine's names for
 * loopback when it listens there or everywhere; every interface's address and the machine's name
 * when it listens everywhere; and `PLEXUS_ALLOWED_HOSTS`.
 */
export function allowedHostNames(config: Pick<Config, 'host' | 'allowedHosts'>): Set<string> {
  const names = new Set<string>(config.allowedHosts.map(bareHost));
  const listen = bareHost(config.host);
  const everywhere = ALL_INTERFACES.has(config.host) || ALL_INTERFACES.has(listen);
  if (!everywhere) names.add(listen);
  if (everywhere || isLoopbackHost(listen)) for (const name of ['localhost', '127.0.0.1', '::1']) names.add(name);
  if (everywhere) {
    names.add(bareHost(os.hostname()));
    for (const addresses of Object.values(os.networkInterfaces())) for (const a of addresses ?? []) names.add(bareHost(a.address));
  }
  return names;
}

/** Refuses (421) a request whose Host is not one of the server's names. */
export function requireKnownHost(config: Pick<Config, 'host' | 'allowedHosts'>): RequestHandler {
  const allowed = allowedHostNames(config);
  return (req, _res, next) => {
    const header = req.headers.host;
    if (header !== undefined && allowed.has(hostName(header))) {
      next();
      return;
    }
    const named = header === undefined ? 'no Host' : `the host ${JSON.stringify(header.slice(0, 100))}`;
    next(new MisdirectedError(`This Plexus server does not answer to ${named}; to serve it under another name, add the name to PLEXUS_ALLOWED_HOSTS`));
  };
}

/**
 * Refuses (403) a write that a browser sends from another site: one whose `Sec-Fetch-Site` says
 * so, or whose `Origin` is not this server's. Tools that are no browser (curl, scripts) send
 * neither header and are let through: for them, `PLEXUS_TOKEN` is the guard.
 */
export const refuseCrossSiteWrites: RequestHandler = (req, _res, next) => {
  if (!WRITE_METHODS.has(req.method)) {
    next();
    return;
  }
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    next(new CrossSiteError(`Writes from another site are refused (Sec-Fetch-Site: ${site}); nothing was stored`));
    return;
  }
  if (origin !== undefined && !sameOrigin(origin, req.headers.host)) {
    next(new CrossSiteError(`Writes from another origin are refused (Origin: ${origin.slice(0, 100)}); nothing was stored`));
    return;
  }
  next();
};

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
