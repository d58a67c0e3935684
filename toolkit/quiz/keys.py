"""Keys pressed in a quiz stay in the quiz: a small script the name bar carries (no download).

In JupyterLab 4 and Notebook 7, keyboard shortcuts are read from key presses on the page. A radio
button is not a text box, so in command mode ArrowDown there moves the active cell (and "d d"
deletes it) instead of changing the choice. ipywidgets cannot set the page attributes that would
stop this, and it gives the radio buttons of one question no shared ``name``, so each radio
button is its own Tab stop and the arrow keys cannot move the choice.

:data:`KEYS_JS` fixes this where a notebook runs JavaScript outputs. Once per page, and again
whenever widgets are drawn or redrawn, it

* gives the radio buttons of each group in a question one shared ``name``: the browser's own
  radio behaviour then applies (one Tab stop per group, the arrow keys move the choice, and the
  browser reports the new choice as a click, which ipywidgets sends to the kernel);
* marks each question's box ``data-lm-suppress-shortcuts`` (Lumino, JupyterLab's toolkit, then
  ignores shortcuts pressed inside it) and stops plain keys there from bubbling up (JupyterLab
  reads them as they bubble up to the page). Notebook 7 reads them on the way DOWN to the
  control, before the box can stop them, and its arrow-key shortcuts match the focused control
  itself (``:focus``), so the box's mark is never reached: there the script puts the mark on the
  focused control itself just before the notebook reads a plain key, and takes it off for a
  key the notebook should see (Shift+Enter runs the cell; Tab, Escape and keys with Ctrl, Alt or
  Cmd are not plain). Only the mark changes, so the key still reaches the control: the browser
  moves the radio choice and a text box gets its letters. Escape moves the focus from the
  question to its cell, as JupyterLab's own Escape does, so the arrow keys move between cells
  again;
* puts the focus back on the question's control when JupyterLab moves it to the question's own
  cell a moment after a choice (with no click elsewhere and no key JupyterLab acted on);
* shows a short hint beside a radio group while it has the keyboard focus. Its room is kept
  while hidden, so nothing moves when the focus comes or goes;
* makes Enter in a typed-answer box (class :data:`ENTER_CLASS`, the says-who box) check the
  answer. ipywidgets' own Enter message ("submit", deprecated in ipywidgets 8) leaves the
  browser BEFORE the box's new value, so the kernel would check the old text. Instead the
  script sends the typed text with an invisible ending, :func:`enter_value`: text and "check
  it" arrive in one message, so the check always sees the last letters. Leaving the box sends
  the text without that ending, which never counts as a try. The box on screen never shows
  the ending. Enter in the name bar's name box (class :data:`quiz.settle.NAME_CLASS`, also marked
  :data:`ENTER_CLASS`) is sent the same way, and the kernel takes it as Start.

Where JavaScript outputs do not run (an untrusted notebook, some editors, Colab's separate cell
frames), nothing changes: every radio button stays its own Tab stop and Space picks it, Enter in
a typed-answer box does nothing (the Check button works), and the hint does not appear, so it
never promises arrow keys that would move the cell instead.

>>> "http" in KEYS_JS or "import(" in KEYS_JS   # nothing is fetched
False
>>> KEYS_JS.count("window.__medialitKeys")     # set up once per page, however often shown
2
"""

from __future__ import annotations

import re

from .settle import NAME_CLASS

KEYS_HINT = "Arrow keys change your choice. Tab moves on."
"""What a keyboard user sees beside a radio group that has the focus (only where the script runs)."""

ENTER_CLASS = "medialit-enter"
"""The class of a typed-answer box in which Enter checks the answer (where the script runs)."""

ENTER_MARK = "\u2064"
"""Starts the invisible ending Enter adds to the typed text (U+2064 INVISIBLE PLUS)."""

_ENTER_BITS = "\u2062\u2063"  # 0 and 1 of the ending's time stamp (INVISIBLE TIMES, SEPARATOR)
_ENDING = re.compile(ENTER_MARK + "[" + _ENTER_BITS + "]+$")
_INVISIBLE = re.compile("[" + ENTER_MARK + _ENTER_BITS + "]")


def enter_value(typed: str, stamp: int) -> str:
    """The value the script sends when Enter is pressed in a typed-answer box: the text, the
    mark and the time (ms) in invisible 0s and 1s, so every press differs from the last one.

    >>> v = enter_value("Acevedo", 5)
    >>> typed_text(v), is_enter(v), is_enter("Acevedo"), len(v) - len("Acevedo")
    ('Acevedo', True, False, 4)
    """
    return typed_text(typed) + ENTER_MARK + "".join(_ENTER_BITS[b == "1"] for b in f"{stamp:b}")


def typed_text(value: str) -> str:
    """What the student typed: the value without any of Enter's invisible characters.

    >>> typed_text(enter_value("Art", 9) + "o")
    'Arto'
    """
    return _INVISIBLE.sub("", value or "")


def is_enter(value: str) -> bool:
    """Whether a value that reached the kernel was sent by Enter (it ends with the mark).

    >>> is_enter(enter_value("", 1)), is_enter(enter_value("Art", 9) + "o")
    (True, False)
    """
    return bool(_ENDING.search(value or ""))


KEYS_JS = """(function () {
  if (window.__medialitKeys) { return; }
  window.__medialitKeys = true;
  var groups = 0, pending = 0;
  var asked = 0, back = 0;
  function plain(e) {  // a key that stays in the question
    return !(e.key === "Tab" || e.key === "Escape" || e.ctrlKey || e.metaKey || e.altKey ||
             (e.key === "Enter" && e.shiftKey));
  }
  function keep(e) {
    if (e.key === "Tab") { return; }
    if (e.key === "Escape") {  // out of the question to its cell, as JupyterLab's Escape does
      asked = Date.now();
      var cell = e.target.closest && e.target.closest(".jp-Cell");
      if (cell) { cell.focus(); }
      return;
    }
    if (!plain(e)) {
      asked = Date.now();
      return;
    }
    e.stopPropagation();
  }
  var MARKS = /[\\u2062-\\u2064]/g;
  function unmark(t) {
    var v = t.value.replace(MARKS, "");
    if (v !== t.value) { t.value = v; }
    return v;
  }
  // Enter in a typed-answer box: the text and "check it" go to the kernel in one message
  function enter(e, t) {
    if (e.key !== "Enter" || e.isComposing || !t.matches(".ENTER_CLASS input")) { return; }
    var typed = unmark(t), bits = Date.now().toString(2);
    t.value = typed + "\\u2064" + bits.replace(/0/g, "\\u2062").replace(/1/g, "\\u2063");
    t.dispatchEvent(new Event("change", {bubbles: true}));
    t.value = typed;
    e.preventDefault();
  }
  // Notebook 7 reads shortcuts before the key reaches the question: mark the control itself
  window.addEventListener("keydown", function (e) {
    var t = e.target;
    if (!t || !t.closest || !t.closest(".medialit-quiz,.NAME_CLASS")) { return; }
    if (plain(e)) {
      t.setAttribute("data-lm-suppress-shortcuts", "true");
      enter(e, t);
    } else if (!t.classList || !t.classList.contains("medialit-quiz")) {
      t.removeAttribute("data-lm-suppress-shortcuts");
    }
  }, true);
  // A click or a key JupyterLab sees (Escape, Shift+Enter...) may move the focus out of a
  // question. Otherwise JupyterLab sometimes pulls the focus from a question control to its cell
  // a moment after a choice is made (the next arrow key would then move the cell): put it back.
  document.addEventListener("pointerdown", function (e) {
    if (!e.target || !e.target.closest || !e.target.closest(".medialit-quiz")) { asked = Date.now(); }
  }, true);
  document.addEventListener("focusin", function (e) {
    var from = e.relatedTarget, to = e.target;
    if (!from || !from.closest || !from.isConnected || !from.closest(".medialit-quiz")) { return; }
    if (!to || !to.classList || !to.classList.contains("jp-Cell") || !to.contains(from)) { return; }
    var now = Date.now();
    if (now - asked < 1000 || now - back < 300) { return; }
    back = now;
    setTimeout(function () { from.focus(); }, 0);
  }, true);
  function scan() {
    pending = 0;
    document.querySelectorAll(".ENTER_CLASS input").forEach(unmark);
    document.querySelectorAll(".medialit-quiz").forEach(function (quiz) {
      if (!quiz.__medialitKeys) {
        quiz.__medialitKeys = true;
        quiz.addEventListener("keydown", keep);
        quiz.setAttribute("data-lm-suppress-shortcuts", "true");
      }
      quiz.querySelectorAll(".widget-radio-box").forEach(function (box) {
        var name = box.getAttribute("data-medialit-group");
        if (!name) {
          name = "medialit-choice-" + (++groups);
          box.setAttribute("data-medialit-group", name);
        }
        box.querySelectorAll("input[type=radio]").forEach(function (r) {
          if (r.name !== name) { r.name = name; }
        });
      });
    });
  }
  var style = document.createElement("style");
  // The hint's room is kept when it is hidden: nothing moves when the focus comes or goes (a
  // button that moved under the mouse between press and release would miss the click).
  style.textContent = ".medialit-quiz .widget-radio::after{content:" + JSON.stringify(HINT) +
    ";visibility:hidden;margin-left:12px;font-size:90%;color:#1f1f1f;align-self:center}" +
    ".medialit-quiz .widget-radio:focus-within::after{visibility:visible}";
  document.head.appendChild(style);
  new MutationObserver(function () {
    if (!pending) { pending = setTimeout(scan, 60); }
  }).observe(document.body, {childList: true, subtree: true});
  scan();
})();"""
KEYS_JS = "\n".join(line.strip() for line in KEYS_JS.replace("HINT", '"' + KEYS_HINT + '"', 1)
                    .replace("ENTER_CLASS", ENTER_CLASS).replace("NAME_CLASS", NAME_CLASS).splitlines())
"""The script (plain ES5, no network, shipped without its indentation): see the module's
description."""


def keys_loader():
    """A hidden widget whose outputs are :data:`KEYS_JS`, :data:`quiz.settle.SETTLE_JS` and
    :data:`quiz.settle.STARTING_JS`, for the name bar to carry.

    An Output widget's outputs are trusted in JupyterLab and Notebook 7, so the script runs
    when the bar is drawn, while the set-up cell still shows one widget. Returns None where
    IPython's display classes are missing (then nothing changes).

    >>> w = keys_loader()
    >>> w.layout.display, w.outputs[0]["output_type"], "application/javascript" in w.outputs[0]["data"]
    ('none', 'display_data', True)
    """
    import ipywidgets as W

    try:
        from IPython.display import Javascript
    except ImportError:  # pragma: no cover - ipywidgets needs IPython
        return None
    from .settle import SETTLE_JS, STARTING_JS

    out = W.Output(layout=W.Layout(display="none"))
    out.append_display_data(Javascript(KEYS_JS))
    out.append_display_data(Javascript(SETTLE_JS))  # and a question's buttons wait for the kernel
    out.append_display_data(Javascript(STARTING_JS))  # and Start says at once that it was taken
    return out
