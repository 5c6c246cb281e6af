// Alongside: register the service worker that keeps the help page (crisis lines and the safety plan)
// available offline once it has been loaded, and forget it on logout.
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js").catch(function () {});
  if (document.body && document.body.dataset.loggedOut === "1" && "caches" in window) {
    caches.delete("alongside-help-v1");
  }
})();
