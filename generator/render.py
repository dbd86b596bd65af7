"""Render the template tree: a template's place says what it is rendered for and where to.

The first directory of a template's path is its scope: ``service`` (once), ``operation``,
``structure``, ``enum`` or ``error`` (once per item). The rest of the path, itself a
Jinja expression, is where the output goes inside the package; ``.j2`` files are
rendered (an empty result writes no file), other files copied as they are. Top-level
directories that are not scopes (``_macros``) are only imported from. User directories come before the built-in one, so the same relative path
overrides a built-in template and a new path adds an output.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2

from .ir import Service

SCOPES = ("service", "operation", "structure", "enum", "error")


class TemplateError(Exception):
    """A template that cannot be rendered, located by template path and line."""


def builtin_templates() -> Path:
    """The templates shipped with the generator (inside the wheel, or the source tree)."""
    installed = Path(__file__).parent / "templates"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "templates"


def environment(template_dirs: list[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pystr"] = python_string
    env.filters["first_line"] = first_line
    env.filters["docstring"] = docstring
    env.filters["tojson"] = lambda value: json.dumps(value, sort_keys=True)
    return env


def python_string(value: str) -> str:
    """A Python string literal for ``value`` (double-quoted, as black prefers)."""
    return json.dumps(value, ensure_ascii=False)


def docstring(text: str, indent: int = 0) -> str:
    """A docstring literal for escaped text: one line stays on one line; longer text is
    indented, with the closing quotes on a line of their own (PEP 257)."""
    pad = " " * indent
    first, *rest = text.strip("\n").split("\n")
    if not rest:
        return f'"""{first}"""'
    body = "\n".join(pad + line if line else "" for line in rest)
    return f'"""{first}\n{body}\n{pad}"""'


def first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


def render_package(service: Service, template_dirs: list[Path]) -> dict[str, str]:
    """Every output file, by its path relative to the package directory."""
    env = environment(template_dirs)
    outputs: dict[str, str] = {}
    for name in sorted(env.list_templates()):
        scope, _, rest = name.partition("/")
        if scope not in SCOPES or not rest:
            continue
        for context in _contexts(service, scope):
            path, text = _render_one(env, name, rest, context)
            if text.strip() or not name.endswith(".j2"):
                outputs[path] = text
    return outputs


def _contexts(service: Service, scope: str) -> Iterator[dict[str, Any]]:
    items: list[Any] = {
        "service": [None],
        "operation": service.operations,
        "structure": service.structures,
        "enum": service.enums,
        "error": service.errors,
    }[scope]
    for item in items:
        yield {"service": service} if item is None else {"service": service, scope: item}


def _render_one(
    env: jinja2.Environment, name: str, rest: str, context: dict[str, Any]
) -> tuple[str, str]:
    try:
        path = env.from_string(rest).render(context).removesuffix(".j2")
        if name.endswith(".j2"):
            return path, env.get_template(name).render(context)
        assert env.loader is not None
        return path, env.loader.get_source(env, name)[0]
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or name}:{exc.lineno}: {exc.message}") from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{_location(exc, name)}: {exc.message or exc}") from exc


def _location(exc: BaseException, name: str) -> str:
    """``file:line`` of the innermost template frame in the traceback."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2") or "/templates/" in frame.filename:
            return f"{frame.filename}:{frame.lineno}"
    return name
