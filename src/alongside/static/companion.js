// The companion's chat: clear the box after sending, keep the newest message in view, and stream a
// reply that a language model writes (server-sent events: checked sentences, then the stored reply).
(function () {
  function scrollToEnd() {
    var log = document.getElementById("chat-log");
    if (log && log.lastElementChild) log.lastElementChild.scrollIntoView({ block: "end" });
  }

  function stream(bubble) {
    var url = bubble.getAttribute("data-stream");
    if (!url || !("EventSource" in window)) return;
    bubble.removeAttribute("data-stream");
    var text = bubble.querySelector(".bubble-text");
    var source = new EventSource(url);
    source.addEventListener("text", function (event) {
      text.textContent += JSON.parse(event.data);
      scrollToEnd();
    });
    source.addEventListener("final", function (event) {
      source.close();
      var holder = document.createElement("ol");
      holder.innerHTML = event.data;
      if (holder.firstElementChild) bubble.replaceWith(holder.firstElementChild);
      scrollToEnd();
    });
    source.onerror = function () {
      source.close();
      bubble.removeAttribute("aria-busy");
      if (!text.textContent) window.location.reload();
    };
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var form = document.getElementById("chat-form");
    if (form && event.detail.target && event.detail.target.id === "chat-log") {
      form.reset();
      var empty = document.getElementById("chat-empty");
      if (empty) empty.remove();
      var errors = document.getElementById("chat-errors");
      if (errors) errors.innerHTML = "";
      document.querySelectorAll("[data-stream]").forEach(stream);
      scrollToEnd();
      document.getElementById("chat-text").focus();
    }
  });
  // htmx leaves 422 answers alone: show the out-of-band error instead.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 422) {
      event.detail.shouldSwap = true;
      event.detail.target = document.getElementById("chat-errors");
    }
  });
  document.addEventListener("DOMContentLoaded", scrollToEnd);
})();
