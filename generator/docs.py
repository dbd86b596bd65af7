"""Convert botocore model ``documentation`` HTML into plain docstring text."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
# Longer documentation is cut before any work is done on it. The longest in botocore's
# models has 82,642 characters (Connect's GetMetricDataV2Request.Metrics).
MAX_DOC_CHARS = 200_000

# The markup _disarm lets through, read the way HTMLParser (3.11) reads it: start tags with
# no "<" inside and quotes only around attribute values, whose ">" it finds without
# reading past it, ...
_SPACE = r"[\t\n\r\f ]"
_START_TAG = re.compile(
    rf"<[a-zA-Z][^\t\n\r\f />\x00<\"'=]*+"  # the name ends where HTMLParser ends it
    rf"(?:{_SPACE}++[^\s/>=<\"'\x00]++"
    rf"(?:{_SPACE}*+={_SPACE}*+(?:\"[^\"<]*+\"|'[^'<]*+'|[^\s\"'<>=]++))?+)*+"
    rf"{_SPACE}*+/?>"
)
# ... and what it looks for to end "<!--", and "</", "<?" and "<!".
_COMMENT_END = re.compile(r"--\s*>")
_GREATER = re.compile(">")
_TAG_OPEN = re.compile("<[a-zA-Z]")


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

    def set_cdata_mode(self, elem: str, **options: object) -> None:
        """Never: HTMLParser would read <script> and <style> content raw, tags and entities
        included (and drop it when unclosed); documentation has none, so they are just
        unknown elements, and _disarm need not know about raw text."""

    def _close_implied(self, tag: str) -> None:
        # HTML lets <li> and <p> be left open, and a link cannot hold another; close them
        # like a browser would.
        if tag == "p" and self._stack[-1].tag == "p":
            self._stack.pop()
        if tag == "li":
            self._close_open("li", within=("ul", "ol"))
        if tag == "a":
            self._close_open("a", within=())

    def _close_open(self, tag: str, within: tuple[str, ...]) -> None:
        """Close the innermost open ``tag`` element, unless a ``within`` one is nearer."""
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag in within:
                return
            if self._stack[index].tag == tag:
                del self._stack[index:]
                return


def _parse(html: str) -> _Element:
    builder = _TreeBuilder()
    # _markupbase raises AssertionError on unknown "<![keyword[" sections.
    builder.feed(_disarm(html.replace("<![", "&lt;![")))
    builder.close()
    return builder.root


def _disarm(html: str) -> str:
    """Escape each "<" that starts markup HTMLParser would find unclosed.

    HTMLParser reads on to the end of the text looking for the end of such markup, gives
    up, and does the same from the next "<": quadratic. This walk goes from markup to
    markup as the parser does, reading each character a bounded number of times.
    Well-formed documentation comes back unchanged."""
    ends = _MarkupEnds(html)
    pieces: list[str] = []
    done = 0
    start = html.find("<")
    while start >= 0:
        end = ends.end(start)
        if end < 0:
            pieces += [html[done:start], "&lt;"]
            done = end = start + 1
        start = html.find("<", end)
    return "".join([*pieces, html[done:]])


class _NextMatch:
    """The first match of a pattern at or after a position, asked for positions that only
    grow: it searches again only once the position has passed the last match found."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern, self._text = pattern, text
        self._last: re.Match[str] | None = None
        self._exhausted = False

    def __call__(self, position: int) -> re.Match[str] | None:
        if not self._exhausted and (self._last is None or self._last.start() < position):
            self._last = self._pattern.search(self._text, position)
            self._exhausted = self._last is None
        return None if self._exhausted else self._last


class _MarkupEnds:
    """Where HTMLParser's markup starting at a "<" ends (-1: it is unclosed), asked for
    starts in increasing order; the branches follow HTMLParser.goahead."""

    def __init__(self, html: str) -> None:
        self._html = html
        self._greater = _NextMatch(_GREATER, html)
        self._comment_end = _NextMatch(_COMMENT_END, html)

    def end(self, start: int) -> int:
        html = self._html
        if _TAG_OPEN.match(html, start):
            tag = _START_TAG.match(html, start)
            return tag.end() if tag else -1
        if html.startswith("<!--", start):
            found = self._comment_end(start + 4)
        elif html.startswith(("</", "<?", "<!"), start):
            found = self._greater(start + 2)
        else:
            return start + 1  # a lone "<" is text
        return found.end() if found else -1


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


_converted: dict[tuple[str, int], str] | None = None
"""html_to_text's results during a build (`converted_during`): a model repeats much of
its documentation, and `remember` takes conversions made in other processes."""


@contextmanager
def converted_during() -> Iterator[None]:
    """Keep every conversion until the block ends (a build); pure, so only time changes."""
    global _converted
    outer = _converted
    _converted = {} if outer is None else outer
    try:
        yield
    finally:
        _converted = outer


def remember(htmls: Iterable[str], width: int, texts: Iterable[str]) -> None:
    """Conversions made elsewhere (`convert_all` in a worker process)."""
    if _converted is not None:
        _converted.update(((h, width), text) for h, text in zip(htmls, texts, strict=True))


def convert_all(htmls: list[str], width: int) -> list[str]:
    return [_convert(html, width) for html in htmls]


def html_to_text(html: str, width: int = 76) -> str:
    """Convert model documentation HTML into wrapped plain text (no trailing newline).
    Documentation longer than ``MAX_DOC_CHARS`` is shortened, and ends with a note."""
    if _converted is None:
        return _convert(html, width)
    text = _converted.get((html, width))
    if text is None:
        text = _converted[(html, width)] = _convert(html, width)
    return text


def _convert(html: str, width: int) -> str:
    html, note = _shorten(html)
    text = _render(html, width)
    if not note:
        return text
    return "\n\n".join(filter(None, [text, "\n".join(_wrap(note, width))]))


def _render(html: str, width: int) -> str:
    lines: list[str] = []
    for line in _blocks(_parse(html).children, width, False):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


def _shorten(html: str) -> tuple[str, str]:
    """``html`` cut to at most ``MAX_DOC_CHARS`` at a boundary, and the note saying so
    ("" when it was short enough)."""
    if len(html) <= MAX_DOC_CHARS:
        return html, ""
    head = html[:MAX_DOC_CHARS]
    note = f"(documentation shortened: the model's text is {len(html):,} characters)"
    return head[: _cut_point(head)], note


def _cut_point(head: str) -> int:
    """After the last paragraph of ``head``, else at its last space outside markup, if
    that keeps half of it; else all of it but an unfinished tag."""
    half = len(head) // 2
    paragraph = head.lower().rfind("</p>")
    if paragraph >= half:
        return paragraph + len("</p>")
    tag_start, tag_end = head.rfind("<"), head.rfind(">")
    end = tag_start if tag_start > tag_end else len(head)
    space = max(head.rfind(char, tag_end + 1, end) for char in " \t\n\r")
    if space >= half:
        return space
    return end if end >= half else len(head)


_NOT_PROSE = re.compile(r"- |\d+\. |(?:Note|Important):$|\s")
_CODE_OR_LINK = re.compile(r"``|\[")
_HREF_END = re.compile(r"[)\s]")


def _protect(text: str) -> str:
    """Join the words of code spans and Markdown links with ``_NBSP``, so wrapping never
    breaks inside them. A code span runs from a double backtick to the next one at least
    a character on; a link from "[" to the first "]" after it, then "(" and a ")" before
    any whitespace; neither leaves its line, and the leftmost span wins. These are the
    matches of the regular expression this replaces (OLD_UNBREAKABLE in the tests), found
    in linear time: it retried a link from every "[" before a "]" that ends none."""
    return "\n".join(_protect_line(line) for line in text.split("\n"))


def _protect_line(line: str) -> str:
    pieces: list[str] = []
    done = 0
    for start, end in _Unbreakable(line).spans():
        pieces += [line[done:start], line[start:end].replace(" ", _NBSP)]
        done = end
    return "".join([*pieces, line[done:]])


class _Unbreakable:
    """The code spans and links of one line, left to right, each character read once."""

    def __init__(self, line: str) -> None:
        self._line = line
        self._code_closes = True  # until a "``" finds no closing one: no later one will
        self._no_link_before = 0  # a "[" before it shares a "]" known to end no link
        self._href_end = _NextMatch(_HREF_END, line)

    def spans(self) -> Iterator[tuple[int, int]]:
        position = 0
        while candidate := _CODE_OR_LINK.search(self._line, position):
            start = candidate.start()
            end = self._link_end(start) if candidate.group() == "[" else self._code_end(start)
            if end < 0:
                position = start + 1
            else:
                yield start, end
                position = end

    def _code_end(self, start: int) -> int:
        close = self._line.find("``", start + 3) if self._code_closes else -1
        self._code_closes = close >= 0
        return close + 2 if close >= 0 else -1

    def _link_end(self, start: int) -> int:
        if start < self._no_link_before:
            return -1
        text_end = self._line.find("]", start + 1)
        if text_end < 0:
            self._no_link_before = len(self._line)
            return -1
        if self._line.startswith("(", text_end + 1):
            href_end = self._href_end(text_end + 2)
            if href_end and href_end.group() == ")":
                return href_end.end()
        self._no_link_before = text_end
        return -1


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


def _ends_sentence(word: str, following: str, in_code: bool, in_link: bool) -> bool:
    if not word.rstrip(")\"'*`").endswith((".", "!", "?")):
        return False
    if word.lower() in _ABBREVIATIONS or in_code or in_link:
        return False
    return bool(following) and not following[0].islower()


def summary(text: str) -> str:
    """First sentence/paragraph of already-converted text, as one line (for one-line summaries)."""
    words = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0].split()
    ticks = brackets = 0  # "``" so far, and "[" less "]": counted as the words go by
    for index, word in enumerate(words):
        ticks += word.count("``")
        brackets += word.count("[") - word.count("]")
        following = words[index + 1] if index + 1 < len(words) else ""
        if _ends_sentence(word, following, ticks % 2 == 1, brackets > 0):
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


# What _escape_char changes: the _CHAR_ESCAPES and the characters of the Unicode
# categories Cc (newline excepted), Zl, Zp and Cs. A whole text goes through one search;
# a character at a time, escaping took a fifth of the time building the IR takes.
_ESCAPED = re.compile(r"[\\\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def docstring_body(text: str) -> str:
    """Make text safe to embed inside a triple-double-quoted Python string literal:
    escape backslashes, any run of three double quotes, a trailing double quote,
    NUL and other control characters (except newline); keep non-ASCII as is."""
    body = _ESCAPED.sub(lambda match: _escape_char(match.group()), text)
    body = body.replace('"""', '""\\"')
    # The last quote of a trailing run would merge with the closing quotes, unless the
    # run's last three were escaped already.
    if (len(text) - len(text.rstrip('"'))) % 3:
        body = body[:-1] + '\\"'
    return body
