import type { Logger } from 'pino';

/**
 * A job run once at start and then every `intervalSeconds` (0: only at start), in this process.
 * Runs never overlap; a failure is logged by kind and the schedule goes on; `stop` waits for the
 * run in progress. Jobs that must run once across instances take a database advisory lock.
 */
export class PeriodicTask<R> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly name: string,
    private readonly job: () => Promise<R>,
    private readonly logger: Logger,
    /** Whether a result is worth a log line. */
    private readonly noteworthy: (result: R) => boolean = () => false,
  ) {}

  async start(intervalSeconds: number): Promise<void> {
    await this.runOnce();
    if (intervalSeconds > 0) {
      this.timer = setInterval(() => void this.runOnce(), intervalSeconds * 1000);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private runOnce(): Promise<unknown> {
    if (this.busy) return this.running;
    this.busy = true;
    this.running = this.job()
      .then((result) => {
        if (this.noteworthy(result)) this.logger.info({ task: this.name, result }, 'scheduled task');
      })
      .catch((error: unknown) => {
        this.logger.error(
          { task: this.name, kind: error instanceof Error ? error.name : typeof error },
          'scheduled task failed',
        );
      })
      .finally(() => {
        this.busy = false;
      });
    return this.running;
  }
}
