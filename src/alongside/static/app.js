// Alongside: register the service worker that keeps the help page (crisis lines and the safety plan)
// available offline once it has been loaded, and forget it on logout.
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js").catch(function () {});
  if (document.body && document.body.dataset.loggedOut === "1" && "caches" in window) {
    caches.delete("alongside-help-v1");
  }
})();

// After a form comes back with errors, move focus to its error summary so that keyboard and
// screen-reader users meet the list of what to fix first (each item links to its question).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary[tabindex]");
  if (summary) summary.focus();
});
