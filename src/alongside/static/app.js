// Alongside: register the service worker that keeps the help page (crisis lines and the safety plan)
// available offline once it has been loaded, and forget it on logout. Logged out, this browser also
// stops getting reminder notifications (the next person on a shared device must not see them).
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js").catch(function () {});
  if (document.body && document.body.dataset.loggedOut === "1") {
    if ("caches" in window) caches.delete("alongside-help-v1");
    navigator.serviceWorker.getRegistration().then(function (registration) {
      return registration && registration.pushManager ? registration.pushManager.getSubscription() : null;
    }).then(function (subscription) {
      return subscription ? subscription.unsubscribe() : null;
    }).catch(function () {});
  }
})();

// After a form comes back with errors, move focus to its error summary so that keyboard and
// screen-reader users meet the list of what to fix first (each item links to its question).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary[tabindex]");
  if (summary) summary.focus();
});

// The "More" menu in the header: Escape closes it and gives focus back to its button; a click or
// focus elsewhere closes it too (a <details> element alone stays open).
(function () {
  function openMenu() { return document.querySelector(".nav-more details[open]"); }
  document.addEventListener("keydown", function (event) {
    var menu = openMenu();
    if (event.key === "Escape" && menu) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
  ["click", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var menu = openMenu();
      if (menu && !menu.contains(event.target)) menu.open = false;
    });
  });
})();
