"""The API changes between two models of one service, for the people who review a
regeneration: what appeared or went away, and whether it breaks the generated client's
callers.

Both models are the typed model (`generator.model`); nothing here reads JSON. Shapes are
compared by name, and a change inside a shape is reported once for every operation whose
input, output or errors reach the shape: *directions* says which of them did, since that
decides whether the change breaks callers (`RULES`).

The rules take the caller's side of the generated client, which treats enums as open,
reads responses leniently (a "required" member missing from a response is no error; every
response field is optional) and validates arguments before sending (required members and
minimums, as botocore does):

- gone is breaking: an operation, a member (an argument or a result field), a paginator, a
  waiter, an error class (``except`` names it), a result (the method returns None now);
- a member whose Python type changed is breaking in both directions;
- what callers must now send is breaking in an input only: a new required member, a member
  that became required, a raised minimum, a removed enum value (it is refused);
- in an output, the same changes are not: callers read what arrives (a removed enum value
  is one the service no longer sends), so they are additive;
- everything new and optional is additive, and so is an operation that stops listing an
  error whose class is still there.

Documentation-only changes are counted, not listed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .model import (
    AnyShape,
    DocumentShape,
    EnumShape,
    IntEnumShape,
    ListShape,
    MapShape,
    Member,
    Operation,
    ScalarShape,
    ServiceModel,
    StructureShape,
    UnionShape,
)

Direction = Literal["input", "output"]
Rule = Literal["always", "input", "never"]

RULES: dict[str, Rule] = {
    # the service
    "service-id-changed": "always",  # the package and client class are named after it
    "protocol-changed": "never",  # the runtime speaks either; callers do not see it
    "api-version-changed": "never",
    "endpoint-rules-changed": "never",
    "error-class-added": "never",
    "error-class-removed": "always",
    # operations
    "operation-added": "never",
    "operation-removed": "always",
    "operation-deprecated": "never",
    "input-added": "never",  # the new input has no required member
    "required-input-added": "always",
    "input-removed": "always",
    "output-added": "never",
    "output-removed": "always",
    "structure-renamed": "always",  # the request or result class has another name
    "error-added": "never",
    "error-removed": "never",  # the exception class is still there (else error-class-removed)
    "paginator-added": "never",
    "paginator-removed": "always",
    "paginator-changed": "always",  # its items are other values
    "waiter-added": "never",
    "waiter-removed": "always",
    # members and values of the shapes an operation reaches
    "member-added": "never",
    "required-member-added": "input",
    "member-removed": "always",
    "member-required": "input",
    "member-optional": "never",
    "member-type-changed": "always",
    "member-deprecated": "never",
    "enum-value-added": "never",
    "enum-value-removed": "input",
    "minimum-raised": "input",
    "minimum-lowered": "never",
}
"""Whether a kind of change breaks callers: always, only where an input reaches it, never."""

INPUT_ONLY = frozenset({"minimum-raised", "minimum-lowered"})
"""Changes callers can only notice in an input (validation): not reported for outputs."""

SHARED_LIST_LIMIT = 10
"""Operations named in the Markdown for a change to a shape several operations use."""


def is_breaking(kind: str, directions: Iterable[Direction] = ()) -> bool:
    """Whether a change of ``kind``, in a shape reached from ``directions``, breaks callers."""
    rule = RULES[kind]
    return rule == "always" or (rule == "input" and "input" in directions)


@dataclass(frozen=True, kw_only=True)
class Change:
    """One API change, seen from one operation (None: the service as a whole)."""

    operation: str | None
    kind: str
    breaking: bool
    description: str
    directions: tuple[Direction, ...] = ()
    """Where the operation reaches the changed shape from (shape changes only)."""
    shape: str | None = None
    member: str | None = None
    value: str | None = None
    text: str = ""
    """A shape change as it reads from any operation: the description without the
    directions (it merges the change across operations in the Markdown)."""

    def as_json(self, service: str) -> dict[str, Any]:
        return {
            "service": service,
            "operation": self.operation,
            "breaking": self.breaking,
            "kind": self.kind,
            "description": self.description,
            "directions": list(self.directions),
            "shape": self.shape,
            "member": self.member,
            "value": self.value,
        }


@dataclass(frozen=True, kw_only=True)
class Side:
    """Where one of the two models came from."""

    source: str
    botocore_version: str
    botocore_release_date: str
    api_version: str

    @classmethod
    def of(cls, model: ServiceModel) -> Side:
        return cls(
            source=str(model.source),
            botocore_version=model.botocore_version,
            botocore_release_date=model.botocore_release_date,
            api_version=model.metadata.api_version,
        )

    def as_json(self) -> dict[str, str]:
        return {
            "source": self.source,
            "botocore_version": self.botocore_version,
            "botocore_release_date": self.botocore_release_date,
            "api_version": self.api_version,
        }


@dataclass(frozen=True, kw_only=True)
class Report:
    """Every API change between two models of a service."""

    service: str
    """The service's name as botocore spells its directory (or the service id)."""
    title: str
    """The service's full name."""
    old: Side
    new: Side
    changes: tuple[Change, ...]
    """Sorted: service changes first, then by operation, breaking first."""
    documentation_changes: int

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    def groups(self) -> list[Group]:
        """The changes with those repeated across operations merged (each counted once)."""
        return _groups(self.changes)

    def summary(self) -> dict[str, int]:
        groups = self.groups()
        return {
            "breaking": sum(group.breaking for group in groups),
            "additive": sum(not group.breaking for group in groups),
            "operations": len({c.operation for c in self.changes if c.operation is not None}),
            "documentation_changes": self.documentation_changes,
        }


@dataclass(frozen=True, kw_only=True)
class Group:
    """One change as the Markdown lists it: a change to a shared shape appears once."""

    breaking: bool
    description: str
    operations: tuple[str | None, ...]


# -- comparing two models ---------------------------------------------------------------


def diff_models(old: ServiceModel, new: ServiceModel, *, service: str = "") -> Report:
    """The API changes from ``old`` to ``new`` (two models of one service)."""
    differ = _Differ(old, new)
    changes = [*differ.service_changes(), *differ.operation_changes()]
    order = {name: index for index, name in enumerate(RULES)}
    changes.sort(key=lambda c: (
        c.operation is not None, c.operation or "", not c.breaking, order[c.kind],
        c.shape or "", c.member or "", c.value or "",
    ))
    return Report(
        service=service or new.metadata.service_id,
        title=new.metadata.service_full_name or new.metadata.service_id,
        old=Side.of(old),
        new=Side.of(new),
        changes=tuple(changes),
        documentation_changes=differ.documentation_changes(),
    )


@dataclass(frozen=True)
class _ShapeChange:
    """A change inside one shape, before it is seen from an operation."""

    kind: str
    shape: str
    text: str
    member: str | None = None
    value: str | None = None


class _Differ:
    def __init__(self, old: ServiceModel, new: ServiceModel) -> None:
        self.old = old
        self.new = new
        self._shape_changes: dict[str, list[_ShapeChange]] = {}

    # -- the service

    def service_changes(self) -> Iterable[Change]:
        old, new = self.old.metadata, self.new.metadata
        if old.service_id != new.service_id:
            yield _service("service-id-changed",
                           f"service id changed from {_code(old.service_id)} to "
                           f"{_code(new.service_id)}")
        if old.protocol != new.protocol:
            yield _service("protocol-changed", f"protocol changed from {_code(old.protocol)} "
                                               f"to {_code(new.protocol)}")
        if old.api_version != new.api_version:
            yield _service("api-version-changed",
                           f"API version changed from {_code(old.api_version)} to "
                           f"{_code(new.api_version)}")
        if self.old.endpoint_rule_set != self.new.endpoint_rule_set:
            yield _service("endpoint-rules-changed", "endpoint rule set changed")
        old_errors, new_errors = self.old.error_shapes(), self.new.error_shapes()
        for name in sorted(new_errors - old_errors):
            yield _service("error-class-added", f"error {_code(name)} added", shape=name)
        for name in sorted(old_errors - new_errors):
            yield _service("error-class-removed", f"error {_code(name)} removed", shape=name)

    # -- operations

    def operation_changes(self) -> Iterable[Change]:
        old_ops, new_ops = self.old.operations, self.new.operations
        for name in new_ops:
            if name not in old_ops:
                yield _at(name, "operation-added", f"operation {_code(name)} added")
        for name in old_ops:
            if name not in new_ops:
                yield _at(name, "operation-removed", f"operation {_code(name)} removed")
        for name, operation in new_ops.items():
            if name in old_ops:
                yield from self._operation(old_ops[name], operation)
        yield from self._paginators()
        yield from self._waiters()

    def _operation(self, old: Operation, new: Operation) -> Iterable[Change]:
        name = new.name
        if new.deprecated is not None and old.deprecated is None:
            yield _at(name, "operation-deprecated", f"operation {_code(name)} deprecated"
                      + _message(new.deprecated.message))
        yield from self._root(name, "input", old.input, new.input)
        yield from self._root(name, "output", old.output, new.output)
        for error in new.errors:
            if error not in old.errors:
                yield _at(name, "error-added", f"{_code(name)} may now raise {_code(error)}",
                          shape=error)
        for error in old.errors:
            if error not in new.errors:
                yield _at(name, "error-removed",
                          f"{_code(name)} no longer lists {_code(error)}", shape=error)
        yield from self._reached_shapes(old, new)

    def _root(self, operation: str, side: Direction, old: str | None,
              new: str | None) -> Iterable[Change]:
        """The operation's input or output structure itself: added, removed or renamed."""
        if old == new:
            return
        if old is None and new is not None:
            required = [m.name for m in self.new.structure(new).members if m.required]
            if side == "output":
                yield _at(operation, "output-added",
                          f"{_code(operation)} now returns {_code(new)}", shape=new)
            elif required:
                yield _at(operation, "required-input-added",
                          f"{_code(operation)} now takes {_code(new)}, which requires "
                          + ", ".join(_code(m) for m in required), shape=new)
            else:
                yield _at(operation, "input-added",
                          f"{_code(operation)} now takes {_code(new)}", shape=new)
        elif new is None and old is not None:
            if side == "output":
                yield _at(operation, "output-removed",
                          f"{_code(operation)} returns nothing now (was {_code(old)})", shape=old)
            elif self.old.structure(old).members:
                yield _at(operation, "input-removed",
                          f"{_code(operation)} takes no arguments now (was {_code(old)})",
                          shape=old)
        elif old is not None and new is not None:
            yield _at(operation, "structure-renamed",
                      f"{_code(operation)}'s {side} structure renamed from {_code(old)} "
                      f"to {_code(new)}",
                      shape=new, directions=(side,))
            # The renamed structure's members, compared as if it were one shape.
            for change in self._structure(new, self.old.structure(old), self.new.structure(new)):
                yield self._seen_from(operation, change, (side,))

    def _reached_shapes(self, old: Operation, new: Operation) -> Iterable[Change]:
        """Changes inside every shape (in both models) the operation reaches."""
        old_in, old_out = _reach(self.old, old)
        new_in, new_out = _reach(self.new, new)
        inputs, outputs = old_in | new_in, old_out | new_out
        for shape in sorted(inputs | outputs):
            if shape not in self.old.shapes or shape not in self.new.shapes:
                continue
            sides: tuple[tuple[Direction, set[str]], ...] = (
                ("input", inputs), ("output", outputs)
            )
            directions = tuple(side for side, reached in sides if shape in reached)
            for change in self._changes_in(shape):
                if change.kind in INPUT_ONLY and "input" not in directions:
                    continue
                yield self._seen_from(new.name, change, directions)

    def _seen_from(self, operation: str, change: _ShapeChange,
                   directions: tuple[Direction, ...]) -> Change:
        where = " and ".join(directions)
        return Change(
            operation=operation,
            kind=change.kind,
            breaking=is_breaking(change.kind, directions),
            description=f"{change.text} ({where})",
            directions=directions,
            shape=change.shape,
            member=change.member,
            value=change.value,
            text=change.text,
        )

    def _paginators(self) -> Iterable[Change]:
        old, new = self.old.paginators, self.new.paginators
        for name, paginator in new.items():
            if name not in old:
                yield _at(name, "paginator-added", f"paginator of {_code(name)} added")
            elif old[name].result_key != paginator.result_key:
                keys = [", ".join(_code(k) for k in p.result_key) or "none"
                        for p in (old[name], paginator)]
                yield _at(name, "paginator-changed",
                          f"paginator of {_code(name)}: items changed from {keys[0]} to {keys[1]}")
        for name in old:
            if name not in new:
                yield _at(name, "paginator-removed", f"paginator of {_code(name)} removed")

    def _waiters(self) -> Iterable[Change]:
        old, new = self.old.waiters, self.new.waiters
        for name, waiter in new.items():
            if name not in old:
                yield _at(waiter.operation, "waiter-added",
                          f"waiter {_code(name)} (of {_code(waiter.operation)}) added")
        for name, waiter in old.items():
            if name not in new:
                yield _at(waiter.operation, "waiter-removed",
                          f"waiter {_code(name)} (of {_code(waiter.operation)}) removed")

    # -- shapes

    def _changes_in(self, name: str) -> list[_ShapeChange]:
        if name not in self._shape_changes:
            old, new = self.old.shapes[name], self.new.shapes[name]
            changes: list[_ShapeChange] = []
            if isinstance(old, StructureShape) and isinstance(new, StructureShape):
                changes = list(self._structure(name, old, new))
            elif isinstance(old, EnumShape | IntEnumShape) and isinstance(
                new, EnumShape | IntEnumShape
            ):
                changes = list(_enum(name, old.values, new.values))
            changes.extend(_minimum(name, _min(old), _min(new)))
            self._shape_changes[name] = changes
        return self._shape_changes[name]

    def _structure(self, name: str, old: StructureShape,
                   new: StructureShape) -> Iterable[_ShapeChange]:
        old_members = {m.name: m for m in old.members}
        new_members = {m.name: m for m in new.members}
        for member in new.members:
            if member.name not in old_members:
                type_ = _type(self.new, member.target)
                if member.required:
                    yield _ShapeChange("required-member-added", name,
                                       f"required member {_member(name, member)}, {type_}, "
                                       "added", member=member.name)
                else:
                    yield _ShapeChange("member-added", name,
                                       f"member {_member(name, member)}, {type_}, added",
                                       member=member.name)
        for member in old.members:
            if member.name not in new_members:
                yield _ShapeChange("member-removed", name,
                                   f"member {_member(name, member)} removed",
                                   member=member.name)
        for member in new.members:
            before = old_members.get(member.name)
            if before is None:
                continue
            yield from self._member(name, before, member)

    def _member(self, shape: str, old: Member, new: Member) -> Iterable[_ShapeChange]:
        label = _member(shape, new)
        if new.required and not old.required:
            yield _ShapeChange("member-required", shape, f"{label} is now required",
                               member=new.name)
        elif old.required and not new.required:
            yield _ShapeChange("member-optional", shape, f"{label} is now optional",
                               member=new.name)
        old_type, new_type = _type(self.old, old.target), _type(self.new, new.target)
        if old_type != new_type:
            yield _ShapeChange("member-type-changed", shape,
                               f"{label} changed type from {old_type} to {new_type}",
                               member=new.name)
        if new.deprecated is not None and old.deprecated is None:
            yield _ShapeChange("member-deprecated", shape,
                               f"{label} deprecated{_message(new.deprecated.message)}",
                               member=new.name)

    # -- documentation

    def documentation_changes(self) -> int:
        """Documentation that differs, of the service and of everything in both models."""
        old, new = self.old, self.new
        count = int(old.documentation != new.documentation)
        for name, operation in new.operations.items():
            before = old.operations.get(name)
            count += before is not None and before.documentation != operation.documentation
        for name, shape in new.shapes.items():
            previous = old.shapes.get(name)
            if previous is None:
                continue
            count += previous.documentation != shape.documentation
            if isinstance(previous, StructureShape) and isinstance(shape, StructureShape):
                members = {m.name: m for m in previous.members}
                for member in shape.members:
                    was = members.get(member.name)
                    count += was is not None and was.documentation != member.documentation
        return count


def _reach(model: ServiceModel, operation: Operation) -> tuple[set[str], set[str]]:
    """The shapes an operation's input reaches, and those its output and errors reach."""
    inputs = model.reachable([operation.input]) if operation.input else set()
    roots = [operation.output] if operation.output else []
    return inputs, model.reachable([*roots, *operation.errors])


def _enum(name: str, old: Sequence[str | int], new: Sequence[str | int]) -> Iterable[_ShapeChange]:
    for value in new:
        if value not in old:
            yield _ShapeChange("enum-value-added", name,
                               f"enum {_code(name)}: value {_code(str(value))} added",
                               value=str(value))
    for value in old:
        if value not in new:
            yield _ShapeChange("enum-value-removed", name,
                               f"enum {_code(name)}: value {_code(str(value))} removed",
                               value=str(value))


def _min(shape: AnyShape) -> float | None:
    if isinstance(shape, ScalarShape | EnumShape | ListShape | MapShape):
        return shape.min
    return None


def _minimum(name: str, old: float | None, new: float | None) -> Iterable[_ShapeChange]:
    """Client-side validation checks minimum lengths and values (as botocore does)."""
    before, after = old or 0, new or 0
    if after > before:
        yield _ShapeChange("minimum-raised", name,
                           f"{_code(name)}: minimum raised from {_number(before)} to "
                           f"{_number(after)}", value=_number(after))
    elif after < before:
        yield _ShapeChange("minimum-lowered", name,
                           f"{_code(name)}: minimum lowered from {_number(before)} to "
                           f"{_number(after)}", value=_number(after))


_SCALAR_TYPES = {
    "string": "string", "character": "string",
    "integer": "integer", "long": "integer", "short": "integer", "byte": "integer",
    "biginteger": "integer",
    "float": "float", "double": "float", "bigdecimal": "float",
    "boolean": "boolean", "timestamp": "timestamp", "blob": "blob",
}
"""Model kinds by the Python type the generated client gives them (str, int, float...)."""


def _type(model: ServiceModel, name: str) -> str:
    """A member's type as callers of the generated client see it: scalar kinds that share
    a Python type are one type, enums are their strings (they are open), structures go by
    their class."""
    shape = model.shapes[name]
    if isinstance(shape, EnumShape):
        return "string"
    if isinstance(shape, IntEnumShape):
        return "integer"
    if isinstance(shape, ScalarShape):
        return _SCALAR_TYPES.get(shape.kind, shape.kind)
    if isinstance(shape, ListShape):
        return f"list of {_type(model, shape.member.target)}"
    if isinstance(shape, MapShape):
        return f"map of {_type(model, shape.key.target)} to {_type(model, shape.value.target)}"
    if isinstance(shape, UnionShape):
        return f"union {_code(name)}"
    if isinstance(shape, StructureShape):
        return f"structure {_code(name)}"
    assert isinstance(shape, DocumentShape)
    return "document"


def _service(kind: str, description: str, *, shape: str | None = None) -> Change:
    return Change(operation=None, kind=kind, breaking=is_breaking(kind),
                  description=description, shape=shape)


def _at(operation: str, kind: str, description: str, *, shape: str | None = None,
        directions: tuple[Direction, ...] = ()) -> Change:
    return Change(operation=operation, kind=kind, breaking=is_breaking(kind, directions),
                  description=description, shape=shape, directions=directions)


def _member(shape: str, member: Member) -> str:
    return _code(f"{shape}.{member.name}")


def _message(text: str) -> str:
    """A deprecation message on the line of its change (a Markdown bullet)."""
    return f": {' '.join(text.split())}" if text.strip() else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _code(text: str) -> str:
    """``text`` as a Markdown code span, whatever backticks it holds."""
    longest = run = 0
    for character in text:
        run = run + 1 if character == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _groups(changes: Iterable[Change]) -> list[Group]:
    """A shape change that reads the same (and is as breaking) under several operations,
    merged into one: its description says where each operation reaches the shape."""
    merged: dict[tuple[object, ...], list[Change]] = {}
    for change in changes:
        shared = change.text and change.kind in _SHAPE_KINDS
        key = ((change.kind, change.text, change.breaking) if shared
               else (change.operation, change.kind, change.description, change.breaking))
        merged.setdefault(key, []).append(change)
    groups = []
    for group in merged.values():
        operations = tuple(dict.fromkeys(c.operation for c in group))
        description = group[0].description
        if len(operations) > 1:
            description = f"{group[0].text} ({_where(group)})"
        groups.append(Group(breaking=group[0].breaking, description=description,
                            operations=operations))
    return groups


def _where(group: list[Change]) -> str:
    """``input``; or ``output in 3, input and output in 1`` when the operations differ."""
    counts: dict[str, int] = {}
    for change in group:
        where = " and ".join(change.directions)
        counts[where] = counts.get(where, 0) + 1
    if len(counts) == 1:
        return next(iter(counts))
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{where} in {count}" for where, count in ordered)


_SHAPE_KINDS = frozenset({
    "member-added", "required-member-added", "member-removed", "member-required",
    "member-optional", "member-type-changed", "member-deprecated", "enum-value-added",
    "enum-value-removed", "minimum-raised", "minimum-lowered",
})


# -- reports ----------------------------------------------------------------------------


def render_json(reports: Sequence[Report]) -> str:
    """``{"breaking": ..., "services": [...], "changes": [...]}``, one change per
    operation it affects (a change to a shared shape under each)."""
    document = {
        "breaking": any(report.breaking for report in reports),
        "services": [
            {
                "service": report.service,
                "title": report.title,
                "old": report.old.as_json(),
                "new": report.new.as_json(),
                **report.summary(),
            }
            for report in reports
        ],
        "changes": [
            change.as_json(report.service) for report in reports for change in report.changes
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_markdown(reports: Sequence[Report], *, heading: int = 2) -> str:
    """A pull request description: per service, its changes grouped by operation; a change
    to a shape several operations use is listed once, naming them."""
    return "\n".join(_markdown(report, heading) for report in reports)


def _markdown(report: Report, level: int) -> str:
    h = "#" * level
    lines = [f"{h} {report.title}: API changes", "", _versions(report), ""]
    summary = report.summary()
    if not report.changes:
        docs = summary["documentation_changes"]
        lines.append("No API changes" + (f"; {_count(docs, 'documentation change')} "
                                         "(not listed)." if docs else "."))
        return "\n".join(lines) + "\n"
    breaking = summary["breaking"]
    counts = [f"**{_count(breaking, 'breaking change')}**" if breaking else "no breaking changes",
              _count(summary["additive"], "additive change")]
    text = ", ".join(counts)
    text = text[0].upper() + text[1:]
    if summary["operations"]:
        text += f" in {_count(summary['operations'], 'operation')}"
    if summary["documentation_changes"]:
        text += (f"; {_count(summary['documentation_changes'], 'documentation change')} "
                 "(not listed)")
    lines += [text + ".", ""]
    groups = report.groups()
    single: dict[str | None, list[Group]] = {}
    shared: list[Group] = []
    for group in groups:
        if len(group.operations) > 1:
            shared.append(group)
        else:
            single.setdefault(group.operations[0], []).append(group)
    added = {c.operation for c in report.changes if c.kind == "operation-added"}
    removed = {c.operation for c in report.changes if c.kind == "operation-removed"}
    for operation in sorted(single, key=lambda name: (name is not None, name or "")):
        title = "The service" if operation is None else _code(operation)
        if operation in added:
            title += " (added)"
        elif operation in removed:
            title += " (removed)"
        lines += [f"{h}# {title}", ""]
        lines += [_bullet(group) for group in _breaking_first(single[operation])]
        lines.append("")
    if shared:
        lines += [f"{h}# Shapes used by several operations", ""]
        for group in sorted(shared, key=lambda group: (not group.breaking, group.description)):
            names = [_code(name) for name in group.operations if name is not None]
            shown = ", ".join(names[:SHARED_LIST_LIMIT])
            if len(names) > SHARED_LIST_LIMIT:
                shown += f" and {len(names) - SHARED_LIST_LIMIT} more"
            lines.append(f"{_bullet(group)}; in {_count(len(names), 'operation')}: {shown}")
        lines.append("")
    return "\n".join(lines)


def _versions(report: Report) -> str:
    old, new = report.old, report.new

    same = old.botocore_version == new.botocore_version

    def side(s: Side) -> str:
        if s.botocore_version == "unknown" or same:  # edited copies: say which files
            return _code(s.source)
        date = "" if s.botocore_release_date == "unknown" else f" ({s.botocore_release_date})"
        return f"botocore {s.botocore_version}{date}"

    text = f"From {side(old)} to {side(new)}"
    if old.api_version == new.api_version:
        return f"{text}, API version {old.api_version}."
    return f"{text}, API version {old.api_version} to {new.api_version}."


def _breaking_first(groups: list[Group]) -> list[Group]:
    return sorted(groups, key=lambda group: not group.breaking)


def _bullet(group: Group) -> str:
    return f"- {'**breaking**' if group.breaking else 'additive'}: {group.description}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"

