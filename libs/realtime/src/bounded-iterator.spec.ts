import { jest } from '@jest/globals';
import { BoundedAsyncIterator, SubscriberTooSlowError } from './bounded-iterator.js';

describe(BoundedAsyncIterator.name, () => {
  it('should deliver pushed items in order, also to a consumer that was already waiting', async () => {
    const it = new BoundedAsyncIterator<number>(10, () => {});
    const waiting = it.next();
    it.push(1);
    it.push(2);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await it.next()).toEqual({ value: 2, done: false });
  });

  it('should end with SubscriberTooSlowError and call onOverflow when the queue is full', async () => {
    const overflow = jest.fn<() => void>();
    const close = jest.fn<() => void>();
    const it = new BoundedAsyncIterator<number>(3, close, overflow);
    for (let i = 0; i < 4; i++) it.push(i);
    expect(overflow).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(it.size).toBe(0);
    await expect(it.next()).rejects.toBeInstanceOf(SubscriberTooSlowError);
    it.push(99);
    expect(it.size).toBe(0);
  });

  it('should hold at most its capacity whatever is pushed', () => {
    const it = new BoundedAsyncIterator<string>(100, () => {});
    for (let i = 0; i < 100_000; i++) it.push('event');
    expect(it.size).toBeLessThanOrEqual(100);
  });

  it('should release its subscription once when the consumer returns', async () => {
    const close = jest.fn<() => void>();
    const it = new BoundedAsyncIterator<number>(5, close);
    const pending = it.next();
    await it.return();
    await it.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(close).toHaveBeenCalledTimes(1);
  });
});
