"""The Amazon Lightsail async client: one coroutine per operation."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from .._runtime.aio import AsyncBaseClient
from .._runtime.client import ErrorClasses, ServiceSpec
from .._runtime.protocols.json import JsonProtocol

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import datetime

    from ..errors import LightsailExceptions
    from ..shapes.access_rules import AccessRules, AccessRulesDict
    from ..shapes.add_on_request import AddOnRequest, AddOnRequestDict
    from ..shapes.add_on_type import AddOnType
    from ..shapes.alarm_state import AlarmState
    from ..shapes.allocate_static_ip_result import AllocateStaticIpResult
    from ..shapes.app_category import AppCategory
    from ..shapes.attach_certificate_to_distribution_result import (
        AttachCertificateToDistributionResult,
    )
    from ..shapes.attach_disk_result import AttachDiskResult
    from ..shapes.attach_instances_to_load_balancer_result import (
        AttachInstancesToLoadBalancerResult,
    )
    from ..shapes.attach_load_balancer_tls_certificate_result import (
        AttachLoadBalancerTlsCertificateResult,
    )
    from ..shapes.attach_static_ip_result import AttachStaticIpResult
    from ..shapes.bucket_access_log_config import (
        BucketAccessLogConfig,
        BucketAccessLogConfigDict,
    )
    from ..shapes.bucket_cors_config import BucketCorsConfig, BucketCorsConfigDict
    from ..shapes.bucket_metric_name import BucketMetricName
    from ..shapes.cache_behavior import CacheBehavior, CacheBehaviorDict
    from ..shapes.cache_behavior_per_path import (
        CacheBehaviorPerPath,
        CacheBehaviorPerPathDict,
    )
    from ..shapes.cache_settings import CacheSettings, CacheSettingsDict
    from ..shapes.certificate_provider import CertificateProvider
    from ..shapes.certificate_status import CertificateStatus
    from ..shapes.check_subdomain_availability_result import (
        CheckSubdomainAvailabilityResult,
    )
    from ..shapes.close_instance_public_ports_result import (
        CloseInstancePublicPortsResult,
    )
    from ..shapes.comparison_operator import ComparisonOperator
    from ..shapes.contact_method_verification_protocol import (
        ContactMethodVerificationProtocol,
    )
    from ..shapes.contact_protocol import ContactProtocol
    from ..shapes.container import Container, ContainerDict
    from ..shapes.container_service_deployment_request import (
        ContainerServiceDeploymentRequest,
        ContainerServiceDeploymentRequestDict,
    )
    from ..shapes.container_service_metric_name import ContainerServiceMetricName
    from ..shapes.container_service_power_name import ContainerServicePowerName
    from ..shapes.container_services_list_result import ContainerServicesListResult
    from ..shapes.copy_snapshot_result import CopySnapshotResult
    from ..shapes.create_bucket_access_key_result import CreateBucketAccessKeyResult
    from ..shapes.create_bucket_result import CreateBucketResult
    from ..shapes.create_certificate_result import CreateCertificateResult
    from ..shapes.create_cloud_formation_stack_result import (
        CreateCloudFormationStackResult,
    )
    from ..shapes.create_contact_method_result import CreateContactMethodResult
    from ..shapes.create_container_service_deployment_result import (
        CreateContainerServiceDeploymentResult,
    )
    from ..shapes.create_container_service_registry_login_result import (
        CreateContainerServiceRegistryLoginResult,
    )
    from ..shapes.create_container_service_result import CreateContainerServiceResult
    from ..shapes.create_disk_from_snapshot_result import CreateDiskFromSnapshotResult
    from ..shapes.create_disk_result import CreateDiskResult
    from ..shapes.create_disk_snapshot_result import CreateDiskSnapshotResult
    from ..shapes.create_distribution_result import CreateDistributionResult
    from ..shapes.create_domain_entry_result import CreateDomainEntryResult
    from ..shapes.create_domain_result import CreateDomainResult
    from ..shapes.create_gui_session_access_details_result import (
        CreateGUISessionAccessDetailsResult,
    )
    from ..shapes.create_instance_snapshot_result import CreateInstanceSnapshotResult
    from ..shapes.create_instances_from_snapshot_result import (
        CreateInstancesFromSnapshotResult,
    )
    from ..shapes.create_instances_result import CreateInstancesResult
    from ..shapes.create_key_pair_result import CreateKeyPairResult
    from ..shapes.create_load_balancer_result import CreateLoadBalancerResult
    from ..shapes.create_load_balancer_tls_certificate_result import (
        CreateLoadBalancerTlsCertificateResult,
    )
    from ..shapes.create_relational_database_from_snapshot_result import (
        CreateRelationalDatabaseFromSnapshotResult,
    )
    from ..shapes.create_relational_database_result import (
        CreateRelationalDatabaseResult,
    )
    from ..shapes.create_relational_database_snapshot_result import (
        CreateRelationalDatabaseSnapshotResult,
    )
    from ..shapes.create_subdomain_result import CreateSubdomainResult
    from ..shapes.delete_alarm_result import DeleteAlarmResult
    from ..shapes.delete_auto_snapshot_result import DeleteAutoSnapshotResult
    from ..shapes.delete_bucket_access_key_result import DeleteBucketAccessKeyResult
    from ..shapes.delete_bucket_result import DeleteBucketResult
    from ..shapes.delete_certificate_result import DeleteCertificateResult
    from ..shapes.delete_contact_method_result import DeleteContactMethodResult
    from ..shapes.delete_container_image_result import DeleteContainerImageResult
    from ..shapes.delete_container_service_result import DeleteContainerServiceResult
    from ..shapes.delete_disk_result import DeleteDiskResult
    from ..shapes.delete_disk_snapshot_result import DeleteDiskSnapshotResult
    from ..shapes.delete_distribution_result import DeleteDistributionResult
    from ..shapes.delete_domain_entry_result import DeleteDomainEntryResult
    from ..shapes.delete_domain_result import DeleteDomainResult
    from ..shapes.delete_instance_result import DeleteInstanceResult
    from ..shapes.delete_instance_snapshot_result import DeleteInstanceSnapshotResult
    from ..shapes.delete_key_pair_result import DeleteKeyPairResult
    from ..shapes.delete_known_host_keys_result import DeleteKnownHostKeysResult
    from ..shapes.delete_load_balancer_result import DeleteLoadBalancerResult
    from ..shapes.delete_load_balancer_tls_certificate_result import (
        DeleteLoadBalancerTlsCertificateResult,
    )
    from ..shapes.delete_relational_database_result import (
        DeleteRelationalDatabaseResult,
    )
    from ..shapes.delete_relational_database_snapshot_result import (
        DeleteRelationalDatabaseSnapshotResult,
    )
    from ..shapes.delete_subdomain_result import DeleteSubdomainResult
    from ..shapes.detach_certificate_from_distribution_result import (
        DetachCertificateFromDistributionResult,
    )
    from ..shapes.detach_disk_result import DetachDiskResult
    from ..shapes.detach_instances_from_load_balancer_result import (
        DetachInstancesFromLoadBalancerResult,
    )
    from ..shapes.detach_static_ip_result import DetachStaticIpResult
    from ..shapes.disable_add_on_result import DisableAddOnResult
    from ..shapes.disk_map import DiskMap, DiskMapDict
    from ..shapes.distribution_custom_error_response import (
        DistributionCustomErrorResponse,
        DistributionCustomErrorResponseDict,
    )
    from ..shapes.distribution_metric_name import DistributionMetricName
    from ..shapes.domain_entry import DomainEntry, DomainEntryDict
    from ..shapes.download_default_key_pair_result import DownloadDefaultKeyPairResult
    from ..shapes.enable_add_on_result import EnableAddOnResult
    from ..shapes.endpoint_request import EndpointRequest, EndpointRequestDict
    from ..shapes.export_snapshot_result import ExportSnapshotResult
    from ..shapes.get_active_names_result import GetActiveNamesResult
    from ..shapes.get_alarms_result import GetAlarmsResult
    from ..shapes.get_auto_snapshots_result import GetAutoSnapshotsResult
    from ..shapes.get_blueprints_result import GetBlueprintsResult
    from ..shapes.get_bucket_access_keys_result import GetBucketAccessKeysResult
    from ..shapes.get_bucket_bundles_result import GetBucketBundlesResult
    from ..shapes.get_bucket_metric_data_result import GetBucketMetricDataResult
    from ..shapes.get_buckets_result import GetBucketsResult
    from ..shapes.get_bundles_result import GetBundlesResult
    from ..shapes.get_certificates_result import GetCertificatesResult
    from ..shapes.get_cloud_formation_stack_records_result import (
        GetCloudFormationStackRecordsResult,
    )
    from ..shapes.get_contact_methods_result import GetContactMethodsResult
    from ..shapes.get_container_api_metadata_result import GetContainerAPIMetadataResult
    from ..shapes.get_container_images_result import GetContainerImagesResult
    from ..shapes.get_container_log_result import GetContainerLogResult
    from ..shapes.get_container_service_deployments_result import (
        GetContainerServiceDeploymentsResult,
    )
    from ..shapes.get_container_service_metric_data_result import (
        GetContainerServiceMetricDataResult,
    )
    from ..shapes.get_container_service_powers_result import (
        GetContainerServicePowersResult,
    )
    from ..shapes.get_cost_estimate_result import GetCostEstimateResult
    from ..shapes.get_disk_result import GetDiskResult
    from ..shapes.get_disk_snapshot_result import GetDiskSnapshotResult
    from ..shapes.get_disk_snapshots_result import GetDiskSnapshotsResult
    from ..shapes.get_disks_result import GetDisksResult
    from ..shapes.get_distribution_bundles_result import GetDistributionBundlesResult
    from ..shapes.get_distribution_latest_cache_reset_result import (
        GetDistributionLatestCacheResetResult,
    )
    from ..shapes.get_distribution_metric_data_result import (
        GetDistributionMetricDataResult,
    )
    from ..shapes.get_distributions_result import GetDistributionsResult
    from ..shapes.get_domain_result import GetDomainResult
    from ..shapes.get_domains_result import GetDomainsResult
    from ..shapes.get_export_snapshot_records_result import (
        GetExportSnapshotRecordsResult,
    )
    from ..shapes.get_instance_access_details_result import (
        GetInstanceAccessDetailsResult,
    )
    from ..shapes.get_instance_metric_data_result import GetInstanceMetricDataResult
    from ..shapes.get_instance_port_states_result import GetInstancePortStatesResult
    from ..shapes.get_instance_result import GetInstanceResult
    from ..shapes.get_instance_snapshot_result import GetInstanceSnapshotResult
    from ..shapes.get_instance_snapshots_result import GetInstanceSnapshotsResult
    from ..shapes.get_instance_state_result import GetInstanceStateResult
    from ..shapes.get_instances_result import GetInstancesResult
    from ..shapes.get_key_pair_result import GetKeyPairResult
    from ..shapes.get_key_pairs_result import GetKeyPairsResult
    from ..shapes.get_load_balancer_metric_data_result import (
        GetLoadBalancerMetricDataResult,
    )
    from ..shapes.get_load_balancer_result import GetLoadBalancerResult
    from ..shapes.get_load_balancer_tls_certificates_result import (
        GetLoadBalancerTlsCertificatesResult,
    )
    from ..shapes.get_load_balancer_tls_policies_result import (
        GetLoadBalancerTlsPoliciesResult,
    )
    from ..shapes.get_load_balancers_result import GetLoadBalancersResult
    from ..shapes.get_operation_result import GetOperationResult
    from ..shapes.get_operations_for_resource_result import (
        GetOperationsForResourceResult,
    )
    from ..shapes.get_operations_result import GetOperationsResult
    from ..shapes.get_profile_result import GetProfileResult
    from ..shapes.get_regions_result import GetRegionsResult
    from ..shapes.get_relational_database_blueprints_result import (
        GetRelationalDatabaseBlueprintsResult,
    )
    from ..shapes.get_relational_database_bundles_result import (
        GetRelationalDatabaseBundlesResult,
    )
    from ..shapes.get_relational_database_events_result import (
        GetRelationalDatabaseEventsResult,
    )
    from ..shapes.get_relational_database_log_events_result import (
        GetRelationalDatabaseLogEventsResult,
    )
    from ..shapes.get_relational_database_log_streams_result import (
        GetRelationalDatabaseLogStreamsResult,
    )
    from ..shapes.get_relational_database_master_user_password_result import (
        GetRelationalDatabaseMasterUserPasswordResult,
    )
    from ..shapes.get_relational_database_metric_data_result import (
        GetRelationalDatabaseMetricDataResult,
    )
    from ..shapes.get_relational_database_parameters_result import (
        GetRelationalDatabaseParametersResult,
    )
    from ..shapes.get_relational_database_result import GetRelationalDatabaseResult
    from ..shapes.get_relational_database_snapshot_result import (
        GetRelationalDatabaseSnapshotResult,
    )
    from ..shapes.get_relational_database_snapshots_result import (
        GetRelationalDatabaseSnapshotsResult,
    )
    from ..shapes.get_relational_databases_result import GetRelationalDatabasesResult
    from ..shapes.get_setup_history_result import GetSetupHistoryResult
    from ..shapes.get_static_ip_result import GetStaticIpResult
    from ..shapes.get_static_ips_result import GetStaticIpsResult
    from ..shapes.get_subdomains_result import GetSubdomainsResult
    from ..shapes.http_endpoint import HttpEndpoint
    from ..shapes.http_protocol_ipv6 import HttpProtocolIpv6
    from ..shapes.http_tokens import HttpTokens
    from ..shapes.import_key_pair_result import ImportKeyPairResult
    from ..shapes.input_origin import InputOrigin, InputOriginDict
    from ..shapes.instance_access_protocol import InstanceAccessProtocol
    from ..shapes.instance_attribute_updates import (
        InstanceAttributeUpdates,
        InstanceAttributeUpdatesDict,
    )
    from ..shapes.instance_entry import InstanceEntry, InstanceEntryDict
    from ..shapes.instance_metric_name import InstanceMetricName
    from ..shapes.ip_address_type import IpAddressType
    from ..shapes.is_vpc_peered_result import IsVpcPeeredResult
    from ..shapes.load_balancer_attribute_name import LoadBalancerAttributeName
    from ..shapes.load_balancer_metric_name import LoadBalancerMetricName
    from ..shapes.metric_name import MetricName
    from ..shapes.metric_statistic import MetricStatistic
    from ..shapes.metric_unit import MetricUnit
    from ..shapes.open_instance_public_ports_result import OpenInstancePublicPortsResult
    from ..shapes.peer_vpc_result import PeerVpcResult
    from ..shapes.port_info import PortInfo, PortInfoDict
    from ..shapes.private_registry_access_request import (
        PrivateRegistryAccessRequest,
        PrivateRegistryAccessRequestDict,
    )
    from ..shapes.put_alarm_result import PutAlarmResult
    from ..shapes.put_instance_public_ports_result import PutInstancePublicPortsResult
    from ..shapes.reboot_instance_result import RebootInstanceResult
    from ..shapes.reboot_relational_database_result import (
        RebootRelationalDatabaseResult,
    )
    from ..shapes.region_name import RegionName
    from ..shapes.register_container_image_result import RegisterContainerImageResult
    from ..shapes.relational_database_metric_name import RelationalDatabaseMetricName
    from ..shapes.relational_database_parameter import (
        RelationalDatabaseParameter,
        RelationalDatabaseParameterDict,
    )
    from ..shapes.relational_database_password_version import (
        RelationalDatabasePasswordVersion,
    )
    from ..shapes.release_static_ip_result import ReleaseStaticIpResult
    from ..shapes.reset_distribution_cache_result import ResetDistributionCacheResult
    from ..shapes.resource_bucket_access import ResourceBucketAccess
    from ..shapes.resource_type import ResourceType
    from ..shapes.send_contact_method_verification_result import (
        SendContactMethodVerificationResult,
    )
    from ..shapes.set_ip_address_type_result import SetIpAddressTypeResult
    from ..shapes.set_resource_access_for_bucket_result import (
        SetResourceAccessForBucketResult,
    )
    from ..shapes.setup_instance_https_result import SetupInstanceHttpsResult
    from ..shapes.start_gui_session_result import StartGUISessionResult
    from ..shapes.start_instance_result import StartInstanceResult
    from ..shapes.start_relational_database_result import StartRelationalDatabaseResult
    from ..shapes.stop_gui_session_result import StopGUISessionResult
    from ..shapes.stop_instance_result import StopInstanceResult
    from ..shapes.stop_relational_database_result import StopRelationalDatabaseResult
    from ..shapes.subdomain_association_action import SubdomainAssociationAction
    from ..shapes.tag import Tag, TagDict
    from ..shapes.tag_resource_result import TagResourceResult
    from ..shapes.test_alarm_result import TestAlarmResult
    from ..shapes.treat_missing_data import TreatMissingData
    from ..shapes.unpeer_vpc_result import UnpeerVpcResult
    from ..shapes.untag_resource_result import UntagResourceResult
    from ..shapes.update_bucket_bundle_result import UpdateBucketBundleResult
    from ..shapes.update_bucket_result import UpdateBucketResult
    from ..shapes.update_container_service_result import UpdateContainerServiceResult
    from ..shapes.update_distribution_bundle_result import (
        UpdateDistributionBundleResult,
    )
    from ..shapes.update_distribution_result import UpdateDistributionResult
    from ..shapes.update_domain_entry_result import UpdateDomainEntryResult
    from ..shapes.update_instance_metadata_options_result import (
        UpdateInstanceMetadataOptionsResult,
    )
    from ..shapes.update_load_balancer_attribute_result import (
        UpdateLoadBalancerAttributeResult,
    )
    from ..shapes.update_relational_database_parameters_result import (
        UpdateRelationalDatabaseParametersResult,
    )
    from ..shapes.update_relational_database_result import (
        UpdateRelationalDatabaseResult,
    )
    from ..shapes.update_subdomain_association_result import (
        UpdateSubdomainAssociationResult,
    )
    from ..shapes.viewer_minimum_tls_protocol_version_enum import (
        ViewerMinimumTlsProtocolVersionEnum,
    )
    from ..shapes.waf_rule import WafRule, WafRuleDict
    from .paginators import (
        GetActiveNamesPaginator,
        GetBlueprintsPaginator,
        GetBundlesPaginator,
        GetCloudFormationStackRecordsPaginator,
        GetDiskSnapshotsPaginator,
        GetDisksPaginator,
        GetDomainsPaginator,
        GetExportSnapshotRecordsPaginator,
        GetInstanceSnapshotsPaginator,
        GetInstancesPaginator,
        GetKeyPairsPaginator,
        GetLoadBalancersPaginator,
        GetOperationsPaginator,
        GetRelationalDatabaseBlueprintsPaginator,
        GetRelationalDatabaseBundlesPaginator,
        GetRelationalDatabaseEventsPaginator,
        GetRelationalDatabaseParametersPaginator,
        GetRelationalDatabaseSnapshotsPaginator,
        GetRelationalDatabasesPaginator,
        GetStaticIpsPaginator,
    )


def _errors() -> ErrorClasses:
    """The error classes, imported at the first error response (errors.py)."""
    from ..errors import ERRORS, LightsailError

    return ErrorClasses(ERRORS, LightsailError)


_SERVICE = ServiceSpec(
    service_id="Lightsail",
    package="lightsail",
    api_version="2016-11-28",
    signing_name="lightsail",
    protocol=JsonProtocol(json_version="1.1"),
    rules_file=Path(__file__).parent.with_name("endpoint-rule-set.json"),
    errors=_errors,
    generator_version="0.1.0",
)


class AsyncLightsailClient(AsyncBaseClient):
    """Amazon Lightsail is the easiest way to get started with Amazon Web
    Services (Amazon Web Services) for developers who need to build websites
    or web applications. It includes everything you need to launch your
    project quickly - instances (virtual private servers), container
    services, storage buckets, managed databases, SSD-based block storage,
    static IP addresses, load balancers, content delivery network (CDN)
    distributions, DNS management of registered domains, and resource
    snapshots (backups) - for a low, predictable monthly price.

    You can manage your Lightsail resources using the Lightsail console,
    Lightsail API, Command Line Interface (CLI), or SDKs. For more
    information about Lightsail concepts and tasks, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-how-to-set-up-and-configure-aws-cli).

    This API Reference provides detailed information about the actions, data
    types, parameters, and errors of the Lightsail service. For more
    information about the supported Amazon Web Services Regions, endpoints,
    and service quotas of the Lightsail service, see
    [Amazon Lightsail Endpoints and Quotas](https://docs.aws.amazon.com/general/latest/gr/lightsail.html)
    in the *Amazon Web Services General Reference*.
    """

    SERVICE = _SERVICE

    @property
    def exceptions(self) -> type[LightsailExceptions]:
        """Every error class of the service, as ``client.exceptions`` in boto3."""
        from ..errors import LightsailExceptions

        return LightsailExceptions

    async def allocate_static_ip(
        self, *, static_ip_name: str
    ) -> AllocateStaticIpResult:
        """Allocates a static IP address.

        Args:
            static_ip_name: Required. The name of the static IP address.

        Returns:
            AllocateStaticIpResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.allocate_static_ip import OPERATION
        from ..shapes.allocate_static_ip_request import AllocateStaticIpRequest
        from ..shapes.allocate_static_ip_result import AllocateStaticIpResult

        request = AllocateStaticIpRequest(static_ip_name=static_ip_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return AllocateStaticIpResult.from_wire(body)

    async def attach_certificate_to_distribution(
        self, *, distribution_name: str, certificate_name: str
    ) -> AttachCertificateToDistributionResult:
        """Attaches an SSL/TLS certificate to your Amazon Lightsail content
        delivery network (CDN) distribution.

        After the certificate is attached, your distribution accepts HTTPS
        traffic for all of the domains that are associated with the certificate.

        Use the ``CreateCertificate`` action to create a certificate that you
        can attach to your distribution.

        Important:
            Only certificates created in the ``us-east-1`` Amazon Web Services
            Region can be attached to Lightsail distributions. Lightsail
            distributions are global resources that can reference an origin in
            any Amazon Web Services Region, and distribute its content globally.
            However, all distributions are located in the ``us-east-1`` Region.

        Args:
            distribution_name: Required. The name of the distribution that the
                certificate will be attached to.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.
            certificate_name: Required. The name of the certificate to attach to a
                distribution.

                Only certificates with a status of ``ISSUED`` can be attached to a
                distribution.

                Use the ``GetCertificates`` action to get a list of certificate names
                that you can specify.

                Note:
                    This is the name of the certificate resource type and is used only
                    to reference the certificate in other API actions. It can be
                    different than the domain name of the certificate. For example, your
                    certificate name might be ``WordPress-Blog-Certificate`` and the
                    domain name of the certificate might be ``example.com``.

        Returns:
            AttachCertificateToDistributionResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.attach_certificate_to_distribution import OPERATION
        from ..shapes.attach_certificate_to_distribution_request import (
            AttachCertificateToDistributionRequest,
        )
        from ..shapes.attach_certificate_to_distribution_result import (
            AttachCertificateToDistributionResult,
        )

        request = AttachCertificateToDistributionRequest(
            distribution_name=distribution_name, certificate_name=certificate_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return AttachCertificateToDistributionResult.from_wire(body)

    async def attach_disk(
        self,
        *,
        disk_name: str,
        instance_name: str,
        disk_path: str,
        auto_mounting: bool | None = None,
    ) -> AttachDiskResult:
        """Attaches a block storage disk to a running or stopped Lightsail instance
        and exposes it to the instance with the specified disk name.

        The ``attach disk`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``disk name``. For
        more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_name: Required. The unique Lightsail disk name (``my-disk``).
            instance_name: Required. The name of the Lightsail instance where you want
                to utilize the storage disk.
            disk_path: Required. The disk path to expose to the instance
                (``/dev/xvdf``).
            auto_mounting: A Boolean value used to determine the automatic mounting of a
                storage volume to a virtual computer. The default value is ``False``.

                Important:
                    This value only applies to Lightsail for Research resources.

        Returns:
            AttachDiskResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.attach_disk import OPERATION
        from ..shapes.attach_disk_request import AttachDiskRequest
        from ..shapes.attach_disk_result import AttachDiskResult

        request = AttachDiskRequest(
            disk_name=disk_name,
            instance_name=instance_name,
            disk_path=disk_path,
            auto_mounting=auto_mounting,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return AttachDiskResult.from_wire(body)

    async def attach_instances_to_load_balancer(
        self, *, load_balancer_name: str, instance_names: list[str]
    ) -> AttachInstancesToLoadBalancerResult:
        """Attaches one or more Lightsail instances to a load balancer.

        After some time, the instances are attached to the load balancer and the
        health check status is available.

        The ``attach instances to load balancer`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The name of the load balancer.
            instance_names: Required. An array of strings representing the instance
                name(s) you want to attach to your load balancer.

                An instance must be ``running`` before you can attach it to your load
                balancer.

                There are no additional limits on the number of instances you can attach
                to your load balancer, aside from the limit of Lightsail instances you
                can create in your account (20).

        Returns:
            AttachInstancesToLoadBalancerResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.attach_instances_to_load_balancer import OPERATION
        from ..shapes.attach_instances_to_load_balancer_request import (
            AttachInstancesToLoadBalancerRequest,
        )
        from ..shapes.attach_instances_to_load_balancer_result import (
            AttachInstancesToLoadBalancerResult,
        )

        request = AttachInstancesToLoadBalancerRequest(
            load_balancer_name=load_balancer_name, instance_names=instance_names
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return AttachInstancesToLoadBalancerResult.from_wire(body)

    async def attach_load_balancer_tls_certificate(
        self, *, load_balancer_name: str, certificate_name: str
    ) -> AttachLoadBalancerTlsCertificateResult:
        """Attaches a Transport Layer Security (TLS) certificate to your load
        balancer. TLS is just an updated, more secure version of Secure Socket
        Layer (SSL).

        Once you create and validate your certificate, you can attach it to your
        load balancer. You can also use this API to rotate the certificates on
        your account. Use the ``AttachLoadBalancerTlsCertificate`` action with
        the non-attached certificate, and it will replace the existing one and
        become the attached certificate.

        The ``AttachLoadBalancerTlsCertificate`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The name of the load balancer to which you
                want to associate the SSL/TLS certificate.
            certificate_name: Required. The name of your SSL/TLS certificate.

        Returns:
            AttachLoadBalancerTlsCertificateResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.attach_load_balancer_tls_certificate import OPERATION
        from ..shapes.attach_load_balancer_tls_certificate_request import (
            AttachLoadBalancerTlsCertificateRequest,
        )
        from ..shapes.attach_load_balancer_tls_certificate_result import (
            AttachLoadBalancerTlsCertificateResult,
        )

        request = AttachLoadBalancerTlsCertificateRequest(
            load_balancer_name=load_balancer_name, certificate_name=certificate_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return AttachLoadBalancerTlsCertificateResult.from_wire(body)

    async def attach_static_ip(
        self, *, static_ip_name: str, instance_name: str
    ) -> AttachStaticIpResult:
        """Attaches a static IP address to a specific Amazon Lightsail instance.

        Args:
            static_ip_name: Required. The name of the static IP.
            instance_name: Required. The instance name to which you want to attach the
                static IP address.

        Returns:
            AttachStaticIpResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.attach_static_ip import OPERATION
        from ..shapes.attach_static_ip_request import AttachStaticIpRequest
        from ..shapes.attach_static_ip_result import AttachStaticIpResult

        request = AttachStaticIpRequest(
            static_ip_name=static_ip_name, instance_name=instance_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return AttachStaticIpResult.from_wire(body)

    async def check_subdomain_availability(
        self, *, subdomain_name: str, reserve: bool | None = None
    ) -> CheckSubdomainAvailabilityResult:
        """Checks whether a Lightsail subdomain is available to create. Optionally,
        reserves the subdomain for your account for 15 minutes.

        If you don't reserve the subdomain, another account can create it before
        you do.

        Args:
            subdomain_name: Required. The subdomain to check (for example, ``mysite`` or
                ``blog.mysite``).

                A subdomain can contain one or two labels separated by a period (``.``).
                Each label must start and end with a lowercase letter or a number, and
                can contain only lowercase letters, numbers, and hyphens (``-``). The
                name can be up to 39 characters long, including periods. Labels that
                start with ``xn--`` aren't supported, and some names are reserved.

                Specify only the subdomain. A web address, such as
                ``mysite.amazonlightsail.com``, isn't accepted.
            reserve: Specifies whether to reserve the subdomain for your account if it's
                available. A reservation holds the subdomain for 15 minutes so that
                other accounts can't create it. Checking the subdomain again doesn't
                extend the reservation.

                For a nested subdomain, such as ``blog.mysite``, the top-level subdomain
                (``mysite``) is reserved.

                You can have up to 5 active reservations at a time.

        Returns:
            CheckSubdomainAvailabilityResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``available`` (``bool``): A Boolean value that indicates whether the
                  subdomain is available to create.
                - ``reservation_expires_at`` (``datetime``): The timestamp when the
                  reservation of the subdomain expires.
                - ``subdomain_name`` (``str``): The subdomain that was checked.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.check_subdomain_availability import OPERATION
        from ..shapes.check_subdomain_availability_request import (
            CheckSubdomainAvailabilityRequest,
        )
        from ..shapes.check_subdomain_availability_result import (
            CheckSubdomainAvailabilityResult,
        )

        request = CheckSubdomainAvailabilityRequest(
            subdomain_name=subdomain_name, reserve=reserve
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CheckSubdomainAvailabilityResult.from_wire(body)

    async def close_instance_public_ports(
        self, *, port_info: PortInfo | PortInfoDict, instance_name: str
    ) -> CloseInstancePublicPortsResult:
        """Closes ports for a specific Amazon Lightsail instance.

        The ``CloseInstancePublicPorts`` action supports tag-based access
        control via resource tags applied to the resource identified by
        ``instanceName``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            port_info: Required. An object to describe the ports to close for the
                specified instance.
            instance_name: Required. The name of the instance for which to close ports.

        Returns:
            CloseInstancePublicPortsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.close_instance_public_ports import OPERATION
        from ..shapes.close_instance_public_ports_request import (
            CloseInstancePublicPortsRequest,
        )
        from ..shapes.close_instance_public_ports_result import (
            CloseInstancePublicPortsResult,
        )

        request = CloseInstancePublicPortsRequest.build(
            port_info=port_info, instance_name=instance_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CloseInstancePublicPortsResult.from_wire(body)

    async def copy_snapshot(
        self,
        *,
        target_snapshot_name: str,
        source_region: RegionName | str,
        source_snapshot_name: str | None = None,
        source_resource_name: str | None = None,
        restore_date: str | None = None,
        use_latest_restorable_auto_snapshot: bool | None = None,
    ) -> CopySnapshotResult:
        """Copies a manual snapshot of an instance or disk as another manual
        snapshot, or copies an automatic snapshot of an instance or disk as a
        manual snapshot. This operation can also be used to copy a manual or
        automatic snapshot of an instance or a disk from one Amazon Web Services
        Region to another in Amazon Lightsail.

        When copying a *manual snapshot*, be sure to define the
        ``source region``, ``source snapshot name``, and
        ``target snapshot name`` parameters.

        When copying an *automatic snapshot*, be sure to define the
        ``source region``, ``source resource name``, ``target snapshot name``,
        and either the ``restore date`` or the
        ``use latest restorable auto snapshot`` parameters.

        Args:
            target_snapshot_name: Required. The name of the new manual snapshot to be
                created as a copy.
            source_region: Required. The Amazon Web Services Region where the source
                manual or automatic snapshot is located.
            source_snapshot_name: The name of the source manual snapshot to copy.

                Constraint:

                - Define this parameter only when copying a manual snapshot as another
                  manual snapshot.
            source_resource_name: The name of the source instance or disk from which the
                source automatic snapshot was created.

                Constraint:

                - Define this parameter only when copying an automatic snapshot as a
                  manual snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots).
            restore_date: The date of the source automatic snapshot to copy. Use the
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
            use_latest_restorable_auto_snapshot: A Boolean value to indicate whether to
                use the latest available automatic snapshot of the specified source
                instance or disk.

                Constraints:

                - This parameter cannot be defined together with the ``restore date``
                  parameter. The ``use latest restorable auto snapshot`` and
                  ``restore date`` parameters are mutually exclusive.
                - Define this parameter only when copying an automatic snapshot as a
                  manual snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots).

        Returns:
            CopySnapshotResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.copy_snapshot import OPERATION
        from ..shapes.copy_snapshot_request import CopySnapshotRequest
        from ..shapes.copy_snapshot_result import CopySnapshotResult

        request = CopySnapshotRequest(
            target_snapshot_name=target_snapshot_name,
            source_region=source_region,
            source_snapshot_name=source_snapshot_name,
            source_resource_name=source_resource_name,
            restore_date=restore_date,
            use_latest_restorable_auto_snapshot=use_latest_restorable_auto_snapshot,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CopySnapshotResult.from_wire(body)

    async def create_bucket(
        self,
        *,
        bucket_name: str,
        bundle_id: str,
        tags: Sequence[Tag | TagDict] | None = None,
        enable_object_versioning: bool | None = None,
    ) -> CreateBucketResult:
        """Creates an Amazon Lightsail bucket.

        A bucket is a cloud storage resource available in the Lightsail object
        storage service. Use buckets to store objects such as data and its
        descriptive metadata. For more information about buckets, see
        [Buckets in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/buckets-in-amazon-lightsail)
        in the *Amazon Lightsail Developer Guide*.

        Args:
            bucket_name: Required. The name for the bucket.

                For more information about bucket names, see
                [Bucket naming rules in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/bucket-naming-rules-in-amazon-lightsail)
                in the *Amazon Lightsail Developer Guide*.
            bundle_id: Required. The ID of the bundle to use for the bucket.

                A bucket bundle specifies the monthly cost, storage space, and data
                transfer quota for a bucket.

                Use the
                [GetBucketBundles](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html)
                action to get a list of bundle IDs that you can specify.

                Use the
                [UpdateBucketBundle](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html)
                action to change the bundle after the bucket is created.
            tags: The tag keys and optional values to add to the bucket during creation.

                Use the
                [TagResource](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_TagResource.html)
                action to tag the bucket after it's created.
            enable_object_versioning: A Boolean value that indicates whether to enable
                versioning of objects in the bucket.

                For more information about versioning, see
                [Enabling and suspending object versioning in a bucket in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-managing-bucket-object-versioning)
                in the *Amazon Lightsail Developer Guide*.

        Returns:
            CreateBucketResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``bucket`` (``Bucket``): An object that describes the bucket that is
                  created.
                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_bucket import OPERATION
        from ..shapes.create_bucket_request import CreateBucketRequest
        from ..shapes.create_bucket_result import CreateBucketResult

        request = CreateBucketRequest.build(
            bucket_name=bucket_name,
            bundle_id=bundle_id,
            tags=tags,
            enable_object_versioning=enable_object_versioning,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateBucketResult.from_wire(body)

    async def create_bucket_access_key(
        self, *, bucket_name: str
    ) -> CreateBucketAccessKeyResult:
        """Creates a new access key for the specified Amazon Lightsail bucket.
        Access keys consist of an access key ID and corresponding secret access
        key.

        Access keys grant full programmatic access to the specified bucket and
        its objects. You can have a maximum of two access keys per bucket. Use
        the
        [GetBucketAccessKeys](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketAccessKeys.html)
        action to get a list of current access keys for a specific bucket. For
        more information about access keys, see
        [Creating access keys for a bucket in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-bucket-access-keys)
        in the *Amazon Lightsail Developer Guide*.

        Important:
            The ``secretAccessKey`` value is returned only in response to the
            ``CreateBucketAccessKey`` action. You can get a secret access key
            only when you first create an access key; you cannot get the secret
            access key later. If you lose the secret access key, you must create
            a new access key.

        Args:
            bucket_name: Required. The name of the bucket that the new access key will
                belong to, and grant access to.

        Returns:
            CreateBucketAccessKeyResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``access_key`` (``AccessKey``): An object that describes the access
                  key that is created.
                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_bucket_access_key import OPERATION
        from ..shapes.create_bucket_access_key_request import (
            CreateBucketAccessKeyRequest,
        )
        from ..shapes.create_bucket_access_key_result import CreateBucketAccessKeyResult

        request = CreateBucketAccessKeyRequest(bucket_name=bucket_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateBucketAccessKeyResult.from_wire(body)

    async def create_certificate(
        self,
        *,
        certificate_name: str,
        domain_name: str,
        subject_alternative_names: list[str] | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateCertificateResult:
        """Creates an SSL/TLS certificate for an Amazon Lightsail content delivery
        network (CDN) distribution and a container service.

        After the certificate is valid, use the
        ``AttachCertificateToDistribution`` action to use the certificate and
        its domains with your distribution. Or use the
        ``UpdateContainerService`` action to use the certificate and its domains
        with your container service.

        Important:
            Only certificates created in the ``us-east-1`` Amazon Web Services
            Region can be attached to Lightsail distributions. Lightsail
            distributions are global resources that can reference an origin in
            any Amazon Web Services Region, and distribute its content globally.
            However, all distributions are located in the ``us-east-1`` Region.

        Args:
            certificate_name: Required. The name for the certificate.
            domain_name: Required. The domain name (``example.com``) for the
                certificate.
            subject_alternative_names: An array of strings that specify the alternate
                domains (``example2.com``) and subdomains (``blog.example.com``) for the
                certificate.

                You can specify a maximum of nine alternate domains (in addition to the
                primary domain name).

                Wildcard domain entries (``*.example.com``) are not supported.
            tags: The tag keys and optional values to add to the certificate during
                create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateCertificateResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``certificate`` (``CertificateSummary``): An object that describes the
                  certificate created.
                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_certificate import OPERATION
        from ..shapes.create_certificate_request import CreateCertificateRequest
        from ..shapes.create_certificate_result import CreateCertificateResult

        request = CreateCertificateRequest.build(
            certificate_name=certificate_name,
            domain_name=domain_name,
            subject_alternative_names=subject_alternative_names,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateCertificateResult.from_wire(body)

    async def create_cloud_formation_stack(
        self, *, instances: Sequence[InstanceEntry | InstanceEntryDict]
    ) -> CreateCloudFormationStackResult:
        """Creates an AWS CloudFormation stack, which creates a new Amazon EC2
        instance from an exported Amazon Lightsail snapshot. This operation
        results in a CloudFormation stack record that can be used to track the
        AWS CloudFormation stack created. Use the
        ``get cloud formation stack records`` operation to get a list of the
        CloudFormation stacks created.

        Important:
            Wait until after your new Amazon EC2 instance is created before
            running the ``create cloud formation stack`` operation again with
            the same export snapshot record.

        Args:
            instances: Required. An array of parameters that will be used to create the
                new Amazon EC2 instance. You can only pass one instance entry at a time
                in this array. You will get an invalid parameter error if you pass more
                than one instance entry in this array.

        Returns:
            CreateCloudFormationStackResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_cloud_formation_stack import OPERATION
        from ..shapes.create_cloud_formation_stack_request import (
            CreateCloudFormationStackRequest,
        )
        from ..shapes.create_cloud_formation_stack_result import (
            CreateCloudFormationStackResult,
        )

        request = CreateCloudFormationStackRequest.build(instances=instances)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateCloudFormationStackResult.from_wire(body)

    async def create_contact_method(
        self,
        *,
        protocol: ContactProtocol | str,
        contact_endpoint: str,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateContactMethodResult:
        """Creates an email or SMS text message contact method.

        A contact method is used to send you notifications about your Amazon
        Lightsail resources. You can add one email address and one mobile phone
        number contact method in each Amazon Web Services Region. However, SMS
        text messaging is not supported in some Amazon Web Services Regions, and
        SMS text messages cannot be sent to some countries/regions. For more
        information, see
        [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).

        The ``create contact method`` operation supports tag-based access
        control via request tags. For more information, see the
        [Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            protocol: Required. The protocol of the contact method, such as ``Email`` or
                ``SMS`` (text messaging).

                The ``SMS`` protocol is supported only in the following Amazon Web
                Services Regions.

                - US East (N. Virginia) (``us-east-1``)
                - US West (Oregon) (``us-west-2``)
                - Europe (Ireland) (``eu-west-1``)
                - Asia Pacific (Tokyo) (``ap-northeast-1``)
                - Asia Pacific (Singapore) (``ap-southeast-1``)
                - Asia Pacific (Sydney) (``ap-southeast-2``)

                For a list of countries/regions where SMS text messages can be sent, and
                the latest Amazon Web Services Regions where SMS text messaging is
                supported, see
                [Supported Regions and Countries](https://docs.aws.amazon.com/sns/latest/dg/sns-supported-regions-countries.html)
                in the *Amazon SNS Developer Guide*.

                For more information about notifications in Amazon Lightsail, see
                [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).
            contact_endpoint: Required. The destination of the contact method, such as
                an email address or a mobile phone number.

                Use the E.164 format when specifying a mobile phone number. E.164 is a
                standard for the phone number structure used for international
                telecommunication. Phone numbers that follow this format can have a
                maximum of 15 digits, and they are prefixed with the plus character (+)
                and the country code. For example, a U.S. phone number in E.164 format
                would be specified as +1XXX5550100. For more information, see
                [E.164](https://en.wikipedia.org/wiki/E.164) on *Wikipedia*.
            tags: The tag keys and optional values to add to the contact method during
                create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateContactMethodResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_contact_method import OPERATION
        from ..shapes.create_contact_method_request import CreateContactMethodRequest
        from ..shapes.create_contact_method_result import CreateContactMethodResult

        request = CreateContactMethodRequest.build(
            protocol=protocol, contact_endpoint=contact_endpoint, tags=tags
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateContactMethodResult.from_wire(body)

    async def create_container_service(
        self,
        *,
        service_name: str,
        power: ContainerServicePowerName | str,
        scale: int,
        tags: Sequence[Tag | TagDict] | None = None,
        public_domain_names: dict[str, list[str]] | None = None,
        deployment: (
            ContainerServiceDeploymentRequest
            | ContainerServiceDeploymentRequestDict
            | None
        ) = None,
        private_registry_access: (
            PrivateRegistryAccessRequest | PrivateRegistryAccessRequestDict | None
        ) = None,
    ) -> CreateContainerServiceResult:
        """Creates an Amazon Lightsail container service.

        A Lightsail container service is a compute resource to which you can
        deploy containers. For more information, see
        [Container services in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-services)
        in the *Lightsail Dev Guide*.

        Args:
            service_name: Required. The name for the container service.

                The name that you specify for your container service will make up part
                of its default domain. The default domain of a container service is
                typically
                ``https://<ServiceName>.<RandomGUID>.<AWSRegion>.cs.amazonlightsail.com``.
                If the name of your container service is ``container-service-1``, and
                it's located in the US East (Ohio) Amazon Web Services Region
                (``us-east-2``), then the domain for your container service will be like
                the following example:
                ``https://container-service-1.ur4EXAMPLE2uq.us-east-2.cs.amazonlightsail.com``

                The following are the requirements for container service names:

                - Must be unique within each Amazon Web Services Region in your
                  Lightsail account.
                - Must contain 1 to 63 characters.
                - Must contain only alphanumeric characters and hyphens.
                - A hyphen (-) can separate words but cannot be at the start or end of
                  the name.
            power: Required. The power specification for the container service.

                The power specifies the amount of memory, vCPUs, and base monthly cost
                of each node of the container service. The ``power`` and ``scale`` of a
                container service makes up its configured capacity. To determine the
                monthly price of your container service, multiply the base price of the
                ``power`` with the ``scale`` (the number of nodes) of the service.

                Use the ``GetContainerServicePowers`` action to get a list of power
                options that you can specify using this parameter, and their base
                monthly cost.
            scale: Required. The scale specification for the container service.

                The scale specifies the allocated compute nodes of the container
                service. The ``power`` and ``scale`` of a container service makes up its
                configured capacity. To determine the monthly price of your container
                service, multiply the base price of the ``power`` with the ``scale``
                (the number of nodes) of the service.
            tags: The tag keys and optional values to add to the container service
                during create.

                Use the ``TagResource`` action to tag a resource after it's created.

                For more information about tags in Lightsail, see the
                [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
            public_domain_names: The public domain names to use with the container
                service, such as ``example.com`` and ``www.example.com``.

                You can specify up to four public domain names for a container service.
                The domain names that you specify are used when you create a deployment
                with a container configured as the public endpoint of your container
                service.

                If you don't specify public domain names, then you can use the default
                domain of the container service.

                Important:
                    You must create and validate an SSL/TLS certificate before you can
                    use public domain names with your container service. Use the
                    ``CreateCertificate`` action to create a certificate for the public
                    domain names you want to use with your container service.

                You can specify public domain names using a string to array map as shown
                in the example later on this page.
            deployment: An object that describes a deployment for the container service.

                A deployment specifies the containers that will be launched on the
                container service and their settings, such as the ports to open, the
                environment variables to apply, and the launch command to run. It also
                specifies the container that will serve as the public endpoint of the
                deployment and its settings, such as the HTTP or HTTPS port to use, and
                the health check configuration.
            private_registry_access: An object to describe the configuration for the
                container service to access private container image repositories, such
                as Amazon Elastic Container Registry (Amazon ECR) private repositories.

                For more information, see
                [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
                in the *Amazon Lightsail Developer Guide*.

        Returns:
            CreateContainerServiceResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``container_service`` (``ContainerService``): An object that describes
                  a container service.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_container_service import OPERATION
        from ..shapes.create_container_service_request import (
            CreateContainerServiceRequest,
        )
        from ..shapes.create_container_service_result import (
            CreateContainerServiceResult,
        )

        request = CreateContainerServiceRequest.build(
            service_name=service_name,
            power=power,
            scale=scale,
            tags=tags,
            public_domain_names=public_domain_names,
            deployment=deployment,
            private_registry_access=private_registry_access,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateContainerServiceResult.from_wire(body)

    async def create_container_service_deployment(
        self,
        *,
        service_name: str,
        containers: Mapping[str, Container | ContainerDict] | None = None,
        public_endpoint: EndpointRequest | EndpointRequestDict | None = None,
    ) -> CreateContainerServiceDeploymentResult:
        """Creates a deployment for your Amazon Lightsail container service.

        A deployment specifies the containers that will be launched on the
        container service and their settings, such as the ports to open, the
        environment variables to apply, and the launch command to run. It also
        specifies the container that will serve as the public endpoint of the
        deployment and its settings, such as the HTTP or HTTPS port to use, and
        the health check configuration.

        You can deploy containers to your container service using container
        images from a public registry such as Amazon ECR Public, or from your
        local machine. For more information, see
        [Creating container images for your Amazon Lightsail container services](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-container-images)
        in the *Amazon Lightsail Developer Guide*.

        Args:
            service_name: Required. The name of the container service for which to
                create the deployment.
            containers: An object that describes the settings of the containers that
                will be launched on the container service.
            public_endpoint: An object that describes the settings of the public
                endpoint for the container service.

        Returns:
            CreateContainerServiceDeploymentResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``container_service`` (``ContainerService``): An object that describes
                  a container service.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_container_service_deployment import OPERATION
        from ..shapes.create_container_service_deployment_request import (
            CreateContainerServiceDeploymentRequest,
        )
        from ..shapes.create_container_service_deployment_result import (
            CreateContainerServiceDeploymentResult,
        )

        request = CreateContainerServiceDeploymentRequest.build(
            service_name=service_name,
            containers=containers,
            public_endpoint=public_endpoint,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateContainerServiceDeploymentResult.from_wire(body)

    async def create_container_service_registry_login(
        self,
    ) -> CreateContainerServiceRegistryLoginResult:
        """Creates a temporary set of log in credentials that you can use to log in
        to the Docker process on your local machine. After you're logged in, you
        can use the native Docker commands to push your local container images
        to the container image registry of your Amazon Lightsail account so that
        you can use them with your Lightsail container service. The log in
        credentials expire 12 hours after they are created, at which point you
        will need to create a new set of log in credentials.

        Note:
            You can only push container images to the container service registry
            of your Lightsail account. You cannot pull container images or
            perform any other container image management actions on the
            container service registry.

        After you push your container images to the container image registry of
        your Lightsail account, use the ``RegisterContainerImage`` action to
        register the pushed images to a specific Lightsail container service.

        Note:
            This action is not required if you install and use the Lightsail
            Control (lightsailctl) plugin to push container images to your
            Lightsail container service. For more information, see
            [Pushing and managing container images on your Amazon Lightsail container services](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-pushing-container-images)
            in the *Amazon Lightsail Developer Guide*.

        Returns:
            CreateContainerServiceRegistryLoginResult: The parsed response. Its
                attributes (``None`` when the response leaves one out):

                - ``registry_login`` (``ContainerServiceRegistryLogin``): An object that
                  describes the log in information for the container service registry of
                  your Lightsail account.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_container_service_registry_login import OPERATION
        from ..shapes.create_container_service_registry_login_request import (
            CreateContainerServiceRegistryLoginRequest,
        )
        from ..shapes.create_container_service_registry_login_result import (
            CreateContainerServiceRegistryLoginResult,
        )

        request = CreateContainerServiceRegistryLoginRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateContainerServiceRegistryLoginResult.from_wire(body)

    async def create_disk(
        self,
        *,
        disk_name: str,
        availability_zone: str,
        size_in_gb: int,
        tags: Sequence[Tag | TagDict] | None = None,
        add_ons: Sequence[AddOnRequest | AddOnRequestDict] | None = None,
    ) -> CreateDiskResult:
        """Creates a block storage disk that can be attached to an Amazon Lightsail
        instance in the same Availability Zone (``us-east-2a``).

        The ``create disk`` operation supports tag-based access control via
        request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_name: Required. The unique Lightsail disk name (``my-disk``).
            availability_zone: Required. The Availability Zone where you want to create
                the disk (``us-east-2a``). Use the same Availability Zone as the
                Lightsail instance to which you want to attach the disk.

                Use the ``get regions`` operation to list the Availability Zones where
                Lightsail is currently available.
            size_in_gb: Required. The size of the disk in GB (``32``).
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.
            add_ons: An array of objects that represent the add-ons to enable for the
                new disk.

        Returns:
            CreateDiskResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_disk import OPERATION
        from ..shapes.create_disk_request import CreateDiskRequest
        from ..shapes.create_disk_result import CreateDiskResult

        request = CreateDiskRequest.build(
            disk_name=disk_name,
            availability_zone=availability_zone,
            size_in_gb=size_in_gb,
            tags=tags,
            add_ons=add_ons,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateDiskResult.from_wire(body)

    async def create_disk_from_snapshot(
        self,
        *,
        disk_name: str,
        availability_zone: str,
        size_in_gb: int,
        disk_snapshot_name: str | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
        add_ons: Sequence[AddOnRequest | AddOnRequestDict] | None = None,
        source_disk_name: str | None = None,
        restore_date: str | None = None,
        use_latest_restorable_auto_snapshot: bool | None = None,
    ) -> CreateDiskFromSnapshotResult:
        """Creates a block storage disk from a manual or automatic snapshot of a
        disk. The resulting disk can be attached to an Amazon Lightsail instance
        in the same Availability Zone (``us-east-2a``).

        The ``create disk from snapshot`` operation supports tag-based access
        control via request tags and resource tags applied to the resource
        identified by ``disk snapshot name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_name: Required. The unique Lightsail disk name (``my-disk``).
            availability_zone: Required. The Availability Zone where you want to create
                the disk (``us-east-2a``). Choose the same Availability Zone as the
                Lightsail instance where you want to create the disk.

                Use the GetRegions operation to list the Availability Zones where
                Lightsail is currently available.
            size_in_gb: Required. The size of the disk in GB (``32``).
            disk_snapshot_name: The name of the disk snapshot (``my-snapshot``) from
                which to create the new storage disk.

                Constraint:

                - This parameter cannot be defined together with the
                  ``source disk name`` parameter. The ``disk snapshot name`` and
                  ``source disk name`` parameters are mutually exclusive.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.
            add_ons: An array of objects that represent the add-ons to enable for the
                new disk.
            source_disk_name: The name of the source disk from which the source
                automatic snapshot was created.

                Constraints:

                - This parameter cannot be defined together with the
                  ``disk snapshot name`` parameter. The ``source disk name`` and
                  ``disk snapshot name`` parameters are mutually exclusive.
                - Define this parameter only when creating a new disk from an automatic
                  snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
            restore_date: The date of the automatic snapshot to use for the new disk.
                Use the ``get auto snapshots`` operation to identify the dates of the
                available automatic snapshots.

                Constraints:

                - Must be specified in ``YYYY-MM-DD`` format.
                - This parameter cannot be defined together with the
                  ``use latest restorable auto snapshot`` parameter. The
                  ``restore date`` and ``use latest restorable auto snapshot``
                  parameters are mutually exclusive.
                - Define this parameter only when creating a new disk from an automatic
                  snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
            use_latest_restorable_auto_snapshot: A Boolean value to indicate whether to
                use the latest available automatic snapshot.

                Constraints:

                - This parameter cannot be defined together with the ``restore date``
                  parameter. The ``use latest restorable auto snapshot`` and
                  ``restore date`` parameters are mutually exclusive.
                - Define this parameter only when creating a new disk from an automatic
                  snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).

        Returns:
            CreateDiskFromSnapshotResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_disk_from_snapshot import OPERATION
        from ..shapes.create_disk_from_snapshot_request import (
            CreateDiskFromSnapshotRequest,
        )
        from ..shapes.create_disk_from_snapshot_result import (
            CreateDiskFromSnapshotResult,
        )

        request = CreateDiskFromSnapshotRequest.build(
            disk_name=disk_name,
            availability_zone=availability_zone,
            size_in_gb=size_in_gb,
            disk_snapshot_name=disk_snapshot_name,
            tags=tags,
            add_ons=add_ons,
            source_disk_name=source_disk_name,
            restore_date=restore_date,
            use_latest_restorable_auto_snapshot=use_latest_restorable_auto_snapshot,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateDiskFromSnapshotResult.from_wire(body)

    async def create_disk_snapshot(
        self,
        *,
        disk_snapshot_name: str,
        disk_name: str | None = None,
        instance_name: str | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateDiskSnapshotResult:
        """Creates a snapshot of a block storage disk. You can use snapshots for
        backups, to make copies of disks, and to save data before shutting down
        a Lightsail instance.

        You can take a snapshot of an attached disk that is in use; however,
        snapshots only capture data that has been written to your disk at the
        time the snapshot command is issued. This may exclude any data that has
        been cached by any applications or the operating system. If you can
        pause any file systems on the disk long enough to take a snapshot, your
        snapshot should be complete. Nevertheless, if you cannot pause all file
        writes to the disk, you should unmount the disk from within the
        Lightsail instance, issue the create disk snapshot command, and then
        remount the disk to ensure a consistent and complete snapshot. You may
        remount and use your disk while the snapshot status is pending.

        You can also use this operation to create a snapshot of an instance's
        system volume. You might want to do this, for example, to recover data
        from the system volume of a botched instance or to create a backup of
        the system volume like you would for a block storage disk. To create a
        snapshot of a system volume, just define the ``instance name`` parameter
        when issuing the snapshot command, and a snapshot of the defined
        instance's system volume will be created. After the snapshot is
        available, you can create a block storage disk from the snapshot and
        attach it to a running instance to access the data on the disk.

        The ``create disk snapshot`` operation supports tag-based access control
        via request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_snapshot_name: Required. The name of the destination disk snapshot
                (``my-disk-snapshot``) based on the source disk.
            disk_name: The unique name of the source disk (``Disk-Virginia-1``).

                Note:
                    This parameter cannot be defined together with the ``instance name``
                    parameter. The ``disk name`` and ``instance name`` parameters are
                    mutually exclusive.
            instance_name: The unique name of the source instance
                (``Amazon_Linux-512MB-Virginia-1``). When this is defined, a snapshot of
                the instance's system volume is created.

                Note:
                    This parameter cannot be defined together with the ``disk name``
                    parameter. The ``instance name`` and ``disk name`` parameters are
                    mutually exclusive.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateDiskSnapshotResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_disk_snapshot import OPERATION
        from ..shapes.create_disk_snapshot_request import CreateDiskSnapshotRequest
        from ..shapes.create_disk_snapshot_result import CreateDiskSnapshotResult

        request = CreateDiskSnapshotRequest.build(
            disk_snapshot_name=disk_snapshot_name,
            disk_name=disk_name,
            instance_name=instance_name,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateDiskSnapshotResult.from_wire(body)

    async def create_distribution(
        self,
        *,
        distribution_name: str,
        origin: InputOrigin | InputOriginDict,
        default_cache_behavior: CacheBehavior | CacheBehaviorDict,
        bundle_id: str,
        cache_behavior_settings: CacheSettings | CacheSettingsDict | None = None,
        cache_behaviors: (
            Sequence[CacheBehaviorPerPath | CacheBehaviorPerPathDict] | None
        ) = None,
        ip_address_type: IpAddressType | str | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
        certificate_name: str | None = None,
        viewer_minimum_tls_protocol_version: (
            ViewerMinimumTlsProtocolVersionEnum | str | None
        ) = None,
        enable_private_origin_access: bool | None = None,
        default_root_object: str | None = None,
        custom_error_responses: (
            Sequence[
                DistributionCustomErrorResponse | DistributionCustomErrorResponseDict
            ]
            | None
        ) = None,
        enable_waf: bool | None = None,
        waf_rules: Sequence[WafRule | WafRuleDict] | None = None,
        subdomain_name: str | None = None,
    ) -> CreateDistributionResult:
        """Creates an Amazon Lightsail content delivery network (CDN) distribution.

        A distribution is a globally distributed network of caching servers that
        improve the performance of your website or web application hosted on a
        Lightsail instance. For more information, see
        [Content delivery networks in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-content-delivery-network-distributions).

        Args:
            distribution_name: Required. The name for the distribution.
            origin: Required. An object that describes the origin resource for the
                distribution, such as a Lightsail instance, bucket, or load balancer.

                The distribution pulls, caches, and serves content from the origin.
            default_cache_behavior: Required. An object that describes the default cache
                behavior for the distribution.
            bundle_id: Required. The bundle ID to use for the distribution.

                A distribution bundle describes the specifications of your distribution,
                such as the monthly cost and monthly network transfer quota.

                Use the ``GetDistributionBundles`` action to get a list of distribution
                bundle IDs that you can specify.
            cache_behavior_settings: An object that describes the cache behavior
                settings for the distribution.
            cache_behaviors: An array of objects that describe the per-path cache
                behavior for the distribution.
            ip_address_type: The IP address type for the distribution.

                The possible values are ``ipv4`` for IPv4 only, and ``dualstack`` for
                IPv4 and IPv6.

                The default value is ``dualstack``.
            tags: The tag keys and optional values to add to the distribution during
                create.

                Use the ``TagResource`` action to tag a resource after it's created.
            certificate_name: The name of the SSL/TLS certificate that you want to
                attach to the distribution.

                Use the
                [GetCertificates](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html)
                action to get a list of certificate names that you can specify.
            viewer_minimum_tls_protocol_version: The minimum TLS protocol version for
                the SSL/TLS certificate.
            enable_private_origin_access: Specifies whether to enable private origin
                access for the distribution. With private origin access, the
                distribution can serve objects that aren't publicly accessible from a
                Lightsail bucket.

                Lightsail grants the distribution permission to read the bucket's
                objects. Enabling private origin access doesn't change the bucket's
                access settings, and you can still retrieve publicly accessible objects
                directly from the bucket's endpoint.

                Note:
                    You can enable private origin access only when the distribution's
                    origin is a Lightsail bucket. If the origin is another resource
                    type, the request fails.
            default_root_object: The object (for example, ``index.html``) that the
                distribution returns when a viewer requests the root URL of the
                distribution (``/``) instead of a specific object. The object that you
                specify must be available from the origin.
            custom_error_responses: An array of objects that describe the custom error
                responses for the distribution. With a custom error response, you can
                specify the page to return when the origin responds with a given HTTP
                error code. You can also specify the HTTP status code to send to the
                viewer.
            enable_waf: Specifies whether to enable Web Application Firewall (WAF) for
                the distribution. WAF inspects viewer requests and blocks requests that
                match the WAF rule groups that you enable.

                When you enable WAF without specifying the ``wafRules`` parameter, the
                distribution has no WAF rule groups enabled and doesn't block any
                requests.

                Note:
                    WAF is available only for distributions that use the ``medium_1_0``
                    or ``large_1_0`` bundle.
            waf_rules: An array of objects that describe the WAF rule groups to enable
                for the distribution.

                The WAF rule groups that you can specify depend on the bundle of the
                distribution:

                - ``medium_1_0`` – Supports the ``AWSManagedRulesCommonRuleSet``,
                  ``AWSManagedRulesKnownBadInputsRuleSet``, and
                  ``AWSManagedRulesAnonymousIpList`` rule groups.
                - ``large_1_0`` – Supports the rule groups for ``medium_1_0``, plus
                  ``AWSManagedRulesAdminProtectionRuleSet``,
                  ``AWSManagedRulesSQLiRuleSet``, ``AWSManagedRulesLinuxRuleSet``,
                  ``AWSManagedRulesUnixRuleSet``, ``AWSManagedRulesWindowsRuleSet``,
                  ``AWSManagedRulesPHPRuleSet``, ``AWSManagedRulesWordPressRuleSet``,
                  ``AWSManagedRulesAmazonIpReputationList``,
                  ``AWSManagedRulesATPRuleSet``, ``AWSManagedRulesACFPRuleSet``, and
                  ``AWSManagedRulesBotControlRuleSet`` rule groups.
            subdomain_name: The Lightsail subdomain to create and associate with the
                distribution (for example, ``mysite``, for the web address
                ``mysite.amazonlightsail.com``).

                After the distribution is deployed, Lightsail creates the subdomain and
                associates it with the distribution. If Lightsail can't create or
                associate the subdomain, it still creates the distribution, but the
                ``CreateDistribution`` operation fails and the ``state`` of the
                distribution's ``subdomain`` is ``Error``. To check the status, use the
                ``subdomain`` parameter of the distribution.

        Returns:
            CreateDistributionResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``distribution`` (``LightsailDistribution``): An object that describes
                  the distribution created.
                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_distribution import OPERATION
        from ..shapes.create_distribution_request import CreateDistributionRequest
        from ..shapes.create_distribution_result import CreateDistributionResult

        request = CreateDistributionRequest.build(
            distribution_name=distribution_name,
            origin=origin,
            default_cache_behavior=default_cache_behavior,
            bundle_id=bundle_id,
            cache_behavior_settings=cache_behavior_settings,
            cache_behaviors=cache_behaviors,
            ip_address_type=ip_address_type,
            tags=tags,
            certificate_name=certificate_name,
            viewer_minimum_tls_protocol_version=viewer_minimum_tls_protocol_version,
            enable_private_origin_access=enable_private_origin_access,
            default_root_object=default_root_object,
            custom_error_responses=custom_error_responses,
            enable_waf=enable_waf,
            waf_rules=waf_rules,
            subdomain_name=subdomain_name,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateDistributionResult.from_wire(body)

    async def create_domain(
        self, *, domain_name: str, tags: Sequence[Tag | TagDict] | None = None
    ) -> CreateDomainResult:
        """Creates a domain resource for the specified domain (example.com).

        The ``create domain`` operation supports tag-based access control via
        request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            domain_name: Required. The domain name to manage (``example.com``).
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateDomainResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_domain import OPERATION
        from ..shapes.create_domain_request import CreateDomainRequest
        from ..shapes.create_domain_result import CreateDomainResult

        request = CreateDomainRequest.build(domain_name=domain_name, tags=tags)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateDomainResult.from_wire(body)

    async def create_domain_entry(
        self, *, domain_name: str, domain_entry: DomainEntry | DomainEntryDict
    ) -> CreateDomainEntryResult:
        """Creates one of the following domain name system (DNS) records in a
        domain DNS zone: Address (A), canonical name (CNAME), mail exchanger
        (MX), name server (NS), start of authority (SOA), service locator (SRV),
        or text (TXT).

        The ``create domain entry`` operation supports tag-based access control
        via resource tags applied to the resource identified by ``domain name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            domain_name: Required. The domain name (``example.com``) for which you want
                to create the domain entry.
            domain_entry: Required. An array of key-value pairs containing information
                about the domain entry request.

        Returns:
            CreateDomainEntryResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_domain_entry import OPERATION
        from ..shapes.create_domain_entry_request import CreateDomainEntryRequest
        from ..shapes.create_domain_entry_result import CreateDomainEntryResult

        request = CreateDomainEntryRequest.build(
            domain_name=domain_name, domain_entry=domain_entry
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateDomainEntryResult.from_wire(body)

    async def create_gui_session_access_details(
        self, *, resource_name: str
    ) -> CreateGUISessionAccessDetailsResult:
        """Creates two URLs that are used to access a virtual computer’s graphical
        user interface (GUI) session. The primary URL initiates a web-based
        Amazon DCV session to the virtual computer's application. The secondary
        URL initiates a web-based Amazon DCV session to the virtual computer's
        operating session.

        Use ``StartGUISession`` to open the session.

        Args:
            resource_name: Required. The resource name.

        Returns:
            CreateGUISessionAccessDetailsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``resource_name`` (``str``): The resource name.
                - ``status`` (``Status | str``): The status of the operation.
                - ``percentage_complete`` (``int``): The percentage of completion for
                  the operation.
                - ``failure_reason`` (``str``): The reason the operation failed.
                - ``sessions`` (``list[Session]``): Returns information about the
                  specified Amazon DCV GUI session.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.create_gui_session_access_details import OPERATION
        from ..shapes.create_gui_session_access_details_request import (
            CreateGUISessionAccessDetailsRequest,
        )
        from ..shapes.create_gui_session_access_details_result import (
            CreateGUISessionAccessDetailsResult,
        )

        request = CreateGUISessionAccessDetailsRequest(resource_name=resource_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateGUISessionAccessDetailsResult.from_wire(body)

    async def create_instance_snapshot(
        self,
        *,
        instance_snapshot_name: str,
        instance_name: str,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateInstanceSnapshotResult:
        """Creates a snapshot of a specific virtual private server, or *instance*.
        You can use a snapshot to create a new instance that is based on that
        snapshot.

        The ``create instance snapshot`` operation supports tag-based access
        control via request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_snapshot_name: Required. The name for your new snapshot.
            instance_name: Required. The Lightsail instance on which to base your
                snapshot.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateInstanceSnapshotResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_instance_snapshot import OPERATION
        from ..shapes.create_instance_snapshot_request import (
            CreateInstanceSnapshotRequest,
        )
        from ..shapes.create_instance_snapshot_result import (
            CreateInstanceSnapshotResult,
        )

        request = CreateInstanceSnapshotRequest.build(
            instance_snapshot_name=instance_snapshot_name,
            instance_name=instance_name,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateInstanceSnapshotResult.from_wire(body)

    async def create_instances(
        self,
        *,
        instance_names: list[str],
        availability_zone: str,
        blueprint_id: str,
        bundle_id: str,
        custom_image_name: str | None = None,
        user_data: str | None = None,
        key_pair_name: str | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
        add_ons: Sequence[AddOnRequest | AddOnRequestDict] | None = None,
        ip_address_type: IpAddressType | str | None = None,
    ) -> CreateInstancesResult:
        """Creates one or more Amazon Lightsail instances.

        The ``create instances`` operation supports tag-based access control via
        request tags. For more information, see the
        [Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_names: Required. The names to use for your new Lightsail instances.
                Separate multiple values using quotation marks and commas, for example:
                ``["MyFirstInstance","MySecondInstance"]``
            availability_zone: Required. The Availability Zone in which to create your
                instance. Use the following format: ``us-east-2a`` (case sensitive). You
                can get a list of Availability Zones by using the
                [get regions](http://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html)
                operation. Be sure to add the ``include Availability Zones`` parameter
                to your request.
            blueprint_id: Required. The ID for a virtual private server image
                (``app_wordpress_x_x`` or ``app_lamp_x_x``). Use the ``get blueprints``
                operation to return a list of available images (or *blueprints*).

                Note:
                    Use active blueprints when creating new instances. Inactive
                    blueprints are listed to support customers with existing instances
                    and are not necessarily available to create new instances.
                    Blueprints are marked inactive when they become outdated due to
                    operating system updates or new application releases.
            bundle_id: Required. The bundle of specification information for your
                virtual private server (or *instance*), including the pricing plan
                (``medium_x_x``).
            custom_image_name: Deprecated. (Discontinued) The name for your custom
                image.

                Note:
                    In releases prior to June 12, 2017, this parameter was ignored by
                    the API. It is now discontinued.
            user_data: A launch script you can create that configures a server with
                additional user data. For example, you might want to run
                ``apt-get -y update``.

                Note:
                    Depending on the machine image you choose, the command to get
                    software on your instance varies. Amazon Linux and CentOS use
                    ``yum``, Debian and Ubuntu use ``apt-get``, and FreeBSD uses
                    ``pkg``. For a complete list, see the
                    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/compare-options-choose-lightsail-instance-image).
            key_pair_name: The name of your key pair.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.
            add_ons: An array of objects representing the add-ons to enable for the new
                instance.
            ip_address_type: The IP address type for the instance.

                The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
                and ``dualstack`` for IPv4 and IPv6.

                The default value is ``dualstack``.

        Returns:
            CreateInstancesResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        if custom_image_name is not None:
            warnings.warn(
                "create_instances: argument custom_image_name is deprecated",
                DeprecationWarning,
                stacklevel=3,
            )
        from ..operations.create_instances import OPERATION
        from ..shapes.create_instances_request import CreateInstancesRequest
        from ..shapes.create_instances_result import CreateInstancesResult

        request = CreateInstancesRequest.build(
            instance_names=instance_names,
            availability_zone=availability_zone,
            blueprint_id=blueprint_id,
            bundle_id=bundle_id,
            custom_image_name=custom_image_name,
            user_data=user_data,
            key_pair_name=key_pair_name,
            tags=tags,
            add_ons=add_ons,
            ip_address_type=ip_address_type,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateInstancesResult.from_wire(body)

    async def create_instances_from_snapshot(
        self,
        *,
        instance_names: list[str],
        availability_zone: str,
        bundle_id: str,
        attached_disk_mapping: (
            Mapping[str, Sequence[DiskMap | DiskMapDict]] | None
        ) = None,
        instance_snapshot_name: str | None = None,
        user_data: str | None = None,
        key_pair_name: str | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
        add_ons: Sequence[AddOnRequest | AddOnRequestDict] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        source_instance_name: str | None = None,
        restore_date: str | None = None,
        use_latest_restorable_auto_snapshot: bool | None = None,
    ) -> CreateInstancesFromSnapshotResult:
        """Creates one or more new instances from a manual or automatic snapshot of
        an instance.

        The ``create instances from snapshot`` operation supports tag-based
        access control via request tags and resource tags applied to the
        resource identified by ``instance snapshot name``. For more information,
        see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_names: Required. The names for your new instances.
            availability_zone: Required. The Availability Zone where you want to create
                your instances. Use the following formatting: ``us-east-2a`` (case
                sensitive). You can get a list of Availability Zones by using the
                [get regions](http://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html)
                operation. Be sure to add the ``include Availability Zones`` parameter
                to your request.
            bundle_id: Required. The bundle of specification information for your
                virtual private server (or *instance*), including the pricing plan
                (``micro_x_x``).
            attached_disk_mapping: An object containing information about one or more
                disk mappings.
            instance_snapshot_name: The name of the instance snapshot on which you are
                basing your new instances. Use the get instance snapshots operation to
                return information about your existing snapshots.

                Constraint:

                - This parameter cannot be defined together with the
                  ``source instance name`` parameter. The ``instance snapshot name`` and
                  ``source instance name`` parameters are mutually exclusive.
            user_data: You can create a launch script that configures a server with
                additional user data. For example, ``apt-get -y update``.

                Note:
                    Depending on the machine image you choose, the command to get
                    software on your instance varies. Amazon Linux and CentOS use
                    ``yum``, Debian and Ubuntu use ``apt-get``, and FreeBSD uses
                    ``pkg``. For a complete list, see the
                    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/compare-options-choose-lightsail-instance-image).
            key_pair_name: The name for your key pair.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.
            add_ons: An array of objects representing the add-ons to enable for the new
                instance.
            ip_address_type: The IP address type for the instance.

                The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
                and ``dualstack`` for IPv4 and IPv6.

                The default value is ``dualstack``.
            source_instance_name: The name of the source instance from which the source
                automatic snapshot was created.

                Constraints:

                - This parameter cannot be defined together with the
                  ``instance snapshot name`` parameter. The ``source instance name`` and
                  ``instance snapshot name`` parameters are mutually exclusive.
                - Define this parameter only when creating a new instance from an
                  automatic snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
            restore_date: The date of the automatic snapshot to use for the new
                instance. Use the ``get auto snapshots`` operation to identify the dates
                of the available automatic snapshots.

                Constraints:

                - Must be specified in ``YYYY-MM-DD`` format.
                - This parameter cannot be defined together with the
                  ``use latest restorable auto snapshot`` parameter. The
                  ``restore date`` and ``use latest restorable auto snapshot``
                  parameters are mutually exclusive.
                - Define this parameter only when creating a new instance from an
                  automatic snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
            use_latest_restorable_auto_snapshot: A Boolean value to indicate whether to
                use the latest available automatic snapshot.

                Constraints:

                - This parameter cannot be defined together with the ``restore date``
                  parameter. The ``use latest restorable auto snapshot`` and
                  ``restore date`` parameters are mutually exclusive.
                - Define this parameter only when creating a new instance from an
                  automatic snapshot. For more information, see the
                  [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).

        Returns:
            CreateInstancesFromSnapshotResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_instances_from_snapshot import OPERATION
        from ..shapes.create_instances_from_snapshot_request import (
            CreateInstancesFromSnapshotRequest,
        )
        from ..shapes.create_instances_from_snapshot_result import (
            CreateInstancesFromSnapshotResult,
        )

        request = CreateInstancesFromSnapshotRequest.build(
            instance_names=instance_names,
            availability_zone=availability_zone,
            bundle_id=bundle_id,
            attached_disk_mapping=attached_disk_mapping,
            instance_snapshot_name=instance_snapshot_name,
            user_data=user_data,
            key_pair_name=key_pair_name,
            tags=tags,
            add_ons=add_ons,
            ip_address_type=ip_address_type,
            source_instance_name=source_instance_name,
            restore_date=restore_date,
            use_latest_restorable_auto_snapshot=use_latest_restorable_auto_snapshot,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateInstancesFromSnapshotResult.from_wire(body)

    async def create_key_pair(
        self, *, key_pair_name: str, tags: Sequence[Tag | TagDict] | None = None
    ) -> CreateKeyPairResult:
        """Creates a custom SSH key pair that you can use with an Amazon Lightsail
        instance.

        Note:
            Use the
            [DownloadDefaultKeyPair](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DownloadDefaultKeyPair.html)
            action to create a Lightsail default key pair in an Amazon Web
            Services Region where a default key pair does not currently exist.

        The ``create key pair`` operation supports tag-based access control via
        request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            key_pair_name: Required. The name for your new key pair.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateKeyPairResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``key_pair`` (``KeyPair``): An array of key-value pairs containing
                  information about the new key pair you just created.
                - ``public_key_base64`` (``str``): A base64-encoded public key of the
                  ``ssh-rsa`` type.
                - ``private_key_base64`` (``str``): A base64-encoded RSA private key.
                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_key_pair import OPERATION
        from ..shapes.create_key_pair_request import CreateKeyPairRequest
        from ..shapes.create_key_pair_result import CreateKeyPairResult

        request = CreateKeyPairRequest.build(key_pair_name=key_pair_name, tags=tags)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateKeyPairResult.from_wire(body)

    async def create_load_balancer(
        self,
        *,
        load_balancer_name: str,
        instance_port: int,
        health_check_path: str | None = None,
        certificate_name: str | None = None,
        certificate_domain_name: str | None = None,
        certificate_alternative_names: list[str] | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        tls_policy_name: str | None = None,
    ) -> CreateLoadBalancerResult:
        """Creates a Lightsail load balancer. To learn more about deciding whether
        to load balance your application, see
        [Configure your Lightsail instances for load balancing](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-lightsail-instances-for-load-balancing).
        You can create up to 10 load balancers per AWS Region in your account.

        When you create a load balancer, you can specify a unique name and port
        settings. To change additional load balancer settings, use the
        ``UpdateLoadBalancerAttribute`` operation.

        The ``create load balancer`` operation supports tag-based access control
        via request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The name of your load balancer.
            instance_port: Required. The instance port where you're creating your load
                balancer.
            health_check_path: The path you provided to perform the load balancer health
                check. If you didn't specify a health check path, Lightsail uses the
                root path of your website (``"/"``).

                You may want to specify a custom health check path other than the root
                of your application if your home page loads slowly or has a lot of media
                or scripting on it.
            certificate_name: The name of the SSL/TLS certificate.

                If you specify ``certificateName``, then ``certificateDomainName`` is
                required (and vice-versa).
            certificate_domain_name: The domain name with which your certificate is
                associated (``example.com``).

                If you specify ``certificateDomainName``, then ``certificateName`` is
                required (and vice-versa).
            certificate_alternative_names: The optional alternative domains and
                subdomains to use with your SSL/TLS certificate (``www.example.com``,
                ``example.com``, ``m.example.com``, ``blog.example.com``).
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.
            ip_address_type: The IP address type for the load balancer.

                The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
                and ``dualstack`` for IPv4 and IPv6.

                The default value is ``dualstack``.
            tls_policy_name: The name of the TLS policy to apply to the load balancer.

                Use the
                [GetLoadBalancerTlsPolicies](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html)
                action to get a list of TLS policy names that you can specify.

                For more information about load balancer TLS policies, see
                [Configuring TLS security policies on your Amazon Lightsail load balancers](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configure-load-balancer-tls-security-policy)
                in the *Amazon Lightsail Developer Guide*.

        Returns:
            CreateLoadBalancerResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_load_balancer import OPERATION
        from ..shapes.create_load_balancer_request import CreateLoadBalancerRequest
        from ..shapes.create_load_balancer_result import CreateLoadBalancerResult

        request = CreateLoadBalancerRequest.build(
            load_balancer_name=load_balancer_name,
            instance_port=instance_port,
            health_check_path=health_check_path,
            certificate_name=certificate_name,
            certificate_domain_name=certificate_domain_name,
            certificate_alternative_names=certificate_alternative_names,
            tags=tags,
            ip_address_type=ip_address_type,
            tls_policy_name=tls_policy_name,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateLoadBalancerResult.from_wire(body)

    async def create_load_balancer_tls_certificate(
        self,
        *,
        load_balancer_name: str,
        certificate_name: str,
        certificate_domain_name: str,
        certificate_alternative_names: list[str] | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateLoadBalancerTlsCertificateResult:
        """Creates an SSL/TLS certificate for an Amazon Lightsail load balancer.

        TLS is just an updated, more secure version of Secure Socket Layer
        (SSL).

        The ``CreateLoadBalancerTlsCertificate`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The load balancer name where you want to
                create the SSL/TLS certificate.
            certificate_name: Required. The SSL/TLS certificate name.

                You can have up to 10 certificates in your account at one time. Each
                Lightsail load balancer can have up to 2 certificates associated with it
                at one time. There is also an overall limit to the number of
                certificates that can be issue in a 365-day period. For more
                information, see
                [Limits](http://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html).
            certificate_domain_name: Required. The domain name (``example.com``) for
                your SSL/TLS certificate.
            certificate_alternative_names: An array of strings listing alternative
                domains and subdomains for your SSL/TLS certificate. Lightsail will
                de-dupe the names for you. You can have a maximum of 9 alternative names
                (in addition to the 1 primary domain). We do not support wildcards
                (``*.example.com``).
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateLoadBalancerTlsCertificateResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_load_balancer_tls_certificate import OPERATION
        from ..shapes.create_load_balancer_tls_certificate_request import (
            CreateLoadBalancerTlsCertificateRequest,
        )
        from ..shapes.create_load_balancer_tls_certificate_result import (
            CreateLoadBalancerTlsCertificateResult,
        )

        request = CreateLoadBalancerTlsCertificateRequest.build(
            load_balancer_name=load_balancer_name,
            certificate_name=certificate_name,
            certificate_domain_name=certificate_domain_name,
            certificate_alternative_names=certificate_alternative_names,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateLoadBalancerTlsCertificateResult.from_wire(body)

    async def create_relational_database(
        self,
        *,
        relational_database_name: str,
        relational_database_blueprint_id: str,
        relational_database_bundle_id: str,
        master_database_name: str,
        master_username: str,
        availability_zone: str | None = None,
        master_user_password: str | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        publicly_accessible: bool | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateRelationalDatabaseResult:
        """Creates a new database in Amazon Lightsail.

        The ``create relational database`` operation supports tag-based access
        control via request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name to use for your new Lightsail
                database resource.

                Constraints:

                - Must contain from 2 to 255 alphanumeric characters, or hyphens.
                - The first and last character must be a letter or number.
            relational_database_blueprint_id: Required. The blueprint ID for your new
                database. A blueprint describes the major engine version of a database.

                You can get a list of database blueprints IDs by using the
                ``get relational database blueprints`` operation.
            relational_database_bundle_id: Required. The bundle ID for your new
                database. A bundle describes the performance specifications for your
                database.

                You can get a list of database bundle IDs by using the
                ``get relational database bundles`` operation.
            master_database_name: Required. The meaning of this parameter differs
                according to the database engine you use.

                **MySQL**

                The name of the database to create when the Lightsail database resource
                is created. If this parameter isn't specified, no database is created in
                the database resource.

                Constraints:

                - Must contain 1 to 64 letters or numbers.
                - Must begin with a letter. Subsequent characters can be letters,
                  underscores, or digits (0- 9).
                - Can't be a word reserved by the specified database engine.
                  For more information about reserved words in MySQL, see the Keywords
                  and Reserved Words articles for
                  [MySQL 5.6](https://dev.mysql.com/doc/refman/5.6/en/keywords.html),
                  [MySQL 5.7](https://dev.mysql.com/doc/refman/5.7/en/keywords.html),
                  and
                  [MySQL 8.0](https://dev.mysql.com/doc/refman/8.0/en/keywords.html).

                **PostgreSQL**

                The name of the database to create when the Lightsail database resource
                is created. If this parameter isn't specified, a database named
                ``postgres`` is created in the database resource.

                Constraints:

                - Must contain 1 to 63 letters or numbers.
                - Must begin with a letter. Subsequent characters can be letters,
                  underscores, or digits (0- 9).
                - Can't be a word reserved by the specified database engine.
                  For more information about reserved words in PostgreSQL, see the SQL
                  Key Words articles for
                  [PostgreSQL 9.6](https://www.postgresql.org/docs/9.6/sql-keywords-appendix.html),
                  [PostgreSQL 10](https://www.postgresql.org/docs/10/sql-keywords-appendix.html),
                  [PostgreSQL 11](https://www.postgresql.org/docs/11/sql-keywords-appendix.html),
                  and
                  [PostgreSQL 12](https://www.postgresql.org/docs/12/sql-keywords-appendix.html).
            master_username: Required. The name for the master user.

                **MySQL**

                Constraints:

                - Required for MySQL.
                - Must be 1 to 16 letters or numbers. Can contain underscores.
                - First character must be a letter.
                - Can't be a reserved word for the chosen database engine.
                  For more information about reserved words in MySQL 5.6 or 5.7, see the
                  Keywords and Reserved Words articles for
                  [MySQL 5.6](https://dev.mysql.com/doc/refman/5.6/en/keywords.html),
                  [MySQL 5.7](https://dev.mysql.com/doc/refman/5.7/en/keywords.html), or
                  [MySQL 8.0](https://dev.mysql.com/doc/refman/8.0/en/keywords.html).

                **PostgreSQL**

                Constraints:

                - Required for PostgreSQL.
                - Must be 1 to 63 letters or numbers. Can contain underscores.
                - First character must be a letter.
                - Can't be a reserved word for the chosen database engine.
                  For more information about reserved words in MySQL 5.6 or 5.7, see the
                  Keywords and Reserved Words articles for
                  [PostgreSQL 9.6](https://www.postgresql.org/docs/9.6/sql-keywords-appendix.html),
                  [PostgreSQL 10](https://www.postgresql.org/docs/10/sql-keywords-appendix.html),
                  [PostgreSQL 11](https://www.postgresql.org/docs/11/sql-keywords-appendix.html),
                  and
                  [PostgreSQL 12](https://www.postgresql.org/docs/12/sql-keywords-appendix.html).
            availability_zone: The Availability Zone in which to create your new
                database. Use the ``us-east-2a`` case-sensitive format.

                You can get a list of Availability Zones by using the ``get regions``
                operation. Be sure to add the
                ``include relational database Availability Zones`` parameter to your
                request.
            master_user_password: The password for the master user. The password can
                include any printable ASCII character except "/", ""\", or "@". It
                cannot contain spaces.

                **MySQL**

                Constraints: Must contain from 8 to 41 characters.

                **PostgreSQL**

                Constraints: Must contain from 8 to 128 characters.
            preferred_backup_window: The daily time range during which automated backups
                are created for your new database if automated backups are enabled.

                The default is a 30-minute window selected at random from an 8-hour
                block of time for each AWS Region. For more information about the
                preferred backup window time blocks for each region, see the
                [Working With Backups](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupWindow)
                guide in the Amazon Relational Database Service documentation.

                Constraints:

                - Must be in the ``hh24:mi-hh24:mi`` format.
                  Example: ``16:00-16:30``
                - Specified in Coordinated Universal Time (UTC).
                - Must not conflict with the preferred maintenance window.
                - Must be at least 30 minutes.
            preferred_maintenance_window: The weekly time range during which system
                maintenance can occur on your new database.

                The default is a 30-minute window selected at random from an 8-hour
                block of time for each AWS Region, occurring on a random day of the
                week.

                Constraints:

                - Must be in the ``ddd:hh24:mi-ddd:hh24:mi`` format.
                - Valid days: Mon, Tue, Wed, Thu, Fri, Sat, Sun.
                - Must be at least 30 minutes.
                - Specified in Coordinated Universal Time (UTC).
                - Example: ``Tue:17:00-Tue:17:30``
            publicly_accessible: Specifies the accessibility options for your new
                database. A value of ``true`` specifies a database that is available to
                resources outside of your Lightsail account. A value of ``false``
                specifies a database that is available only to your Lightsail resources
                in the same region as your database.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateRelationalDatabaseResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_relational_database import OPERATION
        from ..shapes.create_relational_database_request import (
            CreateRelationalDatabaseRequest,
        )
        from ..shapes.create_relational_database_result import (
            CreateRelationalDatabaseResult,
        )

        request = CreateRelationalDatabaseRequest.build(
            relational_database_name=relational_database_name,
            relational_database_blueprint_id=relational_database_blueprint_id,
            relational_database_bundle_id=relational_database_bundle_id,
            master_database_name=master_database_name,
            master_username=master_username,
            availability_zone=availability_zone,
            master_user_password=master_user_password,
            preferred_backup_window=preferred_backup_window,
            preferred_maintenance_window=preferred_maintenance_window,
            publicly_accessible=publicly_accessible,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateRelationalDatabaseResult.from_wire(body)

    async def create_relational_database_from_snapshot(
        self,
        *,
        relational_database_name: str,
        availability_zone: str | None = None,
        publicly_accessible: bool | None = None,
        relational_database_snapshot_name: str | None = None,
        relational_database_bundle_id: str | None = None,
        source_relational_database_name: str | None = None,
        restore_time: datetime | None = None,
        use_latest_restorable_time: bool | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateRelationalDatabaseFromSnapshotResult:
        """Creates a new database from an existing database snapshot in Amazon
        Lightsail.

        You can create a new database from a snapshot in if something goes wrong
        with your original database, or to change it to a different plan, such
        as a high availability or standard plan.

        The ``create relational database from snapshot`` operation supports
        tag-based access control via request tags and resource tags applied to
        the resource identified by relationalDatabaseSnapshotName. For more
        information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name to use for your new Lightsail
                database resource.

                Constraints:

                - Must contain from 2 to 255 alphanumeric characters, or hyphens.
                - The first and last character must be a letter or number.
            availability_zone: The Availability Zone in which to create your new
                database. Use the ``us-east-2a`` case-sensitive format.

                You can get a list of Availability Zones by using the ``get regions``
                operation. Be sure to add the
                ``include relational database Availability Zones`` parameter to your
                request.
            publicly_accessible: Specifies the accessibility options for your new
                database. A value of ``true`` specifies a database that is available to
                resources outside of your Lightsail account. A value of ``false``
                specifies a database that is available only to your Lightsail resources
                in the same region as your database.
            relational_database_snapshot_name: The name of the database snapshot from
                which to create your new database.
            relational_database_bundle_id: The bundle ID for your new database. A bundle
                describes the performance specifications for your database.

                You can get a list of database bundle IDs by using the
                ``get relational database bundles`` operation.

                When creating a new database from a snapshot, you cannot choose a bundle
                that is smaller than the bundle of the source database.
            source_relational_database_name: The name of the source database.
            restore_time: The date and time to restore your database from.

                Constraints:

                - Must be before the latest restorable time for the database.
                - Cannot be specified if the ``use latest restorable time`` parameter is
                  ``true``.
                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use a restore time of October 1, 2018, at
                  8 PM UTC, then you input ``1538424000`` as the restore time.
            use_latest_restorable_time: Specifies whether your database is restored from
                the latest backup time. A value of ``true`` restores from the latest
                backup time.

                Default: ``false``

                Constraints: Cannot be specified if the ``restore time`` parameter is
                provided.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateRelationalDatabaseFromSnapshotResult: The parsed response. Its
                attributes (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_relational_database_from_snapshot import OPERATION
        from ..shapes.create_relational_database_from_snapshot_request import (
            CreateRelationalDatabaseFromSnapshotRequest,
        )
        from ..shapes.create_relational_database_from_snapshot_result import (
            CreateRelationalDatabaseFromSnapshotResult,
        )

        request = CreateRelationalDatabaseFromSnapshotRequest.build(
            relational_database_name=relational_database_name,
            availability_zone=availability_zone,
            publicly_accessible=publicly_accessible,
            relational_database_snapshot_name=relational_database_snapshot_name,
            relational_database_bundle_id=relational_database_bundle_id,
            source_relational_database_name=source_relational_database_name,
            restore_time=restore_time,
            use_latest_restorable_time=use_latest_restorable_time,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateRelationalDatabaseFromSnapshotResult.from_wire(body)

    async def create_relational_database_snapshot(
        self,
        *,
        relational_database_name: str,
        relational_database_snapshot_name: str,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> CreateRelationalDatabaseSnapshotResult:
        """Creates a snapshot of your database in Amazon Lightsail. You can use
        snapshots for backups, to make copies of a database, and to save data
        before deleting a database.

        The ``create relational database snapshot`` operation supports tag-based
        access control via request tags. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of the database on which to
                base your new snapshot.
            relational_database_snapshot_name: Required. The name for your new database
                snapshot.

                Constraints:

                - Must contain from 2 to 255 alphanumeric characters, or hyphens.
                - The first and last character must be a letter or number.
            tags: The tag keys and optional values to add to the resource during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateRelationalDatabaseSnapshotResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_relational_database_snapshot import OPERATION
        from ..shapes.create_relational_database_snapshot_request import (
            CreateRelationalDatabaseSnapshotRequest,
        )
        from ..shapes.create_relational_database_snapshot_result import (
            CreateRelationalDatabaseSnapshotResult,
        )

        request = CreateRelationalDatabaseSnapshotRequest.build(
            relational_database_name=relational_database_name,
            relational_database_snapshot_name=relational_database_snapshot_name,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateRelationalDatabaseSnapshotResult.from_wire(body)

    async def create_subdomain(
        self, *, subdomain_name: str, tags: Sequence[Tag | TagDict] | None = None
    ) -> CreateSubdomainResult:
        """Creates a Lightsail subdomain, such as ``mysite``, with the web address
        ``mysite.amazonlightsail.com``. After the subdomain is created, use the
        ``UpdateSubdomainAssociation`` action to associate it with a Lightsail
        resource.

        When you create a nested subdomain, such as ``blog.mysite``, and you
        don't already have the top-level subdomain (``mysite``), Lightsail adds
        the top-level subdomain to your account in the ``IMPLICIT`` state.

        You can have up to 30 subdomains in your account. Nested subdomains,
        subdomains in the ``CREATE_FAILED`` state, and deleted subdomains that
        other accounts can't create yet count toward this quota. Subdomains in
        the ``IMPLICIT`` state don't count toward this quota.

        Args:
            subdomain_name: Required. The subdomain to create (for example, ``mysite``
                or ``blog.mysite``).

                A subdomain can contain one or two labels separated by a period (``.``).
                Each label must start and end with a lowercase letter or a number, and
                can contain only lowercase letters, numbers, and hyphens (``-``). The
                name can be up to 39 characters long, including periods. Labels that
                start with ``xn--`` aren't supported, and some names are reserved.

                Specify only the subdomain. A web address, such as
                ``mysite.amazonlightsail.com``, isn't accepted.

                To create a nested subdomain, you must own the top-level subdomain or be
                able to create it.
            tags: The tag keys and optional values to add to the subdomain during
                create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            CreateSubdomainResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``subdomain`` (``Subdomain``): An object that describes the subdomain
                  that was created.
                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.create_subdomain import OPERATION
        from ..shapes.create_subdomain_request import CreateSubdomainRequest
        from ..shapes.create_subdomain_result import CreateSubdomainResult

        request = CreateSubdomainRequest.build(subdomain_name=subdomain_name, tags=tags)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return CreateSubdomainResult.from_wire(body)

    async def delete_alarm(self, *, alarm_name: str) -> DeleteAlarmResult:
        """Deletes an alarm.

        An alarm is used to monitor a single metric for one of your resources.
        When a metric condition is met, the alarm can notify you by email, SMS
        text message, and a banner displayed on the Amazon Lightsail console.
        For more information, see
        [Alarms in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms).

        Args:
            alarm_name: Required. The name of the alarm to delete.

        Returns:
            DeleteAlarmResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_alarm import OPERATION
        from ..shapes.delete_alarm_request import DeleteAlarmRequest
        from ..shapes.delete_alarm_result import DeleteAlarmResult

        request = DeleteAlarmRequest(alarm_name=alarm_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteAlarmResult.from_wire(body)

    async def delete_auto_snapshot(
        self, *, resource_name: str, date: str
    ) -> DeleteAutoSnapshotResult:
        """Deletes an automatic snapshot of an instance or disk. For more
        information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).

        Args:
            resource_name: Required. The name of the source instance or disk from which
                to delete the automatic snapshot.
            date: Required. The date of the automatic snapshot to delete in
                ``YYYY-MM-DD`` format. Use the ``get auto snapshots`` operation to get
                the available automatic snapshots for a resource.

        Returns:
            DeleteAutoSnapshotResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_auto_snapshot import OPERATION
        from ..shapes.delete_auto_snapshot_request import DeleteAutoSnapshotRequest
        from ..shapes.delete_auto_snapshot_result import DeleteAutoSnapshotResult

        request = DeleteAutoSnapshotRequest(resource_name=resource_name, date=date)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteAutoSnapshotResult.from_wire(body)

    async def delete_bucket(
        self, *, bucket_name: str, force_delete: bool | None = None
    ) -> DeleteBucketResult:
        """Deletes a Amazon Lightsail bucket.

        Note:
            When you delete your bucket, the bucket name is released and can be
            reused for a new bucket in your account or another Amazon Web
            Services account.

        Args:
            bucket_name: Required. The name of the bucket to delete.

                Use the
                [GetBuckets](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html)
                action to get a list of bucket names that you can specify.
            force_delete: A Boolean value that indicates whether to force delete the
                bucket.

                You must force delete the bucket if it has one of the following
                conditions:

                - The bucket is the origin of a distribution.
                - The bucket has instances that were granted access to it using the
                  [SetResourceAccessForBucket](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html)
                  action.
                - The bucket has objects.
                - The bucket has access keys.

                Important:
                    Force deleting a bucket might impact other resources that rely on
                    the bucket, such as instances, distributions, or software that use
                    the issued access keys.

        Returns:
            DeleteBucketResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_bucket import OPERATION
        from ..shapes.delete_bucket_request import DeleteBucketRequest
        from ..shapes.delete_bucket_result import DeleteBucketResult

        request = DeleteBucketRequest(
            bucket_name=bucket_name, force_delete=force_delete
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteBucketResult.from_wire(body)

    async def delete_bucket_access_key(
        self, *, bucket_name: str, access_key_id: str
    ) -> DeleteBucketAccessKeyResult:
        """Deletes an access key for the specified Amazon Lightsail bucket.

        We recommend that you delete an access key if the secret access key is
        compromised.

        For more information about access keys, see
        [Creating access keys for a bucket in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-bucket-access-keys)
        in the *Amazon Lightsail Developer Guide*.

        Args:
            bucket_name: Required. The name of the bucket that the access key belongs
                to.
            access_key_id: Required. The ID of the access key to delete.

                Use the
                [GetBucketAccessKeys](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketAccessKeys.html)
                action to get a list of access key IDs that you can specify.

        Returns:
            DeleteBucketAccessKeyResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_bucket_access_key import OPERATION
        from ..shapes.delete_bucket_access_key_request import (
            DeleteBucketAccessKeyRequest,
        )
        from ..shapes.delete_bucket_access_key_result import DeleteBucketAccessKeyResult

        request = DeleteBucketAccessKeyRequest(
            bucket_name=bucket_name, access_key_id=access_key_id
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteBucketAccessKeyResult.from_wire(body)

    async def delete_certificate(
        self, *, certificate_name: str
    ) -> DeleteCertificateResult:
        """Deletes an SSL/TLS certificate for your Amazon Lightsail content
        delivery network (CDN) distribution.

        Certificates that are currently attached to a distribution cannot be
        deleted. Use the ``DetachCertificateFromDistribution`` action to detach
        a certificate from a distribution.

        Args:
            certificate_name: Required. The name of the certificate to delete.

                Use the ``GetCertificates`` action to get a list of certificate names
                that you can specify.

        Returns:
            DeleteCertificateResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_certificate import OPERATION
        from ..shapes.delete_certificate_request import DeleteCertificateRequest
        from ..shapes.delete_certificate_result import DeleteCertificateResult

        request = DeleteCertificateRequest(certificate_name=certificate_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteCertificateResult.from_wire(body)

    async def delete_contact_method(
        self, *, protocol: ContactProtocol | str
    ) -> DeleteContactMethodResult:
        """Deletes a contact method.

        A contact method is used to send you notifications about your Amazon
        Lightsail resources. You can add one email address and one mobile phone
        number contact method in each Amazon Web Services Region. However, SMS
        text messaging is not supported in some Amazon Web Services Regions, and
        SMS text messages cannot be sent to some countries/regions. For more
        information, see
        [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).

        Args:
            protocol: Required. The protocol that will be deleted, such as ``Email`` or
                ``SMS`` (text messaging).

                Note:
                    To delete an ``Email`` and an ``SMS`` contact method if you added
                    both, you must run separate ``DeleteContactMethod`` actions to
                    delete each protocol.

        Returns:
            DeleteContactMethodResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_contact_method import OPERATION
        from ..shapes.delete_contact_method_request import DeleteContactMethodRequest
        from ..shapes.delete_contact_method_result import DeleteContactMethodResult

        request = DeleteContactMethodRequest(protocol=protocol)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteContactMethodResult.from_wire(body)

    async def delete_container_image(
        self, *, service_name: str, image: str
    ) -> DeleteContainerImageResult:
        """Deletes a container image that is registered to your Amazon Lightsail
        container service.

        Args:
            service_name: Required. The name of the container service for which to
                delete a registered container image.
            image: Required. The name of the container image to delete from the
                container service.

                Use the ``GetContainerImages`` action to get the name of the container
                images that are registered to a container service.

                Note:
                    Container images sourced from your Lightsail container service, that
                    are registered and stored on your service, start with a colon
                    (``:``). For example, ``:container-service-1.mystaticwebsite.1``.
                    Container images sourced from a public registry like Docker Hub
                    don't start with a colon. For example, ``nginx:latest`` or
                    ``nginx``.

        Returns:
            DeleteContainerImageResult: The parsed response; it has no attributes.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_container_image import OPERATION
        from ..shapes.delete_container_image_request import DeleteContainerImageRequest
        from ..shapes.delete_container_image_result import DeleteContainerImageResult

        request = DeleteContainerImageRequest(service_name=service_name, image=image)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteContainerImageResult.from_wire(body)

    async def delete_container_service(
        self, *, service_name: str
    ) -> DeleteContainerServiceResult:
        """Deletes your Amazon Lightsail container service.

        Args:
            service_name: Required. The name of the container service to delete.

        Returns:
            DeleteContainerServiceResult: The parsed response; it has no attributes.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.delete_container_service import OPERATION
        from ..shapes.delete_container_service_request import (
            DeleteContainerServiceRequest,
        )
        from ..shapes.delete_container_service_result import (
            DeleteContainerServiceResult,
        )

        request = DeleteContainerServiceRequest(service_name=service_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteContainerServiceResult.from_wire(body)

    async def delete_disk(
        self, *, disk_name: str, force_delete_add_ons: bool | None = None
    ) -> DeleteDiskResult:
        """Deletes the specified block storage disk. The disk must be in the
        ``available`` state (not attached to a Lightsail instance).

        Note:
            The disk may remain in the ``deleting`` state for several minutes.

        The ``delete disk`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``disk name``. For
        more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_name: Required. The unique name of the disk you want to delete
                (``my-disk``).
            force_delete_add_ons: A Boolean value to indicate whether to delete all
                add-ons for the disk.

        Returns:
            DeleteDiskResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_disk import OPERATION
        from ..shapes.delete_disk_request import DeleteDiskRequest
        from ..shapes.delete_disk_result import DeleteDiskResult

        request = DeleteDiskRequest(
            disk_name=disk_name, force_delete_add_ons=force_delete_add_ons
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteDiskResult.from_wire(body)

    async def delete_disk_snapshot(
        self, *, disk_snapshot_name: str
    ) -> DeleteDiskSnapshotResult:
        """Deletes the specified disk snapshot.

        When you make periodic snapshots of a disk, the snapshots are
        incremental, and only the blocks on the device that have changed since
        your last snapshot are saved in the new snapshot. When you delete a
        snapshot, only the data not needed for any other snapshot is removed. So
        regardless of which prior snapshots have been deleted, all active
        snapshots will have access to all the information needed to restore the
        disk.

        The ``delete disk snapshot`` operation supports tag-based access control
        via resource tags applied to the resource identified by
        ``disk snapshot name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_snapshot_name: Required. The name of the disk snapshot you want to
                delete (``my-disk-snapshot``).

        Returns:
            DeleteDiskSnapshotResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_disk_snapshot import OPERATION
        from ..shapes.delete_disk_snapshot_request import DeleteDiskSnapshotRequest
        from ..shapes.delete_disk_snapshot_result import DeleteDiskSnapshotResult

        request = DeleteDiskSnapshotRequest(disk_snapshot_name=disk_snapshot_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteDiskSnapshotResult.from_wire(body)

    async def delete_distribution(
        self, *, distribution_name: str | None = None
    ) -> DeleteDistributionResult:
        """Deletes your Amazon Lightsail content delivery network (CDN)
        distribution.

        Args:
            distribution_name: The name of the distribution to delete.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.

        Returns:
            DeleteDistributionResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_distribution import OPERATION
        from ..shapes.delete_distribution_request import DeleteDistributionRequest
        from ..shapes.delete_distribution_result import DeleteDistributionResult

        request = DeleteDistributionRequest(distribution_name=distribution_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteDistributionResult.from_wire(body)

    async def delete_domain(self, *, domain_name: str) -> DeleteDomainResult:
        """Deletes the specified domain recordset and all of its domain records.

        The ``delete domain`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``domain name``. For
        more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            domain_name: Required. The specific domain name to delete.

        Returns:
            DeleteDomainResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_domain import OPERATION
        from ..shapes.delete_domain_request import DeleteDomainRequest
        from ..shapes.delete_domain_result import DeleteDomainResult

        request = DeleteDomainRequest(domain_name=domain_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteDomainResult.from_wire(body)

    async def delete_domain_entry(
        self, *, domain_name: str, domain_entry: DomainEntry | DomainEntryDict
    ) -> DeleteDomainEntryResult:
        """Deletes a specific domain entry.

        The ``delete domain entry`` operation supports tag-based access control
        via resource tags applied to the resource identified by ``domain name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            domain_name: Required. The name of the domain entry to delete.
            domain_entry: Required. An array of key-value pairs containing information
                about your domain entries.

        Returns:
            DeleteDomainEntryResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_domain_entry import OPERATION
        from ..shapes.delete_domain_entry_request import DeleteDomainEntryRequest
        from ..shapes.delete_domain_entry_result import DeleteDomainEntryResult

        request = DeleteDomainEntryRequest.build(
            domain_name=domain_name, domain_entry=domain_entry
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteDomainEntryResult.from_wire(body)

    async def delete_instance(
        self, *, instance_name: str, force_delete_add_ons: bool | None = None
    ) -> DeleteInstanceResult:
        """Deletes an Amazon Lightsail instance.

        The ``delete instance`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``instance name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_name: Required. The name of the instance to delete.
            force_delete_add_ons: A Boolean value to indicate whether to delete all
                add-ons for the instance.

        Returns:
            DeleteInstanceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_instance import OPERATION
        from ..shapes.delete_instance_request import DeleteInstanceRequest
        from ..shapes.delete_instance_result import DeleteInstanceResult

        request = DeleteInstanceRequest(
            instance_name=instance_name, force_delete_add_ons=force_delete_add_ons
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteInstanceResult.from_wire(body)

    async def delete_instance_snapshot(
        self, *, instance_snapshot_name: str
    ) -> DeleteInstanceSnapshotResult:
        """Deletes a specific snapshot of a virtual private server (or *instance*).

        The ``delete instance snapshot`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        ``instance snapshot name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_snapshot_name: Required. The name of the snapshot to delete.

        Returns:
            DeleteInstanceSnapshotResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_instance_snapshot import OPERATION
        from ..shapes.delete_instance_snapshot_request import (
            DeleteInstanceSnapshotRequest,
        )
        from ..shapes.delete_instance_snapshot_result import (
            DeleteInstanceSnapshotResult,
        )

        request = DeleteInstanceSnapshotRequest(
            instance_snapshot_name=instance_snapshot_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteInstanceSnapshotResult.from_wire(body)

    async def delete_key_pair(
        self, *, key_pair_name: str, expected_fingerprint: str | None = None
    ) -> DeleteKeyPairResult:
        """Deletes the specified key pair by removing the public key from Amazon
        Lightsail.

        You can delete key pairs that were created using the
        [ImportKeyPair](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ImportKeyPair.html)
        and
        [CreateKeyPair](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateKeyPair.html)
        actions, as well as the Lightsail default key pair. A new default key
        pair will not be created unless you launch an instance without
        specifying a custom key pair, or you call the
        [DownloadDefaultKeyPair](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DownloadDefaultKeyPair.html)
        API.

        The ``delete key pair`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``key pair name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            key_pair_name: Required. The name of the key pair to delete.
            expected_fingerprint: The RSA fingerprint of the Lightsail default key pair
                to delete.

                Note:
                    The ``expectedFingerprint`` parameter is required only when
                    specifying to delete a Lightsail default key pair.

        Returns:
            DeleteKeyPairResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_key_pair import OPERATION
        from ..shapes.delete_key_pair_request import DeleteKeyPairRequest
        from ..shapes.delete_key_pair_result import DeleteKeyPairResult

        request = DeleteKeyPairRequest(
            key_pair_name=key_pair_name, expected_fingerprint=expected_fingerprint
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteKeyPairResult.from_wire(body)

    async def delete_known_host_keys(
        self, *, instance_name: str
    ) -> DeleteKnownHostKeysResult:
        """Deletes the known host key or certificate used by the Amazon Lightsail
        browser-based SSH or RDP clients to authenticate an instance. This
        operation enables the Lightsail browser-based SSH or RDP clients to
        connect to the instance after a host key mismatch.

        Important:
            Perform this operation only if you were expecting the host key or
            certificate mismatch or if you are familiar with the new host key or
            certificate on the instance. For more information, see
            [Troubleshooting connection issues when using the Amazon Lightsail browser-based SSH or RDP client](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-troubleshooting-browser-based-ssh-rdp-client-connection).

        Args:
            instance_name: Required. The name of the instance for which you want to
                reset the host key or certificate.

        Returns:
            DeleteKnownHostKeysResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_known_host_keys import OPERATION
        from ..shapes.delete_known_host_keys_request import DeleteKnownHostKeysRequest
        from ..shapes.delete_known_host_keys_result import DeleteKnownHostKeysResult

        request = DeleteKnownHostKeysRequest(instance_name=instance_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteKnownHostKeysResult.from_wire(body)

    async def delete_load_balancer(
        self, *, load_balancer_name: str
    ) -> DeleteLoadBalancerResult:
        """Deletes a Lightsail load balancer and all its associated SSL/TLS
        certificates. Once the load balancer is deleted, you will need to create
        a new load balancer, create a new certificate, and verify domain
        ownership again.

        The ``delete load balancer`` operation supports tag-based access control
        via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The name of the load balancer you want to
                delete.

        Returns:
            DeleteLoadBalancerResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_load_balancer import OPERATION
        from ..shapes.delete_load_balancer_request import DeleteLoadBalancerRequest
        from ..shapes.delete_load_balancer_result import DeleteLoadBalancerResult

        request = DeleteLoadBalancerRequest(load_balancer_name=load_balancer_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteLoadBalancerResult.from_wire(body)

    async def delete_load_balancer_tls_certificate(
        self,
        *,
        load_balancer_name: str,
        certificate_name: str,
        force: bool | None = None,
    ) -> DeleteLoadBalancerTlsCertificateResult:
        """Deletes an SSL/TLS certificate associated with a Lightsail load
        balancer.

        The ``DeleteLoadBalancerTlsCertificate`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The load balancer name.
            certificate_name: Required. The SSL/TLS certificate name.
            force: When ``true``, forces the deletion of an SSL/TLS certificate.

                There can be two certificates associated with a Lightsail load balancer:
                the primary and the backup. The ``force`` parameter is required when the
                primary SSL/TLS certificate is in use by an instance attached to the
                load balancer.

        Returns:
            DeleteLoadBalancerTlsCertificateResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_load_balancer_tls_certificate import OPERATION
        from ..shapes.delete_load_balancer_tls_certificate_request import (
            DeleteLoadBalancerTlsCertificateRequest,
        )
        from ..shapes.delete_load_balancer_tls_certificate_result import (
            DeleteLoadBalancerTlsCertificateResult,
        )

        request = DeleteLoadBalancerTlsCertificateRequest(
            load_balancer_name=load_balancer_name,
            certificate_name=certificate_name,
            force=force,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteLoadBalancerTlsCertificateResult.from_wire(body)

    async def delete_relational_database(
        self,
        *,
        relational_database_name: str,
        skip_final_snapshot: bool | None = None,
        final_relational_database_snapshot_name: str | None = None,
    ) -> DeleteRelationalDatabaseResult:
        """Deletes a database in Amazon Lightsail.

        The ``delete relational database`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of the database that you are
                deleting.
            skip_final_snapshot: Determines whether a final database snapshot is created
                before your database is deleted. If ``true`` is specified, no database
                snapshot is created. If ``false`` is specified, a database snapshot is
                created before your database is deleted.

                You must specify the ``final relational database snapshot name``
                parameter if the ``skip final snapshot`` parameter is ``false``.

                Default: ``false``
            final_relational_database_snapshot_name: The name of the database snapshot
                created if ``skip final snapshot`` is ``false``, which is the default
                value for that parameter.

                Note:
                    Specifying this parameter and also specifying the
                    ``skip final snapshot`` parameter to ``true`` results in an error.

                Constraints:

                - Must contain from 2 to 255 alphanumeric characters, or hyphens.
                - The first and last character must be a letter or number.

        Returns:
            DeleteRelationalDatabaseResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_relational_database import OPERATION
        from ..shapes.delete_relational_database_request import (
            DeleteRelationalDatabaseRequest,
        )
        from ..shapes.delete_relational_database_result import (
            DeleteRelationalDatabaseResult,
        )

        request = DeleteRelationalDatabaseRequest(
            relational_database_name=relational_database_name,
            skip_final_snapshot=skip_final_snapshot,
            final_relational_database_snapshot_name=final_relational_database_snapshot_name,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteRelationalDatabaseResult.from_wire(body)

    async def delete_relational_database_snapshot(
        self, *, relational_database_snapshot_name: str
    ) -> DeleteRelationalDatabaseSnapshotResult:
        """Deletes a database snapshot in Amazon Lightsail.

        The ``delete relational database snapshot`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_snapshot_name: Required. The name of the database
                snapshot that you are deleting.

        Returns:
            DeleteRelationalDatabaseSnapshotResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_relational_database_snapshot import OPERATION
        from ..shapes.delete_relational_database_snapshot_request import (
            DeleteRelationalDatabaseSnapshotRequest,
        )
        from ..shapes.delete_relational_database_snapshot_result import (
            DeleteRelationalDatabaseSnapshotResult,
        )

        request = DeleteRelationalDatabaseSnapshotRequest(
            relational_database_snapshot_name=relational_database_snapshot_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteRelationalDatabaseSnapshotResult.from_wire(body)

    async def delete_subdomain(self, *, subdomain_name: str) -> DeleteSubdomainResult:
        """Deletes a Lightsail subdomain.

        The subdomain must be in the ``UNATTACHED`` or ``CREATE_FAILED`` state.
        To delete a subdomain that's associated with a resource, first
        disassociate it by using the ``UpdateSubdomainAssociation`` action.

        When you delete a top-level subdomain that has nested subdomains, the
        nested subdomains continue to work, and the top-level subdomain changes
        to the ``IMPLICIT`` state.

        Note:
            After you delete a subdomain that was associated with a resource,
            the subdomain isn't available to other accounts for at least 30
            days.

        Args:
            subdomain_name: Required. The subdomain to delete (for example, ``mysite``
                or ``blog.mysite``), not its web address.

        Returns:
            DeleteSubdomainResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``subdomain`` (``Subdomain``): An object that describes the top-level
                  subdomain in the ``IMPLICIT`` state.
                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.delete_subdomain import OPERATION
        from ..shapes.delete_subdomain_request import DeleteSubdomainRequest
        from ..shapes.delete_subdomain_result import DeleteSubdomainResult

        request = DeleteSubdomainRequest(subdomain_name=subdomain_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DeleteSubdomainResult.from_wire(body)

    async def detach_certificate_from_distribution(
        self, *, distribution_name: str
    ) -> DetachCertificateFromDistributionResult:
        """Detaches an SSL/TLS certificate from your Amazon Lightsail content
        delivery network (CDN) distribution.

        After the certificate is detached, your distribution stops accepting
        traffic for all of the domains that are associated with the certificate.

        Args:
            distribution_name: Required. The name of the distribution from which to
                detach the certificate.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.

        Returns:
            DetachCertificateFromDistributionResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.detach_certificate_from_distribution import OPERATION
        from ..shapes.detach_certificate_from_distribution_request import (
            DetachCertificateFromDistributionRequest,
        )
        from ..shapes.detach_certificate_from_distribution_result import (
            DetachCertificateFromDistributionResult,
        )

        request = DetachCertificateFromDistributionRequest(
            distribution_name=distribution_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DetachCertificateFromDistributionResult.from_wire(body)

    async def detach_disk(self, *, disk_name: str) -> DetachDiskResult:
        """Detaches a stopped block storage disk from a Lightsail instance. Make
        sure to unmount any file systems on the device within your operating
        system before stopping the instance and detaching the disk.

        The ``detach disk`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``disk name``. For
        more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            disk_name: Required. The unique name of the disk you want to detach from
                your instance (``my-disk``).

        Returns:
            DetachDiskResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.detach_disk import OPERATION
        from ..shapes.detach_disk_request import DetachDiskRequest
        from ..shapes.detach_disk_result import DetachDiskResult

        request = DetachDiskRequest(disk_name=disk_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DetachDiskResult.from_wire(body)

    async def detach_instances_from_load_balancer(
        self, *, load_balancer_name: str, instance_names: list[str]
    ) -> DetachInstancesFromLoadBalancerResult:
        """Detaches the specified instances from a Lightsail load balancer.

        This operation waits until the instances are no longer needed before
        they are detached from the load balancer.

        The ``detach instances from load balancer`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The name of the Lightsail load balancer.
            instance_names: Required. An array of strings containing the names of the
                instances you want to detach from the load balancer.

        Returns:
            DetachInstancesFromLoadBalancerResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.detach_instances_from_load_balancer import OPERATION
        from ..shapes.detach_instances_from_load_balancer_request import (
            DetachInstancesFromLoadBalancerRequest,
        )
        from ..shapes.detach_instances_from_load_balancer_result import (
            DetachInstancesFromLoadBalancerResult,
        )

        request = DetachInstancesFromLoadBalancerRequest(
            load_balancer_name=load_balancer_name, instance_names=instance_names
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DetachInstancesFromLoadBalancerResult.from_wire(body)

    async def detach_static_ip(self, *, static_ip_name: str) -> DetachStaticIpResult:
        """Detaches a static IP from the Amazon Lightsail instance to which it is
        attached.

        Args:
            static_ip_name: Required. The name of the static IP to detach from the
                instance.

        Returns:
            DetachStaticIpResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.detach_static_ip import OPERATION
        from ..shapes.detach_static_ip_request import DetachStaticIpRequest
        from ..shapes.detach_static_ip_result import DetachStaticIpResult

        request = DetachStaticIpRequest(static_ip_name=static_ip_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DetachStaticIpResult.from_wire(body)

    async def disable_add_on(
        self, *, add_on_type: AddOnType | str, resource_name: str
    ) -> DisableAddOnResult:
        """Disables an add-on for an Amazon Lightsail resource. For more
        information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).

        Args:
            add_on_type: Required. The add-on type to disable.
            resource_name: Required. The name of the source resource for which to
                disable the add-on.

        Returns:
            DisableAddOnResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.disable_add_on import OPERATION
        from ..shapes.disable_add_on_request import DisableAddOnRequest
        from ..shapes.disable_add_on_result import DisableAddOnResult

        request = DisableAddOnRequest(
            add_on_type=add_on_type, resource_name=resource_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DisableAddOnResult.from_wire(body)

    async def download_default_key_pair(self) -> DownloadDefaultKeyPairResult:
        """Downloads the regional Amazon Lightsail default key pair.

        This action also creates a Lightsail default key pair if a default key
        pair does not currently exist in the Amazon Web Services Region.

        Returns:
            DownloadDefaultKeyPairResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``public_key_base64`` (``str``): A base64-encoded public key of the
                  ``ssh-rsa`` type.
                - ``private_key_base64`` (``str``): A base64-encoded RSA private key.
                - ``created_at`` (``datetime``): The timestamp when the default key pair
                  was created.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.download_default_key_pair import OPERATION
        from ..shapes.download_default_key_pair_request import (
            DownloadDefaultKeyPairRequest,
        )
        from ..shapes.download_default_key_pair_result import (
            DownloadDefaultKeyPairResult,
        )

        request = DownloadDefaultKeyPairRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DownloadDefaultKeyPairResult.from_wire(body)

    async def enable_add_on(
        self, *, resource_name: str, add_on_request: AddOnRequest | AddOnRequestDict
    ) -> EnableAddOnResult:
        """Enables or modifies an add-on for an Amazon Lightsail resource. For more
        information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).

        Args:
            resource_name: Required. The name of the source resource for which to enable
                or modify the add-on.
            add_on_request: Required. An array of strings representing the add-on to
                enable or modify.

        Returns:
            EnableAddOnResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.enable_add_on import OPERATION
        from ..shapes.enable_add_on_request import EnableAddOnRequest
        from ..shapes.enable_add_on_result import EnableAddOnResult

        request = EnableAddOnRequest.build(
            resource_name=resource_name, add_on_request=add_on_request
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return EnableAddOnResult.from_wire(body)

    async def export_snapshot(
        self, *, source_snapshot_name: str
    ) -> ExportSnapshotResult:
        """Exports an Amazon Lightsail instance or block storage disk snapshot to
        Amazon Elastic Compute Cloud (Amazon EC2). This operation results in an
        export snapshot record that can be used with the
        ``create cloud formation stack`` operation to create new Amazon EC2
        instances.

        Exported instance snapshots appear in Amazon EC2 as Amazon Machine
        Images (AMIs), and the instance system disk appears as an Amazon Elastic
        Block Store (Amazon EBS) volume. Exported disk snapshots appear in
        Amazon EC2 as Amazon EBS volumes. Snapshots are exported to the same
        Amazon Web Services Region in Amazon EC2 as the source Lightsail
        snapshot.

        The ``export snapshot`` operation supports tag-based access control via
        resource tags applied to the resource identified by
        ``source snapshot name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Note:
            Use the ``get instance snapshots`` or ``get disk snapshots``
            operations to get a list of snapshots that you can export to Amazon
            EC2.

        Args:
            source_snapshot_name: Required. The name of the instance or disk snapshot to
                be exported to Amazon EC2.

        Returns:
            ExportSnapshotResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.export_snapshot import OPERATION
        from ..shapes.export_snapshot_request import ExportSnapshotRequest
        from ..shapes.export_snapshot_result import ExportSnapshotResult

        request = ExportSnapshotRequest(source_snapshot_name=source_snapshot_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ExportSnapshotResult.from_wire(body)

    async def get_active_names(
        self, *, page_token: str | None = None
    ) -> GetActiveNamesResult:
        """Returns the names of all active (not deleted) resources.

        Results come in pages: ``get_paginator("get_active_names")`` iterates
        over all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetActiveNames`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetActiveNamesResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``active_names`` (``list[str]``): The list of active names returned by
                  the get active names request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_active_names import OPERATION
        from ..shapes.get_active_names_request import GetActiveNamesRequest
        from ..shapes.get_active_names_result import GetActiveNamesResult

        request = GetActiveNamesRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetActiveNamesResult.from_wire(body)

    async def get_alarms(
        self,
        *,
        alarm_name: str | None = None,
        page_token: str | None = None,
        monitored_resource_name: str | None = None,
    ) -> GetAlarmsResult:
        """Returns information about the configured alarms. Specify an alarm name
        in your request to return information about a specific alarm, or specify
        a monitored resource name to return information about all alarms for a
        specific resource.

        An alarm is used to monitor a single metric for one of your resources.
        When a metric condition is met, the alarm can notify you by email, SMS
        text message, and a banner displayed on the Amazon Lightsail console.
        For more information, see
        [Alarms in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms).

        Args:
            alarm_name: The name of the alarm.

                Specify an alarm name to return information about a specific alarm.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetAlarms`` request. If your
                results are paginated, the response will return a next page token that
                you can specify as the page token in a subsequent request.
            monitored_resource_name: The name of the Lightsail resource being monitored
                by the alarm.

                Specify a monitored resource name to return information about all alarms
                for a specific resource.

        Returns:
            GetAlarmsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``alarms`` (``list[Alarm]``): An array of objects that describe the
                  alarms.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_alarms import OPERATION
        from ..shapes.get_alarms_request import GetAlarmsRequest
        from ..shapes.get_alarms_result import GetAlarmsResult

        request = GetAlarmsRequest(
            alarm_name=alarm_name,
            page_token=page_token,
            monitored_resource_name=monitored_resource_name,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetAlarmsResult.from_wire(body)

    async def get_auto_snapshots(self, *, resource_name: str) -> GetAutoSnapshotsResult:
        """Returns the available automatic snapshots for an instance or disk. For
        more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).

        Args:
            resource_name: Required. The name of the source instance or disk from which
                to get automatic snapshot information.

        Returns:
            GetAutoSnapshotsResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``resource_name`` (``str``): The name of the source instance or disk
                  for the automatic snapshots.
                - ``resource_type`` (``ResourceType | str``): The resource type of the
                  automatic snapshot.
                - ``auto_snapshots`` (``list[AutoSnapshotDetails]``): An array of
                  objects that describe the automatic snapshots that are available for
                  the specified source instance or disk.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_auto_snapshots import OPERATION
        from ..shapes.get_auto_snapshots_request import GetAutoSnapshotsRequest
        from ..shapes.get_auto_snapshots_result import GetAutoSnapshotsResult

        request = GetAutoSnapshotsRequest(resource_name=resource_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetAutoSnapshotsResult.from_wire(body)

    async def get_blueprints(
        self,
        *,
        include_inactive: bool | None = None,
        page_token: str | None = None,
        app_category: AppCategory | str | None = None,
    ) -> GetBlueprintsResult:
        """Returns the list of available instance images, or *blueprints*. You can
        use a blueprint to create a new instance already running a specific
        operating system, as well as a preinstalled app or development stack.
        The software each instance is running depends on the blueprint image you
        choose.

        Note:
            Use active blueprints when creating new instances. Inactive
            blueprints are listed to support customers with existing instances
            and are not necessarily available to create new instances.
            Blueprints are marked inactive when they become outdated due to
            operating system updates or new application releases.

        Results come in pages: ``get_paginator("get_blueprints")`` iterates over
        all of them.

        Args:
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) blueprints in the response of your request.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetBlueprints`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.
            app_category: Returns a list of blueprints that are specific to Lightsail
                for Research.

                Important:
                    You must use this parameter to view Lightsail for Research
                    blueprints.

        Returns:
            GetBlueprintsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``blueprints`` (``list[Blueprint]``): An array of key-value pairs that
                  contains information about the available blueprints.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_blueprints import OPERATION
        from ..shapes.get_blueprints_request import GetBlueprintsRequest
        from ..shapes.get_blueprints_result import GetBlueprintsResult

        request = GetBlueprintsRequest(
            include_inactive=include_inactive,
            page_token=page_token,
            app_category=app_category,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetBlueprintsResult.from_wire(body)

    async def get_bucket_access_keys(
        self, *, bucket_name: str
    ) -> GetBucketAccessKeysResult:
        """Returns the existing access key IDs for the specified Amazon Lightsail
        bucket.

        Important:
            This action does not return the secret access key value of an access
            key. You can get a secret access key only when you create it from
            the response of the
            [CreateBucketAccessKey](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucketAccessKey.html)
            action. If you lose the secret access key, you must create a new
            access key.

        Args:
            bucket_name: Required. The name of the bucket for which to return access
                keys.

        Returns:
            GetBucketAccessKeysResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``access_keys`` (``list[AccessKey]``): An object that describes the
                  access keys for the specified bucket.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_bucket_access_keys import OPERATION
        from ..shapes.get_bucket_access_keys_request import GetBucketAccessKeysRequest
        from ..shapes.get_bucket_access_keys_result import GetBucketAccessKeysResult

        request = GetBucketAccessKeysRequest(bucket_name=bucket_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetBucketAccessKeysResult.from_wire(body)

    async def get_bucket_bundles(
        self, *, include_inactive: bool | None = None
    ) -> GetBucketBundlesResult:
        """Returns the bundles that you can apply to a Amazon Lightsail bucket.

        The bucket bundle specifies the monthly cost, storage quota, and data
        transfer quota for a bucket.

        Use the
        [UpdateBucketBundle](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html)
        action to update the bundle for a bucket.

        Args:
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) bundles in the response of your request.

        Returns:
            GetBucketBundlesResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``bundles`` (``list[BucketBundle]``): An object that describes bucket
                  bundles.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_bucket_bundles import OPERATION
        from ..shapes.get_bucket_bundles_request import GetBucketBundlesRequest
        from ..shapes.get_bucket_bundles_result import GetBucketBundlesResult

        request = GetBucketBundlesRequest(include_inactive=include_inactive)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetBucketBundlesResult.from_wire(body)

    async def get_bucket_metric_data(
        self,
        *,
        bucket_name: str,
        metric_name: BucketMetricName | str,
        start_time: datetime,
        end_time: datetime,
        period: int,
        statistics: list[MetricStatistic | str],
        unit: MetricUnit | str,
    ) -> GetBucketMetricDataResult:
        """Returns the data points of a specific metric for an Amazon Lightsail
        bucket.

        Metrics report the utilization of a bucket. View and collect metric data
        regularly to monitor the number of objects stored in a bucket (including
        object versions) and the storage space used by those objects.

        Args:
            bucket_name: Required. The name of the bucket for which to get metric data.
            metric_name: Required. The metric for which you want to return information.

                Valid bucket metric names are listed below, along with the most useful
                statistics to include in your request, and the published unit value.

                Note:
                    These bucket metrics are reported once per day.

                - **``BucketSizeBytes``** - The amount of data in bytes stored in a
                  bucket. This value is calculated by summing the size of all objects in
                  the bucket (including object versions), including the size of all
                  parts for all incomplete multipart uploads to the bucket.
                  Statistics: The most useful statistic is ``Maximum``.
                  Unit: The published unit is ``Bytes``.
                - **``NumberOfObjects``** - The total number of objects stored in a
                  bucket. This value is calculated by counting all objects in the bucket
                  (including object versions) and the total number of parts for all
                  incomplete multipart uploads to the bucket.
                  Statistics: The most useful statistic is ``Average``.
                  Unit: The published unit is ``Count``.
            start_time: Required. The timestamp indicating the earliest data to be
                returned.
            end_time: Required. The timestamp indicating the latest data to be returned.
            period: Required. The granularity, in seconds, of the returned data points.

                Note:
                    Bucket storage metrics are reported once per day. Therefore, you
                    should specify a period of 86400 seconds, which is the number of
                    seconds in a day.
            statistics: Required. The statistic for the metric.

                The following statistics are available:

                - ``Minimum`` - The lowest value observed during the specified period.
                  Use this value to determine low volumes of activity for your
                  application.
                - ``Maximum`` - The highest value observed during the specified period.
                  Use this value to determine high volumes of activity for your
                  application.
                - ``Sum`` - The sum of all values submitted for the matching metric. You
                  can use this statistic to determine the total volume of a metric.
                - ``Average`` - The value of ``Sum`` / ``SampleCount`` during the
                  specified period. By comparing this statistic with the ``Minimum`` and
                  ``Maximum`` values, you can determine the full scope of a metric and
                  how close the average use is to the ``Minimum`` and ``Maximum``
                  values. This comparison helps you to know when to increase or decrease
                  your resources.
                - ``SampleCount`` - The count, or number, of data points used for the
                  statistical calculation.
            unit: Required. The unit for the metric data request.

                Valid units depend on the metric data being requested. For the valid
                units with each available metric, see the ``metricName`` parameter.

        Returns:
            GetBucketMetricDataResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``metric_name`` (``BucketMetricName | str``): The name of the metric
                  returned.
                - ``metric_data`` (``list[MetricDatapoint]``): An array of objects that
                  describe the metric data returned.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_bucket_metric_data import OPERATION
        from ..shapes.get_bucket_metric_data_request import GetBucketMetricDataRequest
        from ..shapes.get_bucket_metric_data_result import GetBucketMetricDataResult

        request = GetBucketMetricDataRequest(
            bucket_name=bucket_name,
            metric_name=metric_name,
            start_time=start_time,
            end_time=end_time,
            period=period,
            statistics=statistics,
            unit=unit,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetBucketMetricDataResult.from_wire(body)

    async def get_buckets(
        self,
        *,
        bucket_name: str | None = None,
        page_token: str | None = None,
        include_connected_resources: bool | None = None,
        include_cors: bool | None = None,
    ) -> GetBucketsResult:
        """Returns information about one or more Amazon Lightsail buckets. The
        information returned includes the synchronization status of the Amazon
        Simple Storage Service (Amazon S3) account-level block public access
        feature for your Lightsail buckets.

        For more information about buckets, see
        [Buckets in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/buckets-in-amazon-lightsail)
        in the *Amazon Lightsail Developer Guide*.

        Args:
            bucket_name: The name of the bucket for which to return information.

                When omitted, the response includes all of your buckets in the Amazon
                Web Services Region where the request is made.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetBuckets`` request. If your
                results are paginated, the response will return a next page token that
                you can specify as the page token in a subsequent request.
            include_connected_resources: A Boolean value that indicates whether to
                include Lightsail instances that were given access to the bucket using
                the
                [SetResourceAccessForBucket](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html)
                action.
            include_cors: A Boolean value that indicates whether to include Lightsail
                bucket CORS configuration in the response. For more information, see
                [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).

                Note:
                    This parameter is only supported when getting a single bucket with
                    ``bucketName`` specified. The default value for this parameter is
                    ``False``.

        Returns:
            GetBucketsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``buckets`` (``list[Bucket]``): An array of objects that describe
                  buckets.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.
                - ``account_level_bpa_sync`` (``AccountLevelBpaSync``): An object that
                  describes the synchronization status of the Amazon S3 account-level
                  block public access feature for your Lightsail buckets.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_buckets import OPERATION
        from ..shapes.get_buckets_request import GetBucketsRequest
        from ..shapes.get_buckets_result import GetBucketsResult

        request = GetBucketsRequest(
            bucket_name=bucket_name,
            page_token=page_token,
            include_connected_resources=include_connected_resources,
            include_cors=include_cors,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetBucketsResult.from_wire(body)

    async def get_bundles(
        self,
        *,
        include_inactive: bool | None = None,
        page_token: str | None = None,
        app_category: AppCategory | str | None = None,
    ) -> GetBundlesResult:
        """Returns the bundles that you can apply to an Amazon Lightsail instance
        when you create it.

        A bundle describes the specifications of an instance, such as the
        monthly cost, amount of memory, the number of vCPUs, amount of storage
        space, and monthly network data transfer quota.

        Note:
            Bundles are referred to as *instance plans* in the Lightsail
            console.

        Results come in pages: ``get_paginator("get_bundles")`` iterates over
        all of them.

        Args:
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) bundles in the response of your request.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetBundles`` request. If your
                results are paginated, the response will return a next page token that
                you can specify as the page token in a subsequent request.
            app_category: Returns a list of bundles that are specific to Lightsail for
                Research.

                Important:
                    You must use this parameter to view Lightsail for Research bundles.

        Returns:
            GetBundlesResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``bundles`` (``list[Bundle]``): An array of key-value pairs that
                  contains information about the available bundles.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_bundles import OPERATION
        from ..shapes.get_bundles_request import GetBundlesRequest
        from ..shapes.get_bundles_result import GetBundlesResult

        request = GetBundlesRequest(
            include_inactive=include_inactive,
            page_token=page_token,
            app_category=app_category,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetBundlesResult.from_wire(body)

    async def get_certificates(
        self,
        *,
        certificate_statuses: list[CertificateStatus | str] | None = None,
        include_certificate_details: bool | None = None,
        certificate_name: str | None = None,
        page_token: str | None = None,
    ) -> GetCertificatesResult:
        """Returns information about one or more Amazon Lightsail SSL/TLS
        certificates.

        Note:
            To get a summary of a certificate, omit
            ``includeCertificateDetails`` from your request. The response will
            include only the certificate Amazon Resource Name (ARN), certificate
            name, domain name, and tags.

        Args:
            certificate_statuses: The status of the certificates for which to return
                information.

                For example, specify ``ISSUED`` to return only certificates with an
                ``ISSUED`` status.

                When omitted, the response includes all of your certificates in the
                Amazon Web Services Region where the request is made, regardless of
                their current status.
            include_certificate_details: Indicates whether to include detailed
                information about the certificates in the response.

                When omitted, the response includes only the certificate names, Amazon
                Resource Names (ARNs), domain names, and tags.
            certificate_name: The name for the certificate for which to return
                information.

                When omitted, the response includes all of your certificates in the
                Amazon Web Services Region where the request is made.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetCertificates`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetCertificatesResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``certificates`` (``list[CertificateSummary]``): An object that
                  describes certificates.
                - ``next_page_token`` (``str``): If ``NextPageToken`` is returned there
                  are more results available.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_certificates import OPERATION
        from ..shapes.get_certificates_request import GetCertificatesRequest
        from ..shapes.get_certificates_result import GetCertificatesResult

        request = GetCertificatesRequest(
            certificate_statuses=certificate_statuses,
            include_certificate_details=include_certificate_details,
            certificate_name=certificate_name,
            page_token=page_token,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetCertificatesResult.from_wire(body)

    async def get_cloud_formation_stack_records(
        self, *, page_token: str | None = None
    ) -> GetCloudFormationStackRecordsResult:
        """Returns the CloudFormation stack record created as a result of the
        ``create cloud formation stack`` operation.

        An AWS CloudFormation stack is used to create a new Amazon EC2 instance
        from an exported Lightsail snapshot.

        Results come in pages:
        ``get_paginator("get_cloud_formation_stack_records")`` iterates over all
        of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetClouFormationStackRecords``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetCloudFormationStackRecordsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``cloud_formation_stack_records``
                  (``list[CloudFormationStackRecord]``): A list of objects describing
                  the CloudFormation stack records.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_cloud_formation_stack_records import OPERATION
        from ..shapes.get_cloud_formation_stack_records_request import (
            GetCloudFormationStackRecordsRequest,
        )
        from ..shapes.get_cloud_formation_stack_records_result import (
            GetCloudFormationStackRecordsResult,
        )

        request = GetCloudFormationStackRecordsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetCloudFormationStackRecordsResult.from_wire(body)

    async def get_contact_methods(
        self, *, protocols: list[ContactProtocol | str] | None = None
    ) -> GetContactMethodsResult:
        """Returns information about the configured contact methods. Specify a
        protocol in your request to return information about a specific contact
        method.

        A contact method is used to send you notifications about your Amazon
        Lightsail resources. You can add one email address and one mobile phone
        number contact method in each Amazon Web Services Region. However, SMS
        text messaging is not supported in some Amazon Web Services Regions, and
        SMS text messages cannot be sent to some countries/regions. For more
        information, see
        [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).

        Args:
            protocols: The protocols used to send notifications, such as ``Email``, or
                ``SMS`` (text messaging).

                Specify a protocol in your request to return information about a
                specific contact method protocol.

        Returns:
            GetContactMethodsResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``contact_methods`` (``list[ContactMethod]``): An array of objects
                  that describe the contact methods.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_contact_methods import OPERATION
        from ..shapes.get_contact_methods_request import GetContactMethodsRequest
        from ..shapes.get_contact_methods_result import GetContactMethodsResult

        request = GetContactMethodsRequest(protocols=protocols)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContactMethodsResult.from_wire(body)

    async def get_container_api_metadata(self) -> GetContainerAPIMetadataResult:
        """Returns information about Amazon Lightsail containers, such as the
        current version of the Lightsail Control (lightsailctl) plugin.

        Returns:
            GetContainerAPIMetadataResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``metadata`` (``list[dict[str, str]]``): Metadata about Lightsail
                  containers, such as the current version of the Lightsail Control
                  (lightsailctl) plugin.

        Raises:
            ServiceException: A general service exception.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_api_metadata import OPERATION
        from ..shapes.get_container_api_metadata_request import (
            GetContainerAPIMetadataRequest,
        )
        from ..shapes.get_container_api_metadata_result import (
            GetContainerAPIMetadataResult,
        )

        request = GetContainerAPIMetadataRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContainerAPIMetadataResult.from_wire(body)

    async def get_container_images(
        self, *, service_name: str
    ) -> GetContainerImagesResult:
        """Returns the container images that are registered to your Amazon
        Lightsail container service.

        Note:
            If you created a deployment on your Lightsail container service that
            uses container images from a public registry like Docker Hub, those
            images are not returned as part of this action. Those images are not
            registered to your Lightsail container service.

        Args:
            service_name: Required. The name of the container service for which to
                return registered container images.

        Returns:
            GetContainerImagesResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``container_images`` (``list[ContainerImage]``): An array of objects
                  that describe container images that are registered to the container
                  service.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_images import OPERATION
        from ..shapes.get_container_images_request import GetContainerImagesRequest
        from ..shapes.get_container_images_result import GetContainerImagesResult

        request = GetContainerImagesRequest(service_name=service_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContainerImagesResult.from_wire(body)

    async def get_container_log(
        self,
        *,
        service_name: str,
        container_name: str,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        filter_pattern: str | None = None,
        page_token: str | None = None,
    ) -> GetContainerLogResult:
        """Returns the log events of a container of your Amazon Lightsail container
        service.

        If your container service has more than one node (i.e., a scale greater
        than 1), then the log events that are returned for the specified
        container are merged from all nodes on your container service.

        Note:
            Container logs are retained for a certain amount of time. For more
            information, see
            [Amazon Lightsail endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/lightsail.html)
            in the *Amazon Web Services General Reference*.

        Args:
            service_name: Required. The name of the container service for which to get a
                container log.
            container_name: Required. The name of the container that is either running
                or previously ran on the container service for which to return a log.
            start_time: The start of the time interval for which to get log data.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use a start time of October 1, 2018, at 8
                  PM UTC, specify ``1538424000`` as the start time.

                You can convert a human-friendly time to Unix time format using a
                converter like [Epoch converter](https://www.epochconverter.com/).
            end_time: The end of the time interval for which to get log data.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use an end time of October 1, 2018, at 9
                  PM UTC, specify ``1538427600`` as the end time.

                You can convert a human-friendly time to Unix time format using a
                converter like [Epoch converter](https://www.epochconverter.com/).
            filter_pattern: The pattern to use to filter the returned log events to a
                specific term.

                The following are a few examples of filter patterns that you can
                specify:

                - To return all log events, specify a filter pattern of ``""``.
                - To exclude log events that contain the ``ERROR`` term, and return all
                  other log events, specify a filter pattern of ``"-ERROR"``.
                - To return log events that contain the ``ERROR`` term, specify a filter
                  pattern of ``"ERROR"``.
                - To return log events that contain both the ``ERROR`` and ``Exception``
                  terms, specify a filter pattern of ``"ERROR Exception"``.
                - To return log events that contain the ``ERROR`` *or* the ``Exception``
                  term, specify a filter pattern of ``"?ERROR ?Exception"``.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetContainerLog`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetContainerLogResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``log_events`` (``list[ContainerServiceLogEvent]``): An array of
                  objects that describe the log events of a container.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_log import OPERATION
        from ..shapes.get_container_log_request import GetContainerLogRequest
        from ..shapes.get_container_log_result import GetContainerLogResult

        request = GetContainerLogRequest(
            service_name=service_name,
            container_name=container_name,
            start_time=start_time,
            end_time=end_time,
            filter_pattern=filter_pattern,
            page_token=page_token,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContainerLogResult.from_wire(body)

    async def get_container_service_deployments(
        self, *, service_name: str
    ) -> GetContainerServiceDeploymentsResult:
        """Returns the deployments for your Amazon Lightsail container service

        A deployment specifies the settings, such as the ports and launch
        command, of containers that are deployed to your container service.

        The deployments are ordered by version in ascending order. The newest
        version is listed at the top of the response.

        Note:
            A set number of deployments are kept before the oldest one is
            replaced with the newest one. For more information, see
            [Amazon Lightsail endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/lightsail.html)
            in the *Amazon Web Services General Reference*.

        Args:
            service_name: Required. The name of the container service for which to
                return deployments.

        Returns:
            GetContainerServiceDeploymentsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``deployments`` (``list[ContainerServiceDeployment]``): An array of
                  objects that describe deployments for a container service.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_service_deployments import OPERATION
        from ..shapes.get_container_service_deployments_request import (
            GetContainerServiceDeploymentsRequest,
        )
        from ..shapes.get_container_service_deployments_result import (
            GetContainerServiceDeploymentsResult,
        )

        request = GetContainerServiceDeploymentsRequest(service_name=service_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContainerServiceDeploymentsResult.from_wire(body)

    async def get_container_service_metric_data(
        self,
        *,
        service_name: str,
        metric_name: ContainerServiceMetricName | str,
        start_time: datetime,
        end_time: datetime,
        period: int,
        statistics: list[MetricStatistic | str],
    ) -> GetContainerServiceMetricDataResult:
        """Returns the data points of a specific metric of your Amazon Lightsail
        container service.

        Metrics report the utilization of your resources. Monitor and collect
        metric data regularly to maintain the reliability, availability, and
        performance of your resources.

        Args:
            service_name: Required. The name of the container service for which to get
                metric data.
            metric_name: Required. The metric for which you want to return information.

                Valid container service metric names are listed below, along with the
                most useful statistics to include in your request, and the published
                unit value.

                - ``CPUUtilization`` - The average percentage of compute units that are
                  currently in use across all nodes of the container service. This
                  metric identifies the processing power required to run containers on
                  each node of the container service.
                  Statistics: The most useful statistics are ``Maximum`` and
                  ``Average``.
                  Unit: The published unit is ``Percent``.
                - ``MemoryUtilization`` - The average percentage of available memory
                  that is currently in use across all nodes of the container service.
                  This metric identifies the memory required to run containers on each
                  node of the container service.
                  Statistics: The most useful statistics are ``Maximum`` and
                  ``Average``.
                  Unit: The published unit is ``Percent``.
            start_time: Required. The start time of the time period.
            end_time: Required. The end time of the time period.
            period: Required. The granularity, in seconds, of the returned data points.

                All container service metric data is available in 5-minute (300 seconds)
                granularity.
            statistics: Required. The statistic for the metric.

                The following statistics are available:

                - ``Minimum`` - The lowest value observed during the specified period.
                  Use this value to determine low volumes of activity for your
                  application.
                - ``Maximum`` - The highest value observed during the specified period.
                  Use this value to determine high volumes of activity for your
                  application.
                - ``Sum`` - All values submitted for the matching metric added together.
                  You can use this statistic to determine the total volume of a metric.
                - ``Average`` - The value of ``Sum`` / ``SampleCount`` during the
                  specified period. By comparing this statistic with the ``Minimum`` and
                  ``Maximum`` values, you can determine the full scope of a metric and
                  how close the average use is to the ``Minimum`` and ``Maximum``
                  values. This comparison helps you to know when to increase or decrease
                  your resources.
                - ``SampleCount`` - The count, or number, of data points used for the
                  statistical calculation.

        Returns:
            GetContainerServiceMetricDataResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``metric_name`` (``ContainerServiceMetricName | str``): The name of
                  the metric returned.
                - ``metric_data`` (``list[MetricDatapoint]``): An array of objects that
                  describe the metric data returned.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_service_metric_data import OPERATION
        from ..shapes.get_container_service_metric_data_request import (
            GetContainerServiceMetricDataRequest,
        )
        from ..shapes.get_container_service_metric_data_result import (
            GetContainerServiceMetricDataResult,
        )

        request = GetContainerServiceMetricDataRequest(
            service_name=service_name,
            metric_name=metric_name,
            start_time=start_time,
            end_time=end_time,
            period=period,
            statistics=statistics,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContainerServiceMetricDataResult.from_wire(body)

    async def get_container_service_powers(self) -> GetContainerServicePowersResult:
        """Returns the list of powers that can be specified for your Amazon
        Lightsail container services.

        The power specifies the amount of memory, the number of vCPUs, and the
        base price of the container service.

        Returns:
            GetContainerServicePowersResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``powers`` (``list[ContainerServicePower]``): An array of objects that
                  describe the powers that can be specified for a container service.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_service_powers import OPERATION
        from ..shapes.get_container_service_powers_request import (
            GetContainerServicePowersRequest,
        )
        from ..shapes.get_container_service_powers_result import (
            GetContainerServicePowersResult,
        )

        request = GetContainerServicePowersRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetContainerServicePowersResult.from_wire(body)

    async def get_container_services(
        self, *, service_name: str | None = None
    ) -> ContainerServicesListResult:
        """Returns information about one or more of your Amazon Lightsail container
        services.

        Args:
            service_name: The name of the container service for which to return
                information.

                When omitted, the response includes all of your container services in
                the Amazon Web Services Region where the request is made.

        Returns:
            ContainerServicesListResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``container_services`` (``list[ContainerService]``): An array of
                  objects that describe one or more container services.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_container_services import OPERATION
        from ..shapes.get_container_services_request import GetContainerServicesRequest
        from ..shapes.container_services_list_result import ContainerServicesListResult

        request = GetContainerServicesRequest(service_name=service_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ContainerServicesListResult.from_wire(body)

    async def get_cost_estimate(
        self, *, resource_name: str, start_time: datetime, end_time: datetime
    ) -> GetCostEstimateResult:
        """Retrieves information about the cost estimate for a specified resource.
        A cost estimate will not generate for a resource that has been deleted.

        Args:
            resource_name: Required. The resource name.
            start_time: Required. The cost estimate start time.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you want to use a start time of October 1, 2018, at 8
                  PM UTC, specify ``1538424000`` as the start time.

                You can convert a human-friendly time to Unix time format using a
                converter like [Epoch converter](https://www.epochconverter.com/).
            end_time: Required. The cost estimate end time.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you want to use an end time of October 1, 2018, at 9
                  PM UTC, specify ``1538427600`` as the end time.

                You can convert a human-friendly time to Unix time format using a
                converter like [Epoch converter](https://www.epochconverter.com/).

        Returns:
            GetCostEstimateResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``resources_budget_estimate`` (``list[ResourceBudgetEstimate]``):
                  Returns the estimate's forecasted cost or usage.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_cost_estimate import OPERATION
        from ..shapes.get_cost_estimate_request import GetCostEstimateRequest
        from ..shapes.get_cost_estimate_result import GetCostEstimateResult

        request = GetCostEstimateRequest(
            resource_name=resource_name, start_time=start_time, end_time=end_time
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetCostEstimateResult.from_wire(body)

    async def get_disk(self, *, disk_name: str) -> GetDiskResult:
        """Returns information about a specific block storage disk.

        Args:
            disk_name: Required. The name of the disk (``my-disk``).

        Returns:
            GetDiskResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``disk`` (``Disk``): An object containing information about the disk.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_disk import OPERATION
        from ..shapes.get_disk_request import GetDiskRequest
        from ..shapes.get_disk_result import GetDiskResult

        request = GetDiskRequest(disk_name=disk_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDiskResult.from_wire(body)

    async def get_disk_snapshot(
        self, *, disk_snapshot_name: str
    ) -> GetDiskSnapshotResult:
        """Returns information about a specific block storage disk snapshot.

        Args:
            disk_snapshot_name: Required. The name of the disk snapshot
                (``my-disk-snapshot``).

        Returns:
            GetDiskSnapshotResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``disk_snapshot`` (``DiskSnapshot``): An object containing information
                  about the disk snapshot.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_disk_snapshot import OPERATION
        from ..shapes.get_disk_snapshot_request import GetDiskSnapshotRequest
        from ..shapes.get_disk_snapshot_result import GetDiskSnapshotResult

        request = GetDiskSnapshotRequest(disk_snapshot_name=disk_snapshot_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDiskSnapshotResult.from_wire(body)

    async def get_disk_snapshots(
        self, *, page_token: str | None = None
    ) -> GetDiskSnapshotsResult:
        """Returns information about all block storage disk snapshots in your AWS
        account and region.

        Results come in pages: ``get_paginator("get_disk_snapshots")`` iterates
        over all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetDiskSnapshots`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetDiskSnapshotsResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``disk_snapshots`` (``list[DiskSnapshot]``): An array of objects
                  containing information about all block storage disk snapshots.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_disk_snapshots import OPERATION
        from ..shapes.get_disk_snapshots_request import GetDiskSnapshotsRequest
        from ..shapes.get_disk_snapshots_result import GetDiskSnapshotsResult

        request = GetDiskSnapshotsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDiskSnapshotsResult.from_wire(body)

    async def get_disks(self, *, page_token: str | None = None) -> GetDisksResult:
        """Returns information about all block storage disks in your AWS account
        and region.

        Results come in pages: ``get_paginator("get_disks")`` iterates over all
        of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetDisks`` request. If your
                results are paginated, the response will return a next page token that
                you can specify as the page token in a subsequent request.

        Returns:
            GetDisksResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``disks`` (``list[Disk]``): An array of objects containing information
                  about all block storage disks.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_disks import OPERATION
        from ..shapes.get_disks_request import GetDisksRequest
        from ..shapes.get_disks_result import GetDisksResult

        request = GetDisksRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDisksResult.from_wire(body)

    async def get_distribution_bundles(self) -> GetDistributionBundlesResult:
        """Returns the bundles that can be applied to your Amazon Lightsail content
        delivery network (CDN) distributions.

        A distribution bundle specifies the monthly network transfer quota and
        monthly cost of your distribution.

        Returns:
            GetDistributionBundlesResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``bundles`` (``list[DistributionBundle]``): An object that describes a
                  distribution bundle.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_distribution_bundles import OPERATION
        from ..shapes.get_distribution_bundles_request import (
            GetDistributionBundlesRequest,
        )
        from ..shapes.get_distribution_bundles_result import (
            GetDistributionBundlesResult,
        )

        request = GetDistributionBundlesRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDistributionBundlesResult.from_wire(body)

    async def get_distribution_latest_cache_reset(
        self, *, distribution_name: str | None = None
    ) -> GetDistributionLatestCacheResetResult:
        """Returns the timestamp and status of the last cache reset of a specific
        Amazon Lightsail content delivery network (CDN) distribution.

        Args:
            distribution_name: The name of the distribution for which to return the
                timestamp of the last cache reset.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.

                When omitted, the response includes the latest cache reset timestamp of
                all your distributions.

        Returns:
            GetDistributionLatestCacheResetResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``status`` (``str``): The status of the last cache reset.
                - ``create_time`` (``datetime``): The timestamp of the last cache reset
                  (``1479734909.17``) in Unix time format.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_distribution_latest_cache_reset import OPERATION
        from ..shapes.get_distribution_latest_cache_reset_request import (
            GetDistributionLatestCacheResetRequest,
        )
        from ..shapes.get_distribution_latest_cache_reset_result import (
            GetDistributionLatestCacheResetResult,
        )

        request = GetDistributionLatestCacheResetRequest(
            distribution_name=distribution_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDistributionLatestCacheResetResult.from_wire(body)

    async def get_distribution_metric_data(
        self,
        *,
        distribution_name: str,
        metric_name: DistributionMetricName | str,
        start_time: datetime,
        end_time: datetime,
        period: int,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> GetDistributionMetricDataResult:
        """Returns the data points of a specific metric for an Amazon Lightsail
        content delivery network (CDN) distribution.

        Metrics report the utilization of your resources, and the error counts
        generated by them. Monitor and collect metric data regularly to maintain
        the reliability, availability, and performance of your resources.

        Args:
            distribution_name: Required. The name of the distribution for which to get
                metric data.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.
            metric_name: Required. The metric for which you want to return information.

                Valid distribution metric names are listed below, along with the most
                useful ``statistics`` to include in your request, and the published
                ``unit`` value.

                - **``Requests``** - The total number of viewer requests received by
                  your Lightsail distribution, for all HTTP methods, and for both HTTP
                  and HTTPS requests.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``None``.
                - **``BytesDownloaded``** - The number of bytes downloaded by viewers
                  for GET, HEAD, and OPTIONS requests.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``None``.
                - **``BytesUploaded``** - The number of bytes uploaded to your origin by
                  your Lightsail distribution, using POST and PUT requests.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``None``.
                - **``TotalErrorRate``** - The percentage of all viewer requests for
                  which the response's HTTP status code was 4xx or 5xx.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Percent``.
                - **``4xxErrorRate``** - The percentage of all viewer requests for which
                  the response's HTTP status cod was 4xx. In these cases, the client or
                  client viewer may have made an error. For example, a status code of
                  404 (Not Found) means that the client requested an object that could
                  not be found.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Percent``.
                - **``5xxErrorRate``** - The percentage of all viewer requests for which
                  the response's HTTP status code was 5xx. In these cases, the origin
                  server did not satisfy the requests. For example, a status code of 503
                  (Service Unavailable) means that the origin server is currently
                  unavailable.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Percent``.
                - **``WafAllowedRequests``** - The number of viewer requests that Web
                  Application Firewall (WAF) allowed. This metric is available only when
                  WAF is enabled for the distribution.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``None``.
                - **``WafBlockedRequests``** - The number of viewer requests that WAF
                  blocked. This metric is available only when WAF is enabled for the
                  distribution.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``None``.
            start_time: Required. The start of the time interval for which to get metric
                data.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use a start time of October 1, 2018, at 8
                  PM UTC, specify ``1538424000`` as the start time.

                You can convert a human-friendly time to Unix time format using a
                converter like [Epoch converter](https://www.epochconverter.com/).
            end_time: Required. The end of the time interval for which to get metric
                data.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use an end time of October 1, 2018, at 9
                  PM UTC, specify ``1538427600`` as the end time.

                You can convert a human-friendly time to Unix time format using a
                converter like [Epoch converter](https://www.epochconverter.com/).
            period: Required. The granularity, in seconds, for the metric data points
                that will be returned.
            unit: Required. The unit for the metric data request.

                Valid units depend on the metric data being requested. For the valid
                units with each available metric, see the ``metricName`` parameter.
            statistics: Required. The statistic for the metric.

                The following statistics are available:

                - ``Minimum`` - The lowest value observed during the specified period.
                  Use this value to determine low volumes of activity for your
                  application.
                - ``Maximum`` - The highest value observed during the specified period.
                  Use this value to determine high volumes of activity for your
                  application.
                - ``Sum`` - All values submitted for the matching metric added together.
                  You can use this statistic to determine the total volume of a metric.
                - ``Average`` - The value of Sum / SampleCount during the specified
                  period. By comparing this statistic with the Minimum and Maximum
                  values, you can determine the full scope of a metric and how close the
                  average use is to the Minimum and Maximum values. This comparison
                  helps you to know when to increase or decrease your resources.
                - ``SampleCount`` - The count, or number, of data points used for the
                  statistical calculation.

        Returns:
            GetDistributionMetricDataResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``metric_name`` (``DistributionMetricName | str``): The name of the
                  metric returned.
                - ``metric_data`` (``list[MetricDatapoint]``): An array of objects that
                  describe the metric data returned.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_distribution_metric_data import OPERATION
        from ..shapes.get_distribution_metric_data_request import (
            GetDistributionMetricDataRequest,
        )
        from ..shapes.get_distribution_metric_data_result import (
            GetDistributionMetricDataResult,
        )

        request = GetDistributionMetricDataRequest(
            distribution_name=distribution_name,
            metric_name=metric_name,
            start_time=start_time,
            end_time=end_time,
            period=period,
            unit=unit,
            statistics=statistics,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDistributionMetricDataResult.from_wire(body)

    async def get_distributions(
        self, *, distribution_name: str | None = None, page_token: str | None = None
    ) -> GetDistributionsResult:
        """Returns information about one or more of your Amazon Lightsail content
        delivery network (CDN) distributions.

        Note:
            The ``defaultRootObject`` and ``customErrorResponses`` values are
            returned only when you specify ``distributionName`` to retrieve a
            single distribution. When you call ``GetDistributions`` without a
            distribution name to list all distributions, these two fields aren't
            included in the response.

        Args:
            distribution_name: The name of the distribution for which to return
                information.

                When omitted, the response includes all of your distributions in the
                Amazon Web Services Region where the request is made.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetDistributions`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetDistributionsResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``distributions`` (``list[LightsailDistribution]``): An array of
                  objects that describe your distributions.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_distributions import OPERATION
        from ..shapes.get_distributions_request import GetDistributionsRequest
        from ..shapes.get_distributions_result import GetDistributionsResult

        request = GetDistributionsRequest(
            distribution_name=distribution_name, page_token=page_token
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDistributionsResult.from_wire(body)

    async def get_domain(self, *, domain_name: str) -> GetDomainResult:
        """Returns information about a specific domain recordset.

        Args:
            domain_name: Required. The domain name for which your want to return
                information about.

        Returns:
            GetDomainResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``domain`` (``Domain``): An array of key-value pairs containing
                  information about your get domain request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_domain import OPERATION
        from ..shapes.get_domain_request import GetDomainRequest
        from ..shapes.get_domain_result import GetDomainResult

        request = GetDomainRequest(domain_name=domain_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDomainResult.from_wire(body)

    async def get_domains(self, *, page_token: str | None = None) -> GetDomainsResult:
        """Returns a list of all domains in the user's account.

        Results come in pages: ``get_paginator("get_domains")`` iterates over
        all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetDomains`` request. If your
                results are paginated, the response will return a next page token that
                you can specify as the page token in a subsequent request.

        Returns:
            GetDomainsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``domains`` (``list[Domain]``): An array of key-value pairs containing
                  information about each of the domain entries in the user's account.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_domains import OPERATION
        from ..shapes.get_domains_request import GetDomainsRequest
        from ..shapes.get_domains_result import GetDomainsResult

        request = GetDomainsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetDomainsResult.from_wire(body)

    async def get_export_snapshot_records(
        self, *, page_token: str | None = None
    ) -> GetExportSnapshotRecordsResult:
        """Returns all export snapshot records created as a result of the
        ``export snapshot`` operation.

        An export snapshot record can be used to create a new Amazon EC2
        instance and its related resources with the
        [CreateCloudFormationStack](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateCloudFormationStack.html)
        action.

        Results come in pages: ``get_paginator("get_export_snapshot_records")``
        iterates over all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetExportSnapshotRecords``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetExportSnapshotRecordsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``export_snapshot_records`` (``list[ExportSnapshotRecord]``): A list
                  of objects describing the export snapshot records.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_export_snapshot_records import OPERATION
        from ..shapes.get_export_snapshot_records_request import (
            GetExportSnapshotRecordsRequest,
        )
        from ..shapes.get_export_snapshot_records_result import (
            GetExportSnapshotRecordsResult,
        )

        request = GetExportSnapshotRecordsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetExportSnapshotRecordsResult.from_wire(body)

    async def get_instance(
        self, *, instance_name: str, include_health_status: bool | None = None
    ) -> GetInstanceResult:
        """Returns information about a specific Amazon Lightsail instance, which is
        a virtual private server.

        Args:
            instance_name: Required. The name of the instance.
            include_health_status: Specifies whether to include the instance health
                status checks in the response of your request.

                When set to ``true``, the response includes the ``instanceStatus`` and
                ``systemStatus`` of the instance. When omitted or set to ``false``, the
                response doesn't include them.

        Returns:
            GetInstanceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``instance`` (``Instance``): An array of key-value pairs containing
                  information about the specified instance.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance import OPERATION
        from ..shapes.get_instance_request import GetInstanceRequest
        from ..shapes.get_instance_result import GetInstanceResult

        request = GetInstanceRequest(
            instance_name=instance_name, include_health_status=include_health_status
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstanceResult.from_wire(body)

    async def get_instance_access_details(
        self,
        *,
        instance_name: str,
        protocol: InstanceAccessProtocol | str | None = None,
    ) -> GetInstanceAccessDetailsResult:
        """Returns temporary SSH keys you can use to connect to a specific virtual
        private server, or *instance*.

        The ``get instance access details`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        ``instance name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_name: Required. The name of the instance to access.
            protocol: The protocol to use to connect to your instance. Defaults to
                ``ssh``.

        Returns:
            GetInstanceAccessDetailsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``access_details`` (``InstanceAccessDetails``): An array of key-value
                  pairs containing information about a get instance access request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance_access_details import OPERATION
        from ..shapes.get_instance_access_details_request import (
            GetInstanceAccessDetailsRequest,
        )
        from ..shapes.get_instance_access_details_result import (
            GetInstanceAccessDetailsResult,
        )

        request = GetInstanceAccessDetailsRequest(
            instance_name=instance_name, protocol=protocol
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstanceAccessDetailsResult.from_wire(body)

    async def get_instance_metric_data(
        self,
        *,
        instance_name: str,
        metric_name: InstanceMetricName | str,
        period: int,
        start_time: datetime,
        end_time: datetime,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> GetInstanceMetricDataResult:
        """Returns the data points for the specified Amazon Lightsail instance
        metric, given an instance name.

        Metrics report the utilization of your resources, and the error counts
        generated by them. Monitor and collect metric data regularly to maintain
        the reliability, availability, and performance of your resources.

        Args:
            instance_name: Required. The name of the instance for which you want to get
                metrics data.
            metric_name: Required. The metric for which you want to return information.

                Valid instance metric names are listed below, along with the most useful
                ``statistics`` to include in your request, and the published ``unit``
                value.

                - **``BurstCapacityPercentage``** - The percentage of CPU performance
                  available for your instance to burst above its baseline. Your instance
                  continuously accrues and consumes burst capacity. Burst capacity stops
                  accruing when your instance's ``BurstCapacityPercentage`` reaches
                  100%. For more information, see
                  [Viewing instance burst capacity in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-burst-capacity).
                  ``Statistics``: The most useful statistics are ``Maximum`` and
                  ``Average``.
                  ``Unit``: The published unit is ``Percent``.
                - **``BurstCapacityTime``** - The available amount of time for your
                  instance to burst at 100% CPU utilization. Your instance continuously
                  accrues and consumes burst capacity. Burst capacity time stops
                  accruing when your instance's ``BurstCapacityPercentage`` metric
                  reaches 100%.
                  Burst capacity time is consumed at the full rate only when your
                  instance operates at 100% CPU utilization. For example, if your
                  instance operates at 50% CPU utilization in the burstable zone for a
                  5-minute period, then it consumes CPU burst capacity minutes at a 50%
                  rate in that period. Your instance consumed 2 minutes and 30 seconds
                  of CPU burst capacity minutes in the 5-minute period. For more
                  information, see
                  [Viewing instance burst capacity in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-burst-capacity).
                  ``Statistics``: The most useful statistics are ``Maximum`` and
                  ``Average``.
                  ``Unit``: The published unit is ``Seconds``.
                - **``CPUUtilization``** - The percentage of allocated compute units
                  that are currently in use on the instance. This metric identifies the
                  processing power to run the applications on the instance. Tools in
                  your operating system can show a lower percentage than Lightsail when
                  the instance is not allocated a full processor core.
                  ``Statistics``: The most useful statistics are ``Maximum`` and
                  ``Average``.
                  ``Unit``: The published unit is ``Percent``.
                - **``NetworkIn``** - The number of bytes received on all network
                  interfaces by the instance. This metric identifies the volume of
                  incoming network traffic to the instance. The number reported is the
                  number of bytes received during the period. Because this metric is
                  reported in 5-minute intervals, divide the reported number by 300 to
                  find Bytes/second.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Bytes``.
                - **``NetworkOut``** - The number of bytes sent out on all network
                  interfaces by the instance. This metric identifies the volume of
                  outgoing network traffic from the instance. The number reported is the
                  number of bytes sent during the period. Because this metric is
                  reported in 5-minute intervals, divide the reported number by 300 to
                  find Bytes/second.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Bytes``.
                - **``StatusCheckFailed``** - Reports whether the instance passed or
                  failed both the instance status check and the system status check.
                  This metric can be either 0 (passed) or 1 (failed). This metric data
                  is available in 1-minute (60 seconds) granularity.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``StatusCheckFailed_Instance``** - Reports whether the instance
                  passed or failed the instance status check. This metric can be either
                  0 (passed) or 1 (failed). This metric data is available in 1-minute
                  (60 seconds) granularity.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``StatusCheckFailed_System``** - Reports whether the instance passed
                  or failed the system status check. This metric can be either 0
                  (passed) or 1 (failed). This metric data is available in 1-minute (60
                  seconds) granularity.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``MetadataNoToken``** - Reports the number of times that the
                  instance metadata service was successfully accessed without a token.
                  This metric determines if there are any processes accessing instance
                  metadata by using Instance Metadata Service Version 1, which doesn't
                  use a token. If all requests use token-backed sessions, such as
                  Instance Metadata Service Version 2, then the value is 0.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``DiskReadOps``** - The number of read operations completed on the
                  system disk of the instance during the period. This metric doesn't
                  include activity on additional disks that you attach to the instance.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``DiskWriteOps``** - The number of write operations completed on the
                  system disk of the instance during the period. This metric doesn't
                  include activity on additional disks that you attach to the instance.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``DiskReadBytes``** - The number of bytes read from the system disk
                  of the instance during the period. This metric doesn't include
                  activity on additional disks that you attach to the instance.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Bytes``.
                - **``DiskWriteBytes``** - The number of bytes written to the system
                  disk of the instance during the period. This metric doesn't include
                  activity on additional disks that you attach to the instance.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Bytes``.
                - **``DiskTotalReadTime``** - The total number of seconds spent by all
                  read operations that completed on the system disk of the instance
                  during the period. This metric doesn't include activity on additional
                  disks that you attach to the instance.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Seconds``.
                - **``DiskTotalWriteTime``** - The total number of seconds spent by all
                  write operations that completed on the system disk of the instance
                  during the period. This metric doesn't include activity on additional
                  disks that you attach to the instance.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Seconds``.
                - **``DiskQueueLength``** - The number of read and write requests that
                  are waiting to access the system disk of the instance. This metric
                  doesn't include activity on additional disks that you attach to the
                  instance.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Count``.

                For more information about system disk performance metrics, see
                [View system disk performance metrics for your Lightsail instance](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-disk-performance-metrics).
            period: Required. The granularity, in seconds, of the returned data points.

                The ``StatusCheckFailed``, ``StatusCheckFailed_Instance``, and
                ``StatusCheckFailed_System`` instance metric data is available in
                1-minute (60 seconds) granularity. All other instance metric data is
                available in 5-minute (300 seconds) granularity.
            start_time: Required. The start time of the time period.
            end_time: Required. The end time of the time period.
            unit: Required. The unit for the metric data request. Valid units depend on
                the metric data being requested. For the valid units to specify with
                each available metric, see the ``metricName`` parameter.
            statistics: Required. The statistic for the metric.

                The following statistics are available:

                - ``Minimum`` - The lowest value observed during the specified period.
                  Use this value to determine low volumes of activity for your
                  application.
                - ``Maximum`` - The highest value observed during the specified period.
                  Use this value to determine high volumes of activity for your
                  application.
                - ``Sum`` - All values submitted for the matching metric added together.
                  You can use this statistic to determine the total volume of a metric.
                - ``Average`` - The value of Sum / SampleCount during the specified
                  period. By comparing this statistic with the Minimum and Maximum
                  values, you can determine the full scope of a metric and how close the
                  average use is to the Minimum and Maximum values. This comparison
                  helps you to know when to increase or decrease your resources.
                - ``SampleCount`` - The count, or number, of data points used for the
                  statistical calculation.

        Returns:
            GetInstanceMetricDataResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``metric_name`` (``InstanceMetricName | str``): The name of the metric
                  returned.
                - ``metric_data`` (``list[MetricDatapoint]``): An array of objects that
                  describe the metric data returned.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance_metric_data import OPERATION
        from ..shapes.get_instance_metric_data_request import (
            GetInstanceMetricDataRequest,
        )
        from ..shapes.get_instance_metric_data_result import GetInstanceMetricDataResult

        request = GetInstanceMetricDataRequest(
            instance_name=instance_name,
            metric_name=metric_name,
            period=period,
            start_time=start_time,
            end_time=end_time,
            unit=unit,
            statistics=statistics,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstanceMetricDataResult.from_wire(body)

    async def get_instance_port_states(
        self, *, instance_name: str
    ) -> GetInstancePortStatesResult:
        """Returns the firewall port states for a specific Amazon Lightsail
        instance, the IP addresses allowed to connect to the instance through
        the ports, and the protocol.

        Args:
            instance_name: Required. The name of the instance for which to return
                firewall port states.

        Returns:
            GetInstancePortStatesResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``port_states`` (``list[InstancePortState]``): An array of objects
                  that describe the firewall port states for the specified instance.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance_port_states import OPERATION
        from ..shapes.get_instance_port_states_request import (
            GetInstancePortStatesRequest,
        )
        from ..shapes.get_instance_port_states_result import GetInstancePortStatesResult

        request = GetInstancePortStatesRequest(instance_name=instance_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstancePortStatesResult.from_wire(body)

    async def get_instance_snapshot(
        self, *, instance_snapshot_name: str
    ) -> GetInstanceSnapshotResult:
        """Returns information about a specific instance snapshot.

        Args:
            instance_snapshot_name: Required. The name of the snapshot for which you are
                requesting information.

        Returns:
            GetInstanceSnapshotResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``instance_snapshot`` (``InstanceSnapshot``): An array of key-value
                  pairs containing information about the results of your get instance
                  snapshot request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance_snapshot import OPERATION
        from ..shapes.get_instance_snapshot_request import GetInstanceSnapshotRequest
        from ..shapes.get_instance_snapshot_result import GetInstanceSnapshotResult

        request = GetInstanceSnapshotRequest(
            instance_snapshot_name=instance_snapshot_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstanceSnapshotResult.from_wire(body)

    async def get_instance_snapshots(
        self, *, page_token: str | None = None
    ) -> GetInstanceSnapshotsResult:
        """Returns all instance snapshots for the user's account.

        Results come in pages: ``get_paginator("get_instance_snapshots")``
        iterates over all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetInstanceSnapshots``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetInstanceSnapshotsResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``instance_snapshots`` (``list[InstanceSnapshot]``): An array of
                  key-value pairs containing information about the results of your get
                  instance snapshots request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance_snapshots import OPERATION
        from ..shapes.get_instance_snapshots_request import GetInstanceSnapshotsRequest
        from ..shapes.get_instance_snapshots_result import GetInstanceSnapshotsResult

        request = GetInstanceSnapshotsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstanceSnapshotsResult.from_wire(body)

    async def get_instance_state(self, *, instance_name: str) -> GetInstanceStateResult:
        """Returns the state of a specific instance. Works on one instance at a
        time.

        Args:
            instance_name: Required. The name of the instance to get state information
                about.

        Returns:
            GetInstanceStateResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``state`` (``InstanceState``): The state of the instance.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instance_state import OPERATION
        from ..shapes.get_instance_state_request import GetInstanceStateRequest
        from ..shapes.get_instance_state_result import GetInstanceStateResult

        request = GetInstanceStateRequest(instance_name=instance_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstanceStateResult.from_wire(body)

    async def get_instances(
        self,
        *,
        page_token: str | None = None,
        include_health_status: bool | None = None,
    ) -> GetInstancesResult:
        """Returns information about all Amazon Lightsail virtual private servers,
        or *instances*.

        Results come in pages: ``get_paginator("get_instances")`` iterates over
        all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetInstances`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.
            include_health_status: Specifies whether to include the instance health
                status checks of each instance in the response of your request.

                When set to ``true``, the response includes the ``instanceStatus`` and
                ``systemStatus`` of each instance. When omitted or set to ``false``, the
                response doesn't include them.

        Returns:
            GetInstancesResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``instances`` (``list[Instance]``): An array of key-value pairs
                  containing information about your instances.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_instances import OPERATION
        from ..shapes.get_instances_request import GetInstancesRequest
        from ..shapes.get_instances_result import GetInstancesResult

        request = GetInstancesRequest(
            page_token=page_token, include_health_status=include_health_status
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetInstancesResult.from_wire(body)

    async def get_key_pair(self, *, key_pair_name: str) -> GetKeyPairResult:
        """Returns information about a specific key pair.

        Args:
            key_pair_name: Required. The name of the key pair for which you are
                requesting information.

        Returns:
            GetKeyPairResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``key_pair`` (``KeyPair``): An array of key-value pairs containing
                  information about the key pair.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_key_pair import OPERATION
        from ..shapes.get_key_pair_request import GetKeyPairRequest
        from ..shapes.get_key_pair_result import GetKeyPairResult

        request = GetKeyPairRequest(key_pair_name=key_pair_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetKeyPairResult.from_wire(body)

    async def get_key_pairs(
        self,
        *,
        page_token: str | None = None,
        include_default_key_pair: bool | None = None,
    ) -> GetKeyPairsResult:
        """Returns information about all key pairs in the user's account.

        Results come in pages: ``get_paginator("get_key_pairs")`` iterates over
        all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetKeyPairs`` request. If your
                results are paginated, the response will return a next page token that
                you can specify as the page token in a subsequent request.
            include_default_key_pair: A Boolean value that indicates whether to include
                the default key pair in the response of your request.

        Returns:
            GetKeyPairsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``key_pairs`` (``list[KeyPair]``): An array of key-value pairs
                  containing information about the key pairs.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_key_pairs import OPERATION
        from ..shapes.get_key_pairs_request import GetKeyPairsRequest
        from ..shapes.get_key_pairs_result import GetKeyPairsResult

        request = GetKeyPairsRequest(
            page_token=page_token, include_default_key_pair=include_default_key_pair
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetKeyPairsResult.from_wire(body)

    async def get_load_balancer(
        self, *, load_balancer_name: str
    ) -> GetLoadBalancerResult:
        """Returns information about the specified Lightsail load balancer.

        Args:
            load_balancer_name: Required. The name of the load balancer.

        Returns:
            GetLoadBalancerResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``load_balancer`` (``LoadBalancer``): An object containing information
                  about your load balancer.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_load_balancer import OPERATION
        from ..shapes.get_load_balancer_request import GetLoadBalancerRequest
        from ..shapes.get_load_balancer_result import GetLoadBalancerResult

        request = GetLoadBalancerRequest(load_balancer_name=load_balancer_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetLoadBalancerResult.from_wire(body)

    async def get_load_balancer_metric_data(
        self,
        *,
        load_balancer_name: str,
        metric_name: LoadBalancerMetricName | str,
        period: int,
        start_time: datetime,
        end_time: datetime,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> GetLoadBalancerMetricDataResult:
        """Returns information about health metrics for your Lightsail load
        balancer.

        Metrics report the utilization of your resources, and the error counts
        generated by them. Monitor and collect metric data regularly to maintain
        the reliability, availability, and performance of your resources.

        Args:
            load_balancer_name: Required. The name of the load balancer.
            metric_name: Required. The metric for which you want to return information.

                Valid load balancer metric names are listed below, along with the most
                useful ``statistics`` to include in your request, and the published
                ``unit`` value.

                - **``ClientTLSNegotiationErrorCount``** - The number of TLS connections
                  initiated by the client that did not establish a session with the load
                  balancer due to a TLS error generated by the load balancer. Possible
                  causes include a mismatch of ciphers or protocols.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``HealthyHostCount``** - The number of target instances that are
                  considered healthy.
                  ``Statistics``: The most useful statistic are ``Average``,
                  ``Minimum``, and ``Maximum``.
                  ``Unit``: The published unit is ``Count``.
                - **``HTTPCode_Instance_2XX_Count``** - The number of HTTP 2XX response
                  codes generated by the target instances. This does not include any
                  response codes generated by the load balancer.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``HTTPCode_Instance_3XX_Count``** - The number of HTTP 3XX response
                  codes generated by the target instances. This does not include any
                  response codes generated by the load balancer.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``HTTPCode_Instance_4XX_Count``** - The number of HTTP 4XX response
                  codes generated by the target instances. This does not include any
                  response codes generated by the load balancer.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``HTTPCode_Instance_5XX_Count``** - The number of HTTP 5XX response
                  codes generated by the target instances. This does not include any
                  response codes generated by the load balancer.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``HTTPCode_LB_4XX_Count``** - The number of HTTP 4XX client error
                  codes that originated from the load balancer. Client errors are
                  generated when requests are malformed or incomplete. These requests
                  were not received by the target instance. This count does not include
                  response codes generated by the target instances.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``HTTPCode_LB_5XX_Count``** - The number of HTTP 5XX server error
                  codes that originated from the load balancer. This does not include
                  any response codes generated by the target instance. This metric is
                  reported if there are no healthy instances attached to the load
                  balancer, or if the request rate exceeds the capacity of the instances
                  (spillover) or the load balancer.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``InstanceResponseTime``** - The time elapsed, in seconds, after the
                  request leaves the load balancer until a response from the target
                  instance is received.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Seconds``.
                - **``RejectedConnectionCount``** - The number of connections that were
                  rejected because the load balancer had reached its maximum number of
                  connections.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``RequestCount``** - The number of requests processed over IPv4.
                  This count includes only the requests with a response generated by a
                  target instance of the load balancer.
                  ``Statistics``: The most useful statistic is ``Sum``. Note that
                  ``Minimum``, ``Maximum``, and ``Average`` all return ``1``.
                  ``Unit``: The published unit is ``Count``.
                - **``UnhealthyHostCount``** - The number of target instances that are
                  considered unhealthy.
                  ``Statistics``: The most useful statistic are ``Average``,
                  ``Minimum``, and ``Maximum``.
                  ``Unit``: The published unit is ``Count``.
            period: Required. The granularity, in seconds, of the returned data points.
            start_time: Required. The start time of the period.
            end_time: Required. The end time of the period.
            unit: Required. The unit for the metric data request. Valid units depend on
                the metric data being requested. For the valid units with each available
                metric, see the ``metricName`` parameter.
            statistics: Required. The statistic for the metric.

                The following statistics are available:

                - ``Minimum`` - The lowest value observed during the specified period.
                  Use this value to determine low volumes of activity for your
                  application.
                - ``Maximum`` - The highest value observed during the specified period.
                  Use this value to determine high volumes of activity for your
                  application.
                - ``Sum`` - All values submitted for the matching metric added together.
                  You can use this statistic to determine the total volume of a metric.
                - ``Average`` - The value of Sum / SampleCount during the specified
                  period. By comparing this statistic with the Minimum and Maximum
                  values, you can determine the full scope of a metric and how close the
                  average use is to the Minimum and Maximum values. This comparison
                  helps you to know when to increase or decrease your resources.
                - ``SampleCount`` - The count, or number, of data points used for the
                  statistical calculation.

        Returns:
            GetLoadBalancerMetricDataResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``metric_name`` (``LoadBalancerMetricName | str``): The name of the
                  metric returned.
                - ``metric_data`` (``list[MetricDatapoint]``): An array of objects that
                  describe the metric data returned.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_load_balancer_metric_data import OPERATION
        from ..shapes.get_load_balancer_metric_data_request import (
            GetLoadBalancerMetricDataRequest,
        )
        from ..shapes.get_load_balancer_metric_data_result import (
            GetLoadBalancerMetricDataResult,
        )

        request = GetLoadBalancerMetricDataRequest(
            load_balancer_name=load_balancer_name,
            metric_name=metric_name,
            period=period,
            start_time=start_time,
            end_time=end_time,
            unit=unit,
            statistics=statistics,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetLoadBalancerMetricDataResult.from_wire(body)

    async def get_load_balancer_tls_certificates(
        self, *, load_balancer_name: str
    ) -> GetLoadBalancerTlsCertificatesResult:
        """Returns information about the TLS certificates that are associated with
        the specified Lightsail load balancer.

        TLS is just an updated, more secure version of Secure Socket Layer
        (SSL).

        You can have a maximum of 2 certificates associated with a Lightsail
        load balancer. One is active and the other is inactive.

        Args:
            load_balancer_name: Required. The name of the load balancer you associated
                with your SSL/TLS certificate.

        Returns:
            GetLoadBalancerTlsCertificatesResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``tls_certificates`` (``list[LoadBalancerTlsCertificate]``): An array
                  of LoadBalancerTlsCertificate objects describing your SSL/TLS
                  certificates.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_load_balancer_tls_certificates import OPERATION
        from ..shapes.get_load_balancer_tls_certificates_request import (
            GetLoadBalancerTlsCertificatesRequest,
        )
        from ..shapes.get_load_balancer_tls_certificates_result import (
            GetLoadBalancerTlsCertificatesResult,
        )

        request = GetLoadBalancerTlsCertificatesRequest(
            load_balancer_name=load_balancer_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetLoadBalancerTlsCertificatesResult.from_wire(body)

    async def get_load_balancer_tls_policies(
        self, *, page_token: str | None = None
    ) -> GetLoadBalancerTlsPoliciesResult:
        """Returns a list of TLS security policies that you can apply to Lightsail
        load balancers.

        For more information about load balancer TLS security policies, see
        [Configuring TLS security policies on your Amazon Lightsail load balancers](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configure-load-balancer-tls-security-policy)
        in the *Amazon Lightsail Developer Guide*.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetLoadBalancerTlsPolicies``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetLoadBalancerTlsPoliciesResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``tls_policies`` (``list[LoadBalancerTlsPolicy]``): An array of
                  objects that describe the TLS security policies that are available.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
        """
        from ..operations.get_load_balancer_tls_policies import OPERATION
        from ..shapes.get_load_balancer_tls_policies_request import (
            GetLoadBalancerTlsPoliciesRequest,
        )
        from ..shapes.get_load_balancer_tls_policies_result import (
            GetLoadBalancerTlsPoliciesResult,
        )

        request = GetLoadBalancerTlsPoliciesRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetLoadBalancerTlsPoliciesResult.from_wire(body)

    async def get_load_balancers(
        self, *, page_token: str | None = None
    ) -> GetLoadBalancersResult:
        """Returns information about all load balancers in an account.

        Results come in pages: ``get_paginator("get_load_balancers")`` iterates
        over all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetLoadBalancers`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetLoadBalancersResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``load_balancers`` (``list[LoadBalancer]``): An array of LoadBalancer
                  objects describing your load balancers.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_load_balancers import OPERATION
        from ..shapes.get_load_balancers_request import GetLoadBalancersRequest
        from ..shapes.get_load_balancers_result import GetLoadBalancersResult

        request = GetLoadBalancersRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetLoadBalancersResult.from_wire(body)

    async def get_operation(self, *, operation_id: str) -> GetOperationResult:
        """Returns information about a specific operation. Operations include
        events such as when you create an instance, allocate a static IP, attach
        a static IP, and so on.

        Args:
            operation_id: Required. A GUID used to identify the operation.

        Returns:
            GetOperationResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_operation import OPERATION
        from ..shapes.get_operation_request import GetOperationRequest
        from ..shapes.get_operation_result import GetOperationResult

        request = GetOperationRequest(operation_id=operation_id)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetOperationResult.from_wire(body)

    async def get_operations(
        self, *, page_token: str | None = None
    ) -> GetOperationsResult:
        """Returns information about all operations.

        Results are returned from oldest to newest, up to a maximum of 200.
        Results can be paged by making each subsequent call to ``GetOperations``
        use the maximum (last) ``statusChangedAt`` value from the previous
        request.

        Results come in pages: ``get_paginator("get_operations")`` iterates over
        all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetOperations`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetOperationsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_operations import OPERATION
        from ..shapes.get_operations_request import GetOperationsRequest
        from ..shapes.get_operations_result import GetOperationsResult

        request = GetOperationsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetOperationsResult.from_wire(body)

    async def get_operations_for_resource(
        self, *, resource_name: str, page_token: str | None = None
    ) -> GetOperationsForResourceResult:
        """Gets operations for a specific resource (an instance or a static IP).

        Args:
            resource_name: Required. The name of the resource for which you are
                requesting information.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetOperationsForResource``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetOperationsForResourceResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.
                - ``next_page_count`` (``str``): Deprecated. (Discontinued) Returns the
                  number of pages of results that remain.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_operations_for_resource import OPERATION
        from ..shapes.get_operations_for_resource_request import (
            GetOperationsForResourceRequest,
        )
        from ..shapes.get_operations_for_resource_result import (
            GetOperationsForResourceResult,
        )

        request = GetOperationsForResourceRequest(
            resource_name=resource_name, page_token=page_token
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetOperationsForResourceResult.from_wire(body)

    async def get_profile(self) -> GetProfileResult:
        """Returns information about the profile of the Amazon Lightsail account
        that makes the request. The response includes the profile type and, for
        accounts enrolled in the Lightsail partner program, the partner
        membership details.

        Returns:
            GetProfileResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``profile_type`` (``ProfileType | str``): The type of the profile.
                - ``partner`` (``PartnerInfo``): An object that describes the partner
                  membership of the account, such as the tier of the membership, its
                  status, and when the account was enrolled.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_profile import OPERATION
        from ..shapes.get_profile_request import GetProfileRequest
        from ..shapes.get_profile_result import GetProfileResult

        request = GetProfileRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetProfileResult.from_wire(body)

    async def get_regions(
        self,
        *,
        include_availability_zones: bool | None = None,
        include_relational_database_availability_zones: bool | None = None,
    ) -> GetRegionsResult:
        """Returns a list of all valid regions for Amazon Lightsail. Use the
        ``include availability zones`` parameter to also return the Availability
        Zones in a region.

        Args:
            include_availability_zones: A Boolean value indicating whether to also
                include Availability Zones in your get regions request. Availability
                Zones are indicated with a letter: ``us-east-2a``.
            include_relational_database_availability_zones: A Boolean value indicating
                whether to also include Availability Zones for databases in your get
                regions request. Availability Zones are indicated with a letter
                (``us-east-2a``).

        Returns:
            GetRegionsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``regions`` (``list[Region]``): An array of key-value pairs containing
                  information about your get regions request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_regions import OPERATION
        from ..shapes.get_regions_request import GetRegionsRequest
        from ..shapes.get_regions_result import GetRegionsResult

        request = GetRegionsRequest(
            include_availability_zones=include_availability_zones,
            include_relational_database_availability_zones=include_relational_database_availability_zones,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRegionsResult.from_wire(body)

    async def get_relational_database(
        self, *, relational_database_name: str
    ) -> GetRelationalDatabaseResult:
        """Returns information about a specific database in Amazon Lightsail.

        Args:
            relational_database_name: Required. The name of the database that you are
                looking up.

        Returns:
            GetRelationalDatabaseResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``relational_database`` (``RelationalDatabase``): An object describing
                  the specified database.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database import OPERATION
        from ..shapes.get_relational_database_request import (
            GetRelationalDatabaseRequest,
        )
        from ..shapes.get_relational_database_result import GetRelationalDatabaseResult

        request = GetRelationalDatabaseRequest(
            relational_database_name=relational_database_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseResult.from_wire(body)

    async def get_relational_database_blueprints(
        self, *, page_token: str | None = None
    ) -> GetRelationalDatabaseBlueprintsResult:
        """Returns a list of available database blueprints in Amazon Lightsail. A
        blueprint describes the major engine version of a database.

        You can use a blueprint ID to create a new database that runs a specific
        database engine.

        Results come in pages:
        ``get_paginator("get_relational_database_blueprints")`` iterates over
        all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial
                ``GetRelationalDatabaseBlueprints`` request. If your results are
                paginated, the response will return a next page token that you can
                specify as the page token in a subsequent request.

        Returns:
            GetRelationalDatabaseBlueprintsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``blueprints`` (``list[RelationalDatabaseBlueprint]``): An object
                  describing the result of your get relational database blueprints
                  request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_blueprints import OPERATION
        from ..shapes.get_relational_database_blueprints_request import (
            GetRelationalDatabaseBlueprintsRequest,
        )
        from ..shapes.get_relational_database_blueprints_result import (
            GetRelationalDatabaseBlueprintsResult,
        )

        request = GetRelationalDatabaseBlueprintsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseBlueprintsResult.from_wire(body)

    async def get_relational_database_bundles(
        self, *, page_token: str | None = None, include_inactive: bool | None = None
    ) -> GetRelationalDatabaseBundlesResult:
        """Returns the list of bundles that are available in Amazon Lightsail. A
        bundle describes the performance specifications for a database.

        You can use a bundle ID to create a new database with explicit
        performance specifications.

        Results come in pages:
        ``get_paginator("get_relational_database_bundles")`` iterates over all
        of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetRelationalDatabaseBundles``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.
            include_inactive: A Boolean value that indicates whether to include inactive
                (unavailable) bundles in the response of your request.

        Returns:
            GetRelationalDatabaseBundlesResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``bundles`` (``list[RelationalDatabaseBundle]``): An object describing
                  the result of your get relational database bundles request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_bundles import OPERATION
        from ..shapes.get_relational_database_bundles_request import (
            GetRelationalDatabaseBundlesRequest,
        )
        from ..shapes.get_relational_database_bundles_result import (
            GetRelationalDatabaseBundlesResult,
        )

        request = GetRelationalDatabaseBundlesRequest(
            page_token=page_token, include_inactive=include_inactive
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseBundlesResult.from_wire(body)

    async def get_relational_database_events(
        self,
        *,
        relational_database_name: str,
        duration_in_minutes: int | None = None,
        page_token: str | None = None,
    ) -> GetRelationalDatabaseEventsResult:
        """Returns a list of events for a specific database in Amazon Lightsail.

        Results come in pages:
        ``get_paginator("get_relational_database_events")`` iterates over all of
        them.

        Args:
            relational_database_name: Required. The name of the database from which to
                get events.
            duration_in_minutes: The number of minutes in the past from which to
                retrieve events. For example, to get all events from the past 2 hours,
                enter 120.

                Default: ``60``

                The minimum is 1 and the maximum is 14 days (20160 minutes).
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetRelationalDatabaseEvents``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetRelationalDatabaseEventsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``relational_database_events`` (``list[RelationalDatabaseEvent]``): An
                  object describing the result of your get relational database events
                  request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_events import OPERATION
        from ..shapes.get_relational_database_events_request import (
            GetRelationalDatabaseEventsRequest,
        )
        from ..shapes.get_relational_database_events_result import (
            GetRelationalDatabaseEventsResult,
        )

        request = GetRelationalDatabaseEventsRequest(
            relational_database_name=relational_database_name,
            duration_in_minutes=duration_in_minutes,
            page_token=page_token,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseEventsResult.from_wire(body)

    async def get_relational_database_log_events(
        self,
        *,
        relational_database_name: str,
        log_stream_name: str,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        start_from_head: bool | None = None,
        page_token: str | None = None,
    ) -> GetRelationalDatabaseLogEventsResult:
        """Returns a list of log events for a database in Amazon Lightsail.

        Args:
            relational_database_name: Required. The name of your database for which to
                get log events.
            log_stream_name: Required. The name of the log stream.

                Use the ``get relational database log streams`` operation to get a list
                of available log streams.
            start_time: The start of the time interval from which to get log events.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use a start time of October 1, 2018, at 8
                  PM UTC, then you input ``1538424000`` as the start time.
            end_time: The end of the time interval from which to get log events.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use an end time of October 1, 2018, at 8
                  PM UTC, then you input ``1538424000`` as the end time.
            start_from_head: Parameter to specify if the log should start from head or
                tail. If ``true`` is specified, the log event starts from the head of
                the log. If ``false`` is specified, the log event starts from the tail
                of the log.

                Note:
                    For PostgreSQL, the default value of ``false`` is the only option
                    available.
            page_token: The token to advance to the next or previous page of results
                from your request.

                To get a page token, perform an initial
                ``GetRelationalDatabaseLogEvents`` request. If your results are
                paginated, the response will return a next forward token and/or next
                backward token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetRelationalDatabaseLogEventsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``resource_log_events`` (``list[LogEvent]``): An object describing the
                  result of your get relational database log events request.
                - ``next_backward_token`` (``str``): A token used for advancing to the
                  previous page of results from your get relational database log events
                  request.
                - ``next_forward_token`` (``str``): A token used for advancing to the
                  next page of results from your get relational database log events
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_log_events import OPERATION
        from ..shapes.get_relational_database_log_events_request import (
            GetRelationalDatabaseLogEventsRequest,
        )
        from ..shapes.get_relational_database_log_events_result import (
            GetRelationalDatabaseLogEventsResult,
        )

        request = GetRelationalDatabaseLogEventsRequest(
            relational_database_name=relational_database_name,
            log_stream_name=log_stream_name,
            start_time=start_time,
            end_time=end_time,
            start_from_head=start_from_head,
            page_token=page_token,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseLogEventsResult.from_wire(body)

    async def get_relational_database_log_streams(
        self, *, relational_database_name: str
    ) -> GetRelationalDatabaseLogStreamsResult:
        """Returns a list of available log streams for a specific database in
        Amazon Lightsail.

        Args:
            relational_database_name: Required. The name of your database for which to
                get log streams.

        Returns:
            GetRelationalDatabaseLogStreamsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``log_streams`` (``list[str]``): An object describing the result of
                  your get relational database log streams request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_log_streams import OPERATION
        from ..shapes.get_relational_database_log_streams_request import (
            GetRelationalDatabaseLogStreamsRequest,
        )
        from ..shapes.get_relational_database_log_streams_result import (
            GetRelationalDatabaseLogStreamsResult,
        )

        request = GetRelationalDatabaseLogStreamsRequest(
            relational_database_name=relational_database_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseLogStreamsResult.from_wire(body)

    async def get_relational_database_master_user_password(
        self,
        *,
        relational_database_name: str,
        password_version: RelationalDatabasePasswordVersion | str | None = None,
    ) -> GetRelationalDatabaseMasterUserPasswordResult:
        """Returns the current, previous, or pending versions of the master user
        password for a Lightsail database.

        The ``GetRelationalDatabaseMasterUserPassword`` operation supports
        tag-based access control via resource tags applied to the resource
        identified by relationalDatabaseName.

        Args:
            relational_database_name: Required. The name of your database for which to
                get the master user password.
            password_version: The password version to return.

                Specifying ``CURRENT`` or ``PREVIOUS`` returns the current or previous
                passwords respectively. Specifying ``PENDING`` returns the newest
                version of the password that will rotate to ``CURRENT``. After the
                ``PENDING`` password rotates to ``CURRENT``, the ``PENDING`` password is
                no longer available.

                Default: ``CURRENT``

        Returns:
            GetRelationalDatabaseMasterUserPasswordResult: The parsed response. Its
                attributes (``None`` when the response leaves one out):

                - ``master_user_password`` (``str``): The master user password for the
                  ``password version`` specified.
                - ``created_at`` (``datetime``): The timestamp when the specified
                  version of the master user password was created.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_master_user_password import OPERATION
        from ..shapes.get_relational_database_master_user_password_request import (
            GetRelationalDatabaseMasterUserPasswordRequest,
        )
        from ..shapes.get_relational_database_master_user_password_result import (
            GetRelationalDatabaseMasterUserPasswordResult,
        )

        request = GetRelationalDatabaseMasterUserPasswordRequest(
            relational_database_name=relational_database_name,
            password_version=password_version,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseMasterUserPasswordResult.from_wire(body)

    async def get_relational_database_metric_data(
        self,
        *,
        relational_database_name: str,
        metric_name: RelationalDatabaseMetricName | str,
        period: int,
        start_time: datetime,
        end_time: datetime,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> GetRelationalDatabaseMetricDataResult:
        """Returns the data points of the specified metric for a database in Amazon
        Lightsail.

        Metrics report the utilization of your resources, and the error counts
        generated by them. Monitor and collect metric data regularly to maintain
        the reliability, availability, and performance of your resources.

        Args:
            relational_database_name: Required. The name of your database from which to
                get metric data.
            metric_name: Required. The metric for which you want to return information.

                Valid relational database metric names are listed below, along with the
                most useful ``statistics`` to include in your request, and the published
                ``unit`` value. All relational database metric data is available in
                1-minute (60 seconds) granularity.

                - **``CPUUtilization``** - The percentage of CPU utilization currently
                  in use on the database.
                  ``Statistics``: The most useful statistics are ``Maximum`` and
                  ``Average``.
                  ``Unit``: The published unit is ``Percent``.
                - **``DatabaseConnections``** - The number of database connections in
                  use.
                  ``Statistics``: The most useful statistics are ``Maximum`` and
                  ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``DiskQueueDepth``** - The number of outstanding IOs (read/write
                  requests) that are waiting to access the disk.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Count``.
                - **``FreeStorageSpace``** - The amount of available storage space.
                  ``Statistics``: The most useful statistic is ``Sum``.
                  ``Unit``: The published unit is ``Bytes``.
                - **``NetworkReceiveThroughput``** - The incoming (Receive) network
                  traffic on the database, including both customer database traffic and
                  AWS traffic used for monitoring and replication.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Bytes/Second``.
                - **``NetworkTransmitThroughput``** - The outgoing (Transmit) network
                  traffic on the database, including both customer database traffic and
                  AWS traffic used for monitoring and replication.
                  ``Statistics``: The most useful statistic is ``Average``.
                  ``Unit``: The published unit is ``Bytes/Second``.
            period: Required. The granularity, in seconds, of the returned data points.

                All relational database metric data is available in 1-minute (60
                seconds) granularity.
            start_time: Required. The start of the time interval from which to get
                metric data.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use a start time of October 1, 2018, at 8
                  PM UTC, then you input ``1538424000`` as the start time.
            end_time: Required. The end of the time interval from which to get metric
                data.

                Constraints:

                - Specified in Coordinated Universal Time (UTC).
                - Specified in the Unix time format.
                  For example, if you wish to use an end time of October 1, 2018, at 8
                  PM UTC, then you input ``1538424000`` as the end time.
            unit: Required. The unit for the metric data request. Valid units depend on
                the metric data being requested. For the valid units with each available
                metric, see the ``metricName`` parameter.
            statistics: Required. The statistic for the metric.

                The following statistics are available:

                - ``Minimum`` - The lowest value observed during the specified period.
                  Use this value to determine low volumes of activity for your
                  application.
                - ``Maximum`` - The highest value observed during the specified period.
                  Use this value to determine high volumes of activity for your
                  application.
                - ``Sum`` - All values submitted for the matching metric added together.
                  You can use this statistic to determine the total volume of a metric.
                - ``Average`` - The value of Sum / SampleCount during the specified
                  period. By comparing this statistic with the Minimum and Maximum
                  values, you can determine the full scope of a metric and how close the
                  average use is to the Minimum and Maximum values. This comparison
                  helps you to know when to increase or decrease your resources.
                - ``SampleCount`` - The count, or number, of data points used for the
                  statistical calculation.

        Returns:
            GetRelationalDatabaseMetricDataResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``metric_name`` (``RelationalDatabaseMetricName | str``): The name of
                  the metric returned.
                - ``metric_data`` (``list[MetricDatapoint]``): An array of objects that
                  describe the metric data returned.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_metric_data import OPERATION
        from ..shapes.get_relational_database_metric_data_request import (
            GetRelationalDatabaseMetricDataRequest,
        )
        from ..shapes.get_relational_database_metric_data_result import (
            GetRelationalDatabaseMetricDataResult,
        )

        request = GetRelationalDatabaseMetricDataRequest(
            relational_database_name=relational_database_name,
            metric_name=metric_name,
            period=period,
            start_time=start_time,
            end_time=end_time,
            unit=unit,
            statistics=statistics,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseMetricDataResult.from_wire(body)

    async def get_relational_database_parameters(
        self, *, relational_database_name: str, page_token: str | None = None
    ) -> GetRelationalDatabaseParametersResult:
        """Returns all of the runtime parameters offered by the underlying database
        software, or engine, for a specific database in Amazon Lightsail.

        In addition to the parameter names and values, this operation returns
        other information about each parameter. This information includes
        whether changes require a reboot, whether the parameter is modifiable,
        the allowed values, and the data types.

        Results come in pages:
        ``get_paginator("get_relational_database_parameters")`` iterates over
        all of them.

        Args:
            relational_database_name: Required. The name of your database for which to
                get parameters.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial
                ``GetRelationalDatabaseParameters`` request. If your results are
                paginated, the response will return a next page token that you can
                specify as the page token in a subsequent request.

        Returns:
            GetRelationalDatabaseParametersResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``parameters`` (``list[RelationalDatabaseParameter]``): An object
                  describing the result of your get relational database parameters
                  request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_parameters import OPERATION
        from ..shapes.get_relational_database_parameters_request import (
            GetRelationalDatabaseParametersRequest,
        )
        from ..shapes.get_relational_database_parameters_result import (
            GetRelationalDatabaseParametersResult,
        )

        request = GetRelationalDatabaseParametersRequest(
            relational_database_name=relational_database_name, page_token=page_token
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseParametersResult.from_wire(body)

    async def get_relational_database_snapshot(
        self, *, relational_database_snapshot_name: str
    ) -> GetRelationalDatabaseSnapshotResult:
        """Returns information about a specific database snapshot in Amazon
        Lightsail.

        Args:
            relational_database_snapshot_name: Required. The name of the database
                snapshot for which to get information.

        Returns:
            GetRelationalDatabaseSnapshotResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``relational_database_snapshot`` (``RelationalDatabaseSnapshot``): An
                  object describing the specified database snapshot.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_snapshot import OPERATION
        from ..shapes.get_relational_database_snapshot_request import (
            GetRelationalDatabaseSnapshotRequest,
        )
        from ..shapes.get_relational_database_snapshot_result import (
            GetRelationalDatabaseSnapshotResult,
        )

        request = GetRelationalDatabaseSnapshotRequest(
            relational_database_snapshot_name=relational_database_snapshot_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseSnapshotResult.from_wire(body)

    async def get_relational_database_snapshots(
        self, *, page_token: str | None = None
    ) -> GetRelationalDatabaseSnapshotsResult:
        """Returns information about all of your database snapshots in Amazon
        Lightsail.

        Results come in pages:
        ``get_paginator("get_relational_database_snapshots")`` iterates over all
        of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial
                ``GetRelationalDatabaseSnapshots`` request. If your results are
                paginated, the response will return a next page token that you can
                specify as the page token in a subsequent request.

        Returns:
            GetRelationalDatabaseSnapshotsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``relational_database_snapshots``
                  (``list[RelationalDatabaseSnapshot]``): An object describing the
                  result of your get relational database snapshots request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_database_snapshots import OPERATION
        from ..shapes.get_relational_database_snapshots_request import (
            GetRelationalDatabaseSnapshotsRequest,
        )
        from ..shapes.get_relational_database_snapshots_result import (
            GetRelationalDatabaseSnapshotsResult,
        )

        request = GetRelationalDatabaseSnapshotsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabaseSnapshotsResult.from_wire(body)

    async def get_relational_databases(
        self, *, page_token: str | None = None
    ) -> GetRelationalDatabasesResult:
        """Returns information about all of your databases in Amazon Lightsail.

        Results come in pages: ``get_paginator("get_relational_databases")``
        iterates over all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetRelationalDatabases``
                request. If your results are paginated, the response will return a next
                page token that you can specify as the page token in a subsequent
                request.

        Returns:
            GetRelationalDatabasesResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``relational_databases`` (``list[RelationalDatabase]``): An object
                  describing the result of your get relational databases request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_relational_databases import OPERATION
        from ..shapes.get_relational_databases_request import (
            GetRelationalDatabasesRequest,
        )
        from ..shapes.get_relational_databases_result import (
            GetRelationalDatabasesResult,
        )

        request = GetRelationalDatabasesRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetRelationalDatabasesResult.from_wire(body)

    async def get_setup_history(
        self, *, resource_name: str, page_token: str | None = None
    ) -> GetSetupHistoryResult:
        """Returns detailed information for five of the most recent
        ``SetupInstanceHttps`` requests that were ran on the target instance.

        Args:
            resource_name: Required. The name of the resource for which you are
                requesting information.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetSetupHistory`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetSetupHistoryResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``setup_history`` (``list[SetupHistory]``): The historical information
                  that's returned.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.get_setup_history import OPERATION
        from ..shapes.get_setup_history_request import GetSetupHistoryRequest
        from ..shapes.get_setup_history_result import GetSetupHistoryResult

        request = GetSetupHistoryRequest(
            resource_name=resource_name, page_token=page_token
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetSetupHistoryResult.from_wire(body)

    async def get_static_ip(self, *, static_ip_name: str) -> GetStaticIpResult:
        """Returns information about an Amazon Lightsail static IP.

        Args:
            static_ip_name: Required. The name of the static IP in Lightsail.

        Returns:
            GetStaticIpResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``static_ip`` (``StaticIp``): An array of key-value pairs containing
                  information about the requested static IP.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_static_ip import OPERATION
        from ..shapes.get_static_ip_request import GetStaticIpRequest
        from ..shapes.get_static_ip_result import GetStaticIpResult

        request = GetStaticIpRequest(static_ip_name=static_ip_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetStaticIpResult.from_wire(body)

    async def get_static_ips(
        self, *, page_token: str | None = None
    ) -> GetStaticIpsResult:
        """Returns information about all static IPs in the user's account.

        Results come in pages: ``get_paginator("get_static_ips")`` iterates over
        all of them.

        Args:
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetStaticIps`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetStaticIpsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``static_ips`` (``list[StaticIp]``): An array of key-value pairs
                  containing information about your get static IPs request.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_static_ips import OPERATION
        from ..shapes.get_static_ips_request import GetStaticIpsRequest
        from ..shapes.get_static_ips_result import GetStaticIpsResult

        request = GetStaticIpsRequest(page_token=page_token)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetStaticIpsResult.from_wire(body)

    async def get_subdomains(
        self, *, subdomain_name: str | None = None, page_token: str | None = None
    ) -> GetSubdomainsResult:
        """Returns information about one or more of your Lightsail subdomains.

        When you don't specify a subdomain, the response lists your top-level
        subdomains, and each top-level subdomain includes its nested subdomains.

        The results are paginated. To get the next page of results, use the
        ``pageToken`` parameter.

        Args:
            subdomain_name: The subdomain for which to return information (for example,
                ``mysite`` or ``blog.mysite``), not its web address.

                When omitted, the response includes all of your subdomains.

                You can't specify this parameter together with the ``pageToken``
                parameter.
            page_token: The token to advance to the next page of results from your
                request.

                To get a page token, perform an initial ``GetSubdomains`` request. If
                your results are paginated, the response will return a next page token
                that you can specify as the page token in a subsequent request.

        Returns:
            GetSubdomainsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``subdomains`` (``list[Subdomain]``): An array of objects that
                  describe your subdomains.
                - ``next_page_token`` (``str``): The token to advance to the next page
                  of results from your request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.get_subdomains import OPERATION
        from ..shapes.get_subdomains_request import GetSubdomainsRequest
        from ..shapes.get_subdomains_result import GetSubdomainsResult

        request = GetSubdomainsRequest(
            subdomain_name=subdomain_name, page_token=page_token
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetSubdomainsResult.from_wire(body)

    async def import_key_pair(
        self, *, key_pair_name: str, public_key_base64: str
    ) -> ImportKeyPairResult:
        """Imports a public SSH key from a specific key pair.

        Args:
            key_pair_name: Required. The name of the key pair for which you want to
                import the public key.
            public_key_base64: Required. A base64-encoded public key of the ``ssh-rsa``
                type.

        Returns:
            ImportKeyPairResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.import_key_pair import OPERATION
        from ..shapes.import_key_pair_request import ImportKeyPairRequest
        from ..shapes.import_key_pair_result import ImportKeyPairResult

        request = ImportKeyPairRequest(
            key_pair_name=key_pair_name, public_key_base64=public_key_base64
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ImportKeyPairResult.from_wire(body)

    async def is_vpc_peered(self) -> IsVpcPeeredResult:
        """Returns a Boolean value indicating whether your Lightsail VPC is peered.

        Returns:
            IsVpcPeeredResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``is_peered`` (``bool``): Returns ``true`` if the Lightsail VPC is
                  peered; otherwise, ``false``.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.is_vpc_peered import OPERATION
        from ..shapes.is_vpc_peered_request import IsVpcPeeredRequest
        from ..shapes.is_vpc_peered_result import IsVpcPeeredResult

        request = IsVpcPeeredRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return IsVpcPeeredResult.from_wire(body)

    async def open_instance_public_ports(
        self, *, port_info: PortInfo | PortInfoDict, instance_name: str
    ) -> OpenInstancePublicPortsResult:
        """Opens ports for a specific Amazon Lightsail instance, and specifies the
        IP addresses allowed to connect to the instance through the ports, and
        the protocol.

        The ``OpenInstancePublicPorts`` action supports tag-based access control
        via resource tags applied to the resource identified by
        ``instanceName``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            port_info: Required. An object to describe the ports to open for the
                specified instance.
            instance_name: Required. The name of the instance for which to open ports.

        Returns:
            OpenInstancePublicPortsResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.open_instance_public_ports import OPERATION
        from ..shapes.open_instance_public_ports_request import (
            OpenInstancePublicPortsRequest,
        )
        from ..shapes.open_instance_public_ports_result import (
            OpenInstancePublicPortsResult,
        )

        request = OpenInstancePublicPortsRequest.build(
            port_info=port_info, instance_name=instance_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return OpenInstancePublicPortsResult.from_wire(body)

    async def peer_vpc(self) -> PeerVpcResult:
        """Peers the Lightsail VPC with the user's default VPC.

        Returns:
            PeerVpcResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.peer_vpc import OPERATION
        from ..shapes.peer_vpc_request import PeerVpcRequest
        from ..shapes.peer_vpc_result import PeerVpcResult

        request = PeerVpcRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return PeerVpcResult.from_wire(body)

    async def put_alarm(
        self,
        *,
        alarm_name: str,
        metric_name: MetricName | str,
        monitored_resource_name: str,
        comparison_operator: ComparisonOperator | str,
        threshold: float,
        evaluation_periods: int,
        datapoints_to_alarm: int | None = None,
        treat_missing_data: TreatMissingData | str | None = None,
        contact_protocols: list[ContactProtocol | str] | None = None,
        notification_triggers: list[AlarmState | str] | None = None,
        notification_enabled: bool | None = None,
        tags: Sequence[Tag | TagDict] | None = None,
    ) -> PutAlarmResult:
        """Creates or updates an alarm, and associates it with the specified
        metric.

        An alarm is used to monitor a single metric for one of your resources.
        When a metric condition is met, the alarm can notify you by email, SMS
        text message, and a banner displayed on the Amazon Lightsail console.
        For more information, see
        [Alarms in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms).

        When this action creates an alarm, the alarm state is immediately set to
        ``INSUFFICIENT_DATA``. The alarm is then evaluated and its state is set
        appropriately. Any actions associated with the new state are then
        executed.

        When you update an existing alarm, its state is left unchanged, but the
        update completely overwrites the previous configuration of the alarm.
        The alarm is then evaluated with the updated configuration.

        The ``put alarm`` operation supports tag-based access control via
        request tags. For more information, see the
        [Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            alarm_name: Required. The name for the alarm. Specify the name of an
                existing alarm to update, and overwrite the previous configuration of
                the alarm.
            metric_name: Required. The name of the metric to associate with the alarm.

                You can configure up to two alarms per metric.

                The following metrics are available for each resource type:

                - **Instances**: ``BurstCapacityPercentage``, ``BurstCapacityTime``,
                  ``CPUUtilization``, ``NetworkIn``, ``NetworkOut``,
                  ``StatusCheckFailed``, ``StatusCheckFailed_Instance``,
                  ``StatusCheckFailed_System``, ``DiskReadOps``, ``DiskWriteOps``,
                  ``DiskReadBytes``, ``DiskWriteBytes``, ``DiskTotalReadTime``,
                  ``DiskTotalWriteTime``, and ``DiskQueueLength``.
                - **Load balancers**: ``ClientTLSNegotiationErrorCount``,
                  ``HealthyHostCount``, ``UnhealthyHostCount``,
                  ``HTTPCode_LB_4XX_Count``, ``HTTPCode_LB_5XX_Count``,
                  ``HTTPCode_Instance_2XX_Count``, ``HTTPCode_Instance_3XX_Count``,
                  ``HTTPCode_Instance_4XX_Count``, ``HTTPCode_Instance_5XX_Count``,
                  ``InstanceResponseTime``, ``RejectedConnectionCount``, and
                  ``RequestCount``.
                - **Relational databases**: ``CPUUtilization``, ``DatabaseConnections``,
                  ``DiskQueueDepth``, ``FreeStorageSpace``,
                  ``NetworkReceiveThroughput``, and ``NetworkTransmitThroughput``.

                For more information about these metrics, see
                [Metrics available in Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-resource-health-metrics#available-metrics).
            monitored_resource_name: Required. The name of the Lightsail resource that
                will be monitored.

                Instances, load balancers, and relational databases are the only
                Lightsail resources that can currently be monitored by alarms.
            comparison_operator: Required. The arithmetic operation to use when
                comparing the specified statistic to the threshold. The specified
                statistic value is used as the first operand.
            threshold: Required. The value against which the specified statistic is
                compared.
            evaluation_periods: Required. The number of most recent periods over which
                data is compared to the specified threshold. If you are setting an "M
                out of N" alarm, this value (``evaluationPeriods``) is the N.

                If you are setting an alarm that requires that a number of consecutive
                data points be breaching to trigger the alarm, this value specifies the
                rolling period of time in which data points are evaluated.

                Each evaluation period is five minutes long. For example, specify an
                evaluation period of 24 to evaluate a metric over a rolling period of
                two hours.

                You can specify a minimum valuation period of 1 (5 minutes), and a
                maximum evaluation period of 288 (24 hours).
            datapoints_to_alarm: The number of data points that must be not within the
                specified threshold to trigger the alarm. If you are setting an "M out
                of N" alarm, this value (``datapointsToAlarm``) is the M.
            treat_missing_data: Sets how this alarm will handle missing data points.

                An alarm can treat missing data in the following ways:

                - ``breaching`` - Assume the missing data is not within the threshold.
                  Missing data counts towards the number of times the metric is not
                  within the threshold.
                - ``notBreaching`` - Assume the missing data is within the threshold.
                  Missing data does not count towards the number of times the metric is
                  not within the threshold.
                - ``ignore`` - Ignore the missing data. Maintains the current alarm
                  state.
                - ``missing`` - Missing data is treated as missing.

                If ``treatMissingData`` is not specified, the default behavior of
                ``missing`` is used.
            contact_protocols: The contact protocols to use for the alarm, such as
                ``Email``, ``SMS`` (text messaging), or both.

                A notification is sent via the specified contact protocol if
                notifications are enabled for the alarm, and when the alarm is
                triggered.

                A notification is not sent if a contact protocol is not specified, if
                the specified contact protocol is not configured in the Amazon Web
                Services Region, or if notifications are not enabled for the alarm using
                the ``notificationEnabled`` paramater.

                Use the ``CreateContactMethod`` action to configure a contact protocol
                in an Amazon Web Services Region.
            notification_triggers: The alarm states that trigger a notification.

                An alarm has the following possible states:

                - ``ALARM`` - The metric is outside of the defined threshold.
                - ``INSUFFICIENT_DATA`` - The alarm has just started, the metric is not
                  available, or not enough data is available for the metric to determine
                  the alarm state.
                - ``OK`` - The metric is within the defined threshold.

                When you specify a notification trigger, the ``ALARM`` state must be
                specified. The ``INSUFFICIENT_DATA`` and ``OK`` states can be specified
                in addition to the ``ALARM`` state.

                - If you specify ``OK`` as an alarm trigger, a notification is sent when
                  the alarm switches from an ``ALARM`` or ``INSUFFICIENT_DATA`` alarm
                  state to an ``OK`` state. This can be thought of as an *all clear*
                  alarm notification.
                - If you specify ``INSUFFICIENT_DATA`` as the alarm trigger, a
                  notification is sent when the alarm switches from an ``OK`` or
                  ``ALARM`` alarm state to an ``INSUFFICIENT_DATA`` state.

                The notification trigger defaults to ``ALARM`` if you don't specify this
                parameter.
            notification_enabled: Indicates whether the alarm is enabled.

                Notifications are enabled by default if you don't specify this
                parameter.
            tags: The tag keys and optional values to add to the alarm during create.

                Use the ``TagResource`` action to tag a resource after it's created.

        Returns:
            PutAlarmResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.put_alarm import OPERATION
        from ..shapes.put_alarm_request import PutAlarmRequest
        from ..shapes.put_alarm_result import PutAlarmResult

        request = PutAlarmRequest.build(
            alarm_name=alarm_name,
            metric_name=metric_name,
            monitored_resource_name=monitored_resource_name,
            comparison_operator=comparison_operator,
            threshold=threshold,
            evaluation_periods=evaluation_periods,
            datapoints_to_alarm=datapoints_to_alarm,
            treat_missing_data=treat_missing_data,
            contact_protocols=contact_protocols,
            notification_triggers=notification_triggers,
            notification_enabled=notification_enabled,
            tags=tags,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return PutAlarmResult.from_wire(body)

    async def put_instance_public_ports(
        self, *, port_infos: Sequence[PortInfo | PortInfoDict], instance_name: str
    ) -> PutInstancePublicPortsResult:
        """Opens ports for a specific Amazon Lightsail instance, and specifies the
        IP addresses allowed to connect to the instance through the ports, and
        the protocol. This action also closes all currently open ports that are
        not included in the request. Include all of the ports and the protocols
        you want to open in your ``PutInstancePublicPorts``request. Or use the
        ``OpenInstancePublicPorts`` action to open ports without closing
        currently open ports.

        The ``PutInstancePublicPorts`` action supports tag-based access control
        via resource tags applied to the resource identified by
        ``instanceName``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            port_infos: Required. An array of objects to describe the ports to open for
                the specified instance.
            instance_name: Required. The name of the instance for which to open ports.

        Returns:
            PutInstancePublicPortsResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.put_instance_public_ports import OPERATION
        from ..shapes.put_instance_public_ports_request import (
            PutInstancePublicPortsRequest,
        )
        from ..shapes.put_instance_public_ports_result import (
            PutInstancePublicPortsResult,
        )

        request = PutInstancePublicPortsRequest.build(
            port_infos=port_infos, instance_name=instance_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return PutInstancePublicPortsResult.from_wire(body)

    async def reboot_instance(self, *, instance_name: str) -> RebootInstanceResult:
        """Restarts a specific instance.

        The ``reboot instance`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``instance name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_name: Required. The name of the instance to reboot.

        Returns:
            RebootInstanceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.reboot_instance import OPERATION
        from ..shapes.reboot_instance_request import RebootInstanceRequest
        from ..shapes.reboot_instance_result import RebootInstanceResult

        request = RebootInstanceRequest(instance_name=instance_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return RebootInstanceResult.from_wire(body)

    async def reboot_relational_database(
        self, *, relational_database_name: str
    ) -> RebootRelationalDatabaseResult:
        """Restarts a specific database in Amazon Lightsail.

        The ``reboot relational database`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of your database to reboot.

        Returns:
            RebootRelationalDatabaseResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.reboot_relational_database import OPERATION
        from ..shapes.reboot_relational_database_request import (
            RebootRelationalDatabaseRequest,
        )
        from ..shapes.reboot_relational_database_result import (
            RebootRelationalDatabaseResult,
        )

        request = RebootRelationalDatabaseRequest(
            relational_database_name=relational_database_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return RebootRelationalDatabaseResult.from_wire(body)

    async def register_container_image(
        self, *, service_name: str, label: str, digest: str
    ) -> RegisterContainerImageResult:
        """Registers a container image to your Amazon Lightsail container service.

        Note:
            This action is not required if you install and use the Lightsail
            Control (lightsailctl) plugin to push container images to your
            Lightsail container service. For more information, see
            [Pushing and managing container images on your Amazon Lightsail container services](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-pushing-container-images)
            in the *Amazon Lightsail Developer Guide*.

        Args:
            service_name: Required. The name of the container service for which to
                register a container image.
            label: Required. The label for the container image when it's registered to
                the container service.

                Use a descriptive label that you can use to track the different versions
                of your registered container images.

                Use the ``GetContainerImages`` action to return the container images
                registered to a Lightsail container service. The label is the
                ``<imagelabel>`` portion of the following image name example:

                - ``:container-service-1.<imagelabel>.1``

                If the name of your container service is ``mycontainerservice``, and the
                label that you specify is ``mystaticwebsite``, then the name of the
                registered container image will be
                ``:mycontainerservice.mystaticwebsite.1``.

                The number at the end of these image name examples represents the
                version of the registered container image. If you push and register
                another container image to the same Lightsail container service, with
                the same label, then the version number for the new registered container
                image will be ``2``. If you push and register another container image,
                the version number will be ``3``, and so on.
            digest: Required. The digest of the container image to be registered.

        Returns:
            RegisterContainerImageResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``container_image`` (``ContainerImage``): An object that describes a
                  container image that is registered to a Lightsail container service

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.register_container_image import OPERATION
        from ..shapes.register_container_image_request import (
            RegisterContainerImageRequest,
        )
        from ..shapes.register_container_image_result import (
            RegisterContainerImageResult,
        )

        request = RegisterContainerImageRequest(
            service_name=service_name, label=label, digest=digest
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return RegisterContainerImageResult.from_wire(body)

    async def release_static_ip(self, *, static_ip_name: str) -> ReleaseStaticIpResult:
        """Deletes a specific static IP from your account.

        Args:
            static_ip_name: Required. The name of the static IP to delete.

        Returns:
            ReleaseStaticIpResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.release_static_ip import OPERATION
        from ..shapes.release_static_ip_request import ReleaseStaticIpRequest
        from ..shapes.release_static_ip_result import ReleaseStaticIpResult

        request = ReleaseStaticIpRequest(static_ip_name=static_ip_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ReleaseStaticIpResult.from_wire(body)

    async def reset_distribution_cache(
        self, *, distribution_name: str | None = None
    ) -> ResetDistributionCacheResult:
        """Deletes currently cached content from your Amazon Lightsail content
        delivery network (CDN) distribution.

        After resetting the cache, the next time a content request is made, your
        distribution pulls, serves, and caches it from the origin.

        Args:
            distribution_name: The name of the distribution for which to reset cache.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.

        Returns:
            ResetDistributionCacheResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``status`` (``str``): The status of the reset cache request.
                - ``create_time`` (``datetime``): The timestamp of the reset cache
                  request (``1479734909.17``) in Unix time format.
                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.reset_distribution_cache import OPERATION
        from ..shapes.reset_distribution_cache_request import (
            ResetDistributionCacheRequest,
        )
        from ..shapes.reset_distribution_cache_result import (
            ResetDistributionCacheResult,
        )

        request = ResetDistributionCacheRequest(distribution_name=distribution_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ResetDistributionCacheResult.from_wire(body)

    async def send_contact_method_verification(
        self, *, protocol: ContactMethodVerificationProtocol | str
    ) -> SendContactMethodVerificationResult:
        """Sends a verification request to an email contact method to ensure it's
        owned by the requester. SMS contact methods don't need to be verified.

        A contact method is used to send you notifications about your Amazon
        Lightsail resources. You can add one email address and one mobile phone
        number contact method in each Amazon Web Services Region. However, SMS
        text messaging is not supported in some Amazon Web Services Regions, and
        SMS text messages cannot be sent to some countries/regions. For more
        information, see
        [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).

        A verification request is sent to the contact method when you initially
        create it. Use this action to send another verification request if a
        previous verification request was deleted, or has expired.

        Important:
            Notifications are not sent to an email contact method until after it
            is verified, and confirmed as valid.

        Args:
            protocol: Required. The protocol to verify, such as ``Email`` or ``SMS``
                (text messaging).

        Returns:
            SendContactMethodVerificationResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.send_contact_method_verification import OPERATION
        from ..shapes.send_contact_method_verification_request import (
            SendContactMethodVerificationRequest,
        )
        from ..shapes.send_contact_method_verification_result import (
            SendContactMethodVerificationResult,
        )

        request = SendContactMethodVerificationRequest(protocol=protocol)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return SendContactMethodVerificationResult.from_wire(body)

    async def set_ip_address_type(
        self,
        *,
        resource_type: ResourceType | str,
        resource_name: str,
        ip_address_type: IpAddressType | str,
        accept_bundle_update: bool | None = None,
    ) -> SetIpAddressTypeResult:
        """Sets the IP address type for an Amazon Lightsail resource.

        Use this action to enable dual-stack for a resource, which enables IPv4
        and IPv6 for the specified resource. Alternately, you can use this
        action to disable dual-stack, and enable IPv4 only.

        Args:
            resource_type: Required. The resource type.

                The resource values are ``Distribution``, ``Instance``, and
                ``LoadBalancer``.

                Note:
                    Distribution-related APIs are available only in the N. Virginia
                    (``us-east-1``) Amazon Web Services Region. Set your Amazon Web
                    Services Region configuration to ``us-east-1`` to create, view, or
                    edit distributions.
            resource_name: Required. The name of the resource for which to set the IP
                address type.
            ip_address_type: Required. The IP address type to set for the specified
                resource.

                The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
                and ``dualstack`` for IPv4 and IPv6.
            accept_bundle_update: Required parameter to accept the instance bundle
                update when changing to, and from, IPv6-only.

                Note:
                    An instance bundle will change when switching from ``dual-stack`` or
                    ``ipv4``, to ``ipv6``. It also changes when switching from ``ipv6``,
                    to ``dual-stack`` or ``ipv4``.

                    You must include this parameter in the command to update the bundle.
                    For example, if you switch from ``dual-stack`` to ``ipv6``, the
                    bundle will be updated, and billing for the IPv6-only instance
                    bundle begins immediately.

        Returns:
            SetIpAddressTypeResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.set_ip_address_type import OPERATION
        from ..shapes.set_ip_address_type_request import SetIpAddressTypeRequest
        from ..shapes.set_ip_address_type_result import SetIpAddressTypeResult

        request = SetIpAddressTypeRequest(
            resource_type=resource_type,
            resource_name=resource_name,
            ip_address_type=ip_address_type,
            accept_bundle_update=accept_bundle_update,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return SetIpAddressTypeResult.from_wire(body)

    async def set_resource_access_for_bucket(
        self,
        *,
        resource_name: str,
        bucket_name: str,
        access: ResourceBucketAccess | str,
    ) -> SetResourceAccessForBucketResult:
        """Sets the Amazon Lightsail resources that can access the specified
        Lightsail bucket.

        Lightsail buckets currently support setting access for Lightsail
        instances in the same Amazon Web Services Region.

        Args:
            resource_name: Required. The name of the Lightsail instance for which to set
                bucket access. The instance must be in a running or stopped state.
            bucket_name: Required. The name of the bucket for which to set access to
                another Lightsail resource.
            access: Required. The access setting.

                The following access settings are available:

                - ``allow`` - Allows access to the bucket and its objects.
                - ``deny`` - Denies access to the bucket and its objects. Use this
                  setting to remove access for a resource previously set to ``allow``.

        Returns:
            SetResourceAccessForBucketResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.set_resource_access_for_bucket import OPERATION
        from ..shapes.set_resource_access_for_bucket_request import (
            SetResourceAccessForBucketRequest,
        )
        from ..shapes.set_resource_access_for_bucket_result import (
            SetResourceAccessForBucketResult,
        )

        request = SetResourceAccessForBucketRequest(
            resource_name=resource_name, bucket_name=bucket_name, access=access
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return SetResourceAccessForBucketResult.from_wire(body)

    async def setup_instance_https(
        self,
        *,
        instance_name: str,
        email_address: str,
        domain_names: list[str],
        certificate_provider: CertificateProvider | str,
    ) -> SetupInstanceHttpsResult:
        """Creates an SSL/TLS certificate that secures traffic for your website.
        After the certificate is created, it is installed on the specified
        Lightsail instance.

        If you provide more than one domain name in the request, at least one
        name must be less than or equal to 63 characters in length.

        Args:
            instance_name: Required. The name of the Lightsail instance.
            email_address: Required. The contact method for SSL/TLS certificate renewal
                alerts. You can enter one email address.
            domain_names: Required. The name of the domain and subdomains that were
                specified for the SSL/TLS certificate.
            certificate_provider: Required. The certificate authority that issues the
                SSL/TLS certificate.

        Returns:
            SetupInstanceHttpsResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): The available API operations for
                  ``SetupInstanceHttps``.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.setup_instance_https import OPERATION
        from ..shapes.setup_instance_https_request import SetupInstanceHttpsRequest
        from ..shapes.setup_instance_https_result import SetupInstanceHttpsResult

        request = SetupInstanceHttpsRequest(
            instance_name=instance_name,
            email_address=email_address,
            domain_names=domain_names,
            certificate_provider=certificate_provider,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return SetupInstanceHttpsResult.from_wire(body)

    async def start_gui_session(self, *, resource_name: str) -> StartGUISessionResult:
        """Initiates a graphical user interface (GUI) session that’s used to access
        a virtual computer’s operating system and application. The session will
        be active for 1 hour. Use this action to resume the session after it
        expires.

        Args:
            resource_name: Required. The resource name.

        Returns:
            StartGUISessionResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): The available API operations.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.start_gui_session import OPERATION
        from ..shapes.start_gui_session_request import StartGUISessionRequest
        from ..shapes.start_gui_session_result import StartGUISessionResult

        request = StartGUISessionRequest(resource_name=resource_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return StartGUISessionResult.from_wire(body)

    async def start_instance(
        self,
        *,
        instance_name: str,
        attribute_updates: (
            InstanceAttributeUpdates | InstanceAttributeUpdatesDict | None
        ) = None,
    ) -> StartInstanceResult:
        """Starts a specific Amazon Lightsail instance from a stopped state. To
        restart an instance, use the ``reboot instance`` operation.

        Note:
            When you start a stopped instance, Lightsail assigns a new public IP
            address to the instance. To use the same IP address after stopping
            and starting an instance, create a static IP address and attach it
            to the instance. For more information, see the
            [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-create-static-ip).

        The ``start instance`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``instance name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_name: Required. The name of the instance (a virtual private server)
                to start.
            attribute_updates: An object that describes the attributes to update on the
                instance before it starts.

        Returns:
            StartInstanceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.start_instance import OPERATION
        from ..shapes.start_instance_request import StartInstanceRequest
        from ..shapes.start_instance_result import StartInstanceResult

        request = StartInstanceRequest.build(
            instance_name=instance_name, attribute_updates=attribute_updates
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return StartInstanceResult.from_wire(body)

    async def start_relational_database(
        self, *, relational_database_name: str
    ) -> StartRelationalDatabaseResult:
        """Starts a specific database from a stopped state in Amazon Lightsail. To
        restart a database, use the ``reboot relational database`` operation.

        The ``start relational database`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of your database to start.

        Returns:
            StartRelationalDatabaseResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.start_relational_database import OPERATION
        from ..shapes.start_relational_database_request import (
            StartRelationalDatabaseRequest,
        )
        from ..shapes.start_relational_database_result import (
            StartRelationalDatabaseResult,
        )

        request = StartRelationalDatabaseRequest(
            relational_database_name=relational_database_name
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return StartRelationalDatabaseResult.from_wire(body)

    async def stop_gui_session(self, *, resource_name: str) -> StopGUISessionResult:
        """Terminates a web-based Amazon DCV session that’s used to access a
        virtual computer’s operating system or application. The session will
        close and any unsaved data will be lost.

        Args:
            resource_name: Required. The resource name.

        Returns:
            StopGUISessionResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): The available API operations.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.stop_gui_session import OPERATION
        from ..shapes.stop_gui_session_request import StopGUISessionRequest
        from ..shapes.stop_gui_session_result import StopGUISessionResult

        request = StopGUISessionRequest(resource_name=resource_name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return StopGUISessionResult.from_wire(body)

    async def stop_instance(
        self, *, instance_name: str, force: bool | None = None
    ) -> StopInstanceResult:
        """Stops a specific Amazon Lightsail instance that is currently running.

        Note:
            When you start a stopped instance, Lightsail assigns a new public IP
            address to the instance. To use the same IP address after stopping
            and starting an instance, create a static IP address and attach it
            to the instance. For more information, see the
            [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-create-static-ip).

        The ``stop instance`` operation supports tag-based access control via
        resource tags applied to the resource identified by ``instance name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            instance_name: Required. The name of the instance (a virtual private server)
                to stop.
            force: When set to ``True``, forces a Lightsail instance that is stuck in a
                ``stopping`` state to stop.

                Important:
                    Only use the ``force`` parameter if your instance is stuck in the
                    ``stopping`` state. In any other state, your instance should stop
                    normally without adding this parameter to your API request.

        Returns:
            StopInstanceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.stop_instance import OPERATION
        from ..shapes.stop_instance_request import StopInstanceRequest
        from ..shapes.stop_instance_result import StopInstanceResult

        request = StopInstanceRequest(instance_name=instance_name, force=force)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return StopInstanceResult.from_wire(body)

    async def stop_relational_database(
        self,
        *,
        relational_database_name: str,
        relational_database_snapshot_name: str | None = None,
    ) -> StopRelationalDatabaseResult:
        """Stops a specific database that is currently running in Amazon Lightsail.

        Note:
            If you don't manually start your database instance after it has been
            stopped for seven consecutive days, Amazon Lightsail automatically
            starts it for you. This action helps ensure that your database
            instance doesn't fall behind on any required maintenance updates.

        The ``stop relational database`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of your database to stop.
            relational_database_snapshot_name: The name of your new database snapshot to
                be created before stopping your database.

        Returns:
            StopRelationalDatabaseResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.stop_relational_database import OPERATION
        from ..shapes.stop_relational_database_request import (
            StopRelationalDatabaseRequest,
        )
        from ..shapes.stop_relational_database_result import (
            StopRelationalDatabaseResult,
        )

        request = StopRelationalDatabaseRequest(
            relational_database_name=relational_database_name,
            relational_database_snapshot_name=relational_database_snapshot_name,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return StopRelationalDatabaseResult.from_wire(body)

    async def tag_resource(
        self,
        *,
        resource_name: str,
        tags: Sequence[Tag | TagDict],
        resource_arn: str | None = None,
    ) -> TagResourceResult:
        """Adds one or more tags to the specified Amazon Lightsail resource. Each
        resource can have a maximum of 50 tags. Each tag consists of a key and
        an optional value. Tag keys must be unique per resource. For more
        information about tags, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).

        The ``tag resource`` operation supports tag-based access control via
        request tags and resource tags applied to the resource identified by
        ``resource name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            resource_name: Required. The name of the resource to which you are adding
                tags.
            tags: Required. The tag key and optional value.
            resource_arn: The Amazon Resource Name (ARN) of the resource to which you
                want to add a tag.

        Returns:
            TagResourceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.tag_resource import OPERATION
        from ..shapes.tag_resource_request import TagResourceRequest
        from ..shapes.tag_resource_result import TagResourceResult

        request = TagResourceRequest.build(
            resource_name=resource_name, tags=tags, resource_arn=resource_arn
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return TagResourceResult.from_wire(body)

    async def test_alarm(
        self, *, alarm_name: str, state: AlarmState | str
    ) -> TestAlarmResult:
        """Tests an alarm by displaying a banner on the Amazon Lightsail console.
        If a notification trigger is configured for the specified alarm, the
        test also sends a notification to the notification protocol (``Email``
        and/or ``SMS``) configured for the alarm.

        An alarm is used to monitor a single metric for one of your resources.
        When a metric condition is met, the alarm can notify you by email, SMS
        text message, and a banner displayed on the Amazon Lightsail console.
        For more information, see
        [Alarms in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms).

        Args:
            alarm_name: Required. The name of the alarm to test.
            state: Required. The alarm state to test.

                An alarm has the following possible states that can be tested:

                - ``ALARM`` - The metric is outside of the defined threshold.
                - ``INSUFFICIENT_DATA`` - The alarm has just started, the metric is not
                  available, or not enough data is available for the metric to determine
                  the alarm state.
                - ``OK`` - The metric is within the defined threshold.

        Returns:
            TestAlarmResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.test_alarm import OPERATION
        from ..shapes.test_alarm_request import TestAlarmRequest
        from ..shapes.test_alarm_result import TestAlarmResult

        request = TestAlarmRequest(alarm_name=alarm_name, state=state)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return TestAlarmResult.from_wire(body)

    async def unpeer_vpc(self) -> UnpeerVpcResult:
        """Unpeers the Lightsail VPC from the user's default VPC.

        Returns:
            UnpeerVpcResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.unpeer_vpc import OPERATION
        from ..shapes.unpeer_vpc_request import UnpeerVpcRequest
        from ..shapes.unpeer_vpc_result import UnpeerVpcResult

        request = UnpeerVpcRequest()
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UnpeerVpcResult.from_wire(body)

    async def untag_resource(
        self,
        *,
        resource_name: str,
        tag_keys: list[str],
        resource_arn: str | None = None,
    ) -> UntagResourceResult:
        """Deletes the specified set of tag keys and their values from the
        specified Amazon Lightsail resource.

        The ``untag resource`` operation supports tag-based access control via
        request tags and resource tags applied to the resource identified by
        ``resource name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            resource_name: Required. The name of the resource from which you are
                removing a tag.
            tag_keys: Required. The tag keys to delete from the specified resource.
            resource_arn: The Amazon Resource Name (ARN) of the resource from which you
                want to remove a tag.

        Returns:
            UntagResourceResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.untag_resource import OPERATION
        from ..shapes.untag_resource_request import UntagResourceRequest
        from ..shapes.untag_resource_result import UntagResourceResult

        request = UntagResourceRequest(
            resource_name=resource_name, tag_keys=tag_keys, resource_arn=resource_arn
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UntagResourceResult.from_wire(body)

    async def update_bucket(
        self,
        *,
        bucket_name: str,
        access_rules: AccessRules | AccessRulesDict | None = None,
        versioning: str | None = None,
        readonly_access_accounts: list[str] | None = None,
        access_log_config: (
            BucketAccessLogConfig | BucketAccessLogConfigDict | None
        ) = None,
        cors: BucketCorsConfig | BucketCorsConfigDict | None = None,
    ) -> UpdateBucketResult:
        """Updates an existing Amazon Lightsail bucket.

        Use this action to update the configuration of an existing bucket, such
        as versioning, public accessibility, and the Amazon Web Services
        accounts that can access the bucket.

        Args:
            bucket_name: Required. The name of the bucket to update.
            access_rules: An object that sets the public accessibility of objects in the
                specified bucket.
            versioning: Specifies whether to enable or suspend versioning of objects in
                the bucket.

                The following options can be specified:

                - ``Enabled`` - Enables versioning of objects in the specified bucket.
                - ``Suspended`` - Suspends versioning of objects in the specified
                  bucket. Existing object versions are retained.
            readonly_access_accounts: An array of strings to specify the Amazon Web
                Services account IDs that can access the bucket.

                You can give a maximum of 10 Amazon Web Services accounts access to a
                bucket.
            access_log_config: An object that describes the access log configuration for
                the bucket.
            cors: Sets the cross-origin resource sharing (CORS) configuration for your
                bucket. If a CORS configuration exists, it is replaced with the
                specified configuration. For AWS CLI operations, this parameter can also
                be passed as a file. For more information, see
                [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).

                Note:
                    CORS information is only returned in a response when you update the
                    CORS policy.

        Returns:
            UpdateBucketResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``bucket`` (``Bucket``): An object that describes the bucket that is
                  updated.
                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.update_bucket import OPERATION
        from ..shapes.update_bucket_request import UpdateBucketRequest
        from ..shapes.update_bucket_result import UpdateBucketResult

        request = UpdateBucketRequest.build(
            bucket_name=bucket_name,
            access_rules=access_rules,
            versioning=versioning,
            readonly_access_accounts=readonly_access_accounts,
            access_log_config=access_log_config,
            cors=cors,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateBucketResult.from_wire(body)

    async def update_bucket_bundle(
        self, *, bucket_name: str, bundle_id: str
    ) -> UpdateBucketBundleResult:
        """Updates the bundle, or storage plan, of an existing Amazon Lightsail
        bucket.

        A bucket bundle specifies the monthly cost, storage space, and data
        transfer quota for a bucket. You can update a bucket's bundle only one
        time within a monthly Amazon Web Services billing cycle. To determine if
        you can update a bucket's bundle, use the
        [GetBuckets](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html)
        action. The ``ableToUpdateBundle`` parameter in the response will
        indicate whether you can currently update a bucket's bundle.

        Update a bucket's bundle if it's consistently going over its storage
        space or data transfer quota, or if a bucket's usage is consistently in
        the lower range of its storage space or data transfer quota. Due to the
        unpredictable usage fluctuations that a bucket might experience, we
        strongly recommend that you update a bucket's bundle only as a long-term
        strategy, instead of as a short-term, monthly cost-cutting measure.
        Choose a bucket bundle that will provide the bucket with ample storage
        space and data transfer for a long time to come.

        Args:
            bucket_name: Required. The name of the bucket for which to update the
                bundle.
            bundle_id: Required. The ID of the new bundle to apply to the bucket.

                Use the
                [GetBucketBundles](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html)
                action to get a list of bundle IDs that you can specify.

        Returns:
            UpdateBucketBundleResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            ServiceException: A general service exception.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.update_bucket_bundle import OPERATION
        from ..shapes.update_bucket_bundle_request import UpdateBucketBundleRequest
        from ..shapes.update_bucket_bundle_result import UpdateBucketBundleResult

        request = UpdateBucketBundleRequest(
            bucket_name=bucket_name, bundle_id=bundle_id
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateBucketBundleResult.from_wire(body)

    async def update_container_service(
        self,
        *,
        service_name: str,
        power: ContainerServicePowerName | str | None = None,
        scale: int | None = None,
        is_disabled: bool | None = None,
        public_domain_names: dict[str, list[str]] | None = None,
        private_registry_access: (
            PrivateRegistryAccessRequest | PrivateRegistryAccessRequestDict | None
        ) = None,
    ) -> UpdateContainerServiceResult:
        """Updates the configuration of your Amazon Lightsail container service,
        such as its power, scale, and public domain names.

        Args:
            service_name: Required. The name of the container service to update.
            power: The power for the container service.

                The power specifies the amount of memory, vCPUs, and base monthly cost
                of each node of the container service. The ``power`` and ``scale`` of a
                container service makes up its configured capacity. To determine the
                monthly price of your container service, multiply the base price of the
                ``power`` with the ``scale`` (the number of nodes) of the service.

                Use the ``GetContainerServicePowers`` action to view the specifications
                of each power option.
            scale: The scale for the container service.

                The scale specifies the allocated compute nodes of the container
                service. The ``power`` and ``scale`` of a container service makes up its
                configured capacity. To determine the monthly price of your container
                service, multiply the base price of the ``power`` with the ``scale``
                (the number of nodes) of the service.
            is_disabled: A Boolean value to indicate whether the container service is
                disabled.
            public_domain_names: The public domain names to use with the container
                service, such as ``example.com`` and ``www.example.com``.

                You can specify up to four public domain names for a container service.
                The domain names that you specify are used when you create a deployment
                with a container configured as the public endpoint of your container
                service.

                If you don't specify public domain names, then you can use the default
                domain of the container service.

                Important:
                    You must create and validate an SSL/TLS certificate before you can
                    use public domain names with your container service. Use the
                    ``CreateCertificate`` action to create a certificate for the public
                    domain names you want to use with your container service.

                You can specify public domain names using a string to array map as shown
                in the example later on this page.
            private_registry_access: An object to describe the configuration for the
                container service to access private container image repositories, such
                as Amazon Elastic Container Registry (Amazon ECR) private repositories.

                For more information, see
                [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
                in the *Amazon Lightsail Developer Guide*.

        Returns:
            UpdateContainerServiceResult: The parsed response. Its attributes (``None``
                when the response leaves one out):

                - ``container_service`` (``ContainerService``): An object that describes
                  a container service.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
        """
        from ..operations.update_container_service import OPERATION
        from ..shapes.update_container_service_request import (
            UpdateContainerServiceRequest,
        )
        from ..shapes.update_container_service_result import (
            UpdateContainerServiceResult,
        )

        request = UpdateContainerServiceRequest.build(
            service_name=service_name,
            power=power,
            scale=scale,
            is_disabled=is_disabled,
            public_domain_names=public_domain_names,
            private_registry_access=private_registry_access,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateContainerServiceResult.from_wire(body)

    async def update_distribution(
        self,
        *,
        distribution_name: str,
        origin: InputOrigin | InputOriginDict | None = None,
        default_cache_behavior: CacheBehavior | CacheBehaviorDict | None = None,
        cache_behavior_settings: CacheSettings | CacheSettingsDict | None = None,
        cache_behaviors: (
            Sequence[CacheBehaviorPerPath | CacheBehaviorPerPathDict] | None
        ) = None,
        is_enabled: bool | None = None,
        viewer_minimum_tls_protocol_version: (
            ViewerMinimumTlsProtocolVersionEnum | str | None
        ) = None,
        certificate_name: str | None = None,
        use_default_certificate: bool | None = None,
        enable_private_origin_access: bool | None = None,
        default_root_object: str | None = None,
        custom_error_responses: (
            Sequence[
                DistributionCustomErrorResponse | DistributionCustomErrorResponseDict
            ]
            | None
        ) = None,
        enable_waf: bool | None = None,
        waf_rules: Sequence[WafRule | WafRuleDict] | None = None,
    ) -> UpdateDistributionResult:
        """Updates an existing Amazon Lightsail content delivery network (CDN)
        distribution.

        Use this action to update the configuration of your existing
        distribution.

        Args:
            distribution_name: Required. The name of the distribution to update.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.
            origin: An object that describes the origin resource for the distribution,
                such as a Lightsail instance, bucket, or load balancer.

                The distribution pulls, caches, and serves content from the origin.
            default_cache_behavior: An object that describes the default cache behavior
                for the distribution.
            cache_behavior_settings: An object that describes the cache behavior
                settings for the distribution.

                Note:
                    The ``cacheBehaviorSettings`` specified in your
                    ``UpdateDistributionRequest`` will replace your distribution's
                    existing settings.
            cache_behaviors: An array of objects that describe the per-path cache
                behavior for the distribution.
            is_enabled: Indicates whether to enable the distribution.
            viewer_minimum_tls_protocol_version: Use this parameter to update the
                minimum TLS protocol version for the SSL/TLS certificate that's attached
                to the distribution.
            certificate_name: The name of the SSL/TLS certificate that you want to
                attach to the distribution.

                Only certificates with a status of ``ISSUED`` can be attached to a
                distribution.

                Use the
                [GetCertificates](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html)
                action to get a list of certificate names that you can specify.
            use_default_certificate: Indicates whether the default SSL/TLS certificate
                is attached to the distribution. The default value is ``true``. When
                ``true``, the distribution uses the default domain name such as
                ``d111111abcdef8.cloudfront.net``.

                Set this value to ``false`` to attach a new certificate to the
                distribution.
            enable_private_origin_access: Specifies whether to enable private origin
                access for the distribution. With private origin access, the
                distribution can serve objects that aren't publicly accessible from a
                Lightsail bucket.

                Lightsail grants the distribution permission to read the bucket's
                objects. Enabling private origin access doesn't change the bucket's
                access settings, and you can still retrieve publicly accessible objects
                directly from the bucket's endpoint.

                Note:
                    When you include this parameter, you must also include the
                    ``origin`` parameter with the resource name, even if the origin is
                    not changing.

                    You can enable private origin access only when the distribution's
                    origin is a Lightsail bucket. If the origin is another resource
                    type, the request fails.
            default_root_object: The object (for example, ``index.html``) that the
                distribution returns when a viewer requests the root URL of the
                distribution (``/``) instead of a specific object. The object that you
                specify must be available from the origin.
            custom_error_responses: An array of objects that describe the custom error
                responses for the distribution. With a custom error response, you can
                specify the page to return when the origin responds with a given HTTP
                error code. You can also specify the HTTP status code to send to the
                viewer.
            enable_waf: Specifies whether to enable Web Application Firewall (WAF) for
                the distribution. WAF inspects viewer requests and blocks requests that
                match the WAF rule groups that you enable.

                When you enable WAF without specifying the ``wafRules`` parameter, the
                distribution has no WAF rule groups enabled and doesn't block any
                requests.

                Note:
                    WAF is available only for distributions that use the ``medium_1_0``
                    or ``large_1_0`` bundle.

                    Setting this parameter to ``false`` disables WAF for the
                    distribution and removes its WAF rule groups. You must enable the
                    WAF rule groups again if you enable WAF again.
            waf_rules: An array of objects that describe the WAF rule groups to enable
                for the distribution.

                The array that you specify replaces the existing WAF rule groups of the
                distribution. To keep a WAF rule group enabled, include it in the array.
                To disable all WAF rule groups, specify an empty array.

                You can specify this parameter only when WAF is enabled for the
                distribution.

                The WAF rule groups that you can specify depend on the bundle of the
                distribution:

                - ``medium_1_0`` – Supports the ``AWSManagedRulesCommonRuleSet``,
                  ``AWSManagedRulesKnownBadInputsRuleSet``, and
                  ``AWSManagedRulesAnonymousIpList`` rule groups.
                - ``large_1_0`` – Supports the rule groups for ``medium_1_0``, plus
                  ``AWSManagedRulesAdminProtectionRuleSet``,
                  ``AWSManagedRulesSQLiRuleSet``, ``AWSManagedRulesLinuxRuleSet``,
                  ``AWSManagedRulesUnixRuleSet``, ``AWSManagedRulesWindowsRuleSet``,
                  ``AWSManagedRulesPHPRuleSet``, ``AWSManagedRulesWordPressRuleSet``,
                  ``AWSManagedRulesAmazonIpReputationList``,
                  ``AWSManagedRulesATPRuleSet``, ``AWSManagedRulesACFPRuleSet``, and
                  ``AWSManagedRulesBotControlRuleSet`` rule groups.

        Returns:
            UpdateDistributionResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_distribution import OPERATION
        from ..shapes.update_distribution_request import UpdateDistributionRequest
        from ..shapes.update_distribution_result import UpdateDistributionResult

        request = UpdateDistributionRequest.build(
            distribution_name=distribution_name,
            origin=origin,
            default_cache_behavior=default_cache_behavior,
            cache_behavior_settings=cache_behavior_settings,
            cache_behaviors=cache_behaviors,
            is_enabled=is_enabled,
            viewer_minimum_tls_protocol_version=viewer_minimum_tls_protocol_version,
            certificate_name=certificate_name,
            use_default_certificate=use_default_certificate,
            enable_private_origin_access=enable_private_origin_access,
            default_root_object=default_root_object,
            custom_error_responses=custom_error_responses,
            enable_waf=enable_waf,
            waf_rules=waf_rules,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateDistributionResult.from_wire(body)

    async def update_distribution_bundle(
        self, *, distribution_name: str | None = None, bundle_id: str | None = None
    ) -> UpdateDistributionBundleResult:
        """Updates the bundle of your Amazon Lightsail content delivery network
        (CDN) distribution.

        A distribution bundle specifies the monthly network transfer quota and
        monthly cost of your distribution.

        Update your distribution's bundle if your distribution is going over its
        monthly network transfer quota and is incurring an overage fee.

        You can update your distribution's bundle only one time within your
        monthly Amazon Web Services billing cycle. To determine if you can
        update your distribution's bundle, use the ``GetDistributions`` action.
        The ``ableToUpdateBundle`` parameter in the result will indicate whether
        you can currently update your distribution's bundle.

        Args:
            distribution_name: The name of the distribution for which to update the
                bundle.

                Use the ``GetDistributions`` action to get a list of distribution names
                that you can specify.
            bundle_id: The bundle ID of the new bundle to apply to your distribution.

                Use the ``GetDistributionBundles`` action to get a list of distribution
                bundle IDs that you can specify.

        Returns:
            UpdateDistributionBundleResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_distribution_bundle import OPERATION
        from ..shapes.update_distribution_bundle_request import (
            UpdateDistributionBundleRequest,
        )
        from ..shapes.update_distribution_bundle_result import (
            UpdateDistributionBundleResult,
        )

        request = UpdateDistributionBundleRequest(
            distribution_name=distribution_name, bundle_id=bundle_id
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateDistributionBundleResult.from_wire(body)

    async def update_domain_entry(
        self, *, domain_name: str, domain_entry: DomainEntry | DomainEntryDict
    ) -> UpdateDomainEntryResult:
        """Updates a domain recordset after it is created.

        The ``update domain entry`` operation supports tag-based access control
        via resource tags applied to the resource identified by ``domain name``.
        For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            domain_name: Required. The name of the domain recordset to update.
            domain_entry: Required. An array of key-value pairs containing information
                about the domain entry.

        Returns:
            UpdateDomainEntryResult: The parsed response. Its attributes (``None`` when
                the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_domain_entry import OPERATION
        from ..shapes.update_domain_entry_request import UpdateDomainEntryRequest
        from ..shapes.update_domain_entry_result import UpdateDomainEntryResult

        request = UpdateDomainEntryRequest.build(
            domain_name=domain_name, domain_entry=domain_entry
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateDomainEntryResult.from_wire(body)

    async def update_instance_metadata_options(
        self,
        *,
        instance_name: str,
        http_tokens: HttpTokens | str | None = None,
        http_endpoint: HttpEndpoint | str | None = None,
        http_put_response_hop_limit: int | None = None,
        http_protocol_ipv6: HttpProtocolIpv6 | str | None = None,
    ) -> UpdateInstanceMetadataOptionsResult:
        """Modifies the Amazon Lightsail instance metadata parameters on a running
        or stopped instance. When you modify the parameters on a running
        instance, the ``GetInstance`` or ``GetInstances`` API operation
        initially responds with a state of ``pending``. After the parameter
        modifications are successfully applied, the state changes to ``applied``
        in subsequent ``GetInstance`` or ``GetInstances`` API calls. For more
        information, see
        [Use IMDSv2 with an Amazon Lightsail instance](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-instance-metadata-service)
        in the *Amazon Lightsail Developer Guide*.

        Args:
            instance_name: Required. The name of the instance for which to update
                metadata parameters.
            http_tokens: The state of token usage for your instance metadata requests.
                If the parameter is not specified in the request, the default state is
                ``optional``.

                If the state is ``optional``, you can choose whether to retrieve
                instance metadata with a signed token header on your request. If you
                retrieve the IAM role credentials without a token, the version 1.0 role
                credentials are returned. If you retrieve the IAM role credentials by
                using a valid signed token, the version 2.0 role credentials are
                returned.

                If the state is ``required``, you must send a signed token header with
                all instance metadata retrieval requests. In this state, retrieving the
                IAM role credential always returns the version 2.0 credentials. The
                version 1.0 credentials are not available.
            http_endpoint: Enables or disables the HTTP metadata endpoint on your
                instances. If this parameter is not specified, the existing state is
                maintained.

                If you specify a value of ``disabled``, you cannot access your instance
                metadata.
            http_put_response_hop_limit: The desired HTTP PUT response hop limit for
                instance metadata requests. A larger number means that the instance
                metadata requests can travel farther. If no parameter is specified, the
                existing state is maintained.
            http_protocol_ipv6: Enables or disables the IPv6 endpoint for the instance
                metadata service. This setting applies only when the HTTP metadata
                endpoint is enabled.

                Note:
                    This parameter is available only for instances in the Europe
                    (Stockholm) Amazon Web Services Region (``eu-north-1``).

        Returns:
            UpdateInstanceMetadataOptionsResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operation`` (``Operation``): An array of objects that describe the
                  result of the action, such as the status of the request, the timestamp
                  of the request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_instance_metadata_options import OPERATION
        from ..shapes.update_instance_metadata_options_request import (
            UpdateInstanceMetadataOptionsRequest,
        )
        from ..shapes.update_instance_metadata_options_result import (
            UpdateInstanceMetadataOptionsResult,
        )

        request = UpdateInstanceMetadataOptionsRequest(
            instance_name=instance_name,
            http_tokens=http_tokens,
            http_endpoint=http_endpoint,
            http_put_response_hop_limit=http_put_response_hop_limit,
            http_protocol_ipv6=http_protocol_ipv6,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateInstanceMetadataOptionsResult.from_wire(body)

    async def update_load_balancer_attribute(
        self,
        *,
        load_balancer_name: str,
        attribute_name: LoadBalancerAttributeName | str,
        attribute_value: str,
    ) -> UpdateLoadBalancerAttributeResult:
        """Updates the specified attribute for a load balancer. You can only update
        one attribute at a time.

        The ``update load balancer attribute`` operation supports tag-based
        access control via resource tags applied to the resource identified by
        ``load balancer name``. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            load_balancer_name: Required. The name of the load balancer that you want to
                modify (``my-load-balancer``.
            attribute_name: Required. The name of the attribute you want to update.
            attribute_value: Required. The value that you want to specify for the
                attribute name.

                The following values are supported depending on what you specify for the
                ``attributeName`` request parameter:

                - If you specify ``HealthCheckPath`` for the ``attributeName`` request
                  parameter, then the ``attributeValue`` request parameter must be the
                  path to ping on the target (for example, ``/weather/us/wa/seattle``).
                - If you specify ``SessionStickinessEnabled`` for the ``attributeName``
                  request parameter, then the ``attributeValue`` request parameter must
                  be ``true`` to activate session stickiness or ``false`` to deactivate
                  session stickiness.
                - If you specify ``SessionStickiness_LB_CookieDurationSeconds`` for the
                  ``attributeName`` request parameter, then the ``attributeValue``
                  request parameter must be an interger that represents the cookie
                  duration in seconds.
                - If you specify ``HttpsRedirectionEnabled`` for the ``attributeName``
                  request parameter, then the ``attributeValue`` request parameter must
                  be ``true`` to activate HTTP to HTTPS redirection or ``false`` to
                  deactivate HTTP to HTTPS redirection.
                - If you specify ``TlsPolicyName`` for the ``attributeName`` request
                  parameter, then the ``attributeValue`` request parameter must be the
                  name of the TLS policy.
                  Use the
                  [GetLoadBalancerTlsPolicies](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html)
                  action to get a list of TLS policy names that you can specify.

        Returns:
            UpdateLoadBalancerAttributeResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_load_balancer_attribute import OPERATION
        from ..shapes.update_load_balancer_attribute_request import (
            UpdateLoadBalancerAttributeRequest,
        )
        from ..shapes.update_load_balancer_attribute_result import (
            UpdateLoadBalancerAttributeResult,
        )

        request = UpdateLoadBalancerAttributeRequest(
            load_balancer_name=load_balancer_name,
            attribute_name=attribute_name,
            attribute_value=attribute_value,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateLoadBalancerAttributeResult.from_wire(body)

    async def update_relational_database(
        self,
        *,
        relational_database_name: str,
        master_user_password: str | None = None,
        rotate_master_user_password: bool | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        enable_backup_retention: bool | None = None,
        disable_backup_retention: bool | None = None,
        publicly_accessible: bool | None = None,
        apply_immediately: bool | None = None,
        ca_certificate_identifier: str | None = None,
        relational_database_blueprint_id: str | None = None,
    ) -> UpdateRelationalDatabaseResult:
        """Allows the update of one or more attributes of a database in Amazon
        Lightsail.

        Updates are applied immediately, or in cases where the updates could
        result in an outage, are applied during the database's predefined
        maintenance window.

        The ``update relational database`` operation supports tag-based access
        control via resource tags applied to the resource identified by
        relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of your Lightsail database
                resource to update.
            master_user_password: The password for the master user. The password can
                include any printable ASCII character except "/", ""\", or "@".

                My**SQL**

                Constraints: Must contain from 8 to 41 characters.

                **PostgreSQL**

                Constraints: Must contain from 8 to 128 characters.
            rotate_master_user_password: When ``true``, the master user password is
                changed to a new strong password generated by Lightsail.

                Use the ``get relational database master user password`` operation to
                get the new password.
            preferred_backup_window: The daily time range during which automated backups
                are created for your database if automated backups are enabled.

                Constraints:

                - Must be in the ``hh24:mi-hh24:mi`` format.
                  Example: ``16:00-16:30``
                - Specified in Coordinated Universal Time (UTC).
                - Must not conflict with the preferred maintenance window.
                - Must be at least 30 minutes.
            preferred_maintenance_window: The weekly time range during which system
                maintenance can occur on your database.

                The default is a 30-minute window selected at random from an 8-hour
                block of time for each Amazon Web Services Region, occurring on a random
                day of the week.

                Constraints:

                - Must be in the ``ddd:hh24:mi-ddd:hh24:mi`` format.
                - Valid days: Mon, Tue, Wed, Thu, Fri, Sat, Sun.
                - Must be at least 30 minutes.
                - Specified in Coordinated Universal Time (UTC).
                - Example: ``Tue:17:00-Tue:17:30``
            enable_backup_retention: When ``true``, enables automated backup retention
                for your database.

                Updates are applied during the next maintenance window because this can
                result in an outage.
            disable_backup_retention: When ``true``, disables automated backup retention
                for your database.

                Disabling backup retention deletes all automated database backups.
                Before disabling this, you may want to create a snapshot of your
                database using the ``create relational database snapshot`` operation.

                Updates are applied during the next maintenance window because this can
                result in an outage.
            publicly_accessible: Specifies the accessibility options for your database.
                A value of ``true`` specifies a database that is available to resources
                outside of your Lightsail account. A value of ``false`` specifies a
                database that is available only to your Lightsail resources in the same
                region as your database.
            apply_immediately: When ``true``, applies changes immediately. When
                ``false``, applies changes during the preferred maintenance window. Some
                changes may cause an outage.

                Default: ``false``
            ca_certificate_identifier: Indicates the certificate that needs to be
                associated with the database.
            relational_database_blueprint_id: This parameter is used to update the major
                version of the database. Enter the ``blueprintId`` for the major version
                that you want to update to.

                Use the
                [GetRelationalDatabaseBlueprints](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseBlueprints.html)
                action to get a list of available blueprint IDs.

        Returns:
            UpdateRelationalDatabaseResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_relational_database import OPERATION
        from ..shapes.update_relational_database_request import (
            UpdateRelationalDatabaseRequest,
        )
        from ..shapes.update_relational_database_result import (
            UpdateRelationalDatabaseResult,
        )

        request = UpdateRelationalDatabaseRequest(
            relational_database_name=relational_database_name,
            master_user_password=master_user_password,
            rotate_master_user_password=rotate_master_user_password,
            preferred_backup_window=preferred_backup_window,
            preferred_maintenance_window=preferred_maintenance_window,
            enable_backup_retention=enable_backup_retention,
            disable_backup_retention=disable_backup_retention,
            publicly_accessible=publicly_accessible,
            apply_immediately=apply_immediately,
            ca_certificate_identifier=ca_certificate_identifier,
            relational_database_blueprint_id=relational_database_blueprint_id,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateRelationalDatabaseResult.from_wire(body)

    async def update_relational_database_parameters(
        self,
        *,
        relational_database_name: str,
        parameters: Sequence[
            RelationalDatabaseParameter | RelationalDatabaseParameterDict
        ],
    ) -> UpdateRelationalDatabaseParametersResult:
        """Allows the update of one or more parameters of a database in Amazon
        Lightsail.

        Parameter updates don't cause outages; therefore, their application is
        not subject to the preferred maintenance window. However, there are two
        ways in which parameter updates are applied: ``dynamic`` or
        ``pending-reboot``. Parameters marked with a ``dynamic`` apply type are
        applied immediately. Parameters marked with a ``pending-reboot`` apply
        type are applied only after the database is rebooted using the
        ``reboot relational database`` operation.

        The ``update relational database parameters`` operation supports
        tag-based access control via resource tags applied to the resource
        identified by relationalDatabaseName. For more information, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags).

        Args:
            relational_database_name: Required. The name of your database for which to
                update parameters.
            parameters: Required. The database parameters to update.

        Returns:
            UpdateRelationalDatabaseParametersResult: The parsed response. Its
                attributes (``None`` when the response leaves one out):

                - ``operations`` (``list[Operation]``): An array of objects that
                  describe the result of the action, such as the status of the request,
                  the timestamp of the request, and the resources affected by the
                  request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            AccountSetupInProgressException: Lightsail throws this exception when an
                account is still in the setup in progress state.
            RegionSetupInProgressException: Lightsail throws this exception when an
                operation is performed on resources in an opt-in Region that is
                currently being set up.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_relational_database_parameters import OPERATION
        from ..shapes.update_relational_database_parameters_request import (
            UpdateRelationalDatabaseParametersRequest,
        )
        from ..shapes.update_relational_database_parameters_result import (
            UpdateRelationalDatabaseParametersResult,
        )

        request = UpdateRelationalDatabaseParametersRequest.build(
            relational_database_name=relational_database_name, parameters=parameters
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateRelationalDatabaseParametersResult.from_wire(body)

    async def update_subdomain_association(
        self,
        *,
        subdomain_name: str,
        action: SubdomainAssociationAction | str,
        target_resource_arn: str | None = None,
    ) -> UpdateSubdomainAssociationResult:
        """Associates a Lightsail subdomain with a resource, disassociates it from
        a resource, or moves it from one resource to another resource.

        Currently, you can associate a subdomain only with a Lightsail content
        delivery network (CDN) distribution. A resource can be associated with
        only one subdomain at a time.

        When you associate a subdomain with a distribution, Lightsail attaches
        the subdomain's certificate to the distribution. You can't associate a
        subdomain with a distribution that uses a custom domain, which is a
        distribution that has a Lightsail certificate attached.

        You can transfer each subdomain to another resource only once in a
        24-hour period.

        The update is asynchronous. The response returns the subdomain in the
        ``ATTACHING``, ``DETACHING``, or ``TRANSFERRING`` state, and an
        operation. To check when the update is complete, use the
        ``GetSubdomains`` action.

        Args:
            subdomain_name: Required. The subdomain to update (for example, ``mysite``
                or ``blog.mysite``), not its web address.
            action: Required. The association change to make.

                The following actions are possible:

                - ``ASSOCIATE`` – Associates the subdomain with the resource that you
                  specify in the ``targetResourceArn`` parameter. The subdomain must be
                  in the ``UNATTACHED`` state.
                - ``DISASSOCIATE`` – Disassociates the subdomain from its current
                  resource. The subdomain must be in the ``ATTACHED`` state.
                - ``TRANSFER`` – Moves the subdomain from its current resource to the
                  resource that you specify in the ``targetResourceArn`` parameter. The
                  subdomain must be in the ``ATTACHED`` state. You can transfer each
                  subdomain only once in a 24-hour period.
            target_resource_arn: The Amazon Resource Name (ARN) of the resource to
                associate the subdomain with. The resource must be in your account.

                This parameter is required when the ``action`` is ``ASSOCIATE`` or
                ``TRANSFER``. It's ignored when the ``action`` is ``DISASSOCIATE``.

        Returns:
            UpdateSubdomainAssociationResult: The parsed response. Its attributes
                (``None`` when the response leaves one out):

                - ``subdomain`` (``Subdomain``): An object that describes the subdomain
                  that was updated.
                - ``operation`` (``Operation``): An object that describes the result of
                  the action, such as the status of the request, the timestamp of the
                  request, and the resources affected by the request.

        Raises:
            ServiceException: A general service exception.
            InvalidInputException: Lightsail throws this exception when user input does
                not conform to the validation rules of an input field.
            NotFoundException: Lightsail throws this exception when it cannot find a
                resource.
            OperationFailureException: Lightsail throws this exception when an operation
                fails to execute.
            AccessDeniedException: Lightsail throws this exception when the user cannot
                be authenticated or uses invalid credentials to access a resource.
            UnauthenticatedException: Lightsail throws this exception when the user has
                not been authenticated.
        """
        from ..operations.update_subdomain_association import OPERATION
        from ..shapes.update_subdomain_association_request import (
            UpdateSubdomainAssociationRequest,
        )
        from ..shapes.update_subdomain_association_result import (
            UpdateSubdomainAssociationResult,
        )

        request = UpdateSubdomainAssociationRequest(
            subdomain_name=subdomain_name,
            action=action,
            target_resource_arn=target_resource_arn,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return UpdateSubdomainAssociationResult.from_wire(body)

    @overload
    def get_paginator(
        self, name: Literal["get_active_names"]
    ) -> GetActiveNamesPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_blueprints"]
    ) -> GetBlueprintsPaginator: ...

    @overload
    def get_paginator(self, name: Literal["get_bundles"]) -> GetBundlesPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_cloud_formation_stack_records"]
    ) -> GetCloudFormationStackRecordsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_disk_snapshots"]
    ) -> GetDiskSnapshotsPaginator: ...

    @overload
    def get_paginator(self, name: Literal["get_disks"]) -> GetDisksPaginator: ...

    @overload
    def get_paginator(self, name: Literal["get_domains"]) -> GetDomainsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_export_snapshot_records"]
    ) -> GetExportSnapshotRecordsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_instance_snapshots"]
    ) -> GetInstanceSnapshotsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_instances"]
    ) -> GetInstancesPaginator: ...

    @overload
    def get_paginator(self, name: Literal["get_key_pairs"]) -> GetKeyPairsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_load_balancers"]
    ) -> GetLoadBalancersPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_operations"]
    ) -> GetOperationsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_relational_database_blueprints"]
    ) -> GetRelationalDatabaseBlueprintsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_relational_database_bundles"]
    ) -> GetRelationalDatabaseBundlesPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_relational_database_events"]
    ) -> GetRelationalDatabaseEventsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_relational_database_parameters"]
    ) -> GetRelationalDatabaseParametersPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_relational_database_snapshots"]
    ) -> GetRelationalDatabaseSnapshotsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_relational_databases"]
    ) -> GetRelationalDatabasesPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["get_static_ips"]
    ) -> GetStaticIpsPaginator: ...

    def get_paginator(self, name: str) -> object:
        """The paginator of a paginated operation, by its method name, as in boto3."""
        from .paginators import PAGINATORS

        factory = PAGINATORS.get(name)
        if factory is None:
            raise ValueError(f"operation {name!r} cannot be paginated")
        return factory(self._engine)

    def can_paginate(self, name: str) -> bool:
        """Whether ``get_paginator(name)`` works."""
        return name in {
            "get_active_names",
            "get_blueprints",
            "get_bundles",
            "get_cloud_formation_stack_records",
            "get_disk_snapshots",
            "get_disks",
            "get_domains",
            "get_export_snapshot_records",
            "get_instance_snapshots",
            "get_instances",
            "get_key_pairs",
            "get_load_balancers",
            "get_operations",
            "get_relational_database_blueprints",
            "get_relational_database_bundles",
            "get_relational_database_events",
            "get_relational_database_parameters",
            "get_relational_database_snapshots",
            "get_relational_databases",
            "get_static_ips",
        }


AsyncClient = AsyncLightsailClient
