"""Lay out a long generated statement as black would, so black finds little left to do.

black decides the formatting of every generated file; this only spares it work. A file
black leaves unchanged formats about twice as fast as one where it must split lines, and
most long lines the templates produce are split by black's simplest rules: at the last
bracket pair (``head(`` / body / ``)``), then, when the body is still too long, one
element per line with a trailing comma; an import gets parentheses and one name per
line. `fit` applies exactly those rules and leaves every other case to black, so a
mismatch costs time, never correctness (tests compare it with black).
"""

from __future__ import annotations

LINE_LENGTH = 88
"""black's default, which the generator formats with."""
_PAIRS = {")": "(", "]": "[", "}": "{"}


def prefit(source: str) -> str:
    """``source`` with each long line of code laid out by `fit` and trailing white space
    removed. A line inside a triple-quoted string, or holding a comment, is left alone."""
    lines = source.split("\n")
    in_string = False
    for index, line in enumerate(lines):
        quotes = line.count('"""')
        if not in_string and len(line) > LINE_LENGTH and not quotes and "#" not in line:
            statement = line.lstrip()
            lines[index] = line[: len(line) - len(statement)] + fit(
                statement.rstrip(), len(line) - len(statement)
            )
        elif not in_string and not line.strip():
            lines[index] = ""
        in_string ^= quotes % 2 == 1
    return "\n".join(lines)


def fit(statement: str, indent: int = 0) -> str:
    """``statement`` (one line, without its indentation) as black lays it out at
    ``indent``; continuation lines carry their full indentation."""
    if indent + len(statement) <= LINE_LENGTH:
        return statement
    if _depth_at(statement, len(statement)):
        return statement  # it goes on below (``Name = TypedDict(``): black lays it out
    if statement.startswith("from ") and " import " in statement and "(" not in statement:
        # black explodes an import one name a line even when a name is still too long.
        head, names = statement.split(" import ", 1)
        pad = " " * indent
        lines = [f"{head} import (", *(f"{pad}    {n.strip()}," for n in names.split(","))]
        return "\n".join([*lines, f"{pad})"])
    return _split_last_bracket(statement, indent) or _split_assignment(statement, indent) or (
        statement
    )


def _split_last_bracket(statement: str, indent: int) -> str | None:
    """``head(`` / body / ``)tail``, the body itself split when it is still too long."""
    split = _last_bracket(statement)
    if split is None:
        return None
    head, body, tail = split
    equals = _top_level_equals(statement)
    if equals is not None and len(head) + len(body) < equals:
        return None  # the brackets are the target's: black splits the value
    if not body or body.endswith(",") or max(len(head), len(tail)) + indent > LINE_LENGTH:
        return None
    pad = " " * indent
    if indent + 4 + len(body) <= LINE_LENGTH:
        return f"{head}\n{pad}    {body}\n{pad}{tail}"
    elements = _top_level_split(body)
    if _is_comprehension(elements):
        parts = _comprehension_parts(body)
        if parts is None or any(indent + 4 + len(part) > LINE_LENGTH for part in parts):
            return None
        return "\n".join([head, *(f"{pad}    {part}" for part in parts), f"{pad}{tail}"])
    if not head.endswith("(") or len(elements) < 2:
        return None
    return _exploded(head, elements, tail, indent)


def _split_assignment(statement: str, indent: int) -> str | None:
    """``target = (`` / value / ``)``: black's invisible parentheses made visible, for an
    assignment whose value has no bracket of its own to split at."""
    equals = _top_level_equals(statement)
    if equals is None:
        return None
    target, value = statement[: equals - 1], statement[equals + 2 :]
    pad = " " * indent
    if ":" in target or indent + len(target) + 5 > LINE_LENGTH:
        return None
    if indent + 4 + len(value) > LINE_LENGTH:
        return None
    return f"{target} = (\n{pad}    {value}\n{pad})"


def _top_level_equals(statement: str) -> int | None:
    """The position of the first ``=`` of an assignment, outside brackets and strings."""
    for index, character in _code_characters(statement):
        if (
            character == "="
            and statement[index - 1 : index + 2] == " = "
            and _depth_at(statement, index) == 0
        ):
            return index
    return None


def _depth_at(text: str, position: int) -> int:
    depth = 0
    for index, character in _code_characters(text):
        if index >= position:
            break
        depth += (character in "([{") - (character in ")]}")
    return depth


def _comprehension_parts(body: str) -> list[str] | None:
    """The element and its ``for`` clause, as black puts them on lines of their own."""
    fors = [
        i for i, c in _code_characters(body)
        if c == "f" and body[i - 1 : i + 4] == " for " and _depth_at(body, i) == 0
    ]
    if len(fors) != 1 or " if " in body[fors[0] :]:
        return None
    return [body[: fors[0] - 1], body[fors[0] :]]


def _exploded(head: str, elements: list[str], tail: str, indent: int) -> str | None:
    """One element per line, each with a trailing comma; None when an element does not
    fit (black would split it further)."""
    pad = " " * indent
    if any(indent + 4 + len(element) + 1 > LINE_LENGTH for element in elements):
        return None
    lines = [head, *(f"{pad}    {element}," for element in elements), f"{pad}{tail}"]
    return "\n".join(lines)


def _last_bracket(statement: str) -> tuple[str, str, str] | None:
    """(head up to the opening bracket, the inside, the closing bracket onwards) for the
    last bracket pair of the statement (a ``def``'s parameters, for a ``def``); None
    when its brackets do not pair up."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for index, character in _code_characters(statement):
        if character in "([{":
            stack.append(index)
        elif character in _PAIRS:
            if not stack or statement[stack[-1]] != _PAIRS[character]:
                return None
            pairs.append((stack.pop(), index))
    if stack or not pairs:
        return None
    opening, closing = pairs[-1]
    if statement.startswith(("def ", "async def ")):
        opening, closing = min(pairs)
    return statement[: opening + 1], statement[opening + 1 : closing], statement[closing:]


def _top_level_split(body: str) -> list[str]:
    """The comma-separated elements of ``body`` outside brackets and strings."""
    depth, start, elements = 0, 0, []
    for index, character in _code_characters(body):
        if character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
        elif character == "," and depth == 0:
            elements.append(body[start:index].strip())
            start = index + 1
    elements.append(body[start:].strip())
    return [element for element in elements if element]


def _is_comprehension(elements: list[str]) -> bool:
    """A comma of a comprehension's target (``for key, item in``) or of a lambda's
    parameters separates no arguments."""
    return any(f" {word} " in f" {e} " for e in elements for word in ("for", "lambda"))


def _code_characters(text: str) -> list[tuple[int, str]]:
    """(index, character) of every character outside string literals."""
    found: list[tuple[int, str]] = []
    quote = ""
    escaped = False
    for index, character in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == quote:
                quote = ""
        elif character in "\"'":
            quote = character
        else:
            found.append((index, character))
    return found
