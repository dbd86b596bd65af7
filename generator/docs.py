"""Convert botocore model ``documentation`` HTML into plain docstring text."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import pairwise

# Stands in for spaces inside code spans and links while wrapping, so textwrap
# (which only breaks on ASCII whitespace) keeps them on one line.
_NBSP = "\ue000"
_VOID = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link"})
_BLOCK = {"p", "ul", "ol", "li", "note", "important", "dl", "dt", "dd", "pre"}
_BLOCK |= {"h1", "h2", "h3", "h4", "h5", "h6"}
_INLINE = {"code", "a", "i", "em", "b", "strong", "br"}
_KNOWN = _BLOCK | _INLINE
_LABELS = {"note": "Note:", "important": "Important:"}
_MARKS = {"i": "*", "em": "*", "b": "**", "strong": "**"}
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "vs.", "approx."})
_CHAR_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\r": "\\r"}
# Elements nest at most this deep (botocore's deepest documentation nests 11); the tags of
# deeper ones are dropped and their text joins the deepest element kept. Rendering
# recurses once per level, so this also keeps it far from the recursion limit.
MAX_NESTING = 32


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Element | str] = field(default_factory=list)


_Node = _Element | str


class _TreeBuilder(HTMLParser):
    """Builds a forgiving element tree: stray end tags are ignored, and elements nested
    deeper than ``MAX_NESTING`` are flattened into the deepest one kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("root")
        self._stack = [self.root]
        # Open tags dropped for depth, by name: their end tags close nothing kept.
        self._dropped: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._dropped:
            self._close_implied(tag)
        if tag not in _VOID and (self._dropped or len(self._stack) > MAX_NESTING):
            self._dropped[tag] += 1
            return
        element = _Element(tag, {k: (v or "").replace(_NBSP, " ") for k, v in attrs})
        self._stack[-1].children.append(element)
        if tag not in _VOID:
            self._stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if self._dropped[tag]:
            self._dropped[tag] -= 1
            if not self._dropped[tag]:
                del self._dropped[tag]  # empty again means nothing is dropped
            return
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag == tag:
                del self._stack[index:]
                self._dropped.clear()  # they were all inside the elements just closed
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data.replace(_NBSP, " "))

    def _close_implied(self, tag: str) -> None:
        # HTML lets <li> and <p> be left open; close them like a browser would.
        if tag == "p" and self._stack[-1].tag == "p":
            self._stack.pop()
        if tag != "li":
            return
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag in ("ul", "ol"):
                return
            if self._stack[index].tag == "li":
                del self._stack[index:]
                return


def _parse(html: str) -> _Element:
    builder = _TreeBuilder()
    # _markupbase raises AssertionError on unknown "<![keyword[" sections.
    builder.feed(html.replace("<![", "&lt;!["))
    builder.close()
    return builder.root


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _raw_text(node: _Node) -> str:
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    return "".join(_raw_text(child) for child in node.children)


def _flatten(nodes: Iterable[_Node]) -> Iterator[_Node]:
    """Yield nodes with unknown elements replaced by their children."""
    for node in nodes:
        if isinstance(node, _Element) and node.tag not in _KNOWN:
            yield from _flatten(node.children)
        else:
            yield node


def _inline(node: _Node) -> str:
    """Render inline content; "\n" marks a hard line break."""
    if isinstance(node, str):
        return _collapse(node)
    if node.tag == "br":
        return "\n"
    if node.tag == "code":
        code = _collapse(_raw_text(node)).strip()
        return f"``{code}``".replace(" ", _NBSP) if code else ""
    inner = "".join(_inline(child) for child in node.children)
    if node.tag == "a":
        href = "%20".join(node.attrs.get("href", "").split())
        return _link(" ".join(inner.split()), href)
    if node.tag in _MARKS:
        return _emphasis(inner, _MARKS[node.tag])
    return f" {inner} " if node.tag in _BLOCK else inner


def _link(text: str, href: str) -> str:
    if not href:
        return text
    if text == href:
        return href.replace(" ", _NBSP)
    return (f"[{text}]({href})" if text else href).replace(" ", _NBSP)


def _emphasis(inner: str, mark: str) -> str:
    core = inner.strip()
    if not core:
        return inner
    lead = " " if inner[0].isspace() else ""
    trail = " " if inner[-1].isspace() else ""
    return f"{lead}{mark}{core}{mark}{trail}"


def _wrap(text: str, width: int, offset: int = 0) -> list[str]:
    """Wrap at spaces (``_NBSP`` never breaks); the first line is ``offset`` narrower."""
    lines: list[str] = []
    for part in text.split("\n"):
        # Glue a lone dash to the previous word so no line starts like a bullet.
        words = " ".join(part.split()).replace(" - ", _NBSP + "- ")
        if words:
            lead = "" if lines else "x" * min(max(offset, 0), width - 1)
            wrapped = textwrap.wrap(
                words,
                max(width, 1),
                initial_indent=lead,
                break_long_words=False,
                break_on_hyphens=False,
            )
            lines += [wrapped[0][len(lead) :], *wrapped[1:]]
    return [line.replace(_NBSP, " ") for line in lines]


def _indent(lines: list[str], prefix: str) -> list[str]:
    return [prefix + line if line else "" for line in lines]


def _blocks(nodes: Iterable[_Node], width: int, compact: bool) -> list[str]:
    """Render a sequence of nodes as blocks, blank-line separated unless compact."""
    blocks: list[list[str]] = []
    run: list[str] = []
    for node in _flatten(nodes):
        if isinstance(node, _Element) and node.tag in _BLOCK:
            blocks += [_wrap("".join(run), width), _block(node, width, compact)]
            run.clear()
        else:
            run.append(_inline(node))
    blocks.append(_wrap("".join(run), width))
    lines: list[str] = []
    for block in filter(None, blocks):
        lines += block if compact or not lines else ["", *block]
    return lines


def _block(element: _Element, width: int, compact: bool) -> list[str]:
    tag, children = element.tag, element.children
    if tag in ("ul", "ol"):
        return _list(element, width)
    if tag == "li":  # stray item outside a list
        return _item("- ", _blocks(children, width - 2, True))
    if tag in _LABELS:
        body = _blocks(children, width - 4, compact)
        return [_LABELS[tag], *_indent(body, "    ")] if body else []
    if tag == "pre":
        return _pre(element)
    if tag == "dd":
        return _indent(_blocks(children, width - 4, True), "    ")
    return _blocks(children, width, compact or tag in ("dl", "dt"))


def _item(marker: str, body: list[str]) -> list[str]:
    return [marker + body[0], *_indent(body[1:], " " * len(marker))] if body else []


def _list(element: _Element, width: int) -> list[str]:
    ordered = element.tag == "ol"
    item_width = width - (4 if ordered else 2)  # "99. " is the widest marker we expect
    bodies = []
    for child in _flatten(element.children):
        if isinstance(child, _Element) and child.tag == "li":
            bodies.append(_blocks(child.children, item_width, True))
        else:  # stray content directly inside the list
            bodies.append(_blocks([child], item_width, True))
    lines: list[str] = []
    for number, body in enumerate(filter(None, bodies), start=1):
        lines += _item(f"{number}. " if ordered else "- ", body)
    return lines


def _pre(element: _Element) -> list[str]:
    text = textwrap.dedent(_raw_text(element).expandtabs(4))
    text = "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")
    return _indent(text.split("\n"), "    ") if text else []


def html_to_text(html: str, width: int = 76) -> str:
    """Convert model documentation HTML into wrapped plain text (no trailing newline)."""
    lines: list[str] = []
    for line in _blocks(_parse(html).children, width, False):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


# Code spans and Markdown links in converted text: wrapping never breaks inside them.
_UNBREAKABLE = re.compile(r"``.+?``|\[[^\]\n]*\]\([^)\s]*\)")
_NOT_PROSE = re.compile(r"- |\d+\. |(?:Note|Important):$|\s")


def _protect(text: str) -> str:
    return _UNBREAKABLE.sub(lambda match: match.group().replace(" ", _NBSP), text)


def wrap_prose(text: str, width: int, offset: int = 0) -> list[str]:
    """Wrap one paragraph of converted text again, keeping code spans and links whole;
    the first line is ``offset`` characters narrower (it follows a label)."""
    return _wrap(_protect(" ".join(text.split())), width, offset)


def _first_chunk(line: str) -> str:
    """The first piece of a line that wrapping would have kept whole."""
    return _protect(line).replace(" - ", _NBSP + "- ").split(" ", 1)[0]


def _soft_wrapped(lines: list[str], width: int) -> bool:
    """Each line but the last ended because the next word did not fit in ``width``
    (and not at a hard ``<br>`` break)."""
    return all(
        len(line) + 1 + len(_first_chunk(following)) > width
        for line, following in pairwise(lines)
    )


def split_lead(text: str, width: int) -> tuple[str, str]:
    """Split text converted at ``width`` into its first paragraph, unwrapped onto one
    line, and the rest. The lead is "" (and the rest everything) unless that paragraph
    is plain prose: not a list, a labelled block, indented text or hard-broken lines."""
    first, _, rest = text.strip("\n").partition("\n\n")
    lines = first.split("\n")
    prose = first and not _NOT_PROSE.match(lines[0])
    if prose and not any(line[:1].isspace() for line in lines) and _soft_wrapped(lines, width):
        return " ".join(lines), rest.strip("\n")
    return "", text.strip("\n")


def _ends_sentence(sentence: str, word: str, following: str) -> bool:
    if not word.rstrip(")\"'*`").endswith((".", "!", "?")):
        return False
    if word.lower() in _ABBREVIATIONS or sentence.count("``") % 2:
        return False
    inside_link = sentence.count("[") > sentence.count("]")
    return not inside_link and bool(following) and not following[0].islower()


def summary(text: str) -> str:
    """First sentence/paragraph of already-converted text, as one line (for one-line summaries)."""
    words = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0].split()
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if _ends_sentence(" ".join(words[: index + 1]), word, following):
            return " ".join(words[: index + 1])
    return " ".join(words)


def _escape_char(char: str) -> str:
    if char in _CHAR_ESCAPES:
        return _CHAR_ESCAPES[char]
    # Surrogates cannot be encoded to UTF-8 (a class docstring holding one fails at import),
    # so they stay visible escape text; U+2028/9 confuse editors and tools.
    if unicodedata.category(char) == "Cs":
        return f"\\\\u{ord(char):04x}"
    if char != "\n" and unicodedata.category(char) in ("Cc", "Zl", "Zp"):
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def docstring_body(text: str) -> str:
    """Make text safe to embed inside a triple-double-quoted Python string literal:
    escape backslashes, any run of three double quotes, a trailing double quote,
    NUL and other control characters (except newline); keep non-ASCII as is."""
    parts: list[str] = []
    quotes = 0
    for char in text:
        quotes = quotes + 1 if char == '"' else 0
        if quotes == 3:
            parts.append('\\"')
            quotes = 0
        else:
            parts.append(_escape_char(char))
    if parts and parts[-1] == '"':  # would merge with the closing quotes
        parts[-1] = '\\"'
    return "".join(parts)
