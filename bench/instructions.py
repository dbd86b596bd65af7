"""Cold start in instructions: valgrind counts, which a busy machine does not move.

    python bench/instructions.py           # the floor, ours, and ours stage by stage
    python bench/instructions.py --modules # also each runtime module's own import

Each program is bench/run.py's cold-start program (or a prefix of it) run under
``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0`` and the bytecode
cached (one untimed run first); whole process, interpreter exit included. Prints
millions of instructions, and the ratio of ours to the floor (``import botocore.auth``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from run import GENERATED, PYTHON, child_env, cold_code, loopback_server

RUNTIME_MODULES = (
    "_runtime._botocore", "_runtime", "_runtime.errors", "_runtime.values", "_runtime.reprs",
    "_runtime.shapes", "_runtime.streaming", "_runtime.transport", "_runtime.auth",
    "_runtime.settings", "_runtime.endpoints", "_runtime.retries", "_runtime.protocols",
    "_runtime.protocols.json", "_runtime.client", "client", "shapes",
)  # fmt: skip
"""In the order they import each other, so that each line adds one module's own cost."""

# The package without its __init__ (which imports the client): modules one at a time.
BARE_PACKAGE = (
    "import botocore.auth, sys, types\n"
    f"package = types.ModuleType('lightsail'); package.__path__ = [{str(GENERATED / 'lightsail')!r}]\n"
    "sys.modules['lightsail'] = package\n"
)


def instructions(code: str, env: dict[str, str]) -> float:
    """Millions of instructions ``python -c code`` runs, its bytecode already cached."""
    subprocess.run([PYTHON, "-c", code], env=env, check=True, capture_output=True)
    finished = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         PYTHON, "-c", code],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"I\s+refs:\s+([\d,]+)", finished.stderr)
    assert found is not None, finished.stderr
    return int(found.group(1).replace(",", "")) / 1e6


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch, loopback_server() as url:
        env = child_env(Path(scratch)) | {"PYTHONHASHSEED": "0"}
        floor = instructions(cold_code("botocore.auth", url), env)
        ours = cold_code("ours", url)
        stages = {
            "import botocore.auth (the floor)": floor,
            "  + from lightsail import Client": instructions(
                "import botocore.auth\nfrom lightsail import Client\n", env
            ),
            "ours without the call (no botocore.auth)": instructions(
                ours.split("t2 = ")[0], env
            ),
            "ours: import, construct, first call": instructions(ours, env),
        }
        for name, count in stages.items():
            print(f"{name:45} {count:8.1f} M  {count / floor:.3f}x")
        if "--modules" in sys.argv:
            code, before = BARE_PACKAGE, instructions(BARE_PACKAGE, env)
            for module in RUNTIME_MODULES:
                code += f"import lightsail.{module}\n"
                after = instructions(code, env)
                print(f"  lightsail.{module:37} {after - before:6.2f} M")
                before = after


if __name__ == "__main__":
    main()
