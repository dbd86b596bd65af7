"""Google-style docstrings for client methods, built from already-converted text.

The sections are the ones napoleon, mkdocstrings and IDEs understand: the operation's
summary and body, ``Warning:`` when it is deprecated, ``Args:`` (every argument, the
required ones marked), ``Returns:`` (the result class and its attributes) and
``Raises:`` (each modelled error with its description). An entry's first paragraph
continues on its label's line, wrapped so it ends where the rest of the text does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .docs import split_lead, summary, wrap_prose
from .ir import ErrorShape, Member, Structure

INDENT = "    "
DOC_WIDTH = 72
"""Where documentation text wraps (black's 88 columns, less the method's indentation)."""


def operation_docstring(
    body: str,
    *,
    method: str,
    paginated: bool,
    deprecated: bool,
    arguments: Sequence[Member],
    result: Structure | None,
    errors: Sequence[ErrorShape],
) -> str:
    """The client method's docstring; ``body`` is the operation's converted, escaped docs.

    An error gets its first sentence: its whole documentation is on its class.
    """
    width = DOC_WIDTH
    sections = [body]
    if paginated:
        pages = f'Results come in pages: ``get_paginator("{method}")`` iterates'
        sections.append("\n".join(wrap_prose(f"{pages} over all of them.", width)))
    if deprecated:
        notice = "This operation is deprecated; calling it emits a ``DeprecationWarning``."
        sections.append("\n".join(["Warning:", *_indent(wrap_prose(notice, width))]))
    if arguments:
        sections.append(_section("Args", [_arg(member, width) for member in arguments]))
    if result:
        sections.append(_section("Returns", [_returns(result, width)]))
    if errors:
        raises = [_entry(error.class_name, error.summary, width) for error in errors]
        sections.append(_section("Raises", raises))
    return "\n\n".join(sections)


def _arg(member: Member, width: int) -> list[str]:
    flags = ["Required."] if member.required else []
    flags += ["Deprecated."] if member.deprecated else []
    return _entry(member.name, member.doc, width, flags)


def _brief_arg(member: Member, width: int) -> list[str]:
    """An argument with the first sentence of its documentation: the client method's
    docstring has the rest."""
    flags = ["Required."] if member.required else []
    flags += ["Deprecated."] if member.deprecated else []
    lead, _ = split_lead(member.doc, width)
    return _entry(member.name, summary(lead), width, flags)


def _returns(result: Structure, width: int) -> list[str]:
    if not result.members:
        return _entry(result.class_name, "The parsed response; it has no attributes.", width)
    intro = "The parsed response. Its attributes (``None`` when the response leaves one out):"
    lines = [*_entry(result.class_name, intro, width), ""]
    for member in result.members:
        lead, _ = split_lead(member.doc, width)
        about = " ".join(["Deprecated."] * member.deprecated + [summary(lead)]).strip()
        text = f"``{member.name}`` (``{member.type}``)" + (f": {about}" if about else "")
        first, *more = wrap_prose(text, width - 2)
        lines += _indent([f"- {first}", *_indent(more, "  ")])
    return lines


def _entry(label: str, text: str, width: int, flags: Sequence[str] = ()) -> list[str]:
    """``label: text`` with a hanging indent, the first paragraph on the label's line."""
    lead, rest = split_lead(text, width)
    lead = " ".join([*flags, lead]).strip()
    head = f"{label}:"
    if not lead:
        return [head, *_indent(rest.split("\n"))] if rest else [head]
    first, *more = wrap_prose(lead, width, offset=len(head) + 1 - len(INDENT))
    lines = [f"{head} {first}", *_indent(more)]
    return [*lines, "", *_indent(rest.split("\n"))] if rest else lines


def _section(title: str, entries: list[list[str]]) -> str:
    lines = [line for entry in entries for line in entry]
    return "\n".join([f"{title}:", *_indent(lines)])


def _indent(lines: list[str], prefix: str = INDENT) -> list[str]:
    return [prefix + line if line else "" for line in lines]


def paginate_docstring(
    *,
    method: str,
    result: str,
    items: tuple[str, str] | None,
    result_keys: Sequence[str],
    parameters: Sequence[Member],
    options: Mapping[str, str],
    limit_wire: str | None,
) -> str:
    """A paginator's ``paginate()`` docstring. ``items``: the item type and the result key
    of ``.items()``; names and keys are escaped already. Each argument gets the first
    sentence of its documentation (the client method's docstring has it all)."""
    width = DOC_WIDTH
    lead = (
        f"Pages of ``{method}`` results, fetched as they are iterated, as boto3's "
        "paginator fetches them."
    )
    about = f"Iterating yields a ``{result}`` per page"
    if items:
        about += f"; ``.items()`` yields each ``{items[0]}`` of ``{items[1]}``, page after page"
    keys = ", ".join(f"``{key}``" for key in result_keys)
    about += (
        f". ``build_full_result()`` merges the pages into the dict boto3 returns ({keys} "
        "collected from every page), and ``search(expression)`` yields what a JMESPath "
        "expression finds in each. Each pass calls the service anew."
    )
    first = f"``{result_keys[0]}``" if result_keys else "items"
    entries = [_brief_arg(member, width) for member in parameters]
    entries.append(_entry(
        "PaginationConfig",
        "boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``, which the keyword "
        "arguments below also set.",
        width,
    ))
    entries.append(_entry(
        options["max_items"],
        f"Stop after this many items of {first} in all; ``resume_token`` then says where "
        "to resume.",
        width,
    ))
    if limit_wire:
        entries.append(_entry(
            options["page_size"],
            f"Ask for pages of this many items (sent as ``{limit_wire}``).",
            width,
        ))
    entries.append(_entry(
        options["starting_token"],
        "Resume from a ``resume_token`` of this paginator or of boto3's.",
        width,
    ))
    return "\n\n".join([
        "\n".join(wrap_prose(lead, width)),
        "\n".join(wrap_prose(about, width)),
        _section("Args", entries),
    ])


def wait_docstring(
    *,
    summary: str,
    method: str,
    delay: float,
    max_attempts: int,
    acceptors: Sequence[str],
    arguments: Sequence[Member],
) -> str:
    """A waiter's ``wait()`` docstring; ``summary`` and ``acceptors`` are escaped already
    (each acceptor: ``<state> when <condition>``). Arguments as in `paginate_docstring`."""
    width = DOC_WIDTH
    schedule = (
        f"Calls ``{method}`` every {delay:g} second{'' if delay == 1 else 's'}, at most "
        f"{max_attempts} times, until an "
        "acceptor (the first that matches) reaches success or failure:"
    )
    rules = []
    for acceptor in acceptors:
        first, *more = wrap_prose(acceptor, width - 2)
        rules += [f"- {first}", *_indent(more, "  ")]
    entries = [_brief_arg(member, width) for member in arguments]
    entries.append(_entry(
        "WaiterConfig",
        f"boto3's ``Delay`` (seconds between attempts, {delay:g}) and ``MaxAttempts`` "
        f"({max_attempts}).",
        width,
    ))
    raises = _entry(
        "WaiterError",
        "A failure state was reached, the service answered with an error no acceptor "
        "expects, or the attempts ran out; ``last_response`` is the last response, as "
        "boto3 would give it.",
        width,
    )
    return "\n\n".join([
        "\n".join(wrap_prose(summary, width)),
        "\n".join([*wrap_prose(schedule, width), "", *rules]),
        _section("Args", entries),
        _section("Raises", [raises]),
    ])
