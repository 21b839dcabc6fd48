// Service worker: keeps one versioned copy of the app so it opens and runs with no connection.
// The build writes its version (a hash of every file it precaches) into BUILD; a new build means a new
// cache, installed beside the old one. The new worker waits until the page asks it to take over
// (the person tapped "Reload" in the update note), so a running session is never cut off.
'use strict';
const BUILD = '__UNCLENCH_BUILD__';
const CACHE = 'unclench-' + BUILD;
// Every file of the build (scripts/stamp_sw.sh writes the list), so any script the page loads works offline.
const PRECACHE = ['./', '__UNCLENCH_FILES__'];

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the precache holds exactly this build's files.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('unclench-') && n !== CACHE).map((n) => caches.delete(n)));
    // The very first install takes the open page at once (nothing older to break); later versions
    // reach this only after the page asked for it.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'unclench:activate-update') self.skipWaiting();
});

// Cache first for this build's files; the page itself (with any ?embed options) is index.html.
// Anything else goes to the network, and only same-origin GETs are ever touched.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate' && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'))) {
    event.respondWith(caches.open(CACHE).then((c) => c.match('index.html')).then((hit) => hit || fetch(req)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true })).then((hit) => hit || fetch(req)));
});
