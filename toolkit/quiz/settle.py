"""A question's buttons act on the answer the student sees, even when the kernel is slow.

ipywidgets sends a control's new value to the kernel at once, unless its previous value is still
unanswered: then it holds the new one back until the kernel is idle again. A button's click is a
different kind of message and is never held back. So a student who picks an answer and presses
Check within one round trip of the kernel (a fast keyboard user, a busy school server, the
in-browser kernel) could have the OLD choice checked: "Not yet" for the right answer, saved as a
wrong try. The every-quiz browser test, which presses ArrowDown, Tab and Enter within a tenth of
a second, did exactly that in some runs (the kernel got the new choice 40 ms after the click).

The fix has two halves:

* the kernel says what each answer control holds (:func:`watch`): the question's box carries a
  class ``medialit-v-<n>-<mark>`` for its n-th control (class ``medialit-c-<n>``), changed
  whenever that value changes in the kernel. The marks go on the box, never on the control: a
  change the kernel sends to a radio group makes ipywidgets draw its buttons again, which takes
  the keyboard focus away from them;
* :data:`SETTLE_JS`, carried by the name bar with the key script, holds a click on a question's
  button (Check, Save, Hint, Show answer) until every control's mark matches what the control
  shows on screen, then clicks it again; after :data:`WAIT_MS` it lets the click go anyway (a
  kernel that is busy running a cell answers late in any case). A box with class
  :data:`HOLD_CLASS` is held the same way: lesson 6's article box, whose text is sent as it is
  typed, so a click on Analyze just after the last letters reached the kernel before them
  (recorded in s9: the last text came 65 ms after the click).

The same script stops one more late message from moving the student: after Start (the button, or
Enter in the name box), the kernel moves
the keyboard focus to "Not you?" (:meth:`quiz.widgets.StudentBar.start`). The in-browser kernel
sends that about a second after the name shows, and a student who has already clicked into a
question lost their place (the next keys went to JupyterLab, and Enter pressed "Not you?"). So a
focus that lands on "Not you?" (class :data:`NOT_YOU_CLASS`) within :data:`WAIT_MS` of a Start,
while the student was somewhere else on the page and did not Tab or click there just then, goes
straight back to where it was. A Tab or a click counts for the one focus move it makes (a Tab into
a question is not a Tab to "Not you?"). And when the focus does land there, a key's click on
"Not you?" in the next 2 seconds is Enter pressed twice on Start, and does nothing. Later, an
Enter there only asks: "Not you?" shows "Sign out?" with the focus on "No, stay", and only "Yes,
sign out" signs out (:meth:`quiz.widgets.StudentBar.ask_not_you`), so no stray Enter, however
late, signs a student out.

A third script, :data:`STARTING_JS`, answers a Start at once: the in-browser kernel took 1.5-2.3 s
to show the name after Enter in the name box, with no sign that the Enter was taken. Start is
greyed out and reads "Starting…", and the bar's old message (an empty name's warning) goes at
once, until the kernel changes the bar.

Where JavaScript outputs do not run, nothing waits, the marks do nothing and Start stays as it is.

>>> any(s in js for js in (SETTLE_JS, STARTING_JS) for s in ("http", "import("))  # nothing is fetched
False
>>> mark_of_text("Art\\r\\n"), mark_of_text("Art\\n"), mark_of_text("")
('t1f4627', 't1f4627', 't0')
"""

from __future__ import annotations

import struct

PREFIX = "medialit-v-"
"""Starts the class of a question's box that says what one of its controls holds in the kernel."""

CONTROL = "medialit-c-"
"""Starts the class that numbers a question's answer controls (set once, when they are built)."""

WAIT_MS = 8000
"""The longest a click waits for the kernel to catch up (then it goes anyway)."""

START_CLASS = "medialit-start"
"""The class of the name bar's Start button."""

NOT_YOU_CLASS = "medialit-notyou"
"""The class of the name bar's "Not you?" button, where the kernel moves the focus after Start."""

HOLD_CLASS = "medialit-hold"
"""The class of a box that is not a question but whose buttons wait the same way (lesson 6's
article box: Analyze waits until the kernel has the text the student sees)."""

NAME_CLASS = "medialit-name"
"""The class of the name bar's name box: Enter there is Start (quiz.keys sends it)."""

MESSAGE_CLASS = "medialit-message"
"""The class of the name bar's message line (an empty name's warning, "Hello, ..."): Start clears
it at once (:data:`STARTING_JS`), so an old warning never shows beside "Starting…"."""

_ENTER = dict.fromkeys(map(ord, "\u2062\u2063\u2064"))  # Enter's invisible ending (quiz.keys)


def mark_of_text(value: str, one_line: bool = False) -> str:
    """The mark of a typed value as a browser shows it: a 32-bit hash of its UTF-16 code units
    (the script's own sum), without Enter's invisible ending. A text box turns CR LF and a lone
    CR into LF; a one-line box drops line breaks altogether.

    >>> mark_of_text("Acevedo") == mark_of_text("Acevedo\u2064\u2063\u2062")
    True
    >>> mark_of_text("a\\r\\nb") == mark_of_text("a\\rb") == mark_of_text("a\\nb") != mark_of_text("ab")
    True
    >>> mark_of_text("a\\r\\nb", one_line=True) == mark_of_text("ab"), mark_of_text("\\ud800")
    (True, 'td800')
    """
    text = (value or "").translate(_ENTER).replace("\r\n", "\n").replace("\r", "\n")
    if one_line:
        text = text.replace("\n", "")
    h = 0
    for (unit,) in struct.iter_unpack("<H", text.encode("utf-16-le", "surrogatepass")):
        h = (h * 31 + unit) & 0xFFFFFFFF
    return f"t{h:x}"


def mark_of(control) -> str | None:
    """What a control holds, as the script reads it on screen (None: not an answer control).

    >>> import ipywidgets as W
    >>> mark_of(W.RadioButtons(options=["a", "b"], value=None)), mark_of(W.ToggleButton(value=True))
    ('rn', 'b1')
    """
    import ipywidgets as W

    if isinstance(control, W.RadioButtons):
        return "rn" if control.index is None else f"r{control.index}"
    if isinstance(control, (W.Checkbox, W.ToggleButton)):
        return "b1" if control.value else "b0"
    if isinstance(control, W.Textarea):
        return mark_of_text(control.value)
    if isinstance(control, W.Text):
        return mark_of_text(control.value, one_line=True)
    return None


def _show(box, controls) -> None:
    marks = tuple(f"{PREFIX}{n}-{mark}" for n, mark in enumerate(map(mark_of, controls))
                  if mark is not None)
    classes = tuple(c for c in box._dom_classes if not c.startswith(PREFIX)) + marks
    if box._dom_classes != classes:
        box._dom_classes = classes  # one message, not remove + add


def watch(box, controls) -> None:
    """Number a question's answer controls, and mark on its box what each holds, now and
    whenever one changes.

    >>> import ipywidgets as W
    >>> radio, box = W.RadioButtons(options=["a", "b"], value=None), W.VBox()
    >>> watch(box, [radio]); radio.index = 1
    >>> radio._dom_classes, box._dom_classes
    (('medialit-c-0',), ('medialit-v-0-r1',))
    """
    import ipywidgets as W

    controls = list(controls)
    for n, control in enumerate(controls):
        if mark_of(control) is None:
            continue
        control.add_class(f"{CONTROL}{n}")
        name = "index" if isinstance(control, W.RadioButtons) else "value"
        control.observe(lambda _change: _show(box, controls), names=name)
    _show(box, controls)


SETTLE_JS = """(function () {
  if (window.__medialitSettle) { return; }
  var seen = window.__medialitSettle = {held: 0, late: 0, kept: 0};
  // when Start was pressed; the student's last Tab or click (not yet used up by a focus move);
  // when the kernel's focus landed on "Not you?"
  var started = 0, chose = 0, landed = 0;
  function hash(text) {
    var h = 0, s = text.replace(/[\\u2062-\\u2064]/g, "");
    for (var i = 0; i < s.length; i++) { h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0; }
    return "t" + h.toString(16);
  }
  function shown(el) {  // what a control shows, in the kernel's terms (quiz.settle.mark_of)
    var radios = el.querySelectorAll("input[type=radio]");
    if (radios.length) {
      for (var i = 0; i < radios.length; i++) { if (radios[i].checked) { return "r" + i; } }
      return "rn";
    }
    if (el.classList.contains("widget-toggle-button")) {
      return el.classList.contains("mod-active") ? "b1" : "b0";
    }
    var box = el.querySelector("input[type=checkbox]");
    if (box) { return box.checked ? "b1" : "b0"; }
    var text = el.querySelector("textarea, input[type=text]");
    return text ? hash(text.value) : null;
  }
  function behind(quiz) {  // a control whose value the kernel does not have yet
    var want = {}, m;
    quiz.classList.forEach(function (c) {
      if ((m = /^PREFIX(\\d+)-(.+)$/.exec(c))) { want[m[1]] = m[2]; }
    });
    var els = quiz.querySelectorAll("[class*='CONTROL']");
    for (var i = 0; i < els.length; i++) {
      var n = null;
      els[i].classList.forEach(function (c) { if ((m = /^CONTROL(\\d+)$/.exec(c))) { n = m[1]; } });
      var have = shown(els[i]);
      if (n !== null && want[n] !== undefined && have !== null && have !== want[n]) { return true; }
    }
    return false;
  }
  window.addEventListener("click", function (e) {
    var b = e.target && e.target.closest && e.target.closest("button.widget-button");
    if (b && b.classList.contains("START")) { started = Date.now(); }
    if (b && b.classList.contains("NOT_YOU") && !e.detail && Date.now() - landed < 2000) {
      e.stopImmediatePropagation();  // Enter pressed twice on Start: the second one is not a
      e.preventDefault();            // "Not you?" (a key's click has no detail; a mouse's has)
      return;
    }
    if (!b || b.classList.contains("widget-toggle-button")) { return; }
    var quiz = b.closest(".medialit-quiz,.HOLD_CLASS");
    if (!quiz) { return; }
    if (b.__medialitGo) { b.__medialitGo = false; return; }
    if (!b.__medialitWait && !behind(quiz)) { return; }
    e.stopImmediatePropagation();
    e.preventDefault();
    if (b.__medialitWait) { return; }  // one press is enough
    seen.held++;
    var t0 = Date.now();
    b.__medialitWait = setInterval(function () {
      var late = Date.now() - t0 > WAIT_MS;
      if (!late && behind(quiz)) { return; }
      if (late) { seen.late++; }
      clearInterval(b.__medialitWait);
      b.__medialitWait = 0;
      b.__medialitGo = true;
      b.click();
    }, 25);
  }, true);
  function on(e, cls) { return e.target && e.target.closest && e.target.closest("." + cls); }
  ["keydown", "pointerdown"].forEach(function (kind) {
    window.addEventListener(kind, function (e) {
      if (e.key === "Tab" || kind === "pointerdown") { chose = Date.now(); }
      if (e.key === "Enter" && !(e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) &&
          on(e, "NAME_CLASS")) {
        started = Date.now();  // Enter in the name box is Start (quiz.keys sends it)
      }
    }, true);
  });
  window.addEventListener("focusin", function (e) {  // the kernel's late focus after Start
    var from = e.relatedTarget, now = Date.now(), mine = now - chose < 100;
    chose = 0;  // a Tab or a click moves the focus once
    // (the student's own Tab or click to "Not you?" is theirs, and the kernel's move may still come)
    if (mine || !started || now - started > WAIT_MS || !on(e, "NOT_YOU")) { return; }
    started = 0;
    if (!from || !from.isConnected || from === document.body) {
      landed = now;
      return;
    }
    e.stopImmediatePropagation();  // JupyterLab does not make the name bar's cell active
    seen.kept++;
    from.focus();
  }, true);
})();"""
SETTLE_JS = "\n".join(line.strip() for line in SETTLE_JS
                      .replace("PREFIX", PREFIX).replace("CONTROL", CONTROL)
                      .replace("NOT_YOU", NOT_YOU_CLASS).replace("START", START_CLASS)
                      .replace("NAME_CLASS", NAME_CLASS).replace("HOLD_CLASS", HOLD_CLASS)
                      .replace("WAIT_MS", str(WAIT_MS)).splitlines())
"""The script (plain ES5, no network, shipped without its indentation); ``window.__medialitSettle``
counts the clicks it held, those it let go late, and the late focus moves it undid (the browser
tests read it)."""


STARTING = "Starting\u2026"
"""What Start shows, at once, while the kernel takes the name (:data:`STARTING_JS`)."""

STARTING_JS = """(function () {
  if (window.__medialitStarting) { return; }
  var seen = window.__medialitStarting = {shown: 0, back: 0};
  function busy(bar) {  // Start was taken: say so now, until the kernel answers
    var b = bar && bar.querySelector("button.START_BUTTON");
    if (!b || b.disabled || b.__medialitLabel !== undefined) { return; }
    var had = document.activeElement === b, timer = 0, watch, said = null;
    var note = bar.querySelector(".MESSAGE_CLASS");
    note = note && (note.querySelector(".widget-html-content") || note);
    if (note) { said = note.innerHTML; note.innerHTML = ""; }  // the old warning goes now
    b.__medialitLabel = b.innerHTML;
    b.disabled = true;
    b.textContent = "LABEL_TEXT";
    seen.shown++;
    function back(gaveUp) {
      watch.disconnect();
      if (gaveUp && note && note.isConnected && note.innerHTML === "") { note.innerHTML = said; }
      clearTimeout(timer);
      var label = b.__medialitLabel;
      delete b.__medialitLabel;
      if (!b.isConnected) { return; }  // signed in: the kernel took Start off the page
      b.innerHTML = label;  // the kernel said something else (an empty name): Start again
      b.disabled = false;
      seen.back++;
      if (had && (!document.activeElement || document.activeElement === document.body)) { b.focus(); }
    }
    watch = new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        if (!b.contains(records[i].target)) { back(false); return; }
      }
    });
    watch.observe(bar, {childList: true, subtree: true, characterData: true});
    timer = setTimeout(function () { back(true); }, GIVE_UP_MS);
  }
  function later(bar) { setTimeout(function () { busy(bar); }, 0); }
  window.addEventListener("click", function (e) {
    var b = e.target && e.target.closest && e.target.closest("button.START_BUTTON");
    if (b && !b.disabled) { later(b.closest(".medialit-view")); }
  }, true);
  window.addEventListener("keydown", function (e) {  // Enter in the name box is Start (quiz.keys)
    var t = e.target;
    if (e.key !== "Enter" || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || e.isComposing ||
        !t || !t.closest || !t.closest(".NAME_CLASS")) { return; }
    later(t.closest(".medialit-view"));
  }, true);
})();"""
STARTING_JS = "\n".join(line.strip() for line in STARTING_JS
                        .replace("START_BUTTON", START_CLASS).replace("NAME_CLASS", NAME_CLASS)
                        .replace("MESSAGE_CLASS", MESSAGE_CLASS)
                        .replace("LABEL_TEXT", STARTING.replace("\u2026", "\\u2026"))
                        .replace("GIVE_UP_MS", "60000").splitlines())
"""The script that shows, at once, that Start (or Enter in the name box) was taken: Start is
greyed out and reads "Starting…" and the bar's old message (an empty name's warning) is cleared,
until the kernel answers: the bar changes (the name shows, or a message says what to fix; then
Start is back; if the kernel never answers, after a minute, the old message is back too). ``window.__medialitStarting`` counts how often
it showed and how often Start came back."""
