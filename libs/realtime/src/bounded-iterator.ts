/** Thrown into a subscription whose consumer fell too far behind. */
export class SubscriberTooSlowError extends Error {
  constructor() {
    super('The subscriber is too slow; the subscription was ended');
    this.name = 'SubscriberTooSlowError';
  }
}

/**
 * An async iterator fed by pushes, holding at most `capacity` undelivered items. When a push would
 * exceed it, the iterator ends with {@link SubscriberTooSlowError} and `onOverflow` runs, so a stalled
 * subscriber can never grow the server's memory without bound.
 */
export class BoundedAsyncIterator<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private readonly failing: ((error: unknown) => void)[] = [];
  private done = false;
  private failure: unknown = null;

  constructor(
    private readonly capacity: number,
    private readonly onClose: () => void | Promise<void>,
    private readonly onOverflow: () => void = () => {},
  ) {}

  push(item: T): void {
    if (this.done) return;
    const resolve = this.waiting.shift();
    if (resolve) {
      this.failing.shift();
      resolve({ value: item, done: false });
      return;
    }
    if (this.queue.length >= this.capacity) {
      this.fail(new SubscriberTooSlowError());
      this.onOverflow();
      return;
    }
    this.queue.push(item);
  }

  /** Ends the stream with an error (delivered after nothing: pending items are dropped). */
  fail(error: unknown): void {
    if (this.done) return;
    this.failure = error;
    this.queue.length = 0;
    for (const reject of this.failing.splice(0)) reject(error);
    this.waiting.length = 0;
    void this.finish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.failure)
      return Promise.reject(this.failure instanceof Error ? this.failure : new Error('failed'));
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      this.failing.push(reject);
    });
  }

  async return(): Promise<IteratorResult<T>> {
    await this.finish();
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    this.failing.length = 0;
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    this.fail(error);
    await this.finish();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  get size(): number {
    return this.queue.length;
  }

  private async finish(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.onClose();
  }
}
