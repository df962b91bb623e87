import { PushWorker } from './push-worker.js';

const message = (id: string): string =>
  JSON.stringify({
    title: 'Curbside: a new reply on your case',
    url: 'https://curbside.example/cases/1',
    kind: 'REPLY_ADDED',
    id,
  });

describe('the web app push service worker', () => {
  it('shows a delivery once when the server sends it again after a crash', async () => {
    const worker = new PushWorker();
    for (const id of ['d-1', 'd-1', 'd-2', 'd-1']) await worker.push(message(id));
    expect(worker.shown).toHaveLength(2);
    expect(worker.shown[0]).toEqual({
      title: 'Curbside: a new reply on your case',
      options: { data: { url: 'https://curbside.example/cases/1' }, tag: 'REPLY_ADDED' },
    });
  });

  it('shows a message without an id each time, and an unreadable one as a plain notice', async () => {
    const worker = new PushWorker();
    const old = JSON.stringify({ title: 'Curbside: old server', url: '/notifications', kind: 'REPLY_ADDED' });
    await worker.push(old);
    await worker.push(old);
    await worker.push('not json');
    expect(worker.shown.map((s) => s.title)).toEqual([
      'Curbside: old server',
      'Curbside: old server',
      'Curbside',
    ]);
  });

  it('remembers a bounded number of deliveries, the newest kept', async () => {
    const worker = new PushWorker();
    for (let i = 0; i < 205; i++) await worker.push(message(`d-${i}`));
    const kept = await worker.cache.keys();
    expect(kept).toHaveLength(200);
    expect(kept[0]).toBe('/__push-seen/d-5');
    await worker.push(message('d-204'));
    expect(worker.shown).toHaveLength(205);
    await worker.push(message('d-0'));
    expect(worker.shown).toHaveLength(206);
  });
});
