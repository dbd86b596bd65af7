"""Google-style docstrings for client methods, built from already-converted text."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ir import Member, Operation

INDENT = "    "


def operation_docstring(operation: Operation, body: str) -> str:
    """Summary and body, then ``Args:``, ``Returns:`` and ``Raises:`` sections."""
    sections = [body or operation.name]
    if operation.deprecated:
        sections.append(".. deprecated:: This operation is deprecated.")
    if operation.input and operation.input.members:
        sections.append("Args:\n" + "\n".join(_arg(m) for m in operation.input.members))
    if operation.output:
        returns = f"{operation.output.class_name}: the parsed response."
        sections.append("Returns:\n" + textwrap.indent(returns, INDENT))
    if operation.errors:
        raises = [f"{e.class_name}: {e.summary}".rstrip(": ") for e in operation.errors]
        sections.append("Raises:\n" + "\n".join(textwrap.indent(r, INDENT) for r in raises))
    return "\n\n".join(sections)


def _arg(member: Member) -> str:
    flags = [flag for flag, on in (("Required.", member.required), ("Deprecated.", member.deprecated)) if on]
    text = " ".join([*flags, member.doc]).strip()
    first, _, rest = f"{member.name}: {text}".rstrip().partition("\n")
    lines = [INDENT + first]
    lines += [INDENT * 2 + line if line else "" for line in rest.split("\n")] if rest else []
    return "\n".join(lines)
