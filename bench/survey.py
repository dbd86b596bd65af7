"""``make survey``: every botocore model the generator speaks, generated, imported, checked.

For the newest version of every service in the installed botocore whose protocol the
generator supports, one row: operations, files, generation seconds, whether the package
imports and a client constructs (region us-east-1, explicit keys, no network), and
whether ``mypy --strict`` passes on it; then a total line. Slow by design (mypy over
every package): it is not part of ``make test``.

    python bench/survey.py [--only SERVICE ...] [--skip-mypy] [--markdown FILE]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import botocore

from generator.errors import ModelError
from generator.loader import load_model
from generator.pipeline import generate

DATA = Path(botocore.__file__).parent / "data"
CONSTRUCT = (
    "import importlib, sys; package = importlib.import_module(sys.argv[1]); "
    "package.Client('us-east-1', None, 'AKIDEXAMPLE', 'secret').close()"
)


HEADER = """# Survey: every botocore model the generator speaks

`make survey` (bench/survey.py) over the newest model of every service of botocore
{version} whose protocol the generator supports: operations, files written, generation
seconds, whether the package imports and a client constructs (us-east-1, explicit keys,
no network), and `mypy --strict` on the package. Seconds are wall-clock on a shared
2-core machine: compare them with each other, not across runs.

"""


@dataclass(frozen=True)
class Row:
    service: str
    package: str
    operations: int
    files: int
    seconds: float
    constructs: str
    mypy: str


def newest_models(only: list[str]) -> list[Path]:
    """The newest model directory of every service (of those named, when any are)."""
    found = []
    for service in sorted(p for p in DATA.iterdir() if p.is_dir()):
        versions = sorted(p for p in service.iterdir() if (p / "service-2.json.gz").is_file())
        if versions and (not only or service.name in only):
            found.append(versions[-1])
    return found


def survey_one(model_dir: Path, output: Path) -> Row | None:
    """None when the generator does not speak the model's protocol."""
    try:
        model = load_model(model_dir)
    except ModelError as error:
        if "not supported yet" in str(error):
            return None
        return Row(model_dir.parent.name, "", 0, 0, 0.0, f"model error: {error}", "-")
    started = time.perf_counter()
    result = generate(model_dir, output)
    seconds = time.perf_counter() - started
    package = result.package_dir.name
    construct = subprocess.run(
        [sys.executable, "-c", CONSTRUCT, package],
        cwd=output, capture_output=True, text=True, check=False,
    )
    constructs = "ok" if construct.returncode == 0 else _last_line(construct.stderr)
    return Row(model_dir.parent.name, package, len(model.operations), result.file_count,
               seconds, constructs, "-")


def run_mypy(output: Path, package: str) -> str:
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(output / ".mypy_cache"),
         "-p", package],
        cwd=output, capture_output=True, text=True, check=False,
    )
    return "ok" if checked.returncode == 0 else _last_line(checked.stdout)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "failed")[:100]


def table(rows: list[Row]) -> str:
    lines = [
        "| service | operations | files | generation (s) | constructs | mypy --strict |",
        "|---|---:|---:|---:|---|---|",
    ]
    lines += [
        f"| {r.service} | {r.operations} | {r.files} | {r.seconds:.1f} | {r.constructs} "
        f"| {r.mypy} |"
        for r in rows
    ]
    ok = [r for r in rows if r.constructs == "ok" and r.mypy in ("ok", "-")]
    lines.append(
        f"| **total: {len(rows)} services** | {sum(r.operations for r in rows)} | "
        f"{sum(r.files for r in rows)} | {sum(r.seconds for r in rows):.0f} | "
        f"{sum(r.constructs == 'ok' for r in rows)} ok | "
        f"{sum(r.mypy == 'ok' for r in rows)} ok | "
    )
    lines.append(f"\n{len(ok)} of {len(rows)} services pass every check.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=[], help="survey only these services")
    parser.add_argument("--skip-mypy", action="store_true", help="leave mypy out")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="botocore-codegen-survey-") as scratch:
        for model_dir in newest_models(args.only):
            output = Path(scratch) / model_dir.parent.name
            row = survey_one(model_dir, output)
            if row is None:
                continue
            if not args.skip_mypy and row.constructs == "ok":
                row = Row(**{**vars(row), "mypy": run_mypy(output, row.package)})
            rows.append(row)
            print(f"{row.service}: {row.operations} operations, {row.files} files, "
                  f"{row.seconds:.1f} s, constructs: {row.constructs}, mypy: {row.mypy}",
                  flush=True)
    report = table(rows)
    print(report)
    if args.markdown:
        args.markdown.write_text(HEADER.format(version=botocore.__version__) + report + "\n",
                                 encoding="utf-8")
    return 0 if all(r.constructs == "ok" and r.mypy in ("ok", "-") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
