// Curbside's push service worker: shows a notification's kind and opens its link. A push message
// carries no case text (the server sends a headline and a link only), so nothing here can leak one.
self.addEventListener('push', (event) => {
  let data = { title: 'Curbside', url: '/notifications' };
  try {
    data = { ...data, ...event.data.json() };
  } catch {
    // an empty or unreadable message still says that something happened
  }
  event.waitUntil(
    self.registration.showNotification(data.title, { data: { url: data.url }, tag: data.kind || undefined }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/notifications';
  event.waitUntil(self.clients.openWindow(url));
});
