"""``NamedTuple`` for the runtime's records, made without compiling anything.

``typing.NamedTuple`` checks every annotation of the class body by turning it into a
``ForwardRef``, and under ``from __future__ import annotations`` (every annotation a
string) that compiles each one; ``collections.namedtuple``, which it calls, then compiles
a ``__new__`` for each class. A cold start imports 16 records: compiling for them cost
about a sixth of what it cost beyond ``import botocore.auth``.

This ``NamedTuple`` makes the class ``typing.NamedTuple`` makes (a ``tuple`` subclass with
``_fields``, ``_field_defaults``, ``_make``, ``_replace``, ``_asdict``, the same repr and
pickling), its annotations kept as written. One ``__new__`` serves every record: all
fields given by position, it is as fast as the compiled one; names and defaults take a
loop over the fields. Type checkers see ``typing.NamedTuple``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import sys

    try:
        from _collections import _tuplegetter
    except ImportError:  # not CPython
        from operator import itemgetter

        def _tuplegetter(index, doc):
            return property(itemgetter(index), doc=doc)

    _tuple_new = tuple.__new__

    def _new(cls, *args, **kwargs):
        missing = len(cls._fields) - len(args)
        if kwargs or missing:
            if not kwargs and 0 < missing <= len(cls._field_defaults):
                args += tuple(cls._field_defaults.values())[-missing:]  # the last ones
            else:
                args = _arguments(cls, args, kwargs)
        return _tuple_new(cls, args)

    def _arguments(cls, args, kwargs):
        """The fields' values from a call that names some or leaves defaults out."""
        fields, defaults = cls._fields, cls._field_defaults
        if len(args) > len(fields):
            raise TypeError(
                f"{cls.__name__}() takes {len(fields)} arguments but {len(args)} were given"
            )
        for name in fields[: len(args)]:
            if name in kwargs:
                raise TypeError(
                    f"{cls.__name__}() got multiple values for argument {name!r}"
                )
        values = list(args)
        for name in fields[len(args) :]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            else:
                raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
        if kwargs:
            unexpected = next(iter(kwargs))
            raise TypeError(
                f"{cls.__name__}() got an unexpected keyword argument {unexpected!r}"
            )
        return tuple(values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
        return result

    def _replace(self, /, **changes):
        result = self._make(map(changes.pop, self._fields, self))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return result

    def _repr(self):
        values = ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self, strict=True)
        )
        return f"{self.__class__.__name__}({values})"

    def _asdict(self):
        return dict(zip(self._fields, self, strict=True))

    def _getnewargs(self):
        return tuple(self)

    class _RecordType(type):
        def __new__(cls, name, bases, namespace):
            annotations = namespace.get("__annotations__", {})
            fields = tuple(annotations)
            defaults = {
                field: namespace[field] for field in fields if field in namespace
            }
            if list(defaults) != list(fields[len(fields) - len(defaults) :]):
                raise TypeError(f"{name}: a field without a default follows one with")
            body = {key: value for key, value in namespace.items() if key not in fields}
            return type.__new__(
                type,
                name,
                (tuple,),
                {
                    "__doc__": f"{name}({', '.join(fields)})",
                    "__slots__": (),
                    "_fields": fields,
                    "_field_defaults": defaults,
                    "__new__": _new,
                    "_make": _make,
                    "_replace": _replace,
                    "__repr__": _repr,
                    "_asdict": _asdict,
                    "__getnewargs__": _getnewargs,
                    "__match_args__": fields,
                    **{
                        field: _tuplegetter(
                            index, sys.intern(f"Alias for field number {index}")
                        )
                        for index, field in enumerate(fields)
                    },
                    **body,
                },
            )

    # A class statement naming it as a base runs _RecordType.__new__ above.
    NamedTuple = type.__new__(_RecordType, "NamedTuple", (), {})
