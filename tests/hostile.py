"""Shared pieces for the hostile-input tests: a time limit and long generated articles.

The time limit is a signal alarm (Python's regular expression engine checks signals, so a
runaway pattern is interrupted too). Where there is no SIGALRM (Windows) the tests that need it
are skipped.
"""

from __future__ import annotations

import contextlib
import random
import signal
import time

import pytest


class TooSlow(AssertionError):
    """Raised inside the code under test when its time limit runs out."""


@contextlib.contextmanager
def time_limit(seconds: float, what: str):
    """Fail with TooSlow if the body runs longer than ``seconds`` (wall clock)."""
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("no SIGALRM on this platform")
    start = time.monotonic()

    def alarm(signum, frame):
        raise TooSlow(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.monotonic() - start
    assert elapsed < seconds, f"{what} took {elapsed:.1f} s (limit {seconds} s)"


_FIRST = ["Ana", "Bo", "Carla", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jun", "Kofi"]
_LAST = ["Ruiz", "Park", "Osei", "Novak", "Silva", "Chen", "Diaz", "Moreau", "Haddad", "Kim"]
_ROLES = ["the mayor", "a police spokesperson", "the city council", "the county clerk"]
_NOUNS = ["bridge", "library", "budget", "school", "river", "market", "clinic", "road", "park",
          "tax", "permit", "station", "harbor", "museum", "bus", "court", "farm", "factory"]
_VERBS = ["opened", "closed", "grew", "fell", "changed", "moved", "cost", "needed", "lost"]
_ADJ = ["new", "old", "large", "small", "local", "public", "early", "late", "second", "main"]


def _sentence(r: random.Random, i: int) -> str:
    n1, n2 = r.choice(_NOUNS), r.choice(_NOUNS)
    who = f"{r.choice(_FIRST)} {r.choice(_LAST)}{i % 97}"
    k = r.randrange(6)
    if k == 0:
        return f'"The {r.choice(_ADJ)} {n1} {r.choice(_VERBS)} in {1990 + i % 30}," {who} said.'
    if k == 1:
        return f"The {n1} {r.choice(_VERBS)} by {i % 500} percent, according to {r.choice(_ROLES)}."
    if k == 2:
        return f"This {r.choice(_ADJ)} {n1} plan is a disgraceful waste and must stop now!"
    if k == 3:
        return f"The {r.choice(_ADJ)} {n1} near the {n2} {r.choice(_VERBS)} on June {1 + i % 28}."
    if k == 4:
        return f"{who} told reporters the {n1} {r.choice(_VERBS)} after the {n2} vote."
    return f"Please share this story about the {n1} and the {n2} with your friends."


def long_article(sentences: int, seed: int, per_paragraph: int = 5) -> str:
    """A headline and ``sentences`` varied sentences (quotes, cues, opinion, requests, facts)."""
    r = random.Random(seed)
    body = [_sentence(r, i) for i in range(sentences)]
    paragraphs = [" ".join(body[i:i + per_paragraph]) for i in range(0, sentences, per_paragraph)]
    return "A Headline About The Town\n\n" + "\n\n".join(paragraphs)
