"""botocore, imported by module name, and the botocore releases this runtime works with.

botocore ships no type information; going through importlib types its modules as
``Any`` whether or not the user has stubs installed, so ``mypy --strict`` stays quiet
either way.
"""

from __future__ import annotations

import importlib
from typing import Any

TESTED_BOTOCORE = ("1.44.0", "1.45.0")
"""The botocore releases the runtime is tested with: from the first, up to the second."""


def botocore_module(name: str) -> Any:
    """``botocore.<name>``, imported on first use."""
    return importlib.import_module(f"botocore.{name}")


def version_tuple(version: str) -> tuple[int, ...]:
    """``(1, 44, 8)`` for ``1.44.8``; a pre-release suffix (``1.45.0rc1``) is ignored."""
    parts: list[int] = []
    for part in version.split("."):
        digits = ""
        for character in part:
            if not character.isdigit():
                break
            digits += character
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def check_botocore_version(installed: str | None = None) -> None:
    """Raise ImportError, naming both versions, unless botocore is in ``TESTED_BOTOCORE``."""
    if installed is None:
        # botocore's own __init__ only: a few modules of the standard library.
        installed = str(importlib.import_module("botocore").__version__)
    low, high = TESTED_BOTOCORE
    if not version_tuple(low) <= version_tuple(installed) < version_tuple(high):
        raise ImportError(
            f"this client's runtime works with botocore >={low},<{high}, but botocore "
            f"{installed} is installed: install a botocore in that range, or regenerate "
            "the client with a botocore-codegen release that supports yours"
        )
