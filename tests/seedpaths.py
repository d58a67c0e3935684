"""Paths of the project's own seed articles (tests never read ../shared)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NPR = SEEDS / "npr-sessions-el-salvador.txt"
REWRITE = SEEDS / "rewrite-sessions-ms13.txt"
