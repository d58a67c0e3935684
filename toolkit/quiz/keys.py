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
  while hidden, so nothing moves when the focus comes or goes.

Where JavaScript outputs do not run (an untrusted notebook, some editors), nothing changes: every
radio button stays its own Tab stop and Space picks it, and the hint does not appear, so it never
promises arrow keys that would move the cell instead.

>>> "http" in KEYS_JS or "import(" in KEYS_JS   # nothing is fetched
False
>>> KEYS_JS.count("window.__medialitKeys")     # set up once per page, however often shown
2
"""

from __future__ import annotations

KEYS_HINT = "Arrow keys change your choice. Tab moves on."
"""What a keyboard user sees beside a radio group that has the focus (only where the script runs)."""

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
  // Notebook 7 reads shortcuts before the key reaches the question: mark the control itself
  window.addEventListener("keydown", function (e) {
    var t = e.target;
    if (!t || !t.closest || !t.closest(".medialit-quiz")) { return; }
    if (plain(e)) {
      t.setAttribute("data-lm-suppress-shortcuts", "true");
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
KEYS_JS = KEYS_JS.replace("HINT", '"' + KEYS_HINT + '"', 1)
"""The script (plain ES5, no network): see the module's description."""


def keys_loader():
    """A hidden widget whose output is :data:`KEYS_JS`, for the name bar to carry.

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
    out = W.Output(layout=W.Layout(display="none"))
    out.append_display_data(Javascript(KEYS_JS))
    return out
