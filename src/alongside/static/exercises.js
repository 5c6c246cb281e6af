// Alongside exercises: turns the routine page (a readable script and a plain form) into three stages:
// the distress rating before (one tap), the player, and the rating after. Breathing routines get a
// circle pacer; scripts (grounding, body scan, muscle relaxation) step through timed text.
// Phase and step changes are announced through an aria-live region, never the seconds in between.
// With prefers-reduced-motion, or "keep the circle still", the circle does not move: text, the number
// and a bar only. Times are measured with performance.now(), so a throttled tab does not drift.
(function () {
  "use strict";

  var form = document.getElementById("ex-flow");
  var dataNode = document.getElementById("ex-data");
  if (!form || !dataNode || form.dataset.hasErrors === "1") return; // with errors: the plain form

  var routine = JSON.parse(dataNode.textContent);
  var breathing = routine.kind === "breathing";
  var $ = function (id) { return document.getElementById(id); };
  var player = $("ex-player");
  var text = player.dataset;
  var els = {
    start: $("ex-start"), pause: $("ex-pause"), stop: $("ex-stop"), back: $("ex-back"), next: $("ex-next"),
    count: $("ex-count"), bar: $("ex-bar"), progress: $("ex-progress-text"), phase: $("ex-phase"),
    circle: $("ex-circle"), pacer: $("ex-pacer"), cycles: $("ex-cycles"), still: $("ex-still"),
    stepTitle: $("ex-step-title"), stepBody: $("ex-step-body"),
    startedAt: $("ex-started-at"), finishedAt: $("ex-finished-at"),
    beforeValue: $("ex-before-value"), beforeMissing: $("ex-before-missing"),
    afterHeading: $("ex-after-heading"),
  };

  // The page carries the server's time (the start time without JavaScript); times sent back are put on
  // the server's clock, so a phone whose clock is off does not log an exercise in the future.
  var clockOffset = (Date.parse(els.startedAt.value) - Date.now()) || 0;
  function serverNow() { return new Date(Date.now() + clockOffset).toISOString(); }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  // -- stages --------------------------------------------------------------------------------------

  form.classList.add("is-enhanced");
  player.hidden = false;
  form.dataset.stage = "before";

  function checkedValue(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }

  function toPlayer() {
    var before = checkedValue("distress_before");
    if (before === null) {
      els.beforeMissing.hidden = false;
      return;
    }
    els.beforeMissing.hidden = true;
    els.beforeValue.textContent = before;
    form.dataset.stage = "player";
    els.start.focus();
  }

  // One tap on a number goes straight on; keyboard users choose with the arrow keys, then Continue.
  var beforeSet = $("ex-before");
  var pointerChoice = false;
  beforeSet.addEventListener("pointerdown", function () { pointerChoice = true; });
  beforeSet.addEventListener("keydown", function () { pointerChoice = false; });
  beforeSet.addEventListener("change", function () {
    if (pointerChoice) toPlayer();
  });
  $("ex-continue").addEventListener("click", toPlayer);
  $("ex-before-change").addEventListener("click", function () {
    form.dataset.stage = "before";
    var checked = form.querySelector('input[name="distress_before"]:checked');
    (checked || form.querySelector('input[name="distress_before"]')).focus();
  });

  // -- timing --------------------------------------------------------------------------------------

  var state = { running: false, started: false, index: 0, cycle: 0, cycles: 0, elapsed: 0, last: 0, shown: -1 };
  var timer = null;
  var wakeLock = null;

  function items() { return breathing ? routine.phases : routine.steps; }
  function current() { return items()[state.index]; }

  function tick() {
    if (!state.running) return;
    var now = performance.now();
    state.elapsed += (now - state.last) / 1000;
    state.last = now;
    while (state.running && state.elapsed >= current().seconds) {
      state.elapsed -= current().seconds;
      if (!advance()) return;
    }
    render();
  }

  // Move to the next phase or step; false when the routine has come to its end.
  function advance() {
    if (state.index + 1 < items().length) {
      state.index += 1;
    } else if (breathing && state.cycle + 1 < state.cycles) {
      state.index = 0;
      state.cycle += 1;
    } else {
      finish(true);
      return false;
    }
    enter();
    return true;
  }

  function render() {
    var left = Math.max(0, Math.ceil(current().seconds - state.elapsed));
    if (left !== state.shown) { // the number and the bar change once a second, not every frame
      state.shown = left;
      els.count.textContent = String(left);
      els.bar.value = Math.round(100 * (current().seconds - left) / current().seconds);
    }
  }

  function enter() {
    var item = current();
    state.shown = -1;
    if (breathing) {
      els.phase.textContent = item.label; // the live region: announced once per phase
      els.progress.textContent = fill(text.round, { n: state.cycle + 1, total: state.cycles });
      animate(item.phase, item.seconds);
    } else {
      els.stepTitle.textContent = item.title; // the live region: the step's title and text, once
      els.stepBody.textContent = item.body;
      els.progress.textContent = fill(text.step, { n: state.index + 1, total: routine.steps.length });
    }
    render();
  }

  // -- the circle ----------------------------------------------------------------------------------

  var reduceQuery = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;

  function still() {
    return (reduceQuery && reduceQuery.matches) || (els.still && els.still.checked);
  }

  function updateMotion() {
    if (!els.pacer) return;
    els.pacer.dataset.motion = still() ? "reduced" : "full";
    if (still()) freeze();
    else if (state.running) animate(current().phase, current().seconds - state.elapsed);
  }

  function freeze() {
    if (!els.circle) return;
    var now = window.getComputedStyle(els.circle).transform;
    els.circle.style.transition = "none";
    els.circle.style.transform = now === "none" ? "" : now;
  }

  function animate(phase, seconds) {
    if (!els.circle || still()) return;
    if (phase === "hold") { freeze(); return; }
    els.circle.style.transition = "transform " + Math.max(0.1, seconds).toFixed(2) + "s ease-in-out";
    els.circle.style.transform = phase === "in" ? "scale(1)" : "scale(0.5)";
  }

  if (els.still) els.still.addEventListener("change", updateMotion);
  if (reduceQuery && reduceQuery.addEventListener) reduceQuery.addEventListener("change", updateMotion);
  updateMotion();

  // -- controls ------------------------------------------------------------------------------------

  function show(button, visible) { if (button) button.hidden = !visible; }

  function keepAwake() {
    if (navigator.wakeLock && navigator.wakeLock.request) {
      navigator.wakeLock.request("screen").then(function (lock) { wakeLock = lock; }, function () {});
    }
  }

  function run() {
    state.running = true;
    state.last = performance.now();
    if (!timer) timer = window.setInterval(tick, 100);
  }

  els.start.addEventListener("click", function () {
    state.started = true;
    state.index = 0;
    state.cycle = 0;
    state.elapsed = 0;
    state.cycles = breathing ? parseInt(els.cycles.value, 10) || routine.default_cycles : 1;
    if (els.cycles) els.cycles.disabled = true;
    els.startedAt.value = serverNow();
    $("ex-before-change").hidden = true;
    show(els.start, false);
    show(els.pause, true);
    show(els.stop, true);
    show(els.back, true);
    show(els.next, true);
    keepAwake();
    run();
    enter();
    els.pause.focus();
  });

  els.pause.addEventListener("click", function () {
    if (state.running) {
      tick();
      state.running = false;
      freeze();
      els.pause.textContent = text.resume;
      if (breathing) els.phase.textContent = text.paused;
    } else {
      run();
      els.pause.textContent = text.pause;
      if (breathing) {
        els.phase.textContent = current().label;
        animate(current().phase, current().seconds - state.elapsed);
      }
    }
  });

  if (els.next) {
    els.next.addEventListener("click", function () {
      state.elapsed = 0;
      state.last = performance.now();
      advance();
    });
  }
  if (els.back) {
    els.back.addEventListener("click", function () {
      state.elapsed = 0;
      state.last = performance.now();
      if (state.index > 0) state.index -= 1;
      enter();
    });
  }

  els.stop.addEventListener("click", function () { finish(false); });

  function finish(completed) {
    state.running = false;
    window.clearInterval(timer);
    timer = null;
    if (wakeLock) { wakeLock.release().catch(function () {}); wakeLock = null; }
    freeze();
    els.finishedAt.value = serverNow();
    $(completed ? "completed-yes" : "completed-no").checked = true;
    $("ex-done").textContent = completed ? text.done : text.stopped;
    form.dataset.stage = "after";
    els.afterHeading.focus();
  }
})();
