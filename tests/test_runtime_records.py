"""The runtime's ``NamedTuple`` makes the class ``typing.NamedTuple`` makes, minus the
compiling of its string annotations (what it is there to save at a cold start)."""

from __future__ import annotations

import builtins
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
    assert ours.__annotations__ == ours.__new__.__annotations__
    for record in (ours("a", params={"k": 1}), typings("a", params={"k": 1})):
        assert record == ("a", "", {"k": 1}, None)
        assert record.shout == "A"
        assert record.with_target("t").target == "t"
        assert type(record).named("b").name == "b"
        assert record._asdict() == {"name": "a", "target": "", "params": {"k": 1}, "retries": None}
    assert repr(ours("a")) == repr(typings("a"))
    with pytest.raises(TypeError):
        ours()
    with pytest.raises(AttributeError):
        ours("a").name = "b"


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="Late"):

        class Late(records.NamedTuple):
            early: int = 0
            late: int  # type: ignore[misc]


def test_no_annotation_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[object] = []
    real_compile = builtins.compile

    def counting_compile(source: Any, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return real_compile(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting_compile)
    define(records.NamedTuple)
    assert compiled == []
    define(typing.NamedTuple)
    assert compiled  # what the runtime's NamedTuple saves (else this test checks nothing)
