"""A real school JupyterHub (issue 12): two local users, one shared read-only copy of the lessons.

JupyterHub (from PyPI, in ``.venv-hub``, made by ``bash scripts/test.sh`` with a Python every user
can run) listens on 127.0.0.1 only, with the dummy authenticator, the local process spawner and
configurable-http-proxy from npm (``.hub-tools``, installed by ``bash scripts/test.sh``). Each
user's server opens lesson 1 from the shared folder, runs its set-up cell, finds the name box
prefilled with their user name, presses Start and answers the first question. The hub is then
stopped and started again; each user must find their own answer, remembered, and no one else's.
Skipped, with the reason, where the machine cannot create users (not root) or lacks the parts.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from toolkit.quiz.progress import student_key

from installed import ROOT, offline_env, venv_python

HUB_VENV = Path(os.environ.get("MEDIALIT_HUB_VENV", ROOT / ".venv-hub"))
CHP = ROOT / ".hub-tools" / "node_modules" / ".bin" / "configurable-http-proxy"
LESSON = "01-meet-the-articles.ipynb"

ANSWER = """
import json, os
from toolkit import quiz
view = quiz.show("01-meet-the-articles", "furniture")
prefill = view.bar.name_text.value
view.bar.start()
qv = view.question("furniture")
chosen = qv.q.options[0].text
qv.controls[0].index = [o.text for o in qv.options].index(chosen)
qv.check_button.click()
print("RESULT " + json.dumps({"prefill": prefill, "student": view.session.student,
      "folder": str(quiz.progress_dir()), "chosen": chosen, "cwd": os.getcwd()}))
"""

AFTER_RESTART = """
import json
from toolkit import quiz
from toolkit.quiz.session import get_session
s = get_session()
view = quiz.show("01-meet-the-articles", "furniture")
qv = view.question("furniture")
files = sorted(p.name for p in quiz.progress_dir().glob("student-*.json"))
saved = s.store.read(s.student)["quizzes"].get("01-meet-the-articles", {}) if s.student else {}
print("RESULT " + json.dumps({"student": s.student, "files": files, "answered": sorted(saved),
      "shown": qv.controls[0].value, "folder": str(quiz.progress_dir())}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def can_run_as_other_users(path: Path) -> bool:
    """True if every folder above ``path`` lets other users through (so students can run it)."""
    for folder in [path, *path.parents]:
        if folder.exists() and not folder.stat().st_mode & stat.S_IXOTH:
            return False
    return True


def skip_reason() -> str | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "creating the two local users needs root (run the suite as root, e.g. in CI)"
    if not shutil.which("useradd") or not shutil.which("userdel"):
        return "useradd/userdel are not available to create local users"
    if not venv_python(HUB_VENV).exists():
        return f"no JupyterHub environment at {HUB_VENV}: bash scripts/test.sh makes it"
    if not can_run_as_other_users(venv_python(HUB_VENV).resolve()):
        return f"{venv_python(HUB_VENV).resolve()} is in a folder other users cannot enter"
    if not CHP.exists():
        return "configurable-http-proxy (npm) is missing: bash scripts/test.sh installs it"
    return None


class Hub:
    """A JupyterHub process driven through its REST API with a service token."""

    def __init__(self, base: Path, users: list[str], lessons: Path):
        self.base, self.users, self.token = base, users, secrets.token_hex(16)
        self.port, self.api_port, self.hub_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        python = venv_python(HUB_VENV)
        config = f"""
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {self.port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {self.hub_port}
c.ConfigurableHTTPProxy.command = [{str(CHP)!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{self.api_port}"
c.JupyterHub.db_url = "sqlite:///{base}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{base}/cookie_secret"
c.JupyterHub.pid_file = "{base}/hub.pid"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = set({users!r})
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [{str(python)!r}, "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = {str(lessons)!r}
c.Spawner.default_url = "/lab"
c.Spawner.http_timeout = 90
c.Spawner.start_timeout = 90
c.Spawner.environment = {{"no_proxy": "*", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}}
c.JupyterHub.services = [{{"name": "medialit-test", "api_token": {self.token!r}}}]
c.JupyterHub.load_roles = [{{"name": "medialit-test", "services": ["medialit-test"],
    "scopes": ["admin:users", "admin:servers", "access:servers", "servers"]}}]
"""
        (base / "jupyterhub_config.py").write_text(config, encoding="utf-8")
        self.proc = None

    def start(self):
        log = open(self.base / "hub.log", "a")
        self.proc = subprocess.Popen(
            [str(venv_python(HUB_VENV)), "-m", "jupyterhub", "-f",
             str(self.base / "jupyterhub_config.py")], cwd=self.base, stdout=log,
            stderr=subprocess.STDOUT, env=offline_env(PIP_NO_INDEX="1"), start_new_session=True)
        self.wait(lambda: self.api("GET", "/hub/api/")[0] == 200, "the hub to start")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None

    def wait(self, ok, what: str, timeout: float = 120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the hub stopped while waiting for {what}:\n{self.log()}")
            try:
                if ok():
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"timed out waiting for {what}:\n{self.log()}")

    def log(self) -> str:
        return (self.base / "hub.log").read_text(errors="replace")[-4000:]

    def api(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(req, timeout=30) as resp:
                text = resp.read().decode()
                return resp.status, json.loads(text) if text.strip() else None
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode(errors="replace")

    def start_servers(self, users: list[str]):
        """Ask for every user's server at once (as a class logging in), then wait for all."""
        for user in users:
            status, _ = self.api("POST", f"/hub/api/users/{user}/server")
            assert status in (201, 202, 400), status  # 400: already running

        def ready():
            for user in users:
                code, info = self.api("GET", f"/hub/api/users/{user}")
                if not (code == 200 and info["servers"].get("", {}).get("ready")):
                    return False
            return True
        self.wait(ready, "the users' servers")

    def run_in_lesson(self, user: str, code: list[str]) -> dict:
        """Open LESSON in the user's server (a session, so the kernel runs in the lessons folder),
        run code cells in its kernel, return the JSON the last one printed after RESULT."""
        base = f"/user/{user}/api"
        status, nb = self.api("GET", f"{base}/contents/{LESSON}")
        assert status == 200, nb
        status, session = self.api("POST", f"{base}/sessions",
                                   {"path": LESSON, "type": "notebook", "name": LESSON,
                                    "kernel": {"name": "python3"}})
        assert status == 201, session
        kernel = session["kernel"]["id"]
        try:
            # In a thread of its own: another test may have left an event loop running here.
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                out = pool.submit(asyncio.run, execute(self.port, user, kernel, self.token,
                                                       code)).result()
        finally:
            self.api("DELETE", f"{base}/sessions/{session['id']}")
        line = next((ln for ln in out.splitlines() if ln.startswith("RESULT ")), None)
        assert line, out[-3000:]
        return json.loads(line[7:])


async def execute(port: int, user: str, kernel: str, token: str, cells: list[str]) -> str:
    """Run cells in a kernel over the server's websocket; return their text output."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    req = HTTPRequest(f"ws://127.0.0.1:{port}/user/{user}/api/kernels/{kernel}/channels",
                      headers={"Authorization": f"token {token}"})
    ws = await websocket_connect(req)
    session, out = uuid.uuid4().hex, []
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "username": user, "session": session,
                           "msg_type": "execute_request", "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True,
                            "user_expressions": {}, "allow_stdin": False,
                            "stop_on_error": True}}))
            while True:
                raw = await asyncio.wait_for(ws.read_message(), timeout=120)
                if raw is None:
                    raise AssertionError("the kernel's websocket closed")
                if isinstance(raw, bytes):
                    continue
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind, content = msg["msg_type"], msg["content"]
                if kind == "stream":
                    out.append(content["text"])
                elif kind == "error":
                    raise AssertionError(f"{content['ename']}: {content['evalue']}\n"
                                         + "\n".join(content.get("traceback", []))[-2000:])
                elif kind == "status" and content["execution_state"] == "idle":
                    break
    finally:
        ws.close()
    return "".join(out)


@pytest.mark.notebooks
@pytest.mark.skipif(skip_reason() is not None, reason=str(skip_reason()))
def test_two_students_on_a_hub_keep_their_own_answers_across_a_restart(dists):
    start = time.monotonic()
    # Students must reach everything: a 755 folder outside pytest's private temp folder.
    base = Path(f"/tmp/medialit-hub-{secrets.token_hex(4)}")
    base.mkdir(mode=0o755)
    suffix = secrets.token_hex(3)
    users = [f"mlana{suffix}", f"mlben{suffix}"]
    made = []
    hub = None
    try:
        subprocess.run([str(venv_python(HUB_VENV)), "-m", "pip", "install", "-q", "--no-deps",
                        "--force-reinstall", "--no-index", str(dists[1])], check=True,
                       env=offline_env())
        lessons = base / "shared" / "lessons"
        shutil.copytree(ROOT / "lessons", lessons,
                        ignore=shutil.ignore_patterns("progress", ".ipynb_*"))
        for path in [base / "shared", *lessons.rglob("*")]:  # read-only for students
            path.chmod(0o755 if path.is_dir() else 0o644)
        lessons.chmod(0o755)
        (base / "home").mkdir(mode=0o755)
        for user in users:
            subprocess.run(["useradd", "-m", "-d", str(base / "home" / user), "-s", "/bin/sh",
                            user], check=True, capture_output=True)
            made.append(user)
            (base / "home" / user).chmod(0o700)
        hub = Hub(base, users, lessons)
        hub.start()
        setup_cell = next(c for c in json.loads((lessons / LESSON).read_text())["cells"]
                          if c["cell_type"] == "code")["source"]
        first = {}
        hub.start_servers(users)
        for user in users:
            first[user] = hub.run_in_lesson(user, ["".join(setup_cell), ANSWER])
        hub.stop()
        hub.start()  # the same hub, started again (servers were stopped with it)
        after = {}
        hub.start_servers(users)
        for user in users:
            after[user] = hub.run_in_lesson(user, [AFTER_RESTART])
        shared_progress = (lessons / "progress").exists()
    finally:
        if hub:
            hub.stop()
        for user in made:
            subprocess.run(["userdel", "-r", "-f", user], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
    print(f"\nhub test: {time.monotonic() - start:.1f} s for two users, one restart")
    folders = {first[u]["folder"] for u in users}
    assert len(folders) == 2, f"one progress folder shared by both students: {folders}"
    for user in users:
        f, a = first[user], after[user]
        assert f["prefill"] == user and f["student"] == user, f
        assert f["cwd"] == str(lessons), f
        assert f["folder"] == str(base / "home" / user / "medialit-progress"), f
        assert a["student"] == user, a
        # the file is named by the toolkit's rule (issue 17: readable slug + hash of the name)
        assert a["files"] == [f"student-{student_key(user)}.json"], f"{user} sees {a['files']}"
        assert a["answered"] == ["furniture"], a
        assert a["shown"] == f["chosen"], "the saved answer is not shown again"
    assert not shared_progress, "a progress folder was made in the shared lessons folder"
