/**
 * Debian's chromium as Plexus drives it headless, for the client benchmark and the e2e tests alike,
 * so that both measure and test the same browser.
 */

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless chromium with WebGL in software: SwiftShader must be allowed explicitly, the GPU stays
 * enabled (sigma needs WebGL). The machine may have no network: nothing in the background may try it.
 * playwright gives every launch a fresh temporary profile (its own --user-data-dir).
 */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
