/**
 * Security headers on every response (API, static files, errors) through helmet: a
 * Content-Security-Policy under which no inline script runs and nothing loads from elsewhere,
 * `X-Content-Type-Options: nosniff`, no referrer, no framing. The explorer is served over plain
 * HTTP on a local port, so HSTS and upgrade-insecure-requests are left out.
 */

import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The explorer's policy, applied to every response: scripts only from this origin (no inline
 * script, no event-handler attributes, no eval), the layout worker from a blob URL (graphology's
 * FA2 worker is built that way), styles only from this origin.
 */
export const CONTENT_SECURITY_DIRECTIVES: Readonly<Record<string, string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'"],
  // The PNG export draws into canvases and downloads a blob URL.
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}
