"""``python -m rhetoscope``."""

from .cli import main

main()
