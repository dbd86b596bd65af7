"""Names that only clash somewhere else: on a case-insensitive file system (macOS,
Windows), in ``import`` (a package named like a module), or with the names the templates
use as locals and module globals (only mypy --strict notices those)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from type_checks import Reports

from generator.build import build_service
from generator.loader import load_model
from generator.pipeline import build_files

String: dict[str, Any] = {"shape": "String"}


def write_model(
    directory: Path,
    service_id: str,
    operations: dict[str, dict[str, Any]],
    shapes: dict[str, dict[str, Any]],
    pagination: dict[str, dict[str, str]] | None = None,
) -> Path:
    """A small json-protocol model in ``directory``; each operation gets a POST to /."""
    metadata = {
        "apiVersion": "2024-01-01", "endpointPrefix": service_id.lower(), "jsonVersion": "1.1",
        "protocol": "json", "serviceFullName": service_id, "serviceId": service_id,
        "signatureVersion": "v4", "targetPrefix": f"{service_id}_20240101",
        "uid": f"{service_id.lower()}-2024-01-01",
    }
    for name, operation in operations.items():
        operation.update(name=name, http={"method": "POST", "requestUri": "/"})
    service = {"version": "2.0", "metadata": metadata, "operations": operations,
               "shapes": {**shapes, "String": {"type": "string"}}}
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "service-2.json").write_text(json.dumps(service), encoding="utf-8")
    if pagination is not None:
        paginators = json.dumps({"pagination": pagination})
        (directory / "paginators-1.json").write_text(paginators, encoding="utf-8")
    return directory


def structure(*members: str) -> dict[str, Any]:
    return {"type": "structure", "members": {name: String for name in members}}


def test_generated_paths_are_unique_ignoring_case(tmp_path: Path) -> None:
    model = write_model(
        tmp_path,
        "Cases",
        {
            "GetInstance": {"input": {"shape": "Foo_Bar"}},
            "Get_Instance": {"input": {"shape": "FOO_BAR"}},
            "GET_INSTANCE": {"output": {"shape": "Thing"}},
        },
        {"Foo_Bar": structure("a"), "FOO_BAR": structure("b"), "Thing": structure("c"),
         "THING": structure("d")},
    )
    files = build_files(model).files
    operations = [path for path in files if path.startswith("operations/")]
    assert len(operations) == 4  # three modules and __init__.py
    lowered = [path.lower() for path in files]
    assert len(set(lowered)) == len(lowered), sorted(files)


def test_default_package_of_a_service_named_like_a_module(tmp_path: Path) -> None:
    model = write_model(tmp_path, "JSON", {"Ping": {}}, {})
    assert build_service(load_model(model)).package == "json_"


def locals_model(directory: Path) -> Path:
    """Service ``Locals``: members and shapes named like the locals and globals the
    templates use. client.py: ``request = XRequest(...)`` and ``warnings.warn(...,
    DeprecationWarning)`` in methods whose parameters are the members (``body`` once
    held the response there), the class attribute SERVICE; paginators.py:
    ``PageIterator(...)`` in paginate; a dataclass body: RULES."""
    return write_model(
        directory,
        "Locals",
        {
            "GetInstance": {"input": {"shape": "GetInstanceRequest"},
                            "output": {"shape": "_SERVICE"}, "deprecated": True},
            "ListThings": {"input": {"shape": "ListThingsRequest"},
                           "output": {"shape": "ListThingsResult"}},
        },
        {
            "GetInstanceRequest": {"type": "structure", "members": {
                "request": String, "body": String, "warnings": {**String, "deprecated": True},
                "DeprecationWarning_": String}},
            "ListThingsRequest": structure("nextToken", "PageIterator_", "request"),
            "ListThingsResult": {"type": "structure", "members": {
                "things": {"shape": "StringList"}, "nextToken": String,
                "rules": {"shape": "RULES"}}},
            "_SERVICE": structure("value"),
            "RULES": structure("value"),
            "StringList": {"type": "list", "member": String},
        },
        {"ListThings": {"input_token": "nextToken", "output_token": "nextToken",
                        "result_key": "things"}},
    )


def test_names_the_templates_use_as_locals_and_globals_pass_mypy_strict(
    type_reports: Reports,
) -> None:
    # The session's one mypy run (tests/type_checks.py) checks the package of
    # locals_model.
    locals_package = type_reports.targets["locals"]
    assert (locals_package / "paginators.py").is_file()
    assert type_reports.under("mypy", locals_package) == []
