import sys

try:
    from .cli import run
except KeyboardInterrupt:  # Ctrl-C while still importing: nothing was written yet
    # The CLI's message, spelled here: the module that defines it may not be imported.
    print("interrupted: the output was left whole (as it was, or completely replaced)",
          file=sys.stderr)
    sys.exit(130)

run()
