/**
 * The Chromium every headless run here uses (tests, packaging checks, the bench): Debian's
 * package, never a downloaded browser. The flags keep it off the network it would otherwise
 * reach for (updates, sync, component downloads), which this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
