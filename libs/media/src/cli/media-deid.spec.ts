import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCtDicom, plantedStrings, textImage } from '../testing/media-fixtures.js';

const root = new URL('../../../../', import.meta.url).pathname;
const cli = join(root, 'dist/libs/media/src/cli/media-deid.js');

/** Runs the built CLI in a new network namespace: no interface but a loopback that is down. */
function runOffline(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('unshare', ['-n', process.execPath, cli, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('media:deid CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'media-cli-'));

  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  }, 300_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('should prove the network is really absent in the sandbox', () => {
    const r = spawnSync('unshare', [
      '-n',
      process.execPath,
      '-e',
      "require('node:dns').lookup('example.com',(e)=>process.exit(e?3:0))",
    ]);
    expect(r.status).toBe(3);
  });

  it('should de-identify a photo with OCR and no network, writing the report to stdout', async () => {
    const input = join(dir, 'scan.bin');
    writeFileSync(
      input,
      await textImage(700, 160, [
        { text: 'Jonas Whitfield MRN 48213377', x: 20, y: 60, size: 30 },
        { text: 'left forearm rash', x: 20, y: 130, size: 30 },
      ]),
    );
    const r = runOffline([input, join(dir, 'scan.out')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.kind).toBe('png');
    expect(report.maskedWords).toBeGreaterThanOrEqual(3);
    expect(report.needsAuthorReview).toEqual([]);
    expect(report.faces).toBe(0);
    expect(existsSync(join(dir, 'scan.out'))).toBe(true);
  }, 120_000);

  it('should write a de-identified DICOM file and its PNG rendering', () => {
    const input = join(dir, 'ct.dcm');
    // Implicit VR makes dcmjs warn about the pixel data's VR: its loggers must stay silent.
    writeFileSync(input, makeCtDicom({ transferSyntax: '1.2.840.10008.1.2' }));
    const r = runOffline([input, join(dir, 'ct.out.dcm'), '--no-ocr']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = readFileSync(join(dir, 'ct.out.dcm')).toString('latin1');
    expect(plantedStrings().filter((s) => out.includes(s))).toEqual([]);
    expect(readFileSync(join(dir, 'ct.out.dcm.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 60_000);

  it('should refuse with a code, exit status 2, no output file and no echo of the input', () => {
    const input = join(dir, 'Whitfield-notes.jpg');
    writeFileSync(input, 'Jonas Whitfield, not an image');
    const r = runOffline([input, join(dir, 'refused.out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^media:deid: MEDIA_UNSUPPORTED_TYPE: /);
    expect(r.stderr).not.toMatch(/Whitfield/);
    expect(existsSync(join(dir, 'refused.out'))).toBe(false);
  }, 60_000);
});
