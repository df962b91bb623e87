import { readFileSync, readdirSync } from 'node:fs';
import {
  type LoadResult,
  cpuLatencyFloorMs,
  postgresCpuMs,
  processCpuMs,
  withinCpuFloor,
} from './api-load.js';

function result(connections: number, api: number, db?: number, client?: number): LoadResult {
  return {
    scenario: 'feed first page',
    connections,
    seconds: 4,
    requests: 0,
    rps: 0,
    p50: 0,
    p90: 0,
    p99: 0,
    max: 0,
    errors: 0,
    apiCpuMsPerRequest: api,
    dbCpuMsPerRequest: db,
    clientCpuMsPerRequest: client,
  };
}

describe(cpuLatencyFloorMs.name, () => {
  it('should be the CPU of API, database and client shared by the connections over the cores', () => {
    // 64 connections, 6 ms of CPU per request on 2 cores: at most 1/3 request per ms, 192 ms each
    expect(cpuLatencyFloorMs(result(64, 4, 1.5, 0.5), 2)).toBe(192);
    expect(cpuLatencyFloorMs(result(16, 4, 1.5, 0.5), 2)).toBe(48);
  });

  it('should never be less than the request’s own API and database work', () => {
    expect(cpuLatencyFloorMs(result(1, 4, 1.5, 0.5), 2)).toBe(5.5);
  });

  it('should count an unmeasured database or client as nothing, and an unmeasured API as unknown', () => {
    expect(cpuLatencyFloorMs(result(8, 3), 2)).toBe(12);
    expect(cpuLatencyFloorMs(result(8, Number.NaN, 1, 1), 2)).toBeNaN();
  });
});

describe(withinCpuFloor.name, () => {
  it('should meet a target of twice the floor up to exactly twice the floor, and miss it above', () => {
    // floor 192 ms (64 connections, 6 ms of CPU per request, 2 cores)
    expect(withinCpuFloor({ ...result(64, 4, 1.5, 0.5), p99: 384 }, 2, 2)).toBe(true);
    expect(withinCpuFloor({ ...result(64, 4, 1.5, 0.5), p99: 385 }, 2, 2)).toBe(false);
  });

  it('should give no verdict when the API CPU was not read', () => {
    expect(withinCpuFloor({ ...result(64, Number.NaN), p99: 10 }, 2, 2)).toBeNull();
  });
});

describe('CPU readings', () => {
  it('should read this process’s CPU time and grow as it works', () => {
    const before = processCpuMs(process.pid);
    const until = Date.now() + 60;
    let spin = 0;
    while (Date.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(processCpuMs(process.pid)).toBeGreaterThan(before);
    expect(processCpuMs(undefined)).toBeNaN();
  });

  it('should sum the PostgreSQL processes of this machine: more than nothing when one runs, else zero', () => {
    const running = readdirSync('/proc').some((entry) => {
      try {
        return /^\d+$/.test(entry) && readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
    const ms = postgresCpuMs();
    if (running) expect(ms).toBeGreaterThan(0);
    else expect(ms).toBe(0);
  });
});
