"""Tests for generator.docs: model documentation HTML -> docstring text."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
import unicodedata
from typing import Any

import botocore.loaders
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import docs
from generator.docs import docstring_body, html_to_text, split_lead, summary, wrap_prose

LABEL_DOC = (
    "<p>The label for the container image when it's registered to the container "
    "service.</p> <p>Use a descriptive label that you can use to track the different "
    "versions of your registered container images.</p> <p>Use the <code>"
    "GetContainerImages</code> action to return the container images registered to a "
    "Lightsail container service. The label is the <code>&lt;imagelabel&gt;</code> "
    "portion of the following image name example:</p> <ul> <li> <p> <code>"
    ":container-service-1.&lt;imagelabel&gt;.1</code> </p> </li> </ul> <p>If the name "
    "of your container service is <code>mycontainerservice</code>, and the label that "
    "you specify is <code>mystaticwebsite</code>, then the name of the registered "
    "container image will be <code>:mycontainerservice.mystaticwebsite.1</code>.</p>"
)

TAG_NAMES = (
    "p|code|a|ul|li|note|i|b|em|strong|important|br|div|span|fullname|ol|dl|dt|dd"
    "|pre|h[1-6]"
)
LEFTOVER_TAG = re.compile(rf"</?(?:{TAG_NAMES})\b", re.IGNORECASE)
UNBREAKABLE = re.compile(r"``.*?``|\[[^\]]*\]\([^)]*\)")


def assert_clean(text: str) -> None:
    lines = text.split("\n")
    assert not LEFTOVER_TAG.search(text), text
    assert all(line == line.rstrip() for line in lines), text
    assert "\n\n\n" not in text, text
    assert text == text.strip("\n")
    assert "\ue000" not in text


def assert_width(text: str, width: int) -> None:
    """Every line fits, unless it holds one unbreakable token (after indent/marker);
    a lone dash is glued to the word before it, so no line starts like a bullet."""
    for line in text.split("\n"):
        if len(line) > width:
            content = re.sub(r"^\s*(?:(?:- |\d+\. )\s*)*", "", line)
            content = re.sub(r" -( |$)", r"-\1", UNBREAKABLE.sub("X", content))
            assert " " not in content, (width, line)


def test_register_container_image_label() -> None:
    text = html_to_text(LABEL_DOC)
    assert_clean(text)
    assert_width(text, 76)
    assert "``:container-service-1.<imagelabel>.1``" in text
    assert "\n\n- ``:container-service-1.<imagelabel>.1``\n\n" in text
    assert "``GetContainerImages``" in text
    assert "``<imagelabel>``" in text
    assert text.startswith("The label for the container image when it's registered")
    assert text.endswith("``:mycontainerservice.mystaticwebsite.1``.")
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[1] == (
        "Use a descriptive label that you can use to track the different versions of\n"
        "your registered container images."
    )
    assert summary(text) == (
        "The label for the container image when it's registered to the container "
        "service."
    )


def test_paragraphs_whitespace_and_entities() -> None:
    html = "  <p>  one \n\t two  </p><p></p>  <p>three &amp; four&nbsp;&lt;x&gt;</p>  "
    assert html_to_text(html) == "one two\n\nthree & four <x>"


def test_inline_code_and_emphasis() -> None:
    html = (
        "<p>Call <code>  Get   Foo </code> with <i>care</i>, <em>e</em>, <b>bold </b>x"
    )
    html += " and <strong>s</strong>.</p>"
    assert (
        html_to_text(html) == "Call ``Get Foo`` with *care*, *e*, **bold** x and **s**."
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<a href="https://aws.amazon.com/x">the\n  docs</a>',
            "[the docs](https://aws.amazon.com/x)",
        ),
        ("see <a>plain text</a> here", "see plain text here"),
        ('<a href="https://e.com/x"><code>Op</code></a>', "[``Op``](https://e.com/x)"),
        ('<a href=" https://e.com/y "></a>', "https://e.com/y"),
    ],
)
def test_links(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_link_and_code_are_never_split() -> None:
    html = "<p>" + "word " * 5 + '<a href="https://example.com/p">a long link text</a>'
    html += " more <code>some code with spaces</code> end</p>"
    for width in range(10, 60):
        text = html_to_text(html, width)
        assert "[a long link text](https://example.com/p)" in text
        assert "``some code with spaces``" in text
        assert_width(text, width)


def test_nested_lists() -> None:
    html = (
        "<p>Intro:</p><ul><li><p>first</p><ul><li>inner <code>x</code></li>"
        "<li>deeper<ul><li>deepest</li></ul></li></ul></li><li>second</li></ul>"
        "<ol><li>one</li><li><p>two</p><p>more</p></li></ol><p>After.</p>"
    )
    assert html_to_text(html) == (
        "Intro:\n\n"
        "- first\n"
        "  - inner ``x``\n"
        "  - deeper\n"
        "    - deepest\n"
        "- second\n\n"
        "1. one\n"
        "2. two\n"
        "   more\n\n"
        "After."
    )


def test_wrapped_list_item_aligns_continuation() -> None:
    html = (
        "<ul><li>"
        + "alpha beta gamma " * 6
        + "<ul><li>"
        + "x " * 30
        + "</li></ul></li></ul>"
    )
    lines = html_to_text(html, 30).split("\n")
    assert lines[0].startswith("- alpha")
    assert all(line.startswith("  ") for line in lines[1:])
    nested = [line for line in lines if line.lstrip().startswith(("- x", "x"))]
    assert nested[0].startswith("  - x")
    assert all(line.startswith("    x") for line in nested[1:])
    assert all(len(line) <= 30 for line in lines)


@pytest.mark.parametrize(
    ("tag", "label"), [("note", "Note:"), ("important", "Important:")]
)
def test_labelled_blocks(tag: str, label: str) -> None:
    html = f"<p>Before.</p><{tag}><p>First {'word ' * 20}</p><p>Second.</p></{tag}>"
    text = html_to_text(html, 40)
    before, block = text.split("\n\n", 1)
    assert before == "Before."
    lines = block.split("\n")
    assert lines[0] == label
    assert all(line.startswith("    ") or line == "" for line in lines[1:])
    assert "    Second." in lines
    assert_width(text, 40)


def test_br_dl_pre_headings_and_unknown_tags() -> None:
    html = (
        "<fullname>Amazon Lightsail</fullname><h2>Title</h2><div><span>a<br/>b</span>"
        "</div><dl><dt>Term</dt><dd>Meaning</dd></dl>"
        "<pre><code>\n  x = 1\n    y = 2\n</code></pre>"
    )
    assert html_to_text(html) == (
        "Amazon Lightsail\n\nTitle\n\na\nb\n\nTerm\n    Meaning\n\n    x = 1\n      y = 2"
    )


def test_no_wrapped_line_starts_like_a_bullet() -> None:
    text = html_to_text(
        "<p>" + "word " * 14 + "- dash - separated - words - here</p>", 20
    )
    assert not any(line.startswith("- ") for line in text.split("\n"))
    assert " ".join(text.split()) == " ".join(
        ("word " * 14 + "- dash - separated - words - here").split()
    )


def test_pre_is_not_wrapped() -> None:
    long_line = "print('" + "z " * 60 + "')"
    text = html_to_text(f"<pre>{long_line}</pre>", 20)
    assert text == "    " + long_line.rstrip()


@pytest.mark.parametrize("width", [12, 20, 40, 76, 100])
def test_wrapping_respects_width(width: int) -> None:
    text = html_to_text(
        LABEL_DOC + "<p>https://example.com/a-very-long-url-that-cannot-break</p>",
        width,
    )
    assert_width(text, width)
    assert "https://example.com/a-very-long-url-that-cannot-break" in text.split("\n")


def test_deterministic() -> None:
    html = LABEL_DOC * 3
    assert len({html_to_text(html, 50) for _ in range(5)}) == 1


@pytest.mark.parametrize("html", ["", "   ", "\n\t", "<p> </p>", "<ul><li></li></ul>"])
def test_empty(html: str) -> None:
    assert html_to_text(html) == ""


@pytest.mark.parametrize(
    "html",
    [
        "<p>unclosed <code>code",
        "</p>stray</li></ul> end tags</code>",
        "a < b and c<d",
        "<ul><li>one<li>two</ul>",
        "<p>x<p>y",
        "<![foo[ bar",
        "<!-- comment",
        "<a href=>x</a><a href",
        "<b><i>crossed</b></i>",
        "&#0; &#xD800; &bogus; &",
        "<<<>>>",
        "<p",
    ],
)
def test_malformed_html_never_raises(html: str) -> None:
    text = html_to_text(html)
    assert isinstance(text, str)
    assert text == text.strip("\n")


def test_malformed_html_keeps_text() -> None:
    assert html_to_text("<ul><li>one<li>two</ul>") == "- one\n- two"
    assert html_to_text("<p>x<p>y") == "x\n\ny"
    assert html_to_text("a < b") == "a < b"
    assert html_to_text("<b><i>crossed</b> rest</i>") == "***crossed*** rest"
    assert html_to_text("<![CDATA[x]]>") == "<![CDATA[x]]>"


def test_summary() -> None:
    assert summary("") == ""
    assert summary("One line.\nsame para.\n\nOther.") == "One line. same para."
    assert summary("First one. Second one.") == "First one."
    assert summary("Use e.g. Foo here. Then") == "Use e.g. Foo here."
    assert summary("Call ``a. B`` now. More") == "Call ``a. B`` now."
    assert summary("Version 1.2 is out.") == "Version 1.2 is out."


def roundtrip(text: str) -> Any:
    source = '"""' + docstring_body(text) + '"""'
    compile(f"def f():\n    {source}\n", "<docstring>", "exec")
    return ast.literal_eval(source)


@pytest.mark.parametrize(
    "text",
    [
        'say """hi"""',
        '""""""""',
        'ends with "',
        'ends with ""',
        '"starts',
        "back\\slash \\n \\x00 \\",
        "nul\x00 esc\x1b tab\t cr\r\n bell\x07 del\x7f",
        "{{ jinja }} {% block %} {# c #}",
        "naïve — 日本語 🚀 \u2028 \ufeff",
        "x" * 5000,
        "",
    ],
)
def test_docstring_body_roundtrip(text: str) -> None:
    assert roundtrip(text) == text


def test_docstring_body_is_readable() -> None:
    assert docstring_body("plain text, ``code`` and é") == "plain text, ``code`` and é"
    assert docstring_body('a "quote"') == 'a "quote\\"'
    assert "\x00" not in docstring_body("a\x00b")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_docstring_body_roundtrip_property(text: str) -> None:
    assert ast.literal_eval('"""' + docstring_body(text) + '"""') == text


TAG_NAMES_USED = (
    "p code a i b em strong ul ol li note important dl dt dd h3 fullname div span"
)
TAGS = [f"<{name}>" for name in TAG_NAMES_USED.split()]
TAGS += [f"</{name}>" for name in TAG_NAMES_USED.split()]
# No bare "<": a trailing "<p" would legitimately survive as text.
TAGS += [
    '<a href="https://e.com/x">',
    "<br/>",
    "<br>",
    "&amp;",
    "&quot;",
    "&#233;",
    ">",
]
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=15)
HTML = st.lists(st.one_of(st.sampled_from(TAGS), WORDS), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(HTML, st.integers(min_value=8, max_value=100))
def test_html_to_text_property(html: str, width: int) -> None:
    text = html_to_text(html, width)
    assert_clean(text)
    assert_width(text, width)
    assert html_to_text(html, width) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="<>/!?[]-&#;=\"' apbrl\n", max_size=40), st.integers(1, 30))
def test_html_to_text_never_raises_on_garbage(html: str, width: int) -> None:
    assert isinstance(html_to_text(html, width), str)


def iter_docs(model: dict[str, Any]) -> list[str]:
    docs = [model.get("documentation", "")]
    for operation in model["operations"].values():
        docs.append(operation.get("documentation", ""))
    for shape in model["shapes"].values():
        docs.append(shape.get("documentation", ""))
        for member in shape.get("members", {}).values():
            docs.append(member.get("documentation", ""))
    return [doc for doc in docs if doc]


def test_every_lightsail_doc_converts_cleanly() -> None:
    model = botocore.loaders.Loader().load_service_model("lightsail", "service-2")
    docs = iter_docs(model)
    assert len(docs) > 1000
    for doc in docs:
        text = html_to_text(doc)
        assert not LEFTOVER_TAG.search(text), (doc, text)
        assert "\n\n\n" not in text
        assert_width(text, 76)


def test_link_whose_text_is_its_url_is_written_once() -> None:
    html = '<a href="https://e.com/x">https://e.com/x</a>'
    assert html_to_text(html) == "https://e.com/x"


def test_entities_decode_to_text() -> None:
    html = "<p>&lt;imagelabel&gt; &amp; &quot;q&quot; &#233; &#x2014; &apos;</p>"
    assert html_to_text(html) == "<imagelabel> & \"q\" é — '"


PROSE = html_to_text(
    "<p>Use the <code>Get Things</code> action and see "
    '<a href="https://e.com/a">the guide</a> - or not - for '
    + "more words " * 12
    + "</p><p>Second paragraph.</p>",
    40,
)


def test_split_lead_unwraps_the_first_prose_paragraph() -> None:
    lead, rest = split_lead(PROSE, 40)
    assert "\n" not in lead
    assert lead == " ".join(PROSE.split("\n\n")[0].split("\n"))
    assert lead.startswith("Use the ``Get Things`` action and see [the guide](https://e.com/a)")
    assert rest == "Second paragraph."
    assert split_lead("One line.", 40) == ("One line.", "")


@pytest.mark.parametrize(
    "html",
    [
        "<ul><li>an item</li></ul><p>After.</p>",
        "<ol><li>an item</li></ol>",
        "<note><p>Careful.</p></note><p>After.</p>",
        "<important><p>Careful.</p></important>",
        "<pre>  indented\ncode</pre>",
        "<dl><dt>Term</dt><dd>Meaning</dd></dl>",
        "<p>short<br/>hard break</p>",
        "",
    ],
)
def test_split_lead_leaves_structured_text_alone(html: str) -> None:
    text = html_to_text(html, 40)
    assert split_lead(text, 40) == ("", text)


def test_wrap_prose_rewraps_with_a_narrower_first_line() -> None:
    lead, _ = split_lead(PROSE, 40)
    for width in range(20, 80, 7):
        for offset in (0, 5, 15):
            lines = wrap_prose(lead, width, offset)
            assert " ".join(lines) == lead
            assert_width(lines[0], width - offset)
            assert_width("\n".join(lines[1:]), width)
            assert "``Get Things``" in "\n".join(lines)
            assert "[the guide](https://e.com/a)" in "\n".join(lines)
            assert not any(line.startswith("- ") for line in lines)


@settings(max_examples=100, deadline=None)
@given(HTML, st.integers(min_value=16, max_value=90))
def test_split_lead_then_wrap_prose_keeps_every_word(html: str, width: int) -> None:
    text = html_to_text(html, width)
    lead, rest = split_lead(text, width)
    assert (lead + " " + rest).split() == text.split()
    if lead:
        assert_width("\n".join(wrap_prose(lead, width)), width)
        assert wrap_prose(lead, width) == text.split("\n\n")[0].split("\n")


# -- escaping ---------------------------------------------------------------------------


def expected_escape(char: str) -> str:
    """``_escape_char`` stated with code point ranges instead of Unicode categories."""
    code = ord(char)
    if char in "\\\t\r":
        return {"\\": "\\\\", "\t": "\\t", "\r": "\\r"}[char]
    if 0xD800 <= code <= 0xDFFF:
        return f"\\\\u{code:04x}"
    if (code < 0x20 and char != "\n") or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    if code in (0x2028, 0x2029):
        return f"\\u{code:04x}"
    return char


def test_escape_char_on_every_code_point() -> None:
    for code in range(0x110000):
        assert docs._escape_char(chr(code)) == expected_escape(chr(code)), hex(code)


def test_escape_char_tests_each_category_once() -> None:
    """A category tested again after an earlier branch returned for it is dead code."""
    source = textwrap.dedent(inspect.getsource(docs._escape_char))
    categories = [
        node.value for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and re.fullmatch(r"[A-Z][a-z]", node.value)
    ]
    assert {unicodedata.category(c) for c in "\x00\ud800\u2028\u2029"} <= set(categories)
    assert len(categories) == len(set(categories)), categories


# -- deep nesting ------------------------------------------------------------------------


NESTING = ["<b>", "<i>", "<code>", '<a href="u">', "<p>", "<ul><li>", "<ol><li>", "<note>",
           "<important>", "<pre>", "<dl><dd>", "<div>", "<h3>"]


def closing(opening: str) -> str:
    return "".join(f"</{name}>" for name in reversed(re.findall(r"<(\w+)", opening)))


@pytest.mark.parametrize("opening", NESTING)
def test_deep_nesting_is_rendered_without_recursion(opening: str) -> None:
    html = opening * 600 + "deep text" + closing(opening) * 600 + "<p>after</p>"
    text = html_to_text(html, 40)
    assert "deep" in text and "text" in text
    assert text.split("\n")[-1] == "after"  # every level was closed again
    assert len(text) < 10_000
    assert html_to_text(html, 40) == text
    unclosed = html_to_text(opening * 600 + "deep text")
    assert "deep" in unclosed and len(unclosed) < 10_000


def test_nesting_as_deep_as_real_documentation_is_kept() -> None:
    # botocore's deepest documentation nests 11 elements; 14 list levels stay lists.
    html = "<ul><li>level" * 14
    lines = html_to_text(html).split("\n")
    assert lines == [" " * 2 * depth + "- level" for depth in range(14)]


# -- long and malformed documentation: linear work, bounded size ------------------------


def test_script_and_style_are_ordinary_elements() -> None:
    # HTMLParser reads their content raw (tags and entities left in) and drops an
    # unclosed one's text; documentation has none, so they are just unknown elements.
    assert html_to_text("<style>a &amp; <b>b</b></style> c") == "a & **b** c"
    assert html_to_text("<p>x</p><script>rest") == "x\n\nrest"


def test_summary_reads_each_word_a_bounded_number_of_times(monkeypatch: Any) -> None:
    handed = 0
    original = docs._ends_sentence

    def counting(*args: Any) -> bool:
        nonlocal handed
        handed += sum(len(arg) for arg in args if isinstance(arg, str))
        return original(*args)

    monkeypatch.setattr(docs, "_ends_sentence", counting)
    text = "word " * 5000 + "end."
    assert summary(text) == text
    assert handed <= 3 * len(text)  # not the whole sentence so far, for every word


PATHOLOGICAL = ["<a ", '<a x="', "<!--", "</a", "<?x", "<!x", "<b", "<a href='>'",
                "<a <b>", "<!-- -", "x<p/"]
PARSE_METHODS = ["parse_starttag", "parse_endtag", "parse_comment", "parse_pi",
                 "parse_html_declaration", "parse_bogus_comment"]


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_unclosed_markup_is_never_rescanned(unit: str, monkeypatch: Any) -> None:
    """HTMLParser looks for the end of unclosed markup up to the end of the text, and
    does so again from every later "<" (quadratic): it must never meet any."""
    unclosed: list[str] = []

    def counting(name: str) -> Any:
        original = getattr(docs._TreeBuilder, name)

        def parse(self: Any, i: int, *args: Any) -> int:
            end: int = original(self, i, *args)
            if end < 0:
                unclosed.append(name)
            return end

        return parse

    for name in PARSE_METHODS:
        monkeypatch.setattr(docs._TreeBuilder, name, counting(name))
    text = html_to_text(unit * 300)
    assert unclosed == []
    assert text and "\ue000" not in text


LONG_UNITS = ["word ", "<a ", '<a x="', "<!--", "</a", "<?x", "[a](x", "[", "``x ", "``",
              "<b>", "<ul><li>", "<note>", "&amp;", '"', "\\", "- ", "\n\n"]


@pytest.mark.parametrize("unit", LONG_UNITS)
def test_long_hostile_documentation_is_handled_in_bounded_work(unit: str) -> None:
    # 120,000 characters: quadratic work on this much text would not finish.
    html = unit * (120_000 // len(unit))
    text = html_to_text(html, 72)
    lead, _ = split_lead(text, 72)
    lines = wrap_prose(lead or text, 72, 9)
    assert len(text) < 20 * len(html)
    assert len(summary(text)) <= len(text)
    assert " ".join(lines).split() == (lead or text).split()
    assert roundtrip(text) == text


def shortened_note(length: int) -> str:
    return f"(documentation shortened: the model's text is {length:,} characters)"


def test_ten_megabyte_documentation_is_shortened_with_a_note() -> None:
    paragraph = "<p>" + "word " * 40 + "end.</p>"
    html = paragraph * (10_000_000 // len(paragraph))
    text = html_to_text(html, 72)
    *body, note = text.split("\n\n")
    assert " ".join(note.split()) == shortened_note(len(html))
    assert len(text) < 250_000
    assert set(body) == {html_to_text(paragraph, 72)}  # cut between paragraphs
    assert summary(text) == " ".join(["word"] * 40 + ["end."])
    assert roundtrip(text) == text


def test_one_long_paragraph_is_cut_between_words() -> None:
    html = "<p>" + "word " * 100_000 + "</p>"
    text = html_to_text(html, 72)
    body, note = text.rsplit("\n\n", 1)
    assert " ".join(note.split()) == shortened_note(len(html))
    assert set(body.split()) == {"word"}
    assert 50_000 < len(body) < 250_000


@pytest.mark.parametrize("padding", range(0, 40, 3))
def test_shortening_never_cuts_inside_a_tag(padding: int) -> None:
    unit = '<a href="https://example.com/x">link text</a> and <code>a b</code>, '
    html = "y" * padding + unit * (300_000 // len(unit))
    text = html_to_text(html, 72)
    assert_clean(text)
    assert "href" not in text and "<a" not in text and "<code" not in text
    assert " ".join(text.split("\n\n")[-1].split()) == shortened_note(len(html))


def test_the_longest_real_documentation_is_kept_whole() -> None:
    model = botocore.loaders.Loader().load_service_model("connect", "service-2")
    html = model["shapes"]["GetMetricDataV2Request"]["members"]["Metrics"]["documentation"]
    assert len(html) > 80_000  # the longest in botocore's models when this was written
    assert "documentation shortened" not in html_to_text(html, 72)


OLD_UNBREAKABLE = re.compile(r"``.+?``|\[[^\]\n]*\]\([^)\s]*\)")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="`[]()- ab\n\t", max_size=60))
def test_protect_marks_what_the_unbreakable_regex_matched(text: str) -> None:
    expected = OLD_UNBREAKABLE.sub(lambda m: m.group().replace(" ", "\ue000"), text)
    assert docs._protect(text) == expected


def parser_end(parser: Any, start: int) -> int:
    """Where HTMLParser ends the markup at ``start``, taking goahead's branches."""
    text: str = parser.rawdata
    if re.match("<[a-zA-Z]", text[start : start + 2]):
        end: int = parser.check_for_whole_start_tag(start)
    elif text.startswith("</", start):
        end = parser.parse_endtag(start)
    elif text.startswith("<!--", start):
        end = parser.parse_comment(start)
    elif text.startswith("<?", start):
        end = parser.parse_pi(start)
    elif text.startswith("<!", start):
        end = parser.parse_html_declaration(start)
    else:
        end = start + 1
    return end


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="<>/!?-=\"' aB\n\t\x0b\xa0&;", max_size=60))
def test_disarmed_markup_ends_where_htmlparser_ends_it(html: str) -> None:
    """All markup left after _disarm is closed, and HTMLParser ends each piece where the
    walk did: so the parser never reads past it."""
    disarmed = docs._disarm(html.replace("<![", "&lt;!["))
    parser = docs._TreeBuilder()
    parser.rawdata = disarmed
    ends = docs._MarkupEnds(disarmed)
    start = disarmed.find("<")
    while start >= 0:
        end = ends.end(start)
        assert end >= 0 and parser_end(parser, start) == end, (disarmed, start)
        start = disarmed.find("<", end)


def test_disarm_leaves_real_documentation_alone() -> None:
    model = botocore.loaders.Loader().load_service_model("lightsail", "service-2")
    for doc in [LABEL_DOC, *iter_docs(model)]:
        assert docs._disarm(doc) == doc


def test_a_link_never_holds_another() -> None:
    # Found by test_html_to_text_property: nested links came out as one unbreakable
    # "[[a](u) u](u)". Browsers close an open link when another starts; so does this.
    html = '<a href="https://e.com/x"><a href="https://e.com/x">a</a><p><a href="https://e.com/x">'
    text = html_to_text(html, 8)
    assert text == "https://e.com/x[a](https://e.com/x)\n\nhttps://e.com/x"
    assert_width(text, 8)
    nested = html_to_text('<a href="u">one <a href="v">two</a> three</a>')
    assert "[one](u)" in nested and "[two](v)" in nested and nested.endswith(" three")


def test_docstring_body_searches_for_every_character_escape_char_changes() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert bool(docs._ESCAPED.match(char)) == (docs._escape_char(char) != char), hex(code)
