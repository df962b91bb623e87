import { ConcurrencyLimit } from './concurrency-limit.js';

/** Work that runs until the test ends it, and records that it started. */
function controlled(started: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    work: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: () => fail(new Error(name)),
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe(ConcurrencyLimit.name, () => {
  it('should run one piece of work at a time when the limit is 1, the others in order', async () => {
    const limit = new ConcurrencyLimit(1);
    const started: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((n) => controlled(started, n));
    const results = [limit.run(a.work), limit.run(b.work), limit.run(c.work)];
    await settle();
    expect(started).toEqual(['a']);

    a.finish();
    await settle();
    expect(started).toEqual(['a', 'b']);

    b.finish();
    await settle();
    c.finish();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c']);
  });

  it('should give the turn on when a piece of work fails', async () => {
    const limit = new ConcurrencyLimit(1);
    const started: string[] = [];
    const [a, b] = ['a', 'b'].map((n) => controlled(started, n));
    const first = limit.run(a.work);
    const second = limit.run(b.work);
    a.fail();
    await expect(first).rejects.toThrow('a');
    await settle();

    expect(started).toEqual(['a', 'b']);
    b.finish();
    await expect(second).resolves.toBe('b');
  });

  it('should never run more than its limit at once', async () => {
    const limit = new ConcurrencyLimit(2);
    let running = 0;
    let most = 0;
    const work = async (): Promise<void> => {
      running++;
      most = Math.max(most, running);
      await settle();
      running--;
    };
    await Promise.all(Array.from({ length: 10 }, () => limit.run(work)));

    expect(most).toBe(2);
  });
});
