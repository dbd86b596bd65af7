"""Where the generator's own files are: the built-in templates and the runtime package."""

from __future__ import annotations

from pathlib import Path

GENERATOR_DIR = Path(__file__).parent
RUNTIME_DIR = GENERATOR_DIR / "runtime"
RUNTIME_PACKAGE = "_runtime"
"""Where every generated package keeps its copy of the runtime."""


def builtin_templates() -> Path:
    """The templates shipped with the generator (inside the wheel, or the source tree)."""
    installed = GENERATOR_DIR / "templates"
    return installed if installed.is_dir() else GENERATOR_DIR.parent / "templates"
