import sys

try:
    from .cli import run
except KeyboardInterrupt:  # Ctrl-C while still importing: nothing was written yet
    sys.exit(130)

run()
