/** Runs at most `max` pieces of work at once; the others wait their turn, in order. */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      // the slot passes straight to the next in line, or is given back
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
