"""CopySnapshotRequest: The arguments of the ``CopySnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .region_name import RegionName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CopySnapshotRequest(Shape):
    """The arguments of the ``CopySnapshot`` operation."""

    target_snapshot_name: str
    """The name of the new manual snapshot to be created as a copy."""

    source_region: RegionName | str
    """The Amazon Web Services Region where the source manual or automatic
    snapshot is located.
    """

    source_snapshot_name: str | None = None
    """The name of the source manual snapshot to copy.

    Constraint:

    - Define this parameter only when copying a manual snapshot as another
      manual snapshot.
    """

    source_resource_name: str | None = None
    """The name of the source instance or disk from which the source automatic
    snapshot was created.

    Constraint:

    - Define this parameter only when copying an automatic snapshot as a
      manual snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots).
    """

    restore_date: str | None = None
    """The date of the source automatic snapshot to copy. Use the
    ``get auto snapshots`` operation to identify the dates of the available
    automatic snapshots.

    Constraints:

    - Must be specified in ``YYYY-MM-DD`` format.
    - This parameter cannot be defined together with the
      ``use latest restorable auto snapshot`` parameter. The
      ``restore date`` and ``use latest restorable auto snapshot``
      parameters are mutually exclusive.
    - Define this parameter only when copying an automatic snapshot as a
      manual snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots).
    """

    use_latest_restorable_auto_snapshot: bool | None = None
    """A Boolean value to indicate whether to use the latest available
    automatic snapshot of the specified source instance or disk.

    Constraints:

    - This parameter cannot be defined together with the ``restore date``
      parameter. The ``use latest restorable auto snapshot`` and
      ``restore date`` parameters are mutually exclusive.
    - Define this parameter only when copying an automatic snapshot as a
      manual snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "target_snapshot_name": Rule("targetSnapshotName", "string", required=True),
        "source_region": Rule("sourceRegion", "string", required=True),
        "source_snapshot_name": Rule("sourceSnapshotName", "string"),
        "source_resource_name": Rule("sourceResourceName", "string"),
        "restore_date": Rule("restoreDate", "string"),
        "use_latest_restorable_auto_snapshot": Rule(
            "useLatestRestorableAutoSnapshot", "boolean"
        ),
    }

    def __init__(
        self,
        *,
        target_snapshot_name: str,
        source_region: RegionName | str,
        source_snapshot_name: str | None = None,
        source_resource_name: str | None = None,
        restore_date: str | None = None,
        use_latest_restorable_auto_snapshot: bool | None = None,
    ) -> None:
        self.target_snapshot_name = target_snapshot_name
        self.source_region = source_region
        self.source_snapshot_name = source_snapshot_name
        self.source_resource_name = source_resource_name
        self.restore_date = restore_date
        self.use_latest_restorable_auto_snapshot = use_latest_restorable_auto_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CopySnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("targetSnapshotName")) is not None:
            kwargs["target_snapshot_name"] = value
        if (value := data.get("sourceRegion")) is not None:
            kwargs["source_region"] = open_enum(RegionName, value)
        if (value := data.get("sourceSnapshotName")) is not None:
            kwargs["source_snapshot_name"] = value
        if (value := data.get("sourceResourceName")) is not None:
            kwargs["source_resource_name"] = value
        if (value := data.get("restoreDate")) is not None:
            kwargs["restore_date"] = value
        if (value := data.get("useLatestRestorableAutoSnapshot")) is not None:
            kwargs["use_latest_restorable_auto_snapshot"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "targetSnapshotName": self.target_snapshot_name,
            "sourceRegion": self.source_region,
        }
        if self.source_snapshot_name is not None:
            data["sourceSnapshotName"] = self.source_snapshot_name
        if self.source_resource_name is not None:
            data["sourceResourceName"] = self.source_resource_name
        if self.restore_date is not None:
            data["restoreDate"] = self.restore_date
        if self.use_latest_restorable_auto_snapshot is not None:
            data["useLatestRestorableAutoSnapshot"] = (
                self.use_latest_restorable_auto_snapshot
            )
        return data

    to_wire = to_dict
