"""Python types and expressions of generated code as objects that know their imports.

A `TypeRef` renders its annotation (``list[ContainerImage]``) and reports the imports it
needs; an `Expr` does the same for a conversion expression
(``[ContainerImage.from_wire(item) for item in value]``). A module's import block is
assembled from those reports by `import_block`, never by reading generated text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Import:
    """``from <module> import <name>``, or ``import <module>`` when ``name`` is "".

    ``module`` is absolute for the standard library (``datetime``) and starts with ``.``
    for a module of the generated package, given from the package root
    (``.shapes.container_image``, ``._runtime.values``).
    """

    module: str
    """``datetime``, or ``.shapes.container_image`` for a module of the package."""
    name: str
    """The name imported ("" for ``import <module>``)."""

    @property
    def local(self) -> bool:
        return self.module.startswith(".")


def stdlib(module: str, name: str) -> Import:
    return Import(module, name)


def local(module: str, name: str) -> Import:
    """An import from the package's own ``module`` (dotted, from the package root)."""
    return Import(f".{module}", name)


def runtime(module: str, name: str) -> Import:
    """An import from the vendored runtime (``_runtime.<module>``)."""
    return local(f"_runtime.{module}", name)


@dataclass(frozen=True)
class TypeRef:
    """A type annotation and the imports it needs; renders as the annotation (use
    ``| string`` before string filters)."""

    annotation: str
    """The annotation, e.g. ``list[ContainerImage]``."""
    imports: frozenset[Import] = frozenset()
    """What a module using the annotation must import."""

    def __str__(self) -> str:
        return self.annotation

    def optional(self) -> TypeRef:
        return TypeRef(f"{self.annotation} | None", self.imports)

    def __or__(self, other: TypeRef) -> TypeRef:
        return TypeRef(f"{self.annotation} | {other.annotation}", self.imports | other.imports)


def builtin(name: str) -> TypeRef:
    return TypeRef(name)


def named(name: str, source: Import) -> TypeRef:
    return TypeRef(name, frozenset({source}))


def list_of(item: TypeRef) -> TypeRef:
    return TypeRef(f"list[{item.annotation}]", item.imports)


def dict_of(key: TypeRef, value: TypeRef) -> TypeRef:
    return TypeRef(f"dict[{key.annotation}, {value.annotation}]", key.imports | value.imports)


def sequence_of(item: TypeRef) -> TypeRef:
    """``Sequence[item]``: read-only, so a ``list`` of any of the item's types passes."""
    source = stdlib("collections.abc", "Sequence")
    return TypeRef(f"Sequence[{item.annotation}]", item.imports | {source})


def mapping_of(key: TypeRef, value: TypeRef) -> TypeRef:
    """``Mapping[key, value]``: read-only, so a ``dict`` of any of the value's types passes."""
    source = stdlib("collections.abc", "Mapping")
    imports = key.imports | value.imports | {source}
    return TypeRef(f"Mapping[{key.annotation}, {value.annotation}]", imports)


ANY = named("Any", stdlib("typing", "Any"))
DATETIME = named("datetime", stdlib("datetime", "datetime"))


@dataclass(frozen=True)
class Expr:
    """Python source of an expression and the imports it needs; renders as the source."""

    code: str
    """The source, e.g. ``parse_timestamp(value)``."""
    imports: frozenset[Import] = frozenset()
    """What a module using the expression must import."""

    def __str__(self) -> str:
        return self.code


def call(function: Import, *arguments: Expr) -> Expr:
    """``function(arguments...)``, importing ``function``."""
    code = f"{function.name}({', '.join(a.code for a in arguments)})"
    return Expr(code, frozenset({function}).union(*(a.imports for a in arguments)))


def imports_of(items: Iterable[TypeRef | Expr]) -> frozenset[Import]:
    return frozenset().union(*(item.imports for item in items))


def import_block(imports: Iterable[Import], module: str) -> list[str]:
    """The import statements of ``module`` (dotted, from the package root: ``client``,
    ``shapes.container_image``): the standard library, a blank line, then the package's
    own modules as relative imports; sorted, one statement per module. Imports of the
    module itself are left out."""
    by_module: dict[str, set[str]] = {}
    for item in imports:
        if item.module != f".{module}":
            by_module.setdefault(item.module, set()).add(item.name)
    plain = sorted(f"import {source}" for source, names in by_module.items() if "" in names)
    standard, own = [], []
    for source, names in by_module.items():
        listed = ", ".join(sorted(names - {""}, key=_name_order))
        if source.startswith("."):
            own.append(f"from {relative_module(source, module)} import {listed}")
        elif listed:
            standard.append(f"from {source} import {listed}")
    standard = plain + sorted(standard)
    own.sort()
    return [*standard, "", *own] if standard and own else [*standard, *own]


def _name_order(name: str) -> tuple[int, str]:
    """isort's (and ruff's) order of imported names: CONSTANTS, Classes, functions."""
    if name.isupper():
        return 0, name
    return (1 if name[:1].isupper() else 2), name


def relative_module(target: str, module: str) -> str:
    """``target`` (``.shapes.x``, from the package root) as seen from ``module``:
    ``.x`` from ``shapes.y``, ``.._runtime.values`` from ``shapes.y``, ``.shapes.x``
    from ``client``."""
    here = module.split(".")[:-1]
    there = target[1:].split(".")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common + 1) + ".".join(there[common:])
