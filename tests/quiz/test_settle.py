"""A question's buttons wait until the kernel has the answer on screen (toolkit.quiz.settle).

The kernel's half (each answer control marked with what it holds) is tested here with real
widgets; the script's half runs in Node against a stand-in page. In a real browser the every-quiz
test (tests/browser/test_every_quiz.py) answers by keyboard faster than the kernel's round trip
and checks that no click waited in vain."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile

import ipywidgets as W
import pytest

from toolkit.quiz.progress import ProgressStore
from toolkit.quiz.schema import load_quiz
from toolkit.quiz.session import Session
from toolkit.quiz.settle import (CONTROL, NAME_CLASS, NOT_YOU_CLASS, PREFIX, SETTLE_JS, START_CLASS, WAIT_MS,
                                 mark_of, mark_of_text, watch)
from toolkit.quiz.widgets import QuestionView, StudentBar

TEXTS = ["", "Acevedo", "Art Acevedo\n", "line one\r\nline two", "a lone\rCR", "Ünïcödé \U0001F600 and “quotes”",
         "x" * 5000, "Acevedo\u2064\u2063\u2062\u2063", "\t tabs and  spaces ", "\ud800 a lone surrogate"]


def marks(view) -> dict[int, str]:
    """What the question's box says each control holds, by control number."""
    found = {}
    for c in view.box._dom_classes:
        if c.startswith(PREFIX):
            n, mark = c[len(PREFIX):].split("-", 1)
            found[int(n)] = mark
    return found


def views(quiz_name: str):
    session = Session(ProgressStore(tempfile.mkdtemp()))
    session.set_student("Ana")
    quiz = load_quiz(quiz_name)
    return [QuestionView(quiz, q, session) for q in quiz]


@pytest.mark.parametrize("quiz_name", ["example", "02-says-who", "03-fact-claim-opinion"])
def test_the_box_says_what_each_control_holds_and_follows_it(quiz_name):
    seen = set()
    for view in views(quiz_name):
        controls = view.controls
        assert marks(view) == {n: mark_of(c) for n, c in enumerate(controls)}, view.q.id
        assert all(f"{CONTROL}{n}" in c._dom_classes for n, c in enumerate(controls))
        # a control's own classes never change after it is built: a change sent to a radio
        # group redraws its buttons and takes the keyboard focus away from them
        touched = []
        for c in controls:
            c.observe(lambda change: touched.append(change["owner"]), names="_dom_classes")
        for n, control in enumerate(controls):
            seen.add(type(control).__name__)
            if isinstance(control, W.RadioButtons):
                for i in range(len(control.options)):
                    control.index = i
                    assert marks(view)[n] == f"r{i}"
                control.index = None
                assert marks(view)[n] == "rn"
            elif isinstance(control, (W.Checkbox, W.ToggleButton)):
                control.value = not control.value
                assert marks(view)[n] == ("b1" if control.value else "b0")
            else:
                control.value = "Art Acevedo"
                assert marks(view)[n] == mark_of_text("Art Acevedo")
        assert touched == [], view.q.id
        assert {"medialit-quiz"} <= set(view.box._dom_classes)  # the box's own classes stay
    assert seen  # the quiz has answer controls


def test_a_restored_answer_is_on_the_box():
    store_dir = tempfile.mkdtemp()
    quiz = load_quiz("example")
    q = next(q for q in quiz if q.type == "sort")
    session = Session(ProgressStore(store_dir))
    session.set_student("Ana")
    first = QuestionView(quiz, q, session)
    first.set_answer(["attributed", "claim", "opinion", "call_to_action"])
    first.check()
    again = QuestionView(quiz, q, session)
    assert again.answer() == ["attributed", "claim", "opinion", "call_to_action"]
    assert marks(again) == {n: mark_of(c) for n, c in enumerate(again.controls)}
    assert "rn" not in marks(again).values()


def test_one_class_message_per_change_and_none_when_the_mark_is_the_same():
    area, box = W.Textarea(value=""), W.VBox()
    box.add_class("medialit-quiz")
    watch(box, [W.HTML(value="a label"), area])
    sent = []
    box.observe(lambda change: sent.append(change["new"]), names="_dom_classes")
    area.value = "Hi\n"
    area.value = "Hi\r\n"  # the same on screen: a text box turns CR LF into LF
    assert sent == [("medialit-quiz", f"{PREFIX}1-" + mark_of_text("Hi\n"))]
    assert mark_of(W.HTML(value="x")) is None and mark_of(W.Button()) is None


# The script in Node, with a stand-in page: elements with classes, a parent, checked radio
# buttons, text values; selectors of the few forms the script uses.
NODE_PAGE = r"""
const vm = require("vm");
const [script, casesText] = process.argv.slice(-2);
function el(tag, classes, props, children) {
  const e = Object.assign({tag, parent: null, children: children || [], clicks: 0}, props || {});
  e.classes = new Set(classes || []);
  e.classList = {contains: c => e.classes.has(c), forEach: f => e.classes.forEach(f)};
  e.children.forEach(c => { c.parent = e; });
  e.matches = sel => sel.split(",").some(one => {
    one = one.trim();
    let m;
    if ((m = one.match(/^\[class\*='(.*)'\]$/))) return [...e.classes].some(c => c.includes(m[1]));
    if ((m = one.match(/^(\w+)\[type=(\w+)\]$/))) return e.tag === m[1] && e.type === m[2];
    if ((m = one.match(/^(\w*)\.([\w-]+)$/))) return (!m[1] || e.tag === m[1]) && e.classes.has(m[2]);
    return e.tag === one;
  });
  e.closest = sel => { for (let x = e; x; x = x.parent) { if (x.matches(sel)) return x; } return null; };
  e.querySelectorAll = sel => {
    const out = [];
    (function walk(x) { x.children.forEach(c => { if (c.matches(sel)) out.push(c); walk(c); }); })(e);
    return out;
  };
  e.querySelector = sel => e.querySelectorAll(sel)[0] || null;
  e.click = () => page.fire(e);
  return e;
}
const handlers = [];
const page = {
  addEventListener: (name, f, capture) => { if (name === "click" && capture) handlers.push(f); },
  fire(target) {  // a click: the script's capture handler first, then the button's own
    const ev = {target, stopped: false, stopImmediatePropagation() { this.stopped = true; },
                preventDefault() {}};
    handlers.forEach(f => f(ev));
    if (!ev.stopped) target.clicks += 1;
    return !ev.stopped;
  },
  Date, Math, setInterval, clearInterval,
};
page.window = page;
vm.runInNewContext(script, page);
vm.runInNewContext(script, page);  // shown twice on one page: set up once
const cases = JSON.parse(casesText);
const out = {handlers: handlers.length, cases: {}};
let left = cases.length;
cases.forEach(c => {
  const radios = c.radios.map((on, i) => el("input", [], {type: "radio", checked: on}));
  const controls = [
    el("div", ["widget-radio", "medialit-c-0"], {}, [el("div", ["widget-radio-box"], {}, radios)]),
    el("div", ["widget-label"]),  // not an answer control: no number
    el("div", ["widget-textarea", "medialit-c-2"], {}, [el("textarea", [], {value: c.text})]),
    el("button", ["widget-toggle-button", "medialit-c-3"].concat(c.toggleOn ? ["mod-active"] : [])),
    el("div", ["widget-text", "medialit-c-4"], {}, [el("input", [], {type: "text", value: c.line})]),
    el("div", ["widget-checkbox", "medialit-c-5"], {}, [el("input", [], {type: "checkbox", checked: c.ticked})]),
  ];
  const check = el("button", ["jupyter-button", "widget-button"]);
  const quiz = el("div", ["medialit-quiz"].concat(c.marks), {}, controls.concat([check]));
  const first = page.fire(check);
  const toggleFirst = page.fire(controls[3]);  // a control's own click is never held
  const t0 = Date.now();
  setTimeout(() => {
    page.fire(check);  // pressed again while waiting: still one click in the end
    if (c.kernelCatchesUp) {
      quiz.classes.delete(c.marks[0]);
      quiz.classes.add(c.kernelCatchesUp);
    }
  }, 100);
  (function poll() {
    if (check.clicks > 0 || Date.now() - t0 > c.giveUpAfter) {
      setTimeout(() => {
        out.cases[c.name] = {first, toggleFirst, clicks: check.clicks, ms: Date.now() - t0};
        if (--left === 0) { out.seen = page.__medialitSettle; console.log(JSON.stringify(out)); }
      }, 200);
      return;
    }
    setTimeout(poll, 20);
  })();
});
"""


SHORT_WAIT = 600  # ms: the script's WAIT_MS, shortened so the test is quick


def run_script(cases: list[dict]) -> dict:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("Node.js is not installed (bash scripts/test.sh installs it with npm)")
    script = SETTLE_JS.replace(f"> {WAIT_MS}", f"> {SHORT_WAIT}")  # the same, waiting less
    assert script != SETTLE_JS
    done = subprocess.run([node, "-e", NODE_PAGE, "--", script, json.dumps(cases)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_script_holds_a_click_until_the_kernel_has_what_the_screen_shows():
    def case(name, radios, radio, text, toggle_on, toggle, **more):
        # what a browser shows of the value: CR LF and CR become LF; a one-line box drops them
        shown = text.replace("\r\n", "\n").replace("\r", "\n")
        return {"name": name, "radios": radios, "text": shown, "line": shown.replace("\n", ""),
                "ticked": toggle_on, "toggleOn": toggle_on, "giveUpAfter": 3000,
                "marks": [f"{PREFIX}0-{radio}", f"{PREFIX}2-{mark_of_text(text)}",
                          f"{PREFIX}3-{toggle}", f"{PREFIX}4-{mark_of_text(text, one_line=True)}",
                          f"{PREFIX}5-{toggle}"], **more}

    cases = []
    for n, text in enumerate(TEXTS):  # the script's hash is the kernel's: nothing is held
        cases.append(case(f"text {n}", [False, True], "r1", text, True, "b1"))
    cases.append(case("behind, then caught up", [True, False], "r1", "", False, "b0",
                      kernelCatchesUp=f"{PREFIX}0-r0"))
    cases.append(case("never catches up", [False, False], "r0", "", False, "b0",
                      giveUpAfter=SHORT_WAIT + 3000))
    got = run_script(cases)
    assert got["handlers"] == 1  # one listener however often the bar is shown
    for n in range(len(TEXTS)):
        assert got["cases"][f"text {n}"]["first"] is True, TEXTS[n]  # the marks match: no wait
        assert got["cases"][f"text {n}"]["toggleFirst"] is True
    caught = got["cases"]["behind, then caught up"]
    assert caught["first"] is False and caught["clicks"] == 1  # held, then clicked once
    assert 100 <= caught["ms"] < 1000
    never = got["cases"]["never catches up"]
    assert never["first"] is False and never["clicks"] == 1 and never["ms"] >= SHORT_WAIT
    assert got["seen"] == {"held": 2, "late": 1, "kept": 0}


# The focus half in Node: a page that records the script's listeners by kind, and steps of a
# story (a Start click, keys, a focus landing on "Not you?" from somewhere, a pause).
NODE_FOCUS = r"""
const vm = require("vm");
const [script, storiesText] = process.argv.slice(-2);
const listeners = {};
function el(classes, connected) {  // closest(".a") or closest("button.a"): this element or none
  const e = {classes: new Set(classes), isConnected: connected !== false, focused: 0};
  e.classList = {contains: c => e.classes.has(c)};
  e.closest = sel => (e.classes.has(sel.split(".").pop()) ? e : null);
  e.focus = () => { e.focused += 1; };
  return e;
}
const body = el([]);
const page = {
  addEventListener: (kind, f, capture) => { if (capture) (listeners[kind] = listeners[kind] || []).push(f); },
  document: {body}, Date, Math, setInterval, clearInterval,
};
page.window = page;
vm.runInNewContext(script, page);
vm.runInNewContext(script, page);  // shown twice on one page: set up once
function fire(kind, props) {
  const ev = Object.assign({stopped: false, stopImmediatePropagation() { this.stopped = true; },
                            preventDefault() {}}, props);
  (listeners[kind] || []).forEach(f => { if (!ev.stopped) f(ev); });
  return ev;
}
const stories = JSON.parse(storiesText), out = {listeners: {}, stories: {}};
Object.keys(listeners).forEach(k => { out.listeners[k] = listeners[k].length; });
(async () => {
  for (const story of stories) {
    const start = el(["widget-button", "START_CLASS"]), notYou = el(["widget-button", "NOT_YOU_CLASS"]);
    const radio = el(["widget-radio"]), name = el(["widget-text", "NAME_CLASS"]);
    const places = {radio, body, none: null, gone: el([], false), start, notYou, name};
    const seen = [];
    for (const [what, arg] of story.steps) {
      if (what === "wait") { await new Promise(r => setTimeout(r, arg)); }
      else if (what === "click") { fire("click", {target: places[arg], detail: 1}); }  // a mouse's
      else if (what === "enter" || what === "mouse") {  // a key's click has no detail: did it go?
        seen.push({[what + "Went"]: !fire("click", {target: places[arg], detail: what === "mouse" ? 1 : 0}).stopped});
      }
      else if (what === "key") { fire("keydown", {target: places.radio, key: arg}); }
      else if (what === "keyin") {  // a key in a place, with modifiers: [place, key, {shiftKey: true}]
        fire("keydown", Object.assign({target: places[arg[0]], key: arg[1]}, arg[2] || {}));
      }
      else if (what === "pointer") { fire("pointerdown", {target: places[arg]}); }
      else if (what === "moved") { fire("focusin", {target: places[arg], relatedTarget: null}); }
      else if (what === "focus") {  // the focus lands on "Not you?", coming from arg
        const from = places[arg], before = from ? from.focused : 0;
        const ev = fire("focusin", {target: notYou, relatedTarget: from});
        seen.push({stopped: ev.stopped, sentBack: from ? from.focused - before : 0});
      }
    }
    out.stories[story.name] = seen;
  }
  out.seen = page.__medialitSettle;
  console.log(JSON.stringify(out));
})();
""".replace("START_CLASS", START_CLASS).replace("NOT_YOU_CLASS", NOT_YOU_CLASS).replace("NAME_CLASS", NAME_CLASS)


def test_a_late_focus_after_start_does_not_take_the_student_out_of_a_question():
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("Node.js is not installed (bash scripts/test.sh installs it with npm)")
    script = SETTLE_JS.replace(f"> {WAIT_MS}", f"> {SHORT_WAIT}")
    assert script != SETTLE_JS
    stories = [
        # the flake: Start, the student clicks into a question, the kernel's focus comes later
        {"name": "moved on", "steps": [["click", "start"], ["pointer", "radio"], ["moved", "radio"], ["wait", 50],
                                       ["key", "ArrowDown"], ["wait", 30], ["focus", "radio"],
                                       ["focus", "radio"]]},
        # ... or Tabs into one: that Tab was used up by its own move, however recent
        {"name": "tabbed on", "steps": [["click", "start"], ["key", "Tab"], ["moved", "radio"], ["wait", 20],
                                        ["focus", "radio"]]},
        {"name": "clicked on", "steps": [["click", "start"], ["pointer", "radio"], ["moved", "radio"],
                                         ["focus", "radio"]]},
        # ... or Tabs to "Not you?" (theirs), then on into a question before the kernel's move
        {"name": "tabbed through", "steps": [["click", "start"], ["key", "Tab"], ["focus", "none"], ["key", "Tab"],
                                             ["moved", "radio"], ["wait", 150], ["focus", "radio"]]},
        # the focus was nowhere (Start is gone from the page): it goes to "Not you?"
        {"name": "nowhere", "steps": [["click", "start"], ["wait", 30], ["focus", "none"]]},
        {"name": "on the page", "steps": [["click", "start"], ["wait", 30], ["focus", "body"]]},
        {"name": "from a gone box", "steps": [["click", "start"], ["wait", 30], ["focus", "gone"]]},
        # the student goes there themselves
        {"name": "tabbed", "steps": [["click", "start"], ["wait", 30], ["key", "Tab"], ["focus", "radio"]]},
        {"name": "clicked it", "steps": [["click", "start"], ["wait", 30], ["pointer", "notYou"],
                                         ["focus", "radio"]]},
        # (after the last story's Start has run out: a Start stays armed until the kernel's move)
        {"name": "no start", "steps": [["wait", SHORT_WAIT + 100], ["focus", "radio"]]},
        {"name": "long after", "steps": [["click", "start"], ["wait", SHORT_WAIT + 200], ["focus", "radio"]]},
        {"name": "not a start", "steps": [["wait", SHORT_WAIT + 100], ["click", "radio"], ["wait", 30],
                                          ["focus", "radio"]]},
        # Enter pressed twice on Start: the second lands on "Not you?" and does nothing; a mouse
        # click there, or a key 2 s later, is meant
        {"name": "enter twice", "steps": [["click", "start"], ["focus", "none"], ["wait", 300],
                                          ["enter", "notYou"], ["enter", "notYou"], ["mouse", "notYou"],
                                          ["wait", 2100], ["enter", "notYou"]]},
        {"name": "enter after a tab", "steps": [["click", "start"], ["key", "Tab"], ["focus", "radio"],
                                                ["enter", "notYou"]]},
        # Enter in the name box is Start (quiz.keys sends it): the same stories as the button's
        {"name": "name enter twice", "steps": [["wait", SHORT_WAIT + 100], ["keyin", ["name", "Enter"]],
                                               ["focus", "gone"], ["wait", 300], ["enter", "notYou"],
                                               ["enter", "notYou"], ["mouse", "notYou"], ["wait", 2100],
                                               ["enter", "notYou"]]},
        {"name": "name enter held", "steps": [["wait", SHORT_WAIT + 100], ["keyin", ["name", "Enter"]],
                                              ["keyin", ["name", "Enter"]], ["keyin", ["name", "Enter"]],
                                              ["focus", "none"], ["enter", "notYou"], ["enter", "notYou"]]},
        {"name": "name enter, moved on", "steps": [["wait", SHORT_WAIT + 100], ["keyin", ["name", "Enter"]],
                                                   ["pointer", "radio"], ["moved", "radio"], ["wait", 50],
                                                   ["focus", "radio"]]},
        # ... but not Enter elsewhere, Shift+Enter (runs the cell), Enter while typing with an IME
        # (each after the last story's Start and "Not you?" have run out)
        {"name": "enter in a question", "steps": [["wait", 2100], ["keyin", ["radio", "Enter"]],
                                                  ["focus", "none"], ["enter", "notYou"]]},
        {"name": "shift enter in the name box", "steps": [["wait", 2100],
                                                          ["keyin", ["name", "Enter", {"shiftKey": True}]],
                                                          ["focus", "none"], ["enter", "notYou"]]},
        {"name": "ime enter in the name box", "steps": [["wait", 2100],
                                                        ["keyin", ["name", "Enter", {"isComposing": True}]],
                                                        ["focus", "none"], ["enter", "notYou"]]},
        {"name": "a letter in the name box", "steps": [["wait", 2100], ["keyin", ["name", "a"]],
                                                       ["focus", "none"], ["enter", "notYou"]]},
    ]
    done = subprocess.run([node, "-e", NODE_FOCUS, "--", script, json.dumps(stories)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["listeners"] == {"click": 1, "keydown": 1, "pointerdown": 1, "focusin": 1}  # once a page
    sent_back, left = {"stopped": True, "sentBack": 1}, {"stopped": False, "sentBack": 0}
    assert got["stories"].pop("moved on") == [sent_back, left]  # once: a second focus is the student's
    assert got["stories"].pop("tabbed on") == got["stories"].pop("clicked on") == [sent_back]
    assert got["stories"].pop("tabbed through") == [left, sent_back]
    went, held = {"enterWent": True}, {"enterWent": False}
    assert got["stories"].pop("enter twice") == [left, held, held, {"mouseWent": True}, went]
    assert got["stories"].pop("enter after a tab") == [left, went]
    assert got["stories"].pop("name enter twice") == [left, held, held, {"mouseWent": True}, went]
    assert got["stories"].pop("name enter held") == [left, held, held]
    assert got["stories"].pop("name enter, moved on") == [sent_back]
    for story in ("enter in a question", "shift enter in the name box", "ime enter in the name box",
                  "a letter in the name box"):
        assert got["stories"].pop(story) == [left, went], story
    assert got["stories"] == {name: [left] for name in got["stories"]}
    assert got["seen"] == {"held": 0, "late": 0, "kept": 5}


def test_the_name_bar_buttons_carry_the_classes_the_script_looks_for():
    bar = StudentBar(Session(ProgressStore(tempfile.mkdtemp())))
    assert START_CLASS in bar.start_button._dom_classes
    assert NOT_YOU_CLASS in bar.not_you_button._dom_classes
    assert f'"." + cls' in SETTLE_JS and f'on(e, "{NOT_YOU_CLASS}")' in SETTLE_JS
    assert f'b.classList.contains("{START_CLASS}")' in SETTLE_JS


def test_the_script_fetches_nothing():
    for network in ("fetch(", "XMLHttpRequest", "import(", "http", "WebSocket", "sendBeacon"):
        assert network not in SETTLE_JS, network


def test_where_no_thread_can_start_a_reflection_is_saved_at_once(monkeypatch):
    """In the browser site (Pyodide) a thread cannot start: typing saves at once, and the box's
    mark still follows the text (the mark's observer runs after the typing one)."""
    import threading

    def no_thread(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Timer, "start", no_thread)
    view = next(v for v in views("02-says-who") if v.q.type == "reflection")
    view.controls[0].value = "I trust the one that names its sources."
    record = view.session.store.record("Ana", view.quiz.name, view.q.id)
    assert record["answer"] == "I trust the one that names its sources."
    assert "Saved for Ana" in view.status.value and view._timer is None
    assert marks(view) == {0: mark_of_text("I trust the one that names its sources.")}
