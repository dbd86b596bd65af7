"""generated/ is exactly what the generator produces from models/ now (with the templates
pyproject.toml configures, as `make check` does)."""

from __future__ import annotations

from conftest import GENERATED, LIGHTSAIL_MODEL

from generator.pipeline import Files, build_files
from generator.writer import compare


def test_generated_lightsail_is_up_to_date(configured_lightsail_files: Files) -> None:
    files = configured_lightsail_files
    changes = compare(GENERATED / files.package, files.files)
    assert not changes, "generated/ is stale; run `make generate`:\n" + "\n".join(changes.lines())


def test_output_is_deterministic(lightsail_files: Files) -> None:
    again = build_files(LIGHTSAIL_MODEL)
    assert again.files == lightsail_files.files


def test_every_operation_is_a_client_method(lightsail_files: Files) -> None:
    import json

    import lightsail
    from botocore import xform_name

    model = json.loads((LIGHTSAIL_MODEL / "service-2.json").read_text())
    operations = model["operations"]
    assert len(operations) >= 161
    missing = [
        n for n in operations if not callable(getattr(lightsail.Client, xform_name(n), None))
    ]
    assert missing == []
    assert len(list((GENERATED / "lightsail" / "operations").glob("*.py"))) == len(operations) + 1
