"""RelationalDatabaseParameter: Describes the parameters of a database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseParameter(Shape):
    """Describes the parameters of a database."""

    allowed_values: str | None = None
    """Specifies the valid range of values for the parameter."""

    apply_method: str | None = None
    """Indicates when parameter updates are applied.

    Can be ``immediate`` or ``pending-reboot``.
    """

    apply_type: str | None = None
    """Specifies the engine-specific parameter type."""

    data_type: str | None = None
    """Specifies the valid data type for the parameter."""

    description: str | None = None
    """Provides a description of the parameter."""

    is_modifiable: bool | None = None
    """A Boolean value indicating whether the parameter can be modified."""

    parameter_name: str | None = None
    """Specifies the name of the parameter."""

    parameter_value: str | None = None
    """Specifies the value of the parameter."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "allowed_values": Rule("allowedValues", "string"),
        "apply_method": Rule("applyMethod", "string"),
        "apply_type": Rule("applyType", "string"),
        "data_type": Rule("dataType", "string"),
        "description": Rule("description", "string"),
        "is_modifiable": Rule("isModifiable", "boolean"),
        "parameter_name": Rule("parameterName", "string"),
        "parameter_value": Rule("parameterValue", "string"),
    }

    def __init__(
        self,
        *,
        allowed_values: str | None = None,
        apply_method: str | None = None,
        apply_type: str | None = None,
        data_type: str | None = None,
        description: str | None = None,
        is_modifiable: bool | None = None,
        parameter_name: str | None = None,
        parameter_value: str | None = None,
    ) -> None:
        self.allowed_values = allowed_values
        self.apply_method = apply_method
        self.apply_type = apply_type
        self.data_type = data_type
        self.description = description
        self.is_modifiable = is_modifiable
        self.parameter_name = parameter_name
        self.parameter_value = parameter_value

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseParameter:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("allowedValues")) is not None:
            kwargs["allowed_values"] = value
        if (value := data.get("applyMethod")) is not None:
            kwargs["apply_method"] = value
        if (value := data.get("applyType")) is not None:
            kwargs["apply_type"] = value
        if (value := data.get("dataType")) is not None:
            kwargs["data_type"] = value
        if (value := data.get("description")) is not None:
            kwargs["description"] = value
        if (value := data.get("isModifiable")) is not None:
            kwargs["is_modifiable"] = value
        if (value := data.get("parameterName")) is not None:
            kwargs["parameter_name"] = value
        if (value := data.get("parameterValue")) is not None:
            kwargs["parameter_value"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.allowed_values is not None:
            data["allowedValues"] = self.allowed_values
        if self.apply_method is not None:
            data["applyMethod"] = self.apply_method
        if self.apply_type is not None:
            data["applyType"] = self.apply_type
        if self.data_type is not None:
            data["dataType"] = self.data_type
        if self.description is not None:
            data["description"] = self.description
        if self.is_modifiable is not None:
            data["isModifiable"] = self.is_modifiable
        if self.parameter_name is not None:
            data["parameterName"] = self.parameter_name
        if self.parameter_value is not None:
            data["parameterValue"] = self.parameter_value
        return data

    from_wire = from_dict
    to_wire = to_dict


RelationalDatabaseParameterDict = TypedDict(
    "RelationalDatabaseParameterDict",
    {
        "allowedValues": "str",
        "applyMethod": "str",
        "applyType": "str",
        "dataType": "str",
        "description": "str",
        "isModifiable": "bool",
        "parameterName": "str",
        "parameterValue": "str",
    },
    total=False,
)
"""The dict client methods accept for `RelationalDatabaseParameter`, keys as in the model."""
