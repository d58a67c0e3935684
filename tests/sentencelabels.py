"""Shared helpers for the attribution rule tests: what the toolkit says about each sentence of a
short invented text (one place, so the rule tests of every session read labels the same way)."""

from toolkit.articles import article_from_text
from toolkit.labels import label_sentences


def labels(text):
    """(label, source) of each sentence of ``text``."""
    return [(s.label, s.source) for s in label_sentences(article_from_text(text))]


def speaker_words(text):
    """(label, source, the words the speaker evidence covers) of each sentence of ``text``."""
    article = article_from_text(text)
    out = []
    for s in label_sentences(article):
        spans = [article.text[e.start:e.end] for e in s.evidence if e.kind == "speaker"]
        out.append((s.label, s.source, spans[0] if spans else None))
    return out
