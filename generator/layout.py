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

import re

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
    laid_out = (
        _split_annotated(statement, indent)
        or _split_last_bracket(statement, indent)
        or _split_assignment(statement, indent)
        or statement
    )
    # Only white space, brackets and commas may change: a layout that lost or moved
    # code is left to black (slower, never wrong).
    return laid_out if _same_code(statement, laid_out) else statement


_LAYOUT_CHARACTERS = str.maketrans("", "", " \n(),")


def _same_code(statement: str, laid_out: str) -> bool:
    return statement.translate(_LAYOUT_CHARACTERS) == laid_out.translate(
        _LAYOUT_CHARACTERS
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
    is_def = head.startswith(("def ", "async def "))
    if not body or body.endswith(",") or indent + len(head) > LINE_LENGTH:
        return None
    pad = " " * indent
    tail_lines = _def_tail(tail, indent) if is_def else [f"{pad}{tail}"]
    if tail_lines is None or (not is_def and indent + len(tail) > LINE_LENGTH):
        return None
    elements = _top_level_split(body)
    if indent + 4 + len(body) <= LINE_LENGTH:
        if is_def and len(elements) == 1:
            body += ","  # black's trailing comma after a lone parameter
        return "\n".join([head, f"{pad}    {body}", *tail_lines])
    if _is_comprehension(elements):
        lines = _comprehension_lines(body, indent + 4)
        return None if lines is None else "\n".join([head, *lines, *tail_lines])
    if not head.endswith("(") or len(elements) < 2:
        return None
    exploded = _exploded(elements, indent + 4, is_def)
    return None if exploded is None else "\n".join([head, *exploded, *tail_lines])


def _def_tail(tail: str, indent: int) -> list[str] | None:
    """A ``def``'s ``) -> Result:`` line, or when it is too long, its return annotation
    split at its last bracket (``) -> Iterator[`` / arguments / ``]:``)."""
    pad = " " * indent
    if indent + len(tail) <= LINE_LENGTH:
        return [f"{pad}{tail}"]
    split = _last_bracket(tail[1:])
    if split is None or not tail.startswith(") -> ") or not split[0].endswith("["):
        return None
    head, body, rest = split
    if rest != "]:" or body.endswith(",") or indent + 4 + len(body) > LINE_LENGTH:
        return None
    return [f"{pad}){head}", f"{pad}    {body}", f"{pad}{rest}"]


def _split_annotated(statement: str, indent: int) -> str | None:
    """``name: (`` / union / ``) = value``: black parenthesizes a long union annotation
    of an annotated assignment."""
    match = _ANNOTATED.fullmatch(statement)
    if match is None:
        return None
    name, annotation, value = match.groups()
    lines = _annotation_lines(name, annotation, f" = {value}", indent)
    return None if lines is None else "\n".join(lines)[indent:]


_ANNOTATED = re.compile(r"([A-Za-z_]\w*): (.+?) = ([\w.]+)")
_ATOM = re.compile(r"[\w.]+(=[\w.]+)?")
"""A name, or a keyword argument passing a name: black never splits one."""
_PARAMETER = re.compile(r"(\*{0,2}[A-Za-z_]\w*): (.+?)((?: = [\w.]+)?,)")


def _annotation_lines(name: str, annotation: str, rest: str, indent: int) -> list[str] | None:
    """``name: annotation<rest>`` at ``indent`` as black lays out a union annotation too
    long for the line: in parentheses, split at each ``|`` when still too long."""
    pad = " " * indent
    if indent + len(name) + 2 + len(annotation) + len(rest) <= LINE_LENGTH:
        return [f"{pad}{name}: {annotation}{rest}"]
    unions = _top_level_parts(annotation, " | ")
    if len(unions) < 2:
        split = _last_bracket(annotation)
        if split is None or rest != "," or split[2] != "]" or not split[0].endswith("["):
            return None
        if indent + 4 + len(split[1]) > LINE_LENGTH or _top_level_parts(split[1], ", ")[1:]:
            return None
        return [f"{pad}{name}: {split[0]}", f"{pad}    {split[1]}", f"{pad}]{rest}"]
    inner = _union_lines(unions, indent + 4)
    return None if inner is None else [f"{pad}{name}: (", *inner, f"{pad}){rest}"]


def _union_lines(unions: list[str], indent: int) -> list[str] | None:
    pad = " " * indent
    joined = " | ".join(unions)
    if indent + len(joined) <= LINE_LENGTH:
        return [f"{pad}{joined}"]
    lines: list[str] = []
    for index, part in enumerate(unions):
        prefix = "| " if index else ""
        if indent + len(prefix) + len(part) <= LINE_LENGTH:
            lines.append(f"{pad}{prefix}{part}")
            continue
        split = _last_bracket(part)
        if split is None or split[2] != "]" or not split[0].endswith("["):
            return None
        if indent + 4 + len(split[1]) > LINE_LENGTH or _top_level_parts(split[1], ", ")[1:]:
            return None
        lines += [f"{pad}{prefix}{split[0]}", f"{pad}    {split[1]}", f"{pad}]"]
    return lines


def _comprehension_lines(body: str, indent: int) -> list[str] | None:
    """A comprehension's element and ``for`` clause on lines of their own at ``indent``; a
    conditional element too long for its line goes in parentheses, split further."""
    parts = _comprehension_parts(body)
    pad = " " * indent
    if parts is None or indent + len(parts[1]) > LINE_LENGTH:
        return None
    element, clause = parts
    if indent + len(element) <= LINE_LENGTH:
        return [f"{pad}{element}", f"{pad}{clause}"]
    key = ""
    colon = _top_level_find(element, ": ")  # a dict comprehension's key
    if colon is not None and not element.startswith("lambda"):
        key, element = element[: colon + 2], element[colon + 2 :]
    ternary = _ternary_lines(element, indent + 4)
    if ternary is None:
        return None
    return [f"{pad}{key}(", *ternary, f"{pad})", f"{pad}{clause}"]


def _ternary_lines(text: str, indent: int) -> list[str] | None:
    """``value`` / ``if condition`` / ``else other``, each laid out on its own."""
    pad = " " * indent
    if indent + len(text) <= LINE_LENGTH:
        return [f"{pad}{text}"]
    when = _top_level_find(text, " if ")
    otherwise = _top_level_find(text, " else ")
    if when is None or otherwise is None or otherwise < when:
        return None
    parts = [text[:when], text[when + 1 : otherwise], text[otherwise + 1 :]]
    words = (" if ", " else ")
    if any(_top_level_find(part, word) is not None for part in parts for word in words):
        return None  # nested conditionals: left to black
    lines: list[str] = []
    for part in parts:
        if indent + len(part) <= LINE_LENGTH:
            lines.append(f"{pad}{part}")
            continue
        split = _last_bracket(part)
        if split is None or split[2] not in ")]":
            return None
        head, inner, tail = split
        if _is_comprehension(_top_level_split(inner)):
            inner_lines = _comprehension_lines(inner, indent + 4)
        elif indent + 4 + len(inner) <= LINE_LENGTH and "," not in inner:
            inner_lines = [f"{pad}    {inner}"]
        else:
            return None
        if inner_lines is None:
            return None
        lines += [f"{pad}{head}", *inner_lines, f"{pad}{tail}"]
    return lines


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


def _exploded(elements: list[str], indent: int, is_def: bool) -> list[str] | None:
    """One element per line at ``indent``, each with a trailing comma; None when an
    element does not fit and black would split it in a way not written here."""
    pad = " " * indent
    lines: list[str] = []
    for element in elements:
        if indent + len(element) + 1 <= LINE_LENGTH or _ATOM.fullmatch(element):
            lines.append(f"{pad}{element},")
            continue
        match = _PARAMETER.fullmatch(f"{element},") if is_def else None
        if match and _top_level_find(match[2], " = ") is not None:
            return None  # a default that is not a plain name: black's to lay out
        laid_out = match and _annotation_lines(match[1], match[2], match[3], indent)
        if not laid_out:
            return None
        lines += laid_out
    return lines


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


def _top_level_find(text: str, needle: str) -> int | None:
    """Where ``needle`` first starts outside brackets and strings."""
    depth = 0
    for index, character in _code_characters(text):
        if character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(needle, index):
            return index
    return None


def _top_level_parts(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` outside brackets and strings."""
    parts: list[str] = []
    while (found := _top_level_find(text, separator)) is not None:
        parts.append(text[:found])
        text = text[found + len(separator) :]
    return [*parts, text]


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
