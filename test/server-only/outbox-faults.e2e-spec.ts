import { outboxFaultRun, type FaultRunFigures } from '@curbside/testing';

/**
 * The notification outbox under faults, on a real API process and a PostgreSQL cluster of its own
 * (initdb on a free port, so the machine's shared service is never restarted): a burst of replies;
 * a third of the way in the API is killed with SIGKILL and started again, two thirds in PostgreSQL
 * is stopped `immediate` and started. Every committed reply's notification must arrive exactly once
 * on each channel: in-app (the record), e-mail (real SMTP, counted by Message-ID) and push (a push
 * service in this process, counted by the Topic header that carries the delivery id).
 */
/**
 * The delivery workers of one API process (`DeliveryWorker`): a fault can interrupt at most this many
 * sends at once.
 */
const DELIVERY_WORKERS = 4;

/**
 * A message the provider accepted just before a fault, whose SENT commit the fault then prevented,
 * is sent again by the delivery's next attempt, with the same Message-ID or Topic (README, "What the
 * notification outbox guarantees"). So a copy is allowed only as such a resend: by a later attempt of
 * the same delivery, and at most one per send a fault can have interrupted. A copy made within one
 * attempt would be a bug.
 */
function expectOnlyResendsAfterFaults(
  channel: { duplicates: number; duplicatesWithoutRetry: number },
  figures: FaultRunFigures,
): void {
  expect(channel.duplicatesWithoutRetry).toBe(0);
  expect(channel.duplicates).toBeLessThanOrEqual(
    DELIVERY_WORKERS * (figures.apiKills + figures.postgresRestarts),
  );
}

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
    // a reply cut short is either unanswered (the kill) or told it may retry (the restart): never a
    // bare internal error
    for (const kind of Object.keys(figures.failures)) {
      expect(kind).toMatch(/^no response$|\(retryable\)$/);
    }
    // the API must live through the database restart on its own (no supervisor restart needed)
    expect(figures.apiCrashes).toBe(0);
    expect(figures.events).toBe(figures.committed);
  });

  it('should make one in-app notification per committed reply', () => {
    expect(figures.inApp).toEqual({ records: figures.committed, duplicates: 0, lost: 0 });
  });

  it('should send an e-mail for every committed reply, a second copy only as a resend after a fault', () => {
    expect(figures.email.deliveries).toBe(figures.committed);
    expect(figures.email.lost).toBe(0);
    expectOnlyResendsAfterFaults(figures.email, figures);
    expect(figures.email.received).toBe(figures.committed + figures.email.duplicates);
  });

  it('should send a push message for every committed reply, a second copy only as a resend after a fault', () => {
    expect(figures.push.deliveries).toBe(figures.committed);
    expect(figures.push.lost).toBe(0);
    expectOnlyResendsAfterFaults(figures.push, figures);
    expect(figures.push.received).toBe(figures.committed + figures.push.duplicates);
    // each one signed by the API (VAPID) and opened by the subscribed browser's own keys
    expect(figures.pushUnreadable).toBe(0);
    expect(figures.pushUnexpected).toBe(0);
  });

  it("should show every committed reply once on the clinician's screen, a resend included", () => {
    // the web app's service worker drops a resend by its delivery's id
    expect(figures.pushShown).toBe(figures.committed);
  });
});
