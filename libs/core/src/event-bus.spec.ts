import type { Logger } from 'pino';
import { EventBus } from './event-bus.js';

class Closing {
  constructor(readonly id: string) {}
}

describe(EventBus.name, () => {
  const errors: unknown[] = [];
  const logger = { error: (...args: unknown[]) => errors.push(args) } as unknown as Logger;

  it('should let a handler of an event raised inside a transaction fail that transaction', async () => {
    const bus = new EventBus(logger);
    const seen: string[] = [];
    bus.subscribe(Closing, (e) => {
      seen.push(e.id);
      return Promise.reject(new Error('withdraw failed'));
    });
    await expect(bus.publishWithin(new Closing('c1'))).rejects.toThrow('withdraw failed');
    expect(seen).toEqual(['c1']);
  });

  it('should log, not throw, when a handler of a committed event fails', async () => {
    const bus = new EventBus(logger);
    bus.subscribe(Closing, () => Promise.reject(new Error('late')));
    await expect(bus.publish(new Closing('c2'))).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
