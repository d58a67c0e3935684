"""Run the command line: ``python -m toolkit analyze FILE``."""

import sys

from .cli import main

sys.exit(main())
