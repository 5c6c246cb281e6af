// Reminders: turn web-push notifications on or off for this browser, on the reminder settings page.
// Without JavaScript, or in a browser without the Push API, the page says so and nothing else changes.
(function () {
  "use strict";
  var box = document.getElementById("push-device");
  if (!box) return;
  var on = document.getElementById("push-on");
  var off = document.getElementById("push-off");
  var status = document.getElementById("push-status");
  var needsJs = document.getElementById("push-needs-js");
  var key = box.dataset.publicKey;
  if (needsJs) needsJs.hidden = true;
  if (!key || !on || !off) return;

  function say(name) { if (status) status.textContent = box.dataset[name] || ""; }

  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    say("msgUnsupported");
    return;
  }

  function csrfToken() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || ""; }
    catch (e) { return ""; }
  }

  function send(method, body) {
    return fetch("/api/reminders/push-subscriptions", {
      method: method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
      body: JSON.stringify(body)
    }).then(function (response) { if (!response.ok) throw new Error(String(response.status)); });
  }

  function applicationServerKey(base64url) {
    var padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  function show(subscribed) {
    on.hidden = subscribed;
    off.hidden = !subscribed;
  }

  var ready = navigator.serviceWorker.ready;
  ready.then(function (registration) { return registration.pushManager.getSubscription(); })
    .then(function (subscription) {
      show(Boolean(subscription));
      if (Notification.permission === "denied") say("msgDenied");
    })
    .catch(function () { say("msgUnsupported"); });

  on.addEventListener("click", function () {
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") { say("msgDenied"); return null; }
      return ready.then(function (registration) {
        return registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: applicationServerKey(key)
        });
      }).then(function (subscription) { return send("POST", subscription.toJSON()); })
        .then(function () { show(true); say("msgOn"); });
    }).catch(function () { say("msgFailed"); });
  });

  off.addEventListener("click", function () {
    ready.then(function (registration) { return registration.pushManager.getSubscription(); })
      .then(function (subscription) {
        if (!subscription) return null;
        var endpoint = subscription.endpoint;
        return subscription.unsubscribe().then(function () { return send("DELETE", { endpoint: endpoint }); });
      })
      .then(function () { show(false); say("msgOff"); })
      .catch(function () { say("msgFailed"); });
  });
})();

// After htmx swaps the settings with errors, move focus to the list of what to fix (as app.js does
// after a full page load), so keyboard and screen-reader users meet it first.
document.addEventListener("htmx:afterSwap", function (event) {
  var target = event.detail && event.detail.target;
  if (!target || !target.querySelector) return;
  var summary = document.querySelector("#reminder-settings .error-summary[tabindex]");
  if (summary) summary.focus();
});
