"""layout.fit lays long statements out exactly as black does, or leaves them alone."""

from __future__ import annotations

import pytest
from black import format_str
from black.mode import Mode, TargetVersion

from generator.layout import fit, prefit

MODE = Mode(target_versions={TargetVersion.PY311})
LONG = "AttachCertificateToDistributionRequest"

# (statement, the block it sits in): black sees each in a real context. fit lays out
# every one of these itself.
STATEMENTS = [
    # An annotated assignment whose value is a call: split at the call's bracket, the
    # value kept whole (bedrock-runtime's sensitive members lost theirs once).
    ('reasoning_content: ReasoningContentBlock | None = field(default=None, '
     'metadata={"sensitive": True})',
     "class C:\n    {}\n"),
    ('kwargs["tags"] = [None if item is None else Tag.from_dict(item) for item in value]',
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    ('kwargs["auto_snapshot_add_on_request"] = AutoSnapshotAddOnRequest.from_dict(value)',
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    ('data["fromAttachedDisks"] = [shape_to_dict(item) for item in self.from_attached_disks]',
     "def f(self):\n    if self:\n        if self:\n            {}\n"),
    ('"notification_triggers": Rule("notificationTriggers", "list", item=Rule("", "string")),',
     "X = {{\n    {}\n}}\n"),
    (f"def from_dict(cls, data: Mapping[str, Any]) -> {LONG}:",
     "class C:\n    @classmethod\n    {}\n        pass\n"),
    (f"def call(engine: Engine, request: {LONG}) -> {LONG}Result:", "{}\n    pass\n"),
    (f"from ..shapes.attach_certificate_to_distribution_request import {LONG}", "{}\n"),
    (f"from .attach_certificate_to_distribution_request import {LONG} as {LONG}",
     "if TYPE_CHECKING:\n    {}\n"),
    (f"from .shapes.a_long_module_name_for_the_test import {LONG}, {LONG}Result, Other",
     "{}\n"),
    (f"request = {LONG}(distribution_name=distribution_name, certificate_name=certificate_name)",
     "def f(distribution_name, certificate_name):\n    {}\n"),
    ("def create_bucket(self, *, bucket_name: str, bundle_id: str, tags: list[Tag] | None = None,"
     " enable_object_versioning: bool | None = None) -> CreateBucketResult:",
     "class C:\n    {}\n        pass\n"),
    ('def get_paginator(self, name: Literal["get_active_names"]) -> GetActiveNamesPaginator: ...',
     "class C:\n    {}\n"),
    (f'kwargs["auto_snapshot_add_on_request"] = {LONG}.from_dict(value)',
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    ('data["useLatestRestorableAutoSnapshot"] = self.use_latest_restorable_auto_snapshot',
     "def f(self):\n    if self:\n        if self:\n            {}\n"),
    ('kwargs["resources_receiving_access"] = [None if item is None else '
     "ResourceReceivingAccess.from_dict(item) for item in value]",
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    ('kwargs["containers"] = {key: None if item is None else Container.from_dict(item) '
     "for key, item in value.items()}",
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    ('SESSION_STICKINESS_LB_COOKIE_DURATION_SECONDS = "SessionStickiness_LB_CookieDurationSeconds"',
     "class E:\n    {}\n"),
    ('x = call("a string with ) and ] inside it, to be skipped by the bracket scanner", 1, 2222)',
     "{}\n"),
    # A conditional element too long for its line: in parentheses, split at if/else.
    (f'kwargs["tags"] = [None if item is None else {LONG}.from_dict(item) for item in value]',
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    (f'kwargs["tags"] = [None if item is None else {LONG}Domain.from_dict(item) for item in value]',
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    ('kwargs["mapping"] = {key: None if item is None else [None if item1 is None else '
     "DiskMap.from_dict(item1) for item1 in item] for key, item in value.items()}",
     "def f(value):\n    if value:\n        if value:\n            {}\n"),
    # A lone parameter gets a trailing comma; a long return annotation splits at "[".
    (f"def create_container_service_registry_login(self) -> {LONG}Result:",
     "class C:\n    {}\n        pass\n"),
    (f"def paginate(self, *, name: str | None = None) -> PageIterator[{LONG}, {LONG}]:",
     "class C:\n    {}\n        pass\n"),
    # Long union annotations go in parentheses, split at "|" when still too long.
    ("def create(self, *, name: str, deployment: ContainerServiceDeploymentRequest | "
     "ContainerServiceDeploymentRequestDict | None = None, access: PrivateRegistryAccessRequest"
     " | PrivateRegistryAccessRequestDict | None = None) -> Result:",
     "class C:\n    {}\n        pass\n"),
    ("def update(self, *, responses: Sequence[DistributionCustomErrorResponse | "
     "DistributionCustomErrorResponseDict] | None = None, parameters: Sequence["
     "RelationalDatabaseParameter | RelationalDatabaseParameterDict]) -> Result:",
     "class C:\n    {}\n        pass\n"),
    ("viewer_minimum_tls_protocol_version: ViewerMinimumTlsProtocolVersionEnum | str | None = "
     "None", "class C:\n    {}\n"),
    # A keyword argument passing a name is never split, however long.
    (f"request = {LONG}(final_relational_database_snapshot_name="
     "final_relational_database_snapshot_name, skip=skip)", "def f():\n    {}\n"),
]
# Statements black lays out by rules fit does not apply: fit leaves them as they are.
LEFT_TO_BLACK = [
    # A long parameter whose default is not a plain name: its type is not parenthesized
    # with the default inside.
    ("def method(self, argument_number_one: SomeVeryLongTypeName | AnotherVeryLongTypeNameHere"
     " | None = make_default(1), other: int = 0) -> None:",
     "class C:\n    {}\n        pass\n"),
    ("value = f(" + ", ".join(["g(" + "b" * 90 + ")"] * 2) + ")", "{}\n"),
    ("def f(self, *, items: Sequence[Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, "
     "Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, Ccccccccccccccccc]) -> None:",
     "{}\n    pass\n"),
]


def indentation_of(block: str) -> int:
    line = next(line for line in block.split("\n") if "{}" in line)
    return len(line) - len(line.lstrip())


@pytest.mark.parametrize(("statement", "block"), STATEMENTS)
def test_fit_lays_out_as_black_does(statement: str, block: str) -> None:
    indent = indentation_of(block)
    laid_out = fit(statement, indent)
    assert laid_out != statement
    # Exactly black's lines (an import name longer than the line stays as black keeps it).
    assert format_str(block.format(statement), mode=MODE) == block.format(laid_out)


@pytest.mark.parametrize(("statement", "block"), LEFT_TO_BLACK)
def test_fit_leaves_other_layouts_to_black(statement: str, block: str) -> None:
    assert fit(statement, indentation_of(block)) == statement
    assert format_str(block.format(statement), mode=MODE) != block.format(statement)


def test_short_and_unsplittable_statements_stay_as_they_are() -> None:
    assert fit("short = call(value)", 8) == "short = call(value)"
    assert fit("x = " + "a" * 100) == "x = " + "a" * 100


@pytest.mark.parametrize("model", ["kitchen_sink", "awkward"])
def test_black_gives_the_same_code_with_or_without_prefit(model: str) -> None:
    """prefit only spares black work: black alone gives the package the pipeline writes
    (black after prefit, taken from the formatting cache when the session has it)."""
    from conftest import REPO

    from generator.build import build_service
    from generator.format import format_sources
    from generator.loader import load_model
    from generator.paths import builtin_templates
    from generator.render import render_package

    service = build_service(load_model(REPO / "tests" / "fixtures" / model))
    rendered = render_package(service, [builtin_templates()])
    sources = {path: text for path, text in rendered.items() if path.endswith(".py")}
    assert len(sources) > 10
    written = format_sources(sources)
    for path, text in sources.items():
        assert format_str(text, mode=MODE) == written[path], path


def test_prefit_leaves_strings_and_comments_alone() -> None:
    long_call = "value = call(" + ", ".join(f"argument_{n}" for n in range(12)) + ")"
    source = f'"""\n{long_call}\n"""\n# {long_call}\nx = 1  # {long_call}\n{long_call}\n'
    lines = prefit(source).split("\n")
    assert lines[1] == long_call and lines[3] == f"# {long_call}"
    assert lines[5] == "value = call("


def test_a_long_first_line_of_a_statement_is_left_to_black() -> None:
    # securityhub's longest TypedDict: the line opens a call its next lines close.
    line = "A" * 90 + "Dict = TypedDict("
    assert fit(line) == line


def test_a_layout_that_changes_code_is_left_to_black(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only white space, brackets and commas may differ: anything else falls back to the
    statement as it was, for black to lay out."""
    import generator.layout as layout

    statement = "value: Annotation | None = field(default=None, metadata={'sensitive': True})"
    monkeypatch.setattr(layout, "_split_annotated", lambda s, i: "value: (\n    A\n) = field")
    assert fit(statement, 8) == statement
