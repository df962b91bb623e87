// Curbside's push service worker: shows a notification's kind and opens its link. A push message
// carries no case text (the server sends a headline, a link, a kind and its delivery's id), so
// nothing here can leak one.
//
// Delivery is at least once: if the server dies after the push service took a message and before it
// recorded that, it sends the same delivery again. Each message carries its delivery's id, and this
// worker remembers the ids it has shown (Cache Storage survives the worker being stopped), so a resend
// is dropped and the clinician sees each notification once.

const SEEN_CACHE = 'curbside-push-seen';
/** Ids kept: far more than could be resent (a resend follows its first copy within minutes). */
const SEEN_KEEP = 200;

/** A URL that is never fetched: only a key in the worker's own cache. */
const seenKey = (id) => `/__push-seen/${encodeURIComponent(id)}`;

/** True the first time an id is offered; false for a delivery already shown. */
async function firstSighting(id) {
  if (typeof id !== 'string' || id === '' || !self.caches) return true;
  const cache = await self.caches.open(SEEN_CACHE);
  if (await cache.match(seenKey(id))) return false;
  await cache.put(seenKey(id), new Response(''));
  const keys = await cache.keys();
  // keys() lists in insertion order: drop the oldest beyond the limit
  await Promise.all(keys.slice(0, Math.max(0, keys.length - SEEN_KEEP)).map((key) => cache.delete(key)));
  return true;
}

async function show(data) {
  if (!(await firstSighting(data.id))) return;
  await self.registration.showNotification(data.title, {
    data: { url: data.url },
    tag: data.kind || undefined,
  });
}

self.addEventListener('push', (event) => {
  let data = { title: 'Curbside', url: '/notifications' };
  try {
    data = { ...data, ...event.data.json() };
  } catch {
    // an empty or unreadable message still says that something happened
  }
  event.waitUntil(show(data));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/notifications';
  event.waitUntil(self.clients.openWindow(url));
});
