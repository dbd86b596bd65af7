"""Paginators for the Lightsail operations that return results in pages."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._runtime.pagination import PageIterator, PaginationConfig, PaginatorSpec

if TYPE_CHECKING:
    from ._runtime.client import Engine
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
    """The paginator of `get_active_names`, as boto3's ``get_paginator("get_active_names")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("activeNames",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetActiveNamesResult, str]:
        """Pages of ``get_active_names`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetActiveNamesResult`` per page; ``.items()``
        yields each ``str`` of ``activeNames``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``activeNames`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``activeNames`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_active_names import OPERATION
        from .shapes.get_active_names_request import GetActiveNamesRequest
        from .shapes.get_active_names_result import GetActiveNamesResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetActiveNamesRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetActiveNamesResult.from_wire(body).to_dict()

        request = GetActiveNamesRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetActiveNamesResult.from_dict,
            lambda page: page.active_names,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetBlueprintsPaginator:
    """The paginator of `get_blueprints`, as boto3's ``get_paginator("get_blueprints")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("blueprints",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        include_inactive: bool | None = None,
        app_category: AppCategory | str | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetBlueprintsResult, Blueprint]:
        """Pages of ``get_blueprints`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetBlueprintsResult`` per page; ``.items()`` yields
        each ``Blueprint`` of ``blueprints``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``blueprints`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) blueprints in the response of your request.
            app_category: Returns a list of blueprints that are specific to Lightsail
                for Research.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``blueprints`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_blueprints import OPERATION
        from .shapes.get_blueprints_request import GetBlueprintsRequest
        from .shapes.get_blueprints_result import GetBlueprintsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetBlueprintsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetBlueprintsResult.from_wire(body).to_dict()

        request = GetBlueprintsRequest(
            include_inactive=include_inactive, app_category=app_category
        )
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetBlueprintsResult.from_dict,
            lambda page: page.blueprints,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetBundlesPaginator:
    """The paginator of `get_bundles`, as boto3's ``get_paginator("get_bundles")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("bundles",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        include_inactive: bool | None = None,
        app_category: AppCategory | str | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetBundlesResult, Bundle]:
        """Pages of ``get_bundles`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetBundlesResult`` per page; ``.items()`` yields
        each ``Bundle`` of ``bundles``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns (``bundles`` collected from
        every page), and ``search(expression)`` yields what a JMESPath
        expression finds in each. Each pass calls the service anew.

        Args:
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) bundles in the response of your request.
            app_category: Returns a list of bundles that are specific to Lightsail for
                Research.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``bundles`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_bundles import OPERATION
        from .shapes.get_bundles_request import GetBundlesRequest
        from .shapes.get_bundles_result import GetBundlesResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetBundlesRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetBundlesResult.from_wire(body).to_dict()

        request = GetBundlesRequest(
            include_inactive=include_inactive, app_category=app_category
        )
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetBundlesResult.from_dict,
            lambda page: page.bundles,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetCloudFormationStackRecordsPaginator:
    """The paginator of `get_cloud_formation_stack_records`, as boto3's ``get_paginator("get_cloud_formation_stack_records")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("cloudFormationStackRecords",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetCloudFormationStackRecordsResult, CloudFormationStackRecord]:
        """Pages of ``get_cloud_formation_stack_records`` results, fetched as they
        are iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetCloudFormationStackRecordsResult`` per page;
        ``.items()`` yields each ``CloudFormationStackRecord`` of
        ``cloudFormationStackRecords``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns
        (``cloudFormationStackRecords`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``cloudFormationStackRecords`` in
                all; ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_cloud_formation_stack_records import OPERATION
        from .shapes.get_cloud_formation_stack_records_request import (
            GetCloudFormationStackRecordsRequest,
        )
        from .shapes.get_cloud_formation_stack_records_result import (
            GetCloudFormationStackRecordsResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetCloudFormationStackRecordsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetCloudFormationStackRecordsResult.from_wire(body).to_dict()

        request = GetCloudFormationStackRecordsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetCloudFormationStackRecordsResult.from_dict,
            lambda page: page.cloud_formation_stack_records,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetDiskSnapshotsPaginator:
    """The paginator of `get_disk_snapshots`, as boto3's ``get_paginator("get_disk_snapshots")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("diskSnapshots",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetDiskSnapshotsResult, DiskSnapshot]:
        """Pages of ``get_disk_snapshots`` results, fetched as they are iterated,
        as boto3's paginator fetches them.

        Iterating yields a ``GetDiskSnapshotsResult`` per page; ``.items()``
        yields each ``DiskSnapshot`` of ``diskSnapshots``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``diskSnapshots`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``diskSnapshots`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_disk_snapshots import OPERATION
        from .shapes.get_disk_snapshots_request import GetDiskSnapshotsRequest
        from .shapes.get_disk_snapshots_result import GetDiskSnapshotsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetDiskSnapshotsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetDiskSnapshotsResult.from_wire(body).to_dict()

        request = GetDiskSnapshotsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetDiskSnapshotsResult.from_dict,
            lambda page: page.disk_snapshots,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetDisksPaginator:
    """The paginator of `get_disks`, as boto3's ``get_paginator("get_disks")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("disks",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetDisksResult, Disk]:
        """Pages of ``get_disks`` results, fetched as they are iterated, as boto3's
        paginator fetches them.

        Iterating yields a ``GetDisksResult`` per page; ``.items()`` yields each
        ``Disk`` of ``disks``, page after page. ``build_full_result()`` merges
        the pages into the dict boto3 returns (``disks`` collected from every
        page), and ``search(expression)`` yields what a JMESPath expression
        finds in each. Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``disks`` in all; ``resume_token``
                then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_disks import OPERATION
        from .shapes.get_disks_request import GetDisksRequest
        from .shapes.get_disks_result import GetDisksResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetDisksRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetDisksResult.from_wire(body).to_dict()

        request = GetDisksRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetDisksResult.from_dict,
            lambda page: page.disks,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetDomainsPaginator:
    """The paginator of `get_domains`, as boto3's ``get_paginator("get_domains")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("domains",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetDomainsResult, Domain]:
        """Pages of ``get_domains`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetDomainsResult`` per page; ``.items()`` yields
        each ``Domain`` of ``domains``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns (``domains`` collected from
        every page), and ``search(expression)`` yields what a JMESPath
        expression finds in each. Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``domains`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_domains import OPERATION
        from .shapes.get_domains_request import GetDomainsRequest
        from .shapes.get_domains_result import GetDomainsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetDomainsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetDomainsResult.from_wire(body).to_dict()

        request = GetDomainsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetDomainsResult.from_dict,
            lambda page: page.domains,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetExportSnapshotRecordsPaginator:
    """The paginator of `get_export_snapshot_records`, as boto3's ``get_paginator("get_export_snapshot_records")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("exportSnapshotRecords",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetExportSnapshotRecordsResult, ExportSnapshotRecord]:
        """Pages of ``get_export_snapshot_records`` results, fetched as they are
        iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetExportSnapshotRecordsResult`` per page;
        ``.items()`` yields each ``ExportSnapshotRecord`` of
        ``exportSnapshotRecords``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns (``exportSnapshotRecords``
        collected from every page), and ``search(expression)`` yields what a
        JMESPath expression finds in each. Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``exportSnapshotRecords`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_export_snapshot_records import OPERATION
        from .shapes.get_export_snapshot_records_request import (
            GetExportSnapshotRecordsRequest,
        )
        from .shapes.get_export_snapshot_records_result import (
            GetExportSnapshotRecordsResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetExportSnapshotRecordsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetExportSnapshotRecordsResult.from_wire(body).to_dict()

        request = GetExportSnapshotRecordsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetExportSnapshotRecordsResult.from_dict,
            lambda page: page.export_snapshot_records,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetInstanceSnapshotsPaginator:
    """The paginator of `get_instance_snapshots`, as boto3's ``get_paginator("get_instance_snapshots")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("instanceSnapshots",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetInstanceSnapshotsResult, InstanceSnapshot]:
        """Pages of ``get_instance_snapshots`` results, fetched as they are
        iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetInstanceSnapshotsResult`` per page; ``.items()``
        yields each ``InstanceSnapshot`` of ``instanceSnapshots``, page after
        page. ``build_full_result()`` merges the pages into the dict boto3
        returns (``instanceSnapshots`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``instanceSnapshots`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_instance_snapshots import OPERATION
        from .shapes.get_instance_snapshots_request import GetInstanceSnapshotsRequest
        from .shapes.get_instance_snapshots_result import GetInstanceSnapshotsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetInstanceSnapshotsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetInstanceSnapshotsResult.from_wire(body).to_dict()

        request = GetInstanceSnapshotsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetInstanceSnapshotsResult.from_dict,
            lambda page: page.instance_snapshots,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetInstancesPaginator:
    """The paginator of `get_instances`, as boto3's ``get_paginator("get_instances")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("instances",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        include_health_status: bool | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetInstancesResult, Instance]:
        """Pages of ``get_instances`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetInstancesResult`` per page; ``.items()`` yields
        each ``Instance`` of ``instances``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``instances`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            include_health_status: Specifies whether to include the instance health
                status checks of each instance in the response of your request.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``instances`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_instances import OPERATION
        from .shapes.get_instances_request import GetInstancesRequest
        from .shapes.get_instances_result import GetInstancesResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetInstancesRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetInstancesResult.from_wire(body).to_dict()

        request = GetInstancesRequest(include_health_status=include_health_status)
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetInstancesResult.from_dict,
            lambda page: page.instances,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetKeyPairsPaginator:
    """The paginator of `get_key_pairs`, as boto3's ``get_paginator("get_key_pairs")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("keyPairs",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        include_default_key_pair: bool | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetKeyPairsResult, KeyPair]:
        """Pages of ``get_key_pairs`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetKeyPairsResult`` per page; ``.items()`` yields
        each ``KeyPair`` of ``keyPairs``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``keyPairs`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            include_default_key_pair: A Boolean value that indicates whether to include
                the default key pair in the response of your request.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``keyPairs`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_key_pairs import OPERATION
        from .shapes.get_key_pairs_request import GetKeyPairsRequest
        from .shapes.get_key_pairs_result import GetKeyPairsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetKeyPairsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetKeyPairsResult.from_wire(body).to_dict()

        request = GetKeyPairsRequest(include_default_key_pair=include_default_key_pair)
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetKeyPairsResult.from_dict,
            lambda page: page.key_pairs,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetLoadBalancersPaginator:
    """The paginator of `get_load_balancers`, as boto3's ``get_paginator("get_load_balancers")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("loadBalancers",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetLoadBalancersResult, LoadBalancer]:
        """Pages of ``get_load_balancers`` results, fetched as they are iterated,
        as boto3's paginator fetches them.

        Iterating yields a ``GetLoadBalancersResult`` per page; ``.items()``
        yields each ``LoadBalancer`` of ``loadBalancers``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``loadBalancers`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``loadBalancers`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_load_balancers import OPERATION
        from .shapes.get_load_balancers_request import GetLoadBalancersRequest
        from .shapes.get_load_balancers_result import GetLoadBalancersResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetLoadBalancersRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetLoadBalancersResult.from_wire(body).to_dict()

        request = GetLoadBalancersRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetLoadBalancersResult.from_dict,
            lambda page: page.load_balancers,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetOperationsPaginator:
    """The paginator of `get_operations`, as boto3's ``get_paginator("get_operations")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("operations",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetOperationsResult, Operation]:
        """Pages of ``get_operations`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetOperationsResult`` per page; ``.items()`` yields
        each ``Operation`` of ``operations``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``operations`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``operations`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_operations import OPERATION
        from .shapes.get_operations_request import GetOperationsRequest
        from .shapes.get_operations_result import GetOperationsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetOperationsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetOperationsResult.from_wire(body).to_dict()

        request = GetOperationsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetOperationsResult.from_dict,
            lambda page: page.operations,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetRelationalDatabaseBlueprintsPaginator:
    """The paginator of `get_relational_database_blueprints`, as boto3's ``get_paginator("get_relational_database_blueprints")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("blueprints",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[
        GetRelationalDatabaseBlueprintsResult, RelationalDatabaseBlueprint
    ]:
        """Pages of ``get_relational_database_blueprints`` results, fetched as they
        are iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetRelationalDatabaseBlueprintsResult`` per page;
        ``.items()`` yields each ``RelationalDatabaseBlueprint`` of
        ``blueprints``, page after page. ``build_full_result()`` merges the
        pages into the dict boto3 returns (``blueprints`` collected from every
        page), and ``search(expression)`` yields what a JMESPath expression
        finds in each. Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``blueprints`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_relational_database_blueprints import OPERATION
        from .shapes.get_relational_database_blueprints_request import (
            GetRelationalDatabaseBlueprintsRequest,
        )
        from .shapes.get_relational_database_blueprints_result import (
            GetRelationalDatabaseBlueprintsResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetRelationalDatabaseBlueprintsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetRelationalDatabaseBlueprintsResult.from_wire(body).to_dict()

        request = GetRelationalDatabaseBlueprintsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetRelationalDatabaseBlueprintsResult.from_dict,
            lambda page: page.blueprints,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetRelationalDatabaseBundlesPaginator:
    """The paginator of `get_relational_database_bundles`, as boto3's ``get_paginator("get_relational_database_bundles")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("bundles",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        include_inactive: bool | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetRelationalDatabaseBundlesResult, RelationalDatabaseBundle]:
        """Pages of ``get_relational_database_bundles`` results, fetched as they
        are iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetRelationalDatabaseBundlesResult`` per page;
        ``.items()`` yields each ``RelationalDatabaseBundle`` of ``bundles``,
        page after page. ``build_full_result()`` merges the pages into the dict
        boto3 returns (``bundles`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) bundles in the response of your request.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``bundles`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_relational_database_bundles import OPERATION
        from .shapes.get_relational_database_bundles_request import (
            GetRelationalDatabaseBundlesRequest,
        )
        from .shapes.get_relational_database_bundles_result import (
            GetRelationalDatabaseBundlesResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetRelationalDatabaseBundlesRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetRelationalDatabaseBundlesResult.from_wire(body).to_dict()

        request = GetRelationalDatabaseBundlesRequest(include_inactive=include_inactive)
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetRelationalDatabaseBundlesResult.from_dict,
            lambda page: page.bundles,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetRelationalDatabaseEventsPaginator:
    """The paginator of `get_relational_database_events`, as boto3's ``get_paginator("get_relational_database_events")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("relationalDatabaseEvents",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        relational_database_name: str,
        duration_in_minutes: int | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetRelationalDatabaseEventsResult, RelationalDatabaseEvent]:
        """Pages of ``get_relational_database_events`` results, fetched as they are
        iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetRelationalDatabaseEventsResult`` per page;
        ``.items()`` yields each ``RelationalDatabaseEvent`` of
        ``relationalDatabaseEvents``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns
        (``relationalDatabaseEvents`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            relational_database_name: Required. The name of the database from which to
                get events.
            duration_in_minutes: The number of minutes in the past from which to
                retrieve events.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``relationalDatabaseEvents`` in
                all; ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_relational_database_events import OPERATION
        from .shapes.get_relational_database_events_request import (
            GetRelationalDatabaseEventsRequest,
        )
        from .shapes.get_relational_database_events_result import (
            GetRelationalDatabaseEventsResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetRelationalDatabaseEventsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetRelationalDatabaseEventsResult.from_wire(body).to_dict()

        request = GetRelationalDatabaseEventsRequest(
            relational_database_name=relational_database_name,
            duration_in_minutes=duration_in_minutes,
        )
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetRelationalDatabaseEventsResult.from_dict,
            lambda page: page.relational_database_events,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetRelationalDatabaseParametersPaginator:
    """The paginator of `get_relational_database_parameters`, as boto3's ``get_paginator("get_relational_database_parameters")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("parameters",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        relational_database_name: str,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[
        GetRelationalDatabaseParametersResult, RelationalDatabaseParameter
    ]:
        """Pages of ``get_relational_database_parameters`` results, fetched as they
        are iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetRelationalDatabaseParametersResult`` per page;
        ``.items()`` yields each ``RelationalDatabaseParameter`` of
        ``parameters``, page after page. ``build_full_result()`` merges the
        pages into the dict boto3 returns (``parameters`` collected from every
        page), and ``search(expression)`` yields what a JMESPath expression
        finds in each. Each pass calls the service anew.

        Args:
            relational_database_name: Required. The name of your database for which to
                get parameters.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``parameters`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_relational_database_parameters import OPERATION
        from .shapes.get_relational_database_parameters_request import (
            GetRelationalDatabaseParametersRequest,
        )
        from .shapes.get_relational_database_parameters_result import (
            GetRelationalDatabaseParametersResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetRelationalDatabaseParametersRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetRelationalDatabaseParametersResult.from_wire(body).to_dict()

        request = GetRelationalDatabaseParametersRequest(
            relational_database_name=relational_database_name
        )
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetRelationalDatabaseParametersResult.from_dict,
            lambda page: page.parameters,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetRelationalDatabaseSnapshotsPaginator:
    """The paginator of `get_relational_database_snapshots`, as boto3's ``get_paginator("get_relational_database_snapshots")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("relationalDatabaseSnapshots",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetRelationalDatabaseSnapshotsResult, RelationalDatabaseSnapshot]:
        """Pages of ``get_relational_database_snapshots`` results, fetched as they
        are iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetRelationalDatabaseSnapshotsResult`` per page;
        ``.items()`` yields each ``RelationalDatabaseSnapshot`` of
        ``relationalDatabaseSnapshots``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``relationalDatabaseSnapshots`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``relationalDatabaseSnapshots`` in
                all; ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_relational_database_snapshots import OPERATION
        from .shapes.get_relational_database_snapshots_request import (
            GetRelationalDatabaseSnapshotsRequest,
        )
        from .shapes.get_relational_database_snapshots_result import (
            GetRelationalDatabaseSnapshotsResult,
        )

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetRelationalDatabaseSnapshotsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetRelationalDatabaseSnapshotsResult.from_wire(body).to_dict()

        request = GetRelationalDatabaseSnapshotsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetRelationalDatabaseSnapshotsResult.from_dict,
            lambda page: page.relational_database_snapshots,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetRelationalDatabasesPaginator:
    """The paginator of `get_relational_databases`, as boto3's ``get_paginator("get_relational_databases")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("relationalDatabases",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetRelationalDatabasesResult, RelationalDatabase]:
        """Pages of ``get_relational_databases`` results, fetched as they are
        iterated, as boto3's paginator fetches them.

        Iterating yields a ``GetRelationalDatabasesResult`` per page;
        ``.items()`` yields each ``RelationalDatabase`` of
        ``relationalDatabases``, page after page. ``build_full_result()`` merges
        the pages into the dict boto3 returns (``relationalDatabases`` collected
        from every page), and ``search(expression)`` yields what a JMESPath
        expression finds in each. Each pass calls the service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``relationalDatabases`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_relational_databases import OPERATION
        from .shapes.get_relational_databases_request import (
            GetRelationalDatabasesRequest,
        )
        from .shapes.get_relational_databases_result import GetRelationalDatabasesResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetRelationalDatabasesRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetRelationalDatabasesResult.from_wire(body).to_dict()

        request = GetRelationalDatabasesRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetRelationalDatabasesResult.from_dict,
            lambda page: page.relational_databases,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


class GetStaticIpsPaginator:
    """The paginator of `get_static_ips`, as boto3's ``get_paginator("get_static_ips")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("staticIps",),
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[GetStaticIpsResult, StaticIp]:
        """Pages of ``get_static_ips`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetStaticIpsResult`` per page; ``.items()`` yields
        each ``StaticIp`` of ``staticIps``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``staticIps`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``staticIps`` in all;
                ``resume_token`` then says where to resume.
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from .operations.get_static_ips import OPERATION
        from .shapes.get_static_ips_request import GetStaticIpsRequest
        from .shapes.get_static_ips_result import GetStaticIpsResult

        def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetStaticIpsRequest.from_dict(params)
            request.validate()
            body = self._engine.invoke(OPERATION, request.to_wire())
            return GetStaticIpsResult.from_wire(body).to_dict()

        request = GetStaticIpsRequest()
        return PageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetStaticIpsResult.from_dict,
            lambda page: page.static_ips,
            PaginationConfig,
            max_items=max_items,
            starting_token=starting_token,
        )


PAGINATORS: dict[str, Callable[[Engine], object]] = {
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
