"""Refresh the pinned model copies under models/ from the installed botocore.

Run as ``python -m generator.update_models [SERVICE]...``; files are written
uncompressed and pretty-printed so that model changes read well in review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import botocore  # type: ignore[import-untyped]
from botocore.loaders import Loader  # type: ignore[import-untyped]

MODEL_FILES = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")


def update(service: str, models_dir: Path) -> Path:
    loader = Loader()
    api_version = loader.determine_latest_version(service, "service-2")
    target = models_dir / service / str(api_version)
    target.mkdir(parents=True, exist_ok=True)
    for kind in MODEL_FILES:
        try:
            data = loader.load_service_model(service, kind, api_version)
        except Exception:  # botocore raises DataNotFoundError for absent optional files
            continue
        text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        (target / f"{kind}.json").write_text(text, encoding="utf-8")
    # The endpoint table is resolved against these partitions, so they are pinned too.
    partitions = json.dumps(loader.load_data("partitions"), indent=2, ensure_ascii=False)
    (target / "partitions.json").write_text(partitions + "\n", encoding="utf-8")
    (target / "BOTOCORE_VERSION").write_text(botocore.__version__ + "\n", encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    for service in argv or ["lightsail"]:
        print(f"{update(service, Path('models'))} <- botocore {botocore.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
