// Alongside: on a phone the thought record shows one step per screen, with Back and Next; on a wider
// screen, or without JavaScript, every step stays on the page. The form is the same either way.
(function () {
  var form = document.querySelector("form[data-steps]");
  if (!form) return;
  var steps = Array.prototype.slice.call(form.querySelectorAll(".tr-step"));
  var phone = window.matchMedia("(max-width: 40rem)");
  var current = 0;

  // After a failed save, open the first step that has an error.
  for (var i = 0; i < steps.length; i++) {
    if (steps[i].querySelector("[aria-invalid=true]")) { current = i; break; }
  }

  function firstField(step) {
    return step.querySelector("textarea, select, input:not([type=hidden])");
  }

  function show(index, focus) {
    current = index;
    steps.forEach(function (step, k) { step.hidden = phone.matches && k !== index; });
    if (focus && phone.matches) {
      var field = firstField(steps[index]);
      if (field) field.focus();
    }
  }

  function stepIsFilled(step) {
    var fields = step.querySelectorAll("[required]");
    for (var k = 0; k < fields.length; k++) {
      if (!fields[k].checkValidity()) { fields[k].reportValidity(); return false; }
    }
    return true;
  }

  function button(label, className, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  steps.forEach(function (step, index) {
    var nav = document.createElement("div");
    nav.className = "tr-nav";
    if (index > 0) nav.appendChild(button(form.dataset.back, "back", function () { show(index - 1, true); }));
    if (index < steps.length - 1) {
      nav.appendChild(button(form.dataset.next, "next primary", function () {
        if (stepIsFilled(step)) show(index + 1, true);
      }));
    }
    step.appendChild(nav);
  });

  var onResize = function () { show(current, false); };
  if (phone.addEventListener) phone.addEventListener("change", onResize);
  else phone.addListener(onResize);
  show(current, false);
})();
