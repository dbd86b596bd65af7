"""Round trips: ``Shape.from_dict(d).to_dict() == d`` for every structure of the model.

``d`` is a canonical boto3-style dict (what botocore's parser returns): every member
kind, nesting, empty lists and maps, unicode, large and negative numbers, aware
datetimes with fractions in any zone, optional members absent and present.
"""

from __future__ import annotations

from typing import Any

import lightsail.shapes
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from strategies import dict_values, service_model

EXAMPLES_PER_STRUCTURE = 3


def _structures() -> list[str]:
    model = service_model()
    return sorted(
        name
        for name in model.shape_names
        if model.shape_for(name).type_name == "structure"
        and not model.shape_for(name).metadata.get("exception")
    )


STRUCTURES = _structures()


def test_every_structure_has_a_class() -> None:
    exported = set(lightsail.shapes.__all__)
    assert [name for name in STRUCTURES if name not in exported] == []
    assert len(STRUCTURES) > 400


@pytest.mark.parametrize("structure", STRUCTURES)
@settings(
    max_examples=EXAMPLES_PER_STRUCTURE,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_from_dict_to_dict_round_trip(structure: str, data: st.DataObject) -> None:
    shape_class: Any = getattr(lightsail.shapes, structure)
    value = data.draw(dict_values(service_model().shape_for(structure)), label="dict")
    assert shape_class.from_dict(value).to_dict() == value


def test_round_trip_catches_a_dropped_member(monkeypatch: pytest.MonkeyPatch) -> None:
    image_class = lightsail.shapes.ContainerImage
    original = image_class.to_dict

    def without_digest(self: Any) -> dict[str, Any]:
        data: dict[str, Any] = original(self)
        data.pop("digest", None)
        return data

    monkeypatch.setattr(image_class, "to_dict", without_digest)
    with pytest.raises(AssertionError):
        test_from_dict_to_dict_round_trip(structure="ContainerImage")
