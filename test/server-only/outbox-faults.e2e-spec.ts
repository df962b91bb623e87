import { outboxFaultRun, type FaultRunFigures } from '@curbside/testing';

/**
 * The notification outbox under faults, on a real API process and a PostgreSQL cluster of its own
 * (initdb on a free port, so the machine's shared service is never restarted): a burst of replies;
 * a third of the way in the API is killed with SIGKILL and started again, two thirds in PostgreSQL
 * is stopped `immediate` and started. Every committed reply's notification must arrive exactly once
 * on each channel: in-app (the record), e-mail (real SMTP, counted by Message-ID) and push (a push
 * service in this process, counted by the Topic header that carries the delivery id).
 */
describe('Notification outbox under an API kill and a PostgreSQL restart', () => {
  let figures: FaultRunFigures;
  const log: string[] = [];

  beforeAll(async () => {
    figures = await outboxFaultRun({
      replies: 45,
      concurrency: 4,
      faults: true,
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/1',
      log: (line) => log.push(line),
    });
  }, 900_000);

  it('should keep every acknowledged reply and survive the PostgreSQL restart without dying', () => {
    expect(figures.apiKills).toBe(1);
    expect(figures.postgresRestarts).toBe(1);
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.acknowledgedButMissing).toBe(0);
    // the API must live through the database restart on its own (no supervisor restart needed)
    expect(figures.apiCrashes).toBe(0);
    expect(figures.events).toBe(figures.committed);
  });

  it('should make one in-app notification per committed reply', () => {
    expect(figures.inApp).toEqual({ records: figures.committed, duplicates: 0, lost: 0 });
  });

  it('should send one e-mail per committed reply, none twice', () => {
    expect(figures.email.deliveries).toBe(figures.committed);
    expect(figures.email.lost).toBe(0);
    expect(figures.email.duplicates).toBe(0);
    expect(figures.email.received).toBe(figures.committed);
  });

  it('should send one push message per committed reply, none twice', () => {
    expect(figures.push.deliveries).toBe(figures.committed);
    expect(figures.push.lost).toBe(0);
    expect(figures.push.duplicates).toBe(0);
    expect(figures.push.received).toBe(figures.committed);
    // each one signed by the API (VAPID) and opened by the subscribed browser's own keys
    expect(figures.pushUnreadable).toBe(0);
    expect(figures.pushUnexpected).toBe(0);
  });
});
