"""Paginators for the Lightsail operations that return results in pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._runtime.pagination import PageIterator

if TYPE_CHECKING:
    from .client import LightsailClient
    from .shapes.app_category import AppCategory
    from .shapes.blueprint import Blueprint
    from .shapes.bundle import Bundle
    from .shapes.cloud_formation_stack_record import CloudFormationStackRecord
    from .shapes.disk import Disk
    from .shapes.disk_snapshot import DiskSnapshot
    from .shapes.domain import Domain
    from .shapes.export_snapshot_record import ExportSnapshotRecord
    from .shapes.get_active_names_result import GetActiveNamesResult
    from .shapes.get_blueprints_result import GetBlueprintsResult
    from .shapes.get_bundles_result import GetBundlesResult
    from .shapes.get_cloud_formation_stack_records_result import (
        GetCloudFormationStackRecordsResult,
    )
    from .shapes.get_disk_snapshots_result import GetDiskSnapshotsResult
    from .shapes.get_disks_result import GetDisksResult
    from .shapes.get_domains_result import GetDomainsResult
    from .shapes.get_export_snapshot_records_result import (
        GetExportSnapshotRecordsResult,
    )
    from .shapes.get_instance_snapshots_result import GetInstanceSnapshotsResult
    from .shapes.get_instances_result import GetInstancesResult
    from .shapes.get_key_pairs_result import GetKeyPairsResult
    from .shapes.get_load_balancers_result import GetLoadBalancersResult
    from .shapes.get_operations_result import GetOperationsResult
    from .shapes.get_relational_database_blueprints_result import (
        GetRelationalDatabaseBlueprintsResult,
    )
    from .shapes.get_relational_database_bundles_result import (
        GetRelationalDatabaseBundlesResult,
    )
    from .shapes.get_relational_database_events_result import (
        GetRelationalDatabaseEventsResult,
    )
    from .shapes.get_relational_database_parameters_result import (
        GetRelationalDatabaseParametersResult,
    )
    from .shapes.get_relational_database_snapshots_result import (
        GetRelationalDatabaseSnapshotsResult,
    )
    from .shapes.get_relational_databases_result import GetRelationalDatabasesResult
    from .shapes.get_static_ips_result import GetStaticIpsResult
    from .shapes.instance import Instance
    from .shapes.instance_snapshot import InstanceSnapshot
    from .shapes.key_pair import KeyPair
    from .shapes.load_balancer import LoadBalancer
    from .shapes.operation import Operation
    from .shapes.relational_database import RelationalDatabase
    from .shapes.relational_database_blueprint import RelationalDatabaseBlueprint
    from .shapes.relational_database_bundle import RelationalDatabaseBundle
    from .shapes.relational_database_event import RelationalDatabaseEvent
    from .shapes.relational_database_parameter import RelationalDatabaseParameter
    from .shapes.relational_database_snapshot import RelationalDatabaseSnapshot
    from .shapes.static_ip import StaticIp


class GetActiveNamesPaginator:
    """Pages of `get_active_names` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetActiveNamesResult, str]:
        """Iterate pages (or ``.items()``) of `get_active_names`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetActiveNamesResult:
            return self._client.get_active_names(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.active_names,
            starting_token,
        )


class GetBlueprintsPaginator:
    """Pages of `get_blueprints` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self,
        *,
        include_inactive: bool | None = None,
        app_category: AppCategory | str | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetBlueprintsResult, Blueprint]:
        """Iterate pages (or ``.items()``) of `get_blueprints`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetBlueprintsResult:
            return self._client.get_blueprints(
                include_inactive=include_inactive,
                page_token=token,
                app_category=app_category,
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.blueprints,
            starting_token,
        )


class GetBundlesPaginator:
    """Pages of `get_bundles` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self,
        *,
        include_inactive: bool | None = None,
        app_category: AppCategory | str | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetBundlesResult, Bundle]:
        """Iterate pages (or ``.items()``) of `get_bundles`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetBundlesResult:
            return self._client.get_bundles(
                include_inactive=include_inactive,
                page_token=token,
                app_category=app_category,
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.bundles,
            starting_token,
        )


class GetCloudFormationStackRecordsPaginator:
    """Pages of `get_cloud_formation_stack_records` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetCloudFormationStackRecordsResult, CloudFormationStackRecord]:
        """Iterate pages (or ``.items()``) of `get_cloud_formation_stack_records`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetCloudFormationStackRecordsResult:
            return self._client.get_cloud_formation_stack_records(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.cloud_formation_stack_records,
            starting_token,
        )


class GetDiskSnapshotsPaginator:
    """Pages of `get_disk_snapshots` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetDiskSnapshotsResult, DiskSnapshot]:
        """Iterate pages (or ``.items()``) of `get_disk_snapshots`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetDiskSnapshotsResult:
            return self._client.get_disk_snapshots(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.disk_snapshots,
            starting_token,
        )


class GetDisksPaginator:
    """Pages of `get_disks` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetDisksResult, Disk]:
        """Iterate pages (or ``.items()``) of `get_disks`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetDisksResult:
            return self._client.get_disks(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.disks,
            starting_token,
        )


class GetDomainsPaginator:
    """Pages of `get_domains` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetDomainsResult, Domain]:
        """Iterate pages (or ``.items()``) of `get_domains`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetDomainsResult:
            return self._client.get_domains(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.domains,
            starting_token,
        )


class GetExportSnapshotRecordsPaginator:
    """Pages of `get_export_snapshot_records` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetExportSnapshotRecordsResult, ExportSnapshotRecord]:
        """Iterate pages (or ``.items()``) of `get_export_snapshot_records`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetExportSnapshotRecordsResult:
            return self._client.get_export_snapshot_records(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.export_snapshot_records,
            starting_token,
        )


class GetInstanceSnapshotsPaginator:
    """Pages of `get_instance_snapshots` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetInstanceSnapshotsResult, InstanceSnapshot]:
        """Iterate pages (or ``.items()``) of `get_instance_snapshots`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetInstanceSnapshotsResult:
            return self._client.get_instance_snapshots(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.instance_snapshots,
            starting_token,
        )


class GetInstancesPaginator:
    """Pages of `get_instances` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self,
        *,
        include_health_status: bool | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetInstancesResult, Instance]:
        """Iterate pages (or ``.items()``) of `get_instances`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetInstancesResult:
            return self._client.get_instances(
                page_token=token, include_health_status=include_health_status
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.instances,
            starting_token,
        )


class GetKeyPairsPaginator:
    """Pages of `get_key_pairs` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self,
        *,
        include_default_key_pair: bool | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetKeyPairsResult, KeyPair]:
        """Iterate pages (or ``.items()``) of `get_key_pairs`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetKeyPairsResult:
            return self._client.get_key_pairs(
                page_token=token, include_default_key_pair=include_default_key_pair
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.key_pairs,
            starting_token,
        )


class GetLoadBalancersPaginator:
    """Pages of `get_load_balancers` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetLoadBalancersResult, LoadBalancer]:
        """Iterate pages (or ``.items()``) of `get_load_balancers`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetLoadBalancersResult:
            return self._client.get_load_balancers(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.load_balancers,
            starting_token,
        )


class GetOperationsPaginator:
    """Pages of `get_operations` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetOperationsResult, Operation]:
        """Iterate pages (or ``.items()``) of `get_operations`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetOperationsResult:
            return self._client.get_operations(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.operations,
            starting_token,
        )


class GetRelationalDatabaseBlueprintsPaginator:
    """Pages of `get_relational_database_blueprints` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[
        GetRelationalDatabaseBlueprintsResult, RelationalDatabaseBlueprint
    ]:
        """Iterate pages (or ``.items()``) of `get_relational_database_blueprints`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetRelationalDatabaseBlueprintsResult:
            return self._client.get_relational_database_blueprints(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.blueprints,
            starting_token,
        )


class GetRelationalDatabaseBundlesPaginator:
    """Pages of `get_relational_database_bundles` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, include_inactive: bool | None = None, starting_token: str | None = None
    ) -> PageIterator[GetRelationalDatabaseBundlesResult, RelationalDatabaseBundle]:
        """Iterate pages (or ``.items()``) of `get_relational_database_bundles`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetRelationalDatabaseBundlesResult:
            return self._client.get_relational_database_bundles(
                page_token=token, include_inactive=include_inactive
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.bundles,
            starting_token,
        )


class GetRelationalDatabaseEventsPaginator:
    """Pages of `get_relational_database_events` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self,
        *,
        relational_database_name: str,
        duration_in_minutes: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetRelationalDatabaseEventsResult, RelationalDatabaseEvent]:
        """Iterate pages (or ``.items()``) of `get_relational_database_events`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetRelationalDatabaseEventsResult:
            return self._client.get_relational_database_events(
                relational_database_name=relational_database_name,
                duration_in_minutes=duration_in_minutes,
                page_token=token,
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.relational_database_events,
            starting_token,
        )


class GetRelationalDatabaseParametersPaginator:
    """Pages of `get_relational_database_parameters` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, relational_database_name: str, starting_token: str | None = None
    ) -> PageIterator[
        GetRelationalDatabaseParametersResult, RelationalDatabaseParameter
    ]:
        """Iterate pages (or ``.items()``) of `get_relational_database_parameters`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetRelationalDatabaseParametersResult:
            return self._client.get_relational_database_parameters(
                relational_database_name=relational_database_name, page_token=token
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.parameters,
            starting_token,
        )


class GetRelationalDatabaseSnapshotsPaginator:
    """Pages of `get_relational_database_snapshots` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetRelationalDatabaseSnapshotsResult, RelationalDatabaseSnapshot]:
        """Iterate pages (or ``.items()``) of `get_relational_database_snapshots`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetRelationalDatabaseSnapshotsResult:
            return self._client.get_relational_database_snapshots(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.relational_database_snapshots,
            starting_token,
        )


class GetRelationalDatabasesPaginator:
    """Pages of `get_relational_databases` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetRelationalDatabasesResult, RelationalDatabase]:
        """Iterate pages (or ``.items()``) of `get_relational_databases`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetRelationalDatabasesResult:
            return self._client.get_relational_databases(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.relational_databases,
            starting_token,
        )


class GetStaticIpsPaginator:
    """Pages of `get_static_ips` results, following ``next_page_token``."""

    def __init__(self, client: LightsailClient) -> None:
        self._client = client

    def paginate(
        self, *, starting_token: str | None = None
    ) -> PageIterator[GetStaticIpsResult, StaticIp]:
        """Iterate pages (or ``.items()``) of `get_static_ips`, from ``starting_token`` on."""

        def fetch(token: str | None) -> GetStaticIpsResult:
            return self._client.get_static_ips(page_token=token)

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.static_ips,
            starting_token,
        )


PAGINATORS: dict[str, Callable[[LightsailClient], object]] = {
    "get_active_names": GetActiveNamesPaginator,
    "get_blueprints": GetBlueprintsPaginator,
    "get_bundles": GetBundlesPaginator,
    "get_cloud_formation_stack_records": GetCloudFormationStackRecordsPaginator,
    "get_disk_snapshots": GetDiskSnapshotsPaginator,
    "get_disks": GetDisksPaginator,
    "get_domains": GetDomainsPaginator,
    "get_export_snapshot_records": GetExportSnapshotRecordsPaginator,
    "get_instance_snapshots": GetInstanceSnapshotsPaginator,
    "get_instances": GetInstancesPaginator,
    "get_key_pairs": GetKeyPairsPaginator,
    "get_load_balancers": GetLoadBalancersPaginator,
    "get_operations": GetOperationsPaginator,
    "get_relational_database_blueprints": GetRelationalDatabaseBlueprintsPaginator,
    "get_relational_database_bundles": GetRelationalDatabaseBundlesPaginator,
    "get_relational_database_events": GetRelationalDatabaseEventsPaginator,
    "get_relational_database_parameters": GetRelationalDatabaseParametersPaginator,
    "get_relational_database_snapshots": GetRelationalDatabaseSnapshotsPaginator,
    "get_relational_databases": GetRelationalDatabasesPaginator,
    "get_static_ips": GetStaticIpsPaginator,
}
