"""Allow `python -m assistant`."""

import sys

from .cli import main

sys.exit(main())
