"""Score the sentence labels on the fetched public corpora (PolNeAR attribution, BABE opinion).

Used by ``eval/evaluate.py``; run on its own for one corpus and split with details::

    python eval/corpus_eval.py polnear dev --details 30
    python eval/corpus_eval.py babe dev --details 30
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from corpora import (BABE_FACT, BABE_MIXED, BABE_OPINION, PRONOUN_HEADS, available,  # noqa: E402
                     head_word, polnear_attributions, read_jsonl, sentence_gold)
from toolkit.articles import article_from_text  # noqa: E402
from toolkit.errors import ToolkitError  # noqa: E402
from toolkit.labels import label_sentences  # noqa: E402
from toolkit.wordlists import load_words  # noqa: E402


def known_cue(cue_head: str, cue: str) -> bool:
    """A cue whose main word is one of the toolkit's reporting verbs (saying, writing, believing,
    finding: toolkit/data/wordlists/reporting_verbs.txt), or "according to" (eval/CORPORA.md)."""
    return cue_head in load_words("reporting_verbs") or cue.strip().lower().startswith("according")


def prf(tp: int, fp: int, fn: int) -> tuple:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else 0.0
    return p, r, f


def fmt(x) -> str:
    return " n/a" if x is None else f"{x:.2f}"


def source_right(predicted: str | None, gold_source: str) -> bool:
    """The predicted source names the gold source's head word ("Cruz", "the campaign")."""
    heads = {head_word(part) for part in gold_source.split(",")} - {""}
    if not predicted or not heads:
        return False
    words = {w.strip(".,'’").lower().removesuffix("'s").removesuffix("’s") for w in predicted.split()}
    return bool(heads & words) or head_word(predicted) in heads


def _tokens(words: str) -> list[str]:
    return [w.strip(".,'’\"“”()").lower().removesuffix("'s").removesuffix("’s") for w in words.split()]


def source_whole(predicted: str | None, gold_source: str) -> bool:
    """The predicted source holds every word of the key's whole noun phrase (up to its first
    comma, bracket or "who/which" clause): "the city's budget director", not "budget director"."""
    core = re.split(r",|\(|\s[—–-]\s|\s(?:who|which)\s", gold_source.strip())[0]
    need = {w for w in _tokens(core) if w and w not in ("the", "a", "an")}
    if not predicted or not need:
        return False
    return need <= set(_tokens(predicted))


def polnear(split: str, details: int = 0, out=print) -> dict:
    tp = fp = fn = tn = 0
    heads = Counter()
    fps, fns, wrong_src = [], [], []
    n_docs = 0
    for doc in read_jsonl("polnear", split):
        n_docs += 1
        atts = polnear_attributions(doc)
        article = article_from_text(doc["text"])
        for s in label_sentences(article):
            gold, att = sentence_gold(s.start, s.end, doc["text"], atts)
            pred = s.label == "attributed"
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
            tn += not gold and not pred
            if pred and not gold:
                fps.append((s.text, s.cue, s.source))
            if gold and not pred:
                fns.append((s.text, att.cue, att.source, s.label))
            if gold and any(s.start <= c < s.end for c, _ in att.cue_spans):
                head = att.source_head
                if head in PRONOUN_HEADS:
                    heads["pronoun"] += 1
                    continue
                heads["total"] += 1
                heads["detected"] += pred
                known = known_cue(att.cue_head, att.cue)
                heads["known"] += known
                heads["known_right"] += known and pred and source_right(s.source, att.source)
                heads["whole"] += pred and source_whole(s.source, att.source)
                if pred and source_right(s.source, att.source):
                    heads["right"] += 1
                elif pred:
                    wrong_src.append((s.text, att.source, s.source))
    p, r, f = prf(tp, fp, fn)
    out(f"PolNeAR {split}: {n_docs} articles, {tp + fp + fn + tn} sentences, {tp + fn} attributed in the key")
    out(f"  attributed  tp {tp} fp {fp} fn {fn}  P {fmt(p)} R {fmt(r)} F1 {fmt(f)}")
    hr = heads["right"] / heads["total"] if heads["total"] else None
    out(f"  source head right (explicit, non-pronoun sources, cue in the sentence): "
        f"{heads['right']}/{heads['total']} = {fmt(hr)}  ({heads['pronoun']} pronoun sources not scored)")
    hk = heads["known_right"] / heads["known"] if heads["known"] else None
    out(f"  source head right where the key's cue is a reporting verb the toolkit knows or 'according to': "
        f"{heads['known_right']}/{heads['known']} = {fmt(hk)}")
    hw = heads["whole"] / heads["total"] if heads["total"] else None
    out(f"  source whole noun phrase right (every word of the key's source up to a comma or 'who'): "
        f"{heads['whole']}/{heads['total']} = {fmt(hw)}")
    hd = heads["right"] / heads["detected"] if heads["detected"] else None
    out(f"  source head right where the toolkit marks the sentence attributed: "
        f"{heads['right']}/{heads['detected']} = {fmt(hd)}")
    if details:
        out("  -- false positives (predicted attributed):")
        for t, cue, src in fps[:details]:
            out(f"     [{cue} | {src}] {t[:160]}")
        out("  -- missed (key attributed):")
        for t, cue, src, lab in fns[:details]:
            out(f"     [{cue} | {src} | got {lab}] {t[:160]}")
        out("  -- wrong source:")
        for t, gold, got in wrong_src[:details]:
            out(f"     [key {gold!r} got {got!r}] {t[:140]}")
    return {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f, "heads": dict(heads), "head_acc": hr,
            "head_acc_known_cue": hk,
            "whole_acc": hw,
            "head_acc_detected": hd}


def babe(split: str, details: int = 0, out=print) -> dict:
    """Opinion P/R on BABE: key opinion = "Expresses writer's opinion", key not = "Entirely factual"."""
    rows = {}
    mixed = Counter()
    fps, fns = [], []
    for item in read_jsonl("babe", split):
        side = item["side"] or "unknown"
        if item["opinion"] not in (BABE_OPINION, BABE_FACT, BABE_MIXED):
            continue
        try:
            body = label_sentences(article_from_text(
                item["text"] + ("" if item["text"].rstrip()[-1:] in ".!?\"”" else ".")))
        except ToolkitError:  # a line the toolkit reads as page furniture only: no opinion found
            body = []
        pred = any(s.label == "opinion" for s in body)
        if item["opinion"] == BABE_MIXED:
            mixed[side, pred] += 1
            continue
        gold = item["opinion"] == BABE_OPINION
        c = rows.setdefault(side, Counter())
        c["tp"] += gold and pred
        c["fp"] += pred and not gold
        c["fn"] += gold and not pred
        c["tn"] += not gold and not pred
        if pred and not gold:
            fps.append((side, item["text"], [e.text for s in body for e in s.evidence if s.label == "opinion"]))
        if gold and not pred:
            fns.append((side, item["text"], [s.label for s in body]))
    total = Counter()
    for c in rows.values():
        total.update(c)
    out(f"BABE {split}: opinion (key: \"{BABE_OPINION}\") against \"{BABE_FACT}\"; "
        f"{sum(sum(c.values()) for c in rows.values())} sentences")
    res = {}
    for side in ("left", "right", "center", "unknown", "all"):
        c = total if side == "all" else rows.get(side)
        if not c:
            continue
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        res[side] = (p, r, f, dict(c))
        out(f"  {side:<8} n {sum(c.values()):>4}  tp {c['tp']:>3} fp {c['fp']:>3} fn {c['fn']:>3} tn {c['tn']:>4}"
            f"  P {fmt(p)} R {fmt(r)} F1 {fmt(f)}")
    if "left" in res and "right" in res:
        gp = (res["left"][0] or 0) - (res["right"][0] or 0)
        gr = (res["left"][1] or 0) - (res["right"][1] or 0)
        out(f"  gap left - right: precision {gp:+.2f}, recall {gr:+.2f}")
        res["gap"] = (gp, gr)
    for side in ("left", "right"):
        n = mixed[side, True] + mixed[side, False]
        if n:
            out(f"  {side} \"somewhat factual but also opinionated\": {mixed[side, True]}/{n} labelled opinion")
    if details:
        out("  -- false alarms:")
        for side, t, ev in fps[:details]:
            out(f"     ({side}) {ev} {t[:150]}")
        out("  -- missed opinion:")
        for side, t, labs in fns[:details]:
            out(f"     ({side}) {labs} {t[:150]}")
    return res


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", choices=("polnear", "babe"))
    parser.add_argument("split", choices=("train", "dev", "test"))
    parser.add_argument("--details", type=int, default=0)
    args = parser.parse_args(argv)
    if not available(args.corpus):
        print(f"{args.corpus} is not fetched: run eval/fetch_corpora.py (see eval/CORPORA.md)")
        return 0
    (polnear if args.corpus == "polnear" else babe)(args.split, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
