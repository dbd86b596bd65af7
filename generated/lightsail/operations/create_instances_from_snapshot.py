"""CreateInstancesFromSnapshot: Creates one or more new instances from a manual or automatic snapshot of an instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateInstancesFromSnapshot",
    target="Lightsail_20161128.CreateInstancesFromSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceNames": "instance_names",
    "availabilityZone": "availability_zone",
    "bundleId": "bundle_id",
    "attachedDiskMapping": "attached_disk_mapping",
    "instanceSnapshotName": "instance_snapshot_name",
    "userData": "user_data",
    "keyPairName": "key_pair_name",
    "addOns": "add_ons",
    "ipAddressType": "ip_address_type",
    "sourceInstanceName": "source_instance_name",
    "restoreDate": "restore_date",
    "useLatestRestorableAutoSnapshot": "use_latest_restorable_auto_snapshot",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
