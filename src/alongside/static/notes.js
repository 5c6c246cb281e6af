// Sessions and notes: a "Copy" button beside each text meant to be pasted elsewhere. Without
// JavaScript (or when the clipboard is refused) the text stays selectable in its read-only box.
(function () {
  function select(box) {
    box.focus();
    box.select();
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("button.copy-button[data-copy]").forEach(function (button) {
      var box = document.getElementById(button.dataset.copy);
      var status = button.parentNode.querySelector(".copy-status");
      if (!box) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var done = function (message) { if (status) status.textContent = message; };
        var copied = button.dataset.copied || "Copied.";
        var manual = button.dataset.manual || "Selected: press Ctrl+C (or Cmd+C) to copy.";
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(box.value).then(function () { done(copied); }, function () {
            select(box);
            done(manual);
          });
        } else {
          select(box);
          var ok = false;
          try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
          done(ok ? copied : manual);
        }
      });
    });
  });
})();
