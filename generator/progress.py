"""Progress of a run of several packages: a bar redrawn in place on a terminal; one plain
line per finished package, with its time, anywhere else (a CI log keeps every line)."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

BAR_WIDTH = 24


class Progress:
    """Counts finished packages out of ``total`` and shows them on ``stream``."""

    def __init__(self, total: int, stream: TextIO | None = None, *, noun: str = "services"
                 ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = 0
        self.noun = noun
        self.tty = _isatty(self.stream)
        self._started = time.perf_counter()
        self._shown = 0

    def __enter__(self) -> Progress:
        if self.tty:
            self._draw("")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.tty and self._shown:
            self.stream.write("\n")  # what comes next starts on a line of its own
            self.stream.flush()

    def finished(self, name: str, seconds: float) -> None:
        """One more package is built; ``seconds`` is how long it took."""
        self.done += 1
        if self.tty:
            self._draw(f"{name} {seconds:.1f} s")
        else:
            self.stream.write(f"[{self.done}/{self.total}] {name}: built in {seconds:.1f} s\n")
            self.stream.flush()

    def _draw(self, last: str) -> None:
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        elapsed = time.perf_counter() - self._started
        text = (f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{self.total} "
                f"{self.noun}, {elapsed:.0f} s")
        if last:
            text += f" (last: {last})"
        # Spaces wipe what is left of a longer previous line.
        self.stream.write("\r" + text + " " * max(0, self._shown - len(text)))
        self.stream.flush()
        self._shown = len(text)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or stand-in stream
        return False
