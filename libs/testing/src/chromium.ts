import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Off: anything that would reach hosts this machine cannot (or should not) reach. */
const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * A Chromium the project itself provides: CHROMIUM_PATH if set, Debian's /usr/bin/chromium when
 * installed, else the build that ships inside the @sparticuz/chromium package (unpacked to /tmp).
 * Throws when none can be found: a browser suite without a browser fails, it never skips.
 */
export async function chromiumExecutable(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH names no file: ${fromEnv}`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const unpacked = await sparticuz.executablePath();
  if (!unpacked || !existsSync(unpacked)) {
    throw new Error('No Chromium found: install @sparticuz/chromium (npm install) or Debian chromium');
  }
  return unpacked;
}

/** Headless Chromium driven by playwright-core (loaded only by the suites and benchmarks that use it). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: await chromiumExecutable(), args: ARGS, headless: true });
}
