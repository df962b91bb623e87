import { jest } from '@jest/globals';
import { pino } from 'pino';
import { PeriodicTask } from './periodic-task.js';

const silent = pino({ level: 'silent' });

describe(PeriodicTask.name, () => {
  it('should run once at start, and then not again when the interval is 0', async () => {
    const job = jest.fn(() => Promise.resolve(1));
    const task = new PeriodicTask('t', job, silent);
    await task.start(0);
    await task.stop();
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('should keep going after a failed run and wait for the run in progress on stop', async () => {
    let calls = 0;
    let finished = false;
    const task = new PeriodicTask(
      't',
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        await new Promise((r) => setTimeout(r, 30));
        finished = true;
        return calls;
      },
      silent,
    );
    await task.start(0.01);
    await new Promise((r) => setTimeout(r, 25));
    await task.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(finished).toBe(true);
  });
});
