"""``NamedTuple`` for the runtime's records, made without compiling their annotations.

``typing.NamedTuple`` checks every annotation of the class body by turning it into a
``ForwardRef``, and under ``from __future__ import annotations`` (every annotation a
string) that compiles each one: the records a client imports have about 80 fields, and
compiling them was about a seventh of what a cold start cost beyond
``import botocore.auth``.
This ``NamedTuple`` makes the same class: ``collections.namedtuple`` with the body's
fields, defaults, docstring and methods, its annotations kept as written. Type checkers
see ``typing.NamedTuple``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import collections

    _NOT_COPIED = frozenset({"__module__", "__annotations__"})

    class _RecordType(type):
        def __new__(cls, name, bases, namespace):
            fields = namespace.get("__annotations__", {})
            defaults = [field for field in fields if field in namespace]
            if defaults != list(fields)[len(fields) - len(defaults) :]:
                raise TypeError(f"{name}: a field without a default follows one with")
            record = collections.namedtuple(
                name,
                fields,
                defaults=[namespace[field] for field in defaults],
                module=namespace["__module__"],
            )
            record.__annotations__ = record.__new__.__annotations__ = fields
            for key, value in namespace.items():
                if key not in _NOT_COPIED and key not in fields:
                    setattr(record, key, value)
            return record

    # A class statement naming it as a base runs _RecordType.__new__ above.
    NamedTuple = type.__new__(_RecordType, "NamedTuple", (), {})
