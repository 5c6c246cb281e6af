// Keeps /help (crisis lines, the client's safety plan) and the stylesheet for use offline.
// Navigations go to the network first; when it fails, the last copy of /help is shown.
const CACHE = "alongside-help-v1";
const KEEP = ["/help", "/static/app.css"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(KEEP)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === "/help") {
    event.respondWith(
      fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put("/help", copy));
        }
        return response;
      }).catch(() => caches.match("/help"))
    );
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/help")));
    return;
  }
  if (KEEP.includes(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

// Reminders by web push: show the reminder (it carries no clinical text), and open its link when the
// notification is tapped; the link records that it was opened, then leads to the check-in,
// questionnaire or homework. Only links on this site are opened.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (error) {
    data = {};
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Alongside", {
      body: data.body || "",
      tag: data.tag || "alongside-reminder",
      icon: "/static/favicon.svg",
      data: { url: data.url || "/reminders" },
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const wanted = (event.notification.data && event.notification.data.url) || "/reminders";
  const url = new URL(wanted, self.location.origin);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(self.clients.openWindow(url.href));
});
