"""The errors the generator reports on one line: a bad model (naming the file and JSON
path) and a template that cannot be rendered (naming the template and line)."""

from __future__ import annotations

import json
from pathlib import Path


class ModelError(Exception):
    """A model that cannot be generated from, located by file and JSON path."""

    def __init__(self, file: Path | str, path: str, problem: str) -> None:
        problem = problem.replace("\r", "\\r").replace("\n", "\\n")
        super().__init__(f"{file}: {path}: {problem}")
        self.file = str(file)
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[ModelError], tuple[str, str, str]]:
        """Pickled by its parts: it crosses from a worker process to the one reporting it."""
        return type(self), (self.file, self.path, self.problem)


def child(path: str, key: str | int) -> str:
    """The JSON path of ``key`` inside ``path``: ``$.shapes.Thing``, ``$.shapes["a-b"]``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if key.isascii() and key.isidentifier():
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key)}]"


class TemplateError(Exception):
    """A template that cannot be rendered, located by template path and line."""
