"""The runtime's ``NamedTuple`` makes the class ``typing.NamedTuple`` makes, minus the
compiling of its string annotations and of a ``__new__`` per class (what it is there to
save at a cold start)."""

from __future__ import annotations

import builtins
import copy
import typing
from typing import Any

import pytest

from generator.runtime import records


def define(base: Any) -> Any:
    class Spec(base):  # type: ignore[misc]
        """A record with every kind of member."""

        name: str
        target: str = ""
        params: typing.Mapping[str, Any] = {}  # as in the runtime's records
        retries: int | None = None

        @property
        def shout(self) -> str:
            return self.name.upper()

        def with_target(self, target: str) -> Spec:
            return self._replace(target=target)  # type: ignore[no-any-return]

        @classmethod
        def named(cls, name: str) -> Spec:
            return cls(name)

    return Spec


def test_the_same_class_as_typing_makes() -> None:
    ours, typings = define(records.NamedTuple), define(typing.NamedTuple)
    for attribute in ("_fields", "_field_defaults", "__doc__", "__module__", "__qualname__"):
        assert getattr(ours, attribute) == getattr(typings, attribute), attribute
    assert ours.__bases__ == typings.__bases__ == (tuple,)
    assert ours.__slots__ == ()
    assert set(ours.__annotations__) == set(typings.__annotations__)
    for record in (ours("a", params={"k": 1}), typings("a", params={"k": 1})):
        assert record == ("a", "", {"k": 1}, None)
        assert record.shout == "A"
        assert record.with_target("t").target == "t"
        assert type(record).named("b").name == "b"
        assert record._asdict() == {"name": "a", "target": "", "params": {"k": 1}, "retries": None}
    assert repr(ours("a")) == repr(typings("a"))
    assert ours("a", "t", {}, 3) == ours(name="a", target="t", params={}, retries=3)
    assert ours("a", retries=3) == ("a", "", {}, 3)
    assert copy.copy(ours("a", "t")) == ours("a", "t")
    with pytest.raises(AttributeError):
        ours("a").name = "b"


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="Late"):

        class Late(records.NamedTuple):
            early: int = 0
            late: int  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing required argument: 'name'"),
        (("a", "t", {}, 3, 4), {}, "takes 4 arguments but 5 were given"),
        (("a",), {"name": "b"}, "multiple values for argument 'name'"),
        (("a",), {"colour": "red"}, "unexpected keyword argument 'colour'"),
    ],
)
def test_bad_arguments_are_a_type_error_as_with_typing(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    ours, typings = define(records.NamedTuple), define(typing.NamedTuple)
    with pytest.raises(TypeError):
        typings(*args, **kwargs)
    with pytest.raises(TypeError, match=message):
        ours(*args, **kwargs)


def test_nothing_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[object] = []

    def counting(real: Any) -> Any:
        def count(source: Any, *args: Any, **kwargs: Any) -> Any:
            compiled.append(source)
            return real(source, *args, **kwargs)

        return count

    for name in ("compile", "eval", "exec"):
        monkeypatch.setattr(builtins, name, counting(getattr(builtins, name)))
    define(records.NamedTuple)("a")._replace(target="t")
    assert compiled == []
    define(typing.NamedTuple)
    assert compiled  # what the runtime's NamedTuple saves (else this test checks nothing)
