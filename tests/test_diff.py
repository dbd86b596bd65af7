"""``diff``: API changes between two models, each marked breaking or additive from the
side of the generated client's callers, as Markdown or JSON, with exit codes 0/1/2."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import LIGHTSAIL_MODEL

from generator import cli
from generator.diff import (
    RULES,
    Report,
    diff_models,
    is_breaking,
    render_json,
    render_markdown,
)
from generator.loader import load_model

Model = dict[str, Any]

# PutItem's input reaches Color (input only); GetItem's output reaches Status (output
# only); Item is in PutItem's input and GetItem's output.
TINY: Model = {
    "version": "2.0",
    "metadata": {
        "apiVersion": "2024-01-01", "endpointPrefix": "tiny", "jsonVersion": "1.1",
        "protocol": "json", "serviceFullName": "Tiny Service", "serviceId": "Tiny",
        "signatureVersion": "v4", "targetPrefix": "Tiny_20240101",
    },
    "operations": {
        "PutItem": {
            "name": "PutItem", "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "PutItemRequest"}, "output": {"shape": "PutItemResult"},
            "errors": [{"shape": "NotFound"}], "documentation": "<p>Puts an item.</p>",
        },
        "GetItem": {
            "name": "GetItem", "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "GetItemRequest"}, "output": {"shape": "GetItemResult"},
            "errors": [{"shape": "NotFound"}],
        },
        "ListItems": {
            "name": "ListItems", "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "ListItemsRequest"}, "output": {"shape": "ListItemsResult"},
        },
    },
    "shapes": {
        "PutItemRequest": {"type": "structure", "required": ["name"], "members": {
            "name": {"shape": "Name"}, "color": {"shape": "Color"}, "item": {"shape": "Item"},
            "count": {"shape": "Count"},
        }},
        "PutItemResult": {"type": "structure", "members": {}},
        "GetItemRequest": {"type": "structure", "required": ["name"],
                           "members": {"name": {"shape": "Name"}}},
        "GetItemResult": {"type": "structure", "members": {
            "item": {"shape": "Item"}, "status": {"shape": "Status"},
            "size": {"shape": "Count"},
        }, "documentation": "<p>An item.</p>"},
        "ListItemsRequest": {"type": "structure", "members": {
            "nextToken": {"shape": "Name"}}},
        "ListItemsResult": {"type": "structure", "members": {
            "items": {"shape": "ItemList"}, "nextToken": {"shape": "Name"}}},
        "ItemList": {"type": "list", "member": {"shape": "Item"}},
        "Item": {"type": "structure", "members": {
            "label": {"shape": "Name"}, "note": {"shape": "Name"}}},
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Status": {"type": "string", "enum": ["ok", "gone"]},
        "Name": {"type": "string"},
        "Count": {"type": "integer"},
        "Long": {"type": "long"},
        "NotFound": {"type": "structure", "exception": True,
                     "members": {"message": {"shape": "Name"}}},
    },
}
PAGINATORS: Model = {"pagination": {"ListItems": {
    "input_token": "nextToken", "output_token": "nextToken", "result_key": "items"}}}


def write(directory: Path, model: Model, paginators: Model | None = None,
          waiters: Model | None = None) -> Path:
    directory.mkdir(parents=True)
    (directory / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    for name, document in (("paginators-1.json", paginators), ("waiters-2.json", waiters)):
        if document is not None:
            (directory / name).write_text(json.dumps(document), encoding="utf-8")
    return directory


def compare(tmp_path: Path, change: Callable[[Model], object]) -> Report:
    """The report from TINY to TINY after ``change`` (given a deep copy)."""
    new = copy.deepcopy(TINY)
    change(new)
    old_dir = write(tmp_path / "old", TINY, PAGINATORS)
    pages = {name: paginator for name, paginator in PAGINATORS["pagination"].items()
             if name in new["operations"]}  # a removed operation takes its paginator along
    new_dir = write(tmp_path / "new", new, {"pagination": pages})
    return diff_models(load_model(old_dir), load_model(new_dir), service="tiny")


def marks(report: Report) -> set[tuple[str | None, str, bool]]:
    """(operation, kind, breaking) of every change."""
    return {(c.operation, c.kind, c.breaking) for c in report.changes}


def shapes(model: Model) -> dict[str, Any]:
    result: dict[str, Any] = model["shapes"]
    return result


# -- the rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "directions", "breaking"), [
    ("operation-removed", (), True),
    ("operation-added", (), False),
    ("required-member-added", ("input",), True),
    ("required-member-added", ("output",), False),
    ("required-member-added", ("input", "output"), True),
    ("member-added", ("input",), False),
    ("member-removed", ("output",), True),
    ("member-required", ("input",), True),
    ("member-required", ("output",), False),
    ("member-optional", ("input",), False),
    ("member-type-changed", ("output",), True),
    ("enum-value-added", ("input", "output"), False),
    ("enum-value-removed", ("input",), True),
    ("enum-value-removed", ("output",), False),
    ("enum-value-removed", ("input", "output"), True),
    ("minimum-raised", ("input",), True),
    ("error-added", (), False),
    ("error-removed", (), False),
    ("error-class-removed", (), True),
    ("paginator-removed", (), True),
    ("waiter-removed", (), True),
    ("waiter-added", (), False),
])
def test_breaking_rules(kind: str, directions: tuple[Any, ...], breaking: bool) -> None:
    assert is_breaking(kind, directions) is breaking


def test_every_rule_is_one_of_three() -> None:
    assert set(RULES.values()) == {"always", "input", "never"}


def test_identical_models_have_no_changes(tmp_path: Path) -> None:
    report = compare(tmp_path, lambda model: None)
    assert report.changes == ()
    assert report.documentation_changes == 0
    assert not report.breaking


def test_an_operation_removed_and_one_added(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["operations"]["Ping"] = model["operations"].pop("GetItem") | {"name": "Ping"}

    assert marks(compare(tmp_path, change)) == {
        ("GetItem", "operation-removed", True), ("Ping", "operation-added", False),
    }


def test_a_required_member_added_breaks_an_input_not_an_output(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        for name in ("PutItemRequest", "GetItemResult"):
            shapes(model)[name]["members"]["extra"] = {"shape": "Name"}
            shapes(model)[name]["required"] = [*shapes(model)[name].get("required", []), "extra"]

    report = compare(tmp_path, change)
    assert marks(report) == {
        ("PutItem", "required-member-added", True), ("GetItem", "required-member-added", False),
    }
    put = next(c for c in report.changes if c.operation == "PutItem")
    assert put.description == "required member `PutItemRequest.extra`, string, added (input)"
    assert (put.shape, put.member, put.directions) == ("PutItemRequest", "extra", ("input",))


def test_an_optional_member_added_is_additive_everywhere(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["Item"]["members"]["weight"] = {"shape": "Count"}

    report = compare(tmp_path, change)
    # Item: PutItem's input, GetItem's and ListItems' output.
    assert marks(report) == {
        ("PutItem", "member-added", False), ("GetItem", "member-added", False),
        ("ListItems", "member-added", False),
    }


def test_a_member_that_became_required(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["PutItemRequest"]["required"].append("color")  # input only
        shapes(model)["GetItemResult"]["required"] = ["status"]  # output only
        shapes(model)["Item"]["required"] = ["label"]  # input of PutItem, output of others

    assert marks(compare(tmp_path, change)) == {
        ("PutItem", "member-required", True),
        ("GetItem", "member-required", False),
        ("ListItems", "member-required", False),
    }
    # PutItem has two: its own input's member and Item's (reached from its input).
    report = compare(tmp_path / "again", change)
    assert sorted(c.member or "" for c in report.changes if c.operation == "PutItem") == [
        "color", "label"]


def test_a_member_that_became_optional_is_additive(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["GetItemRequest"]["required"] = []

    assert marks(compare(tmp_path, change)) == {("GetItem", "member-optional", False)}


def test_a_removed_member_breaks_inputs_and_outputs(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        del shapes(model)["PutItemRequest"]["members"]["count"]
        del shapes(model)["GetItemResult"]["members"]["size"]

    assert marks(compare(tmp_path, change)) == {
        ("PutItem", "member-removed", True), ("GetItem", "member-removed", True),
    }


def test_a_changed_type_breaks_and_a_same_python_type_does_not(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["GetItemResult"]["members"]["size"] = {"shape": "Long"}  # int either way
        shapes(model)["PutItemRequest"]["members"]["count"] = {"shape": "Name"}

    report = compare(tmp_path, change)
    assert marks(report) == {("PutItem", "member-type-changed", True)}
    assert report.changes[0].description == (
        "`PutItemRequest.count` changed type from integer to string (input)")


def test_enum_values_by_direction(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["Color"]["enum"] = ["red", "blue"]  # input only
        shapes(model)["Status"]["enum"] = ["ok", "pending"]  # output only

    report = compare(tmp_path, change)
    assert {(c.value, c.kind, c.breaking) for c in report.changes} == {
        ("blue", "enum-value-added", False), ("green", "enum-value-removed", True),
        ("pending", "enum-value-added", False), ("gone", "enum-value-removed", False),
    }


def test_errors_added_and_removed(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["operations"]["GetItem"]["errors"] = []  # NotFound stays (PutItem lists it)
        model["operations"]["ListItems"]["errors"] = [{"shape": "Throttled"}]
        shapes(model)["Throttled"] = {"type": "structure", "exception": True, "members": {}}

    assert marks(compare(tmp_path, change)) == {
        (None, "error-class-added", False),
        ("GetItem", "error-removed", False),
        ("ListItems", "error-added", False),
    }


def test_an_error_class_that_goes_away_breaks(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        for operation in model["operations"].values():
            operation.pop("errors", None)
        del shapes(model)["NotFound"]

    report = compare(tmp_path, change)
    assert (None, "error-class-removed", True) in marks(report)
    assert report.changes[0].operation is None  # service changes come first


def test_a_raised_minimum_breaks_an_input_and_is_not_reported_for_an_output(
    tmp_path: Path
) -> None:
    def change(model: Model) -> None:
        shapes(model)["Count"]["min"] = 1  # PutItem's input, GetItem's output
        shapes(model)["Status"]["min"] = 2  # output only

    assert marks(compare(tmp_path, change)) == {("PutItem", "minimum-raised", True)}


def waiter(operation: str) -> dict[str, Any]:
    """A whole waiters-2.json entry, as the loader requires one."""
    acceptor = {"state": "success", "matcher": "status", "expected": 200}
    return {"operation": operation, "delay": 5, "maxAttempts": 3, "acceptors": [acceptor]}


def test_paginators_and_waiters(tmp_path: Path) -> None:
    old_dir = write(tmp_path / "old", TINY, PAGINATORS,
                    {"version": 2, "waiters": {"ItemExists": waiter("GetItem")}})
    new_dir = write(tmp_path / "new", TINY, None,
                    {"version": 2, "waiters": {"ItemPut": waiter("PutItem")}})
    report = diff_models(load_model(old_dir), load_model(new_dir))
    assert marks(report) == {
        ("ListItems", "paginator-removed", True),
        ("GetItem", "waiter-removed", True),
        ("PutItem", "waiter-added", False),
    }


def test_a_renamed_result_structure(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["ItemFound"] = shapes(model).pop("GetItemResult")
        del shapes(model)["ItemFound"]["members"]["size"]
        model["operations"]["GetItem"]["output"] = {"shape": "ItemFound"}

    report = compare(tmp_path, change)
    assert marks(report) == {
        ("GetItem", "structure-renamed", True), ("GetItem", "member-removed", True),
    }


def test_deprecations_are_additive_and_stay_on_one_line(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["operations"]["GetItem"].update(deprecated=True,
                                              deprecatedMessage="Use\nListItems.")
        shapes(model)["PutItemRequest"]["members"]["count"]["deprecated"] = True

    report = compare(tmp_path, change)
    assert {(c.operation, c.kind, c.breaking, c.description) for c in report.changes} == {
        ("GetItem", "operation-deprecated", False,
         "operation `GetItem` deprecated: Use ListItems."),
        ("PutItem", "member-deprecated", False, "`PutItemRequest.count` deprecated (input)"),
    }


def test_an_operation_that_lost_its_output(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        del model["operations"]["GetItem"]["output"]

    assert ("GetItem", "output-removed", True) in marks(compare(tmp_path, change))


def test_documentation_changes_are_counted_not_listed(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["documentation"] = "<p>New.</p>"
        model["operations"]["PutItem"]["documentation"] = "<p>Puts it.</p>"
        shapes(model)["GetItemResult"]["documentation"] = "<p>The item.</p>"
        shapes(model)["Item"]["members"]["label"]["documentation"] = "<p>A label.</p>"

    report = compare(tmp_path, change)
    assert report.changes == ()
    assert report.documentation_changes == 4
    assert render_markdown([report]).endswith(
        "No API changes; 4 documentation changes (not listed).\n")


# -- the reports -------------------------------------------------------------------------


def test_markdown_groups_by_operation_and_lists_a_shared_change_once(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        del model["operations"]["ListItems"]
        shapes(model)["Item"]["members"]["weight"] = {"shape": "Count"}
        shapes(model)["GetItemRequest"]["members"]["label"] = {"shape": "Name"}
        shapes(model)["PutItemRequest"]["required"].append("color")
        shapes(model)["Name"]["min"] = 1  # every input holds a Name
        model["operations"]["PutItem"]["documentation"] = "<p>Puts it.</p>"

    report = compare(tmp_path, change)
    lines = render_markdown([report]).splitlines()
    assert lines[0] == "## Tiny Service: API changes"
    assert lines[4] == ("**4 breaking changes**, 2 additive changes in 3 operations; "
                        "1 documentation change (not listed).")
    body = "\n".join(lines[6:])
    assert body == "\n".join([
        "### `GetItem`",
        "",
        "- additive: member `GetItemRequest.label`, string, added (input)",
        "",
        "### `ListItems` (removed)",
        "",
        "- **breaking**: operation `ListItems` removed",
        "- **breaking**: paginator of `ListItems` removed",
        "",
        "### `PutItem`",
        "",
        "- **breaking**: `PutItemRequest.color` is now required (input)",
        "",
        "### Shapes used by several operations",
        "",
        # GetItem sends a Name and receives one (Item.label): input and output.
        "- **breaking**: `Name`: minimum raised from 0 to 1 (input and output); "
        "in 2 operations: `GetItem`, `PutItem`",
        # Item: PutItem sends it, GetItem receives it; additive either way, so listed once.
        "- additive: member `Item.weight`, integer, added (input in 1, output in 1); "
        "in 2 operations: `GetItem`, `PutItem`",
    ])


def test_json_has_one_change_per_operation_with_the_contract_keys(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["Item"]["members"]["weight"] = {"shape": "Count"}
        del model["operations"]["ListItems"]

    document = json.loads(render_json([compare(tmp_path, change)]))
    assert document["breaking"] is True
    assert document["services"][0]["service"] == "tiny"
    assert document["services"][0]["breaking"] == 2  # the operation and its paginator
    changes = document["changes"]
    assert all({"breaking", "operation", "description"} <= set(c) for c in changes)
    assert [(c["operation"], c["kind"], c["breaking"]) for c in changes] == [
        ("GetItem", "member-added", False),
        ("ListItems", "operation-removed", True),
        ("ListItems", "paginator-removed", True),
        ("PutItem", "member-added", False),
    ]


def test_names_with_backticks_stay_code(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        shapes(model)["Color"]["enum"].append("a`b")

    markdown = render_markdown([compare(tmp_path, change)])
    assert "value ``a`b`` added" in markdown


# -- the command -------------------------------------------------------------------------


def lightsail_copy(directory: Path, change: Callable[[Model], object]) -> Path:
    """The pinned Lightsail model, every file of it, with ``change`` made to its service."""
    shutil.copytree(LIGHTSAIL_MODEL, directory)
    model = json.loads((directory / "service-2.json").read_text(encoding="utf-8"))
    change(model)
    (directory / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    return directory


def edit_lightsail(model: Model) -> None:
    """An operation removed, a member made required, an enum value added, a new optional
    member, a documentation change."""
    del model["operations"]["DeleteAlarm"]
    model["shapes"]["CreateInstancesRequest"]["required"].append("keyPairName")
    model["shapes"]["InstanceAccessProtocol"]["enum"].append("vnc")
    model["shapes"]["GetBundlesRequest"]["members"]["includeRetired"] = {"shape": "boolean"}
    model["operations"]["GetInstance"]["documentation"] = "<p>Returns an instance.</p>"


def test_lightsail_edited_markdown_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = lightsail_copy(tmp_path / "edited", edit_lightsail)
    assert cli.main(["diff", str(LIGHTSAIL_MODEL), str(edited), "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    changes = document["changes"]
    enum = [c for c in changes if c["kind"] == "enum-value-added"]
    others = {(c["operation"], c["kind"], c["breaking"]) for c in changes} - {
        (c["operation"], c["kind"], c["breaking"]) for c in enum}
    assert others == {
        ("DeleteAlarm", "operation-removed", True),
        ("CreateInstances", "member-required", True),
        ("GetBundles", "member-added", False),
    }
    assert "GetInstanceAccessDetails" in {c["operation"] for c in enum}
    assert {(c["value"], c["breaking"]) for c in enum} == {("vnc", False)}
    assert document["services"][0]["documentation_changes"] == 1
    assert document["breaking"] is True

    assert cli.main(["diff", str(LIGHTSAIL_MODEL), str(edited)]) == 1
    markdown = capsys.readouterr().out
    assert markdown.startswith("## Amazon Lightsail: API changes\n")
    assert "**2 breaking changes**, 2 additive changes" in markdown
    assert "1 documentation change (not listed)" in markdown
    assert "### `DeleteAlarm` (removed)\n\n- **breaking**: operation `DeleteAlarm` removed\n" in (
        markdown)
    assert ("### `CreateInstances`\n\n"
            "- **breaking**: `CreateInstancesRequest.keyPairName` is now required (input)\n"
            ) in markdown
    assert ("- additive: member `GetBundlesRequest.includeRetired`, boolean, added (input)\n"
            in markdown)
    assert "- additive: enum `InstanceAccessProtocol`: value `vnc` added" in markdown
    assert "Returns an instance" not in markdown


def test_lightsail_documentation_only_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def document(model: Model) -> None:
        model["documentation"] = "<p>Lightsail, reworded.</p>"
        model["shapes"]["Instance"]["members"]["name"]["documentation"] = "<p>Its name.</p>"

    edited = lightsail_copy(tmp_path / "docs", document)
    output = tmp_path / "report.json"
    code = cli.main(["diff", str(LIGHTSAIL_MODEL / "service-2.json"),
                     str(edited / "service-2.json"), "--format", "json", "--output", str(output)])
    assert code == 0
    assert capsys.readouterr().out == ""
    report = json.loads(output.read_text())
    assert report["changes"] == []
    assert report["breaking"] is False
    assert report["services"][0]["documentation_changes"] == 2


@pytest.mark.parametrize("arguments", [
    ["no-such-dir", "no-such-either"],
    ["{model}", "no-such-dir"],
])
def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch, arguments: list[str]) -> None:
    monkeypatch.chdir(tmp_path)  # not a git repository: nothing is a revision
    model = write(tmp_path / "tiny", TINY)
    argv = [a.format(model=model) for a in arguments]
    assert cli.main(["diff", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_a_bad_model_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = copy.deepcopy(TINY)
    broken["operations"]["GetItem"]["input"] = {"shape": "Missing"}
    good, bad = write(tmp_path / "good", TINY), write(tmp_path / "bad", broken)
    assert cli.main(["diff", str(good), str(bad)]) == 2
    assert capsys.readouterr().err == (
        f"error: {bad / 'service-2.json'}: $.operations.GetItem.input.shape: references "
        "shape 'Missing', which does not exist\n")


def git(repository: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True,
                   timeout=60)


def test_two_git_revisions_of_models(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    repository = tmp_path / "repo"
    repository.mkdir()
    git(repository, "init", "-q")
    (repository / "pyproject.toml").write_text(
        '[tool.botocore-codegen]\nservices = ["tiny"]\n', encoding="utf-8")
    write(repository / "models" / "tiny" / "2024-01-01", TINY, PAGINATORS)
    git(repository, "add", "-A")
    git(repository, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "old")
    changed = copy.deepcopy(TINY)
    shapes(changed)["Status"]["enum"].append("lost")
    shutil.rmtree(repository / "models" / "tiny" / "2024-01-01")
    write(repository / "models" / "tiny" / "2024-01-01", changed, PAGINATORS)
    git(repository, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "new")
    monkeypatch.chdir(repository)
    assert cli.main(["diff", "HEAD~1", "HEAD", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {(c["service"], c["operation"], c["value"]) for c in document["changes"]} == {
        ("tiny", "GetItem", "lost")}
    assert cli.main(["diff", "HEAD", str(repository / "models" / "tiny" / "2024-01-01")]) == 2
    assert "not one of each" in capsys.readouterr().err
