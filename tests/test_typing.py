"""Type checkers trust the generated clients: mypy --strict and pyright (strict) report
nothing on the Lightsail and kitchen-sink packages or on the typed usage examples in
tests/typed_usage/, and report exactly the marked errors in tests/typed_usage/mistakes.py.

The ```python blocks of README.md are checked the same way, each as a module of its own.

Both checkers run once per session, side by side, over all of it and over what other
test files check (they are slow): tests/type_checks.py, which says how to run them by
hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import GENERATED
from type_checks import USAGE, Diagnostic, Reports

MISTAKES = USAGE / "mistakes.py"
EXPECT = re.compile(r"#\s*expect:\s*mypy\[([\w-]+)\]\s+pyright\[(\w+)\]")


@pytest.fixture
def reports(type_reports: Reports) -> Reports:
    return type_reports


def _under(diagnostics: list[Diagnostic], directory: Path) -> list[str]:
    return [str(d) for d in diagnostics if d.file.is_relative_to(directory.resolve())]


def test_generated_lightsail_type_checks(reports: Reports) -> None:
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, GENERATED / "lightsail") == [], tool


def test_generated_kitchen_sink_type_checks(reports: Reports, kitchen_sink_dir: Path) -> None:
    # Its recursive shapes (Node -> Edge -> Node, Thing.children) included.
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, kitchen_sink_dir) == [], tool


def test_a_model_without_shapes_type_checks(reports: Reports, kitchen_sink_dir: Path) -> None:
    # No structures, no errors, operations without input or output: nothing to import.
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, kitchen_sink_dir.parent / "bare") == [], tool


def test_endpoint_bindings_and_idempotency_tokens_type_check(
    reports: Reports, kitchen_sink_dir: Path
) -> None:
    # The routing fixture: endpoint inputs, host labels, tokens filled in by `call`.
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, kitchen_sink_dir.parent / "routing") == [], tool


def test_a_package_nested_as_deep_as_allowed_type_checks(
    reports: Reports, deep_package_dir: Path
) -> None:
    assert (deep_package_dir / "shapes" / "nest59.py").read_text().count("TYPE_CHECKING") == 2
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, deep_package_dir) == [], tool


@pytest.mark.parametrize(
    "example", ["lightsail_usage.py", "kitchen_sink_usage.py", "async_usage.py"]
)
def test_typed_usage_checks_cleanly(reports: Reports, example: str) -> None:
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, USAGE / example) == [], tool


def test_readme_examples_type_check(reports: Reports, readme_dir: Path) -> None:
    examples = sorted(readme_dir.glob("readme_example_*.py"))
    assert len(examples) >= 2  # the first steps and the boto3 habits
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, readme_dir) == [], tool


def test_a_readme_example_that_does_not_type_check_is_caught(reports: Reports) -> None:
    """The check would see the README's old example, which forgot that a member a
    response may leave out is Optional (type_checks.OLD_README_EXAMPLE)."""
    example = reports.targets["readme_mistake"].resolve()
    assert [d.code for d in reports.mypy if d.file == example] == ["union-attr"], reports.mypy


def test_no_diagnostic_outside_the_files_made_to_have_them(reports: Reports) -> None:
    # Every package and example is checked clean; only the mistakes are reported.
    expected = {MISTAKES.resolve(), reports.targets["readme_mistake"].resolve()}
    for tool, diagnostics in reports.by_tool():
        assert [str(d) for d in diagnostics if d.file not in expected] == [], tool


def expected_mistakes() -> dict[str, dict[int, str]]:
    """Tool -> line -> error code, from the ``# expect:`` comments (each names the next line)."""
    expected: dict[str, dict[int, str]] = {"mypy": {}, "pyright": {}}
    for number, line in enumerate(MISTAKES.read_text(encoding="utf-8").splitlines(), start=1):
        if match := EXPECT.search(line):
            expected["mypy"][number + 1] = match.group(1)
            expected["pyright"][number + 1] = match.group(2)
    return expected


def test_mistakes_are_reported_by_both(reports: Reports) -> None:
    expected = expected_mistakes()
    assert len(expected["mypy"]) == 21
    for tool, diagnostics in reports.by_tool():
        found = [d for d in diagnostics if d.file == MISTAKES.resolve()]
        assert {d.line: d.code for d in found} == expected[tool], "\n".join(map(str, found))
        assert len(found) == len(expected[tool]), "\n".join(map(str, found))


def _message(diagnostics: list[Diagnostic], text: str) -> str:
    lines = MISTAKES.read_text(encoding="utf-8").splitlines()
    line = next(number for number, source in enumerate(lines, start=1) if text in source)
    return next(d.message for d in diagnostics if d.file == MISTAKES.resolve() and d.line == line)


def test_missing_required_argument_is_named(reports: Reports) -> None:
    call = 'register_container_image(service_name="svc", label="web")'
    assert _message(reports.mypy, call) == (
        'Missing named argument "digest" for "register_container_image" of "LightsailClient"'
    )
    assert _message(reports.pyright, call) == 'Argument missing for parameter "digest"'


def test_wrong_argument_type_is_named(reports: Reports) -> None:
    call = 'label=1, digest="d"'
    assert _message(reports.mypy, call) == (
        'Argument "label" to "register_container_image" of "LightsailClient" has '
        'incompatible type "int"; expected "str"'
    )
    assert _message(reports.pyright, call).startswith(
        'Argument of type "Literal[1]" cannot be assigned to parameter "label" of type "str"'
    )
