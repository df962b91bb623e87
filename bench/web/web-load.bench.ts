import { ApiProcess, STRONG_PASSWORD, freePort, launchChromium } from '@curbside/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/**
 * The web app's weight and its first load on a slow connection. Bundle: every script and style the
 * first screen loads, gzipped as the server sends them. Load: a real Chromium against the built server
 * (embedded database), throttled through the DevTools protocol to 1.6 Mbps down, 750 kbps up and a
 * 150 ms round trip, with the browser cache off; the median of several runs. Figures are printed,
 * never asserted.
 *
 * First contentful paint is the browser's own paint timing. "Interactive" is when the screen's
 * controls are drawn by React, which attaches their handlers in the same render, and (for the feed)
 * its data has arrived.
 */
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const THROTTLE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};

const root = process.cwd();
const dist = join(root, 'apps', 'web', 'dist');

function bundle(): { file: string; bytes: number; gzip: number }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  return files.map((file) => {
    const body = readFileSync(join(dist, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

interface Timing {
  fcp: number;
  interactive: number;
  transferred: number;
}

async function measure(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<void>,
  signIn?: string,
): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL: url });
  if (signIn) {
    const response = await context.request.post('/auth/login', {
      headers: { 'x-curbside-csrf': '1', 'content-type': 'application/json' },
      data: { email: signIn, password: STRONG_PASSWORD },
    });
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    transferred += event.encodedDataLength;
  });
  await page.goto('/', { waitUntil: 'commit' });
  await ready(page);
  const interactive = await page.evaluate<number>('performance.now()');
  await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0");
  const fcp = await page.evaluate<number>(
    "performance.getEntriesByName('first-contentful-paint')[0].startTime",
  );
  await context.close();
  return { fcp, interactive, transferred };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const files = bundle();
  const js = files.filter((f) => f.file.endsWith('.js'));
  const css = files.filter((f) => f.file.endsWith('.css'));
  const sum = (list: typeof files, key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  console.log('Web app bundle (first screen, as served):');
  for (const f of files)
    console.log(`  ${f.file}  ${(f.bytes / 1024).toFixed(1)} KB, ${(f.gzip / 1024).toFixed(1)} KB gzipped`);
  console.log(
    `  JavaScript: ${(sum(js, 'gzip') / 1024).toFixed(1)} KB gzipped (budget 200 KB); CSS: ${(sum(css, 'gzip') / 1024).toFixed(1)} KB gzipped`,
  );

  const dataDir = mkdtempSync(join(tmpdir(), 'curbside-bench-web-'));
  const api = new ApiProcess(await freePort(), { DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  let browser: Browser | undefined;
  try {
    await api.ready(120_000);
    browser = await launchChromium();
    const email = `bench.${Date.now()}@clinic.test`;
    const registered = await fetch(`${api.url}/auth/register`, {
      method: 'POST',
      headers: { 'x-curbside-csrf': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Bench Clinician', email, password: STRONG_PASSWORD }),
    });
    if (!registered.ok) throw new Error(`register failed: ${registered.status}`);

    const scenarios: [string, (page: Page) => Promise<void>, string | undefined][] = [
      [
        'sign-in screen, new visitor',
        (page) => page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 }),
        undefined,
      ],
      [
        'feed, returning clinician (cookie -> refresh -> feed query)',
        // the feed query has answered: its empty state, or the notice asking for a verified licence
        (page) =>
          page.getByText('No cases yet.').or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 }),
        email,
      ],
    ];
    console.log(`\nFirst load at 360 px, 1.6 Mbps / 150 ms RTT, cache off, median of ${RUNS}:`);
    for (const [name, ready, signIn] of scenarios) {
      const runs: Timing[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await measure(browser, api.url, ready, signIn));
      console.log(
        `  ${name}: first contentful paint ${median(runs.map((r) => r.fcp)).toFixed(0)} ms, ` +
          `interactive ${median(runs.map((r) => r.interactive)).toFixed(0)} ms, ` +
          `${(median(runs.map((r) => r.transferred)) / 1024).toFixed(1)} KB transferred`,
      );
    }
  } finally {
    await browser?.close();
    api.signal('SIGTERM');
    await api.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
