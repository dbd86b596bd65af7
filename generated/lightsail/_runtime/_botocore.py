"""botocore, imported by module name.

botocore ships no type information; going through importlib types its modules as
``Any`` whether or not the user has stubs installed, so ``mypy --strict`` stays quiet
either way.
"""

from __future__ import annotations

import importlib
from typing import Any


def botocore_module(name: str) -> Any:
    """``botocore.<name>``, imported on first use."""
    return importlib.import_module(f"botocore.{name}")
