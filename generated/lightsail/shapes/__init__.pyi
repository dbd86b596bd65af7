"""Every Lightsail structure and enum, by its model name (and the TypedDict of
each structure client methods accept as a dict: ``XDict`` for ``X``)."""

from .access_direction import AccessDirection as AccessDirection
from .access_key import AccessKey as AccessKey
from .access_key_last_used import AccessKeyLastUsed as AccessKeyLastUsed
from .access_rules import AccessRules as AccessRules
from .access_rules import AccessRulesDict as AccessRulesDict
from .access_type import AccessType as AccessType
from .account_level_bpa_sync import AccountLevelBpaSync as AccountLevelBpaSync
from .account_level_bpa_sync_status import (
    AccountLevelBpaSyncStatus as AccountLevelBpaSyncStatus,
)
from .add_on import AddOn as AddOn
from .add_on_request import AddOnRequest as AddOnRequest
from .add_on_request import AddOnRequestDict as AddOnRequestDict
from .add_on_type import AddOnType as AddOnType
from .alarm import Alarm as Alarm
from .alarm_state import AlarmState as AlarmState
from .allocate_static_ip_request import (
    AllocateStaticIpRequest as AllocateStaticIpRequest,
)
from .allocate_static_ip_result import AllocateStaticIpResult as AllocateStaticIpResult
from .app_category import AppCategory as AppCategory
from .attach_certificate_to_distribution_request import (
    AttachCertificateToDistributionRequest as AttachCertificateToDistributionRequest,
)
from .attach_certificate_to_distribution_result import (
    AttachCertificateToDistributionResult as AttachCertificateToDistributionResult,
)
from .attach_disk_request import AttachDiskRequest as AttachDiskRequest
from .attach_disk_result import AttachDiskResult as AttachDiskResult
from .attach_instances_to_load_balancer_request import (
    AttachInstancesToLoadBalancerRequest as AttachInstancesToLoadBalancerRequest,
)
from .attach_instances_to_load_balancer_result import (
    AttachInstancesToLoadBalancerResult as AttachInstancesToLoadBalancerResult,
)
from .attach_load_balancer_tls_certificate_request import (
    AttachLoadBalancerTlsCertificateRequest as AttachLoadBalancerTlsCertificateRequest,
)
from .attach_load_balancer_tls_certificate_result import (
    AttachLoadBalancerTlsCertificateResult as AttachLoadBalancerTlsCertificateResult,
)
from .attach_static_ip_request import AttachStaticIpRequest as AttachStaticIpRequest
from .attach_static_ip_result import AttachStaticIpResult as AttachStaticIpResult
from .attached_disk import AttachedDisk as AttachedDisk
from .auto_mount_status import AutoMountStatus as AutoMountStatus
from .auto_snapshot_add_on_request import (
    AutoSnapshotAddOnRequest as AutoSnapshotAddOnRequest,
)
from .auto_snapshot_add_on_request import (
    AutoSnapshotAddOnRequestDict as AutoSnapshotAddOnRequestDict,
)
from .auto_snapshot_details import AutoSnapshotDetails as AutoSnapshotDetails
from .auto_snapshot_status import AutoSnapshotStatus as AutoSnapshotStatus
from .availability_zone import AvailabilityZone as AvailabilityZone
from .bpa_status_message import BPAStatusMessage as BPAStatusMessage
from .behavior_enum import BehaviorEnum as BehaviorEnum
from .blueprint import Blueprint as Blueprint
from .blueprint_type import BlueprintType as BlueprintType
from .bucket import Bucket as Bucket
from .bucket_access_log_config import BucketAccessLogConfig as BucketAccessLogConfig
from .bucket_access_log_config import (
    BucketAccessLogConfigDict as BucketAccessLogConfigDict,
)
from .bucket_bundle import BucketBundle as BucketBundle
from .bucket_cors_config import BucketCorsConfig as BucketCorsConfig
from .bucket_cors_config import BucketCorsConfigDict as BucketCorsConfigDict
from .bucket_cors_rule import BucketCorsRule as BucketCorsRule
from .bucket_cors_rule import BucketCorsRuleDict as BucketCorsRuleDict
from .bucket_metric_name import BucketMetricName as BucketMetricName
from .bucket_state import BucketState as BucketState
from .bundle import Bundle as Bundle
from .cache_behavior import CacheBehavior as CacheBehavior
from .cache_behavior import CacheBehaviorDict as CacheBehaviorDict
from .cache_behavior_per_path import CacheBehaviorPerPath as CacheBehaviorPerPath
from .cache_behavior_per_path import (
    CacheBehaviorPerPathDict as CacheBehaviorPerPathDict,
)
from .cache_settings import CacheSettings as CacheSettings
from .cache_settings import CacheSettingsDict as CacheSettingsDict
from .certificate import Certificate as Certificate
from .certificate_domain_validation_status import (
    CertificateDomainValidationStatus as CertificateDomainValidationStatus,
)
from .certificate_provider import CertificateProvider as CertificateProvider
from .certificate_status import CertificateStatus as CertificateStatus
from .certificate_summary import CertificateSummary as CertificateSummary
from .check_subdomain_availability_request import (
    CheckSubdomainAvailabilityRequest as CheckSubdomainAvailabilityRequest,
)
from .check_subdomain_availability_result import (
    CheckSubdomainAvailabilityResult as CheckSubdomainAvailabilityResult,
)
from .close_instance_public_ports_request import (
    CloseInstancePublicPortsRequest as CloseInstancePublicPortsRequest,
)
from .close_instance_public_ports_result import (
    CloseInstancePublicPortsResult as CloseInstancePublicPortsResult,
)
from .cloud_formation_stack_record import (
    CloudFormationStackRecord as CloudFormationStackRecord,
)
from .cloud_formation_stack_record_source_info import (
    CloudFormationStackRecordSourceInfo as CloudFormationStackRecordSourceInfo,
)
from .cloud_formation_stack_record_source_type import (
    CloudFormationStackRecordSourceType as CloudFormationStackRecordSourceType,
)
from .comparison_operator import ComparisonOperator as ComparisonOperator
from .contact_method import ContactMethod as ContactMethod
from .contact_method_status import ContactMethodStatus as ContactMethodStatus
from .contact_method_verification_protocol import (
    ContactMethodVerificationProtocol as ContactMethodVerificationProtocol,
)
from .contact_protocol import ContactProtocol as ContactProtocol
from .container import Container as Container
from .container import ContainerDict as ContainerDict
from .container_image import ContainerImage as ContainerImage
from .container_service import ContainerService as ContainerService
from .container_service_deployment import (
    ContainerServiceDeployment as ContainerServiceDeployment,
)
from .container_service_deployment_request import (
    ContainerServiceDeploymentRequest as ContainerServiceDeploymentRequest,
)
from .container_service_deployment_request import (
    ContainerServiceDeploymentRequestDict as ContainerServiceDeploymentRequestDict,
)
from .container_service_deployment_state import (
    ContainerServiceDeploymentState as ContainerServiceDeploymentState,
)
from .container_service_ecr_image_puller_role import (
    ContainerServiceECRImagePullerRole as ContainerServiceECRImagePullerRole,
)
from .container_service_ecr_image_puller_role_request import (
    ContainerServiceECRImagePullerRoleRequest as ContainerServiceECRImagePullerRoleRequest,
)
from .container_service_ecr_image_puller_role_request import (
    ContainerServiceECRImagePullerRoleRequestDict as ContainerServiceECRImagePullerRoleRequestDict,
)
from .container_service_endpoint import (
    ContainerServiceEndpoint as ContainerServiceEndpoint,
)
from .container_service_health_check_config import (
    ContainerServiceHealthCheckConfig as ContainerServiceHealthCheckConfig,
)
from .container_service_health_check_config import (
    ContainerServiceHealthCheckConfigDict as ContainerServiceHealthCheckConfigDict,
)
from .container_service_log_event import (
    ContainerServiceLogEvent as ContainerServiceLogEvent,
)
from .container_service_metric_name import (
    ContainerServiceMetricName as ContainerServiceMetricName,
)
from .container_service_power import ContainerServicePower as ContainerServicePower
from .container_service_power_name import (
    ContainerServicePowerName as ContainerServicePowerName,
)
from .container_service_protocol import (
    ContainerServiceProtocol as ContainerServiceProtocol,
)
from .container_service_registry_login import (
    ContainerServiceRegistryLogin as ContainerServiceRegistryLogin,
)
from .container_service_state import ContainerServiceState as ContainerServiceState
from .container_service_state_detail import (
    ContainerServiceStateDetail as ContainerServiceStateDetail,
)
from .container_service_state_detail_code import (
    ContainerServiceStateDetailCode as ContainerServiceStateDetailCode,
)
from .container_services_list_result import (
    ContainerServicesListResult as ContainerServicesListResult,
)
from .cookie_object import CookieObject as CookieObject
from .cookie_object import CookieObjectDict as CookieObjectDict
from .copy_snapshot_request import CopySnapshotRequest as CopySnapshotRequest
from .copy_snapshot_result import CopySnapshotResult as CopySnapshotResult
from .cost_estimate import CostEstimate as CostEstimate
from .create_bucket_access_key_request import (
    CreateBucketAccessKeyRequest as CreateBucketAccessKeyRequest,
)
from .create_bucket_access_key_result import (
    CreateBucketAccessKeyResult as CreateBucketAccessKeyResult,
)
from .create_bucket_request import CreateBucketRequest as CreateBucketRequest
from .create_bucket_result import CreateBucketResult as CreateBucketResult
from .create_certificate_request import (
    CreateCertificateRequest as CreateCertificateRequest,
)
from .create_certificate_result import (
    CreateCertificateResult as CreateCertificateResult,
)
from .create_cloud_formation_stack_request import (
    CreateCloudFormationStackRequest as CreateCloudFormationStackRequest,
)
from .create_cloud_formation_stack_result import (
    CreateCloudFormationStackResult as CreateCloudFormationStackResult,
)
from .create_contact_method_request import (
    CreateContactMethodRequest as CreateContactMethodRequest,
)
from .create_contact_method_result import (
    CreateContactMethodResult as CreateContactMethodResult,
)
from .create_container_service_deployment_request import (
    CreateContainerServiceDeploymentRequest as CreateContainerServiceDeploymentRequest,
)
from .create_container_service_deployment_result import (
    CreateContainerServiceDeploymentResult as CreateContainerServiceDeploymentResult,
)
from .create_container_service_registry_login_request import (
    CreateContainerServiceRegistryLoginRequest as CreateContainerServiceRegistryLoginRequest,
)
from .create_container_service_registry_login_result import (
    CreateContainerServiceRegistryLoginResult as CreateContainerServiceRegistryLoginResult,
)
from .create_container_service_request import (
    CreateContainerServiceRequest as CreateContainerServiceRequest,
)
from .create_container_service_result import (
    CreateContainerServiceResult as CreateContainerServiceResult,
)
from .create_disk_from_snapshot_request import (
    CreateDiskFromSnapshotRequest as CreateDiskFromSnapshotRequest,
)
from .create_disk_from_snapshot_result import (
    CreateDiskFromSnapshotResult as CreateDiskFromSnapshotResult,
)
from .create_disk_request import CreateDiskRequest as CreateDiskRequest
from .create_disk_result import CreateDiskResult as CreateDiskResult
from .create_disk_snapshot_request import (
    CreateDiskSnapshotRequest as CreateDiskSnapshotRequest,
)
from .create_disk_snapshot_result import (
    CreateDiskSnapshotResult as CreateDiskSnapshotResult,
)
from .create_distribution_request import (
    CreateDistributionRequest as CreateDistributionRequest,
)
from .create_distribution_result import (
    CreateDistributionResult as CreateDistributionResult,
)
from .create_domain_entry_request import (
    CreateDomainEntryRequest as CreateDomainEntryRequest,
)
from .create_domain_entry_result import (
    CreateDomainEntryResult as CreateDomainEntryResult,
)
from .create_domain_request import CreateDomainRequest as CreateDomainRequest
from .create_domain_result import CreateDomainResult as CreateDomainResult
from .create_gui_session_access_details_request import (
    CreateGUISessionAccessDetailsRequest as CreateGUISessionAccessDetailsRequest,
)
from .create_gui_session_access_details_result import (
    CreateGUISessionAccessDetailsResult as CreateGUISessionAccessDetailsResult,
)
from .create_instance_snapshot_request import (
    CreateInstanceSnapshotRequest as CreateInstanceSnapshotRequest,
)
from .create_instance_snapshot_result import (
    CreateInstanceSnapshotResult as CreateInstanceSnapshotResult,
)
from .create_instances_from_snapshot_request import (
    CreateInstancesFromSnapshotRequest as CreateInstancesFromSnapshotRequest,
)
from .create_instances_from_snapshot_result import (
    CreateInstancesFromSnapshotResult as CreateInstancesFromSnapshotResult,
)
from .create_instances_request import CreateInstancesRequest as CreateInstancesRequest
from .create_instances_result import CreateInstancesResult as CreateInstancesResult
from .create_key_pair_request import CreateKeyPairRequest as CreateKeyPairRequest
from .create_key_pair_result import CreateKeyPairResult as CreateKeyPairResult
from .create_load_balancer_request import (
    CreateLoadBalancerRequest as CreateLoadBalancerRequest,
)
from .create_load_balancer_result import (
    CreateLoadBalancerResult as CreateLoadBalancerResult,
)
from .create_load_balancer_tls_certificate_request import (
    CreateLoadBalancerTlsCertificateRequest as CreateLoadBalancerTlsCertificateRequest,
)
from .create_load_balancer_tls_certificate_result import (
    CreateLoadBalancerTlsCertificateResult as CreateLoadBalancerTlsCertificateResult,
)
from .create_relational_database_from_snapshot_request import (
    CreateRelationalDatabaseFromSnapshotRequest as CreateRelationalDatabaseFromSnapshotRequest,
)
from .create_relational_database_from_snapshot_result import (
    CreateRelationalDatabaseFromSnapshotResult as CreateRelationalDatabaseFromSnapshotResult,
)
from .create_relational_database_request import (
    CreateRelationalDatabaseRequest as CreateRelationalDatabaseRequest,
)
from .create_relational_database_result import (
    CreateRelationalDatabaseResult as CreateRelationalDatabaseResult,
)
from .create_relational_database_snapshot_request import (
    CreateRelationalDatabaseSnapshotRequest as CreateRelationalDatabaseSnapshotRequest,
)
from .create_relational_database_snapshot_result import (
    CreateRelationalDatabaseSnapshotResult as CreateRelationalDatabaseSnapshotResult,
)
from .create_subdomain_request import CreateSubdomainRequest as CreateSubdomainRequest
from .create_subdomain_result import CreateSubdomainResult as CreateSubdomainResult
from .currency import Currency as Currency
from .delete_alarm_request import DeleteAlarmRequest as DeleteAlarmRequest
from .delete_alarm_result import DeleteAlarmResult as DeleteAlarmResult
from .delete_auto_snapshot_request import (
    DeleteAutoSnapshotRequest as DeleteAutoSnapshotRequest,
)
from .delete_auto_snapshot_result import (
    DeleteAutoSnapshotResult as DeleteAutoSnapshotResult,
)
from .delete_bucket_access_key_request import (
    DeleteBucketAccessKeyRequest as DeleteBucketAccessKeyRequest,
)
from .delete_bucket_access_key_result import (
    DeleteBucketAccessKeyResult as DeleteBucketAccessKeyResult,
)
from .delete_bucket_request import DeleteBucketRequest as DeleteBucketRequest
from .delete_bucket_result import DeleteBucketResult as DeleteBucketResult
from .delete_certificate_request import (
    DeleteCertificateRequest as DeleteCertificateRequest,
)
from .delete_certificate_result import (
    DeleteCertificateResult as DeleteCertificateResult,
)
from .delete_contact_method_request import (
    DeleteContactMethodRequest as DeleteContactMethodRequest,
)
from .delete_contact_method_result import (
    DeleteContactMethodResult as DeleteContactMethodResult,
)
from .delete_container_image_request import (
    DeleteContainerImageRequest as DeleteContainerImageRequest,
)
from .delete_container_image_result import (
    DeleteContainerImageResult as DeleteContainerImageResult,
)
from .delete_container_service_request import (
    DeleteContainerServiceRequest as DeleteContainerServiceRequest,
)
from .delete_container_service_result import (
    DeleteContainerServiceResult as DeleteContainerServiceResult,
)
from .delete_disk_request import DeleteDiskRequest as DeleteDiskRequest
from .delete_disk_result import DeleteDiskResult as DeleteDiskResult
from .delete_disk_snapshot_request import (
    DeleteDiskSnapshotRequest as DeleteDiskSnapshotRequest,
)
from .delete_disk_snapshot_result import (
    DeleteDiskSnapshotResult as DeleteDiskSnapshotResult,
)
from .delete_distribution_request import (
    DeleteDistributionRequest as DeleteDistributionRequest,
)
from .delete_distribution_result import (
    DeleteDistributionResult as DeleteDistributionResult,
)
from .delete_domain_entry_request import (
    DeleteDomainEntryRequest as DeleteDomainEntryRequest,
)
from .delete_domain_entry_result import (
    DeleteDomainEntryResult as DeleteDomainEntryResult,
)
from .delete_domain_request import DeleteDomainRequest as DeleteDomainRequest
from .delete_domain_result import DeleteDomainResult as DeleteDomainResult
from .delete_instance_request import DeleteInstanceRequest as DeleteInstanceRequest
from .delete_instance_result import DeleteInstanceResult as DeleteInstanceResult
from .delete_instance_snapshot_request import (
    DeleteInstanceSnapshotRequest as DeleteInstanceSnapshotRequest,
)
from .delete_instance_snapshot_result import (
    DeleteInstanceSnapshotResult as DeleteInstanceSnapshotResult,
)
from .delete_key_pair_request import DeleteKeyPairRequest as DeleteKeyPairRequest
from .delete_key_pair_result import DeleteKeyPairResult as DeleteKeyPairResult
from .delete_known_host_keys_request import (
    DeleteKnownHostKeysRequest as DeleteKnownHostKeysRequest,
)
from .delete_known_host_keys_result import (
    DeleteKnownHostKeysResult as DeleteKnownHostKeysResult,
)
from .delete_load_balancer_request import (
    DeleteLoadBalancerRequest as DeleteLoadBalancerRequest,
)
from .delete_load_balancer_result import (
    DeleteLoadBalancerResult as DeleteLoadBalancerResult,
)
from .delete_load_balancer_tls_certificate_request import (
    DeleteLoadBalancerTlsCertificateRequest as DeleteLoadBalancerTlsCertificateRequest,
)
from .delete_load_balancer_tls_certificate_result import (
    DeleteLoadBalancerTlsCertificateResult as DeleteLoadBalancerTlsCertificateResult,
)
from .delete_relational_database_request import (
    DeleteRelationalDatabaseRequest as DeleteRelationalDatabaseRequest,
)
from .delete_relational_database_result import (
    DeleteRelationalDatabaseResult as DeleteRelationalDatabaseResult,
)
from .delete_relational_database_snapshot_request import (
    DeleteRelationalDatabaseSnapshotRequest as DeleteRelationalDatabaseSnapshotRequest,
)
from .delete_relational_database_snapshot_result import (
    DeleteRelationalDatabaseSnapshotResult as DeleteRelationalDatabaseSnapshotResult,
)
from .delete_subdomain_request import DeleteSubdomainRequest as DeleteSubdomainRequest
from .delete_subdomain_result import DeleteSubdomainResult as DeleteSubdomainResult
from .destination_info import DestinationInfo as DestinationInfo
from .detach_certificate_from_distribution_request import (
    DetachCertificateFromDistributionRequest as DetachCertificateFromDistributionRequest,
)
from .detach_certificate_from_distribution_result import (
    DetachCertificateFromDistributionResult as DetachCertificateFromDistributionResult,
)
from .detach_disk_request import DetachDiskRequest as DetachDiskRequest
from .detach_disk_result import DetachDiskResult as DetachDiskResult
from .detach_instances_from_load_balancer_request import (
    DetachInstancesFromLoadBalancerRequest as DetachInstancesFromLoadBalancerRequest,
)
from .detach_instances_from_load_balancer_result import (
    DetachInstancesFromLoadBalancerResult as DetachInstancesFromLoadBalancerResult,
)
from .detach_static_ip_request import DetachStaticIpRequest as DetachStaticIpRequest
from .detach_static_ip_result import DetachStaticIpResult as DetachStaticIpResult
from .disable_add_on_request import DisableAddOnRequest as DisableAddOnRequest
from .disable_add_on_result import DisableAddOnResult as DisableAddOnResult
from .disk import Disk as Disk
from .disk_info import DiskInfo as DiskInfo
from .disk_map import DiskMap as DiskMap
from .disk_map import DiskMapDict as DiskMapDict
from .disk_snapshot import DiskSnapshot as DiskSnapshot
from .disk_snapshot_info import DiskSnapshotInfo as DiskSnapshotInfo
from .disk_snapshot_state import DiskSnapshotState as DiskSnapshotState
from .disk_state import DiskState as DiskState
from .distribution_bundle import DistributionBundle as DistributionBundle
from .distribution_custom_error_response import (
    DistributionCustomErrorResponse as DistributionCustomErrorResponse,
)
from .distribution_custom_error_response import (
    DistributionCustomErrorResponseDict as DistributionCustomErrorResponseDict,
)
from .distribution_metric_name import DistributionMetricName as DistributionMetricName
from .dns_record_creation_state import DnsRecordCreationState as DnsRecordCreationState
from .dns_record_creation_state_code import (
    DnsRecordCreationStateCode as DnsRecordCreationStateCode,
)
from .domain import Domain as Domain
from .domain_entry import DomainEntry as DomainEntry
from .domain_entry import DomainEntryDict as DomainEntryDict
from .domain_validation_record import DomainValidationRecord as DomainValidationRecord
from .download_default_key_pair_request import (
    DownloadDefaultKeyPairRequest as DownloadDefaultKeyPairRequest,
)
from .download_default_key_pair_result import (
    DownloadDefaultKeyPairResult as DownloadDefaultKeyPairResult,
)
from .enable_add_on_request import EnableAddOnRequest as EnableAddOnRequest
from .enable_add_on_result import EnableAddOnResult as EnableAddOnResult
from .endpoint_request import EndpointRequest as EndpointRequest
from .endpoint_request import EndpointRequestDict as EndpointRequestDict
from .estimate_by_time import EstimateByTime as EstimateByTime
from .export_snapshot_record import ExportSnapshotRecord as ExportSnapshotRecord
from .export_snapshot_record_source_info import (
    ExportSnapshotRecordSourceInfo as ExportSnapshotRecordSourceInfo,
)
from .export_snapshot_record_source_type import (
    ExportSnapshotRecordSourceType as ExportSnapshotRecordSourceType,
)
from .export_snapshot_request import ExportSnapshotRequest as ExportSnapshotRequest
from .export_snapshot_result import ExportSnapshotResult as ExportSnapshotResult
from .forward_values import ForwardValues as ForwardValues
from .get_active_names_request import GetActiveNamesRequest as GetActiveNamesRequest
from .get_active_names_result import GetActiveNamesResult as GetActiveNamesResult
from .get_alarms_request import GetAlarmsRequest as GetAlarmsRequest
from .get_alarms_result import GetAlarmsResult as GetAlarmsResult
from .get_auto_snapshots_request import (
    GetAutoSnapshotsRequest as GetAutoSnapshotsRequest,
)
from .get_auto_snapshots_result import GetAutoSnapshotsResult as GetAutoSnapshotsResult
from .get_blueprints_request import GetBlueprintsRequest as GetBlueprintsRequest
from .get_blueprints_result import GetBlueprintsResult as GetBlueprintsResult
from .get_bucket_access_keys_request import (
    GetBucketAccessKeysRequest as GetBucketAccessKeysRequest,
)
from .get_bucket_access_keys_result import (
    GetBucketAccessKeysResult as GetBucketAccessKeysResult,
)
from .get_bucket_bundles_request import (
    GetBucketBundlesRequest as GetBucketBundlesRequest,
)
from .get_bucket_bundles_result import GetBucketBundlesResult as GetBucketBundlesResult
from .get_bucket_metric_data_request import (
    GetBucketMetricDataRequest as GetBucketMetricDataRequest,
)
from .get_bucket_metric_data_result import (
    GetBucketMetricDataResult as GetBucketMetricDataResult,
)
from .get_buckets_request import GetBucketsRequest as GetBucketsRequest
from .get_buckets_result import GetBucketsResult as GetBucketsResult
from .get_bundles_request import GetBundlesRequest as GetBundlesRequest
from .get_bundles_result import GetBundlesResult as GetBundlesResult
from .get_certificates_request import GetCertificatesRequest as GetCertificatesRequest
from .get_certificates_result import GetCertificatesResult as GetCertificatesResult
from .get_cloud_formation_stack_records_request import (
    GetCloudFormationStackRecordsRequest as GetCloudFormationStackRecordsRequest,
)
from .get_cloud_formation_stack_records_result import (
    GetCloudFormationStackRecordsResult as GetCloudFormationStackRecordsResult,
)
from .get_contact_methods_request import (
    GetContactMethodsRequest as GetContactMethodsRequest,
)
from .get_contact_methods_result import (
    GetContactMethodsResult as GetContactMethodsResult,
)
from .get_container_api_metadata_request import (
    GetContainerAPIMetadataRequest as GetContainerAPIMetadataRequest,
)
from .get_container_api_metadata_result import (
    GetContainerAPIMetadataResult as GetContainerAPIMetadataResult,
)
from .get_container_images_request import (
    GetContainerImagesRequest as GetContainerImagesRequest,
)
from .get_container_images_result import (
    GetContainerImagesResult as GetContainerImagesResult,
)
from .get_container_log_request import GetContainerLogRequest as GetContainerLogRequest
from .get_container_log_result import GetContainerLogResult as GetContainerLogResult
from .get_container_service_deployments_request import (
    GetContainerServiceDeploymentsRequest as GetContainerServiceDeploymentsRequest,
)
from .get_container_service_deployments_result import (
    GetContainerServiceDeploymentsResult as GetContainerServiceDeploymentsResult,
)
from .get_container_service_metric_data_request import (
    GetContainerServiceMetricDataRequest as GetContainerServiceMetricDataRequest,
)
from .get_container_service_metric_data_result import (
    GetContainerServiceMetricDataResult as GetContainerServiceMetricDataResult,
)
from .get_container_service_powers_request import (
    GetContainerServicePowersRequest as GetContainerServicePowersRequest,
)
from .get_container_service_powers_result import (
    GetContainerServicePowersResult as GetContainerServicePowersResult,
)
from .get_container_services_request import (
    GetContainerServicesRequest as GetContainerServicesRequest,
)
from .get_cost_estimate_request import GetCostEstimateRequest as GetCostEstimateRequest
from .get_cost_estimate_result import GetCostEstimateResult as GetCostEstimateResult
from .get_disk_request import GetDiskRequest as GetDiskRequest
from .get_disk_result import GetDiskResult as GetDiskResult
from .get_disk_snapshot_request import GetDiskSnapshotRequest as GetDiskSnapshotRequest
from .get_disk_snapshot_result import GetDiskSnapshotResult as GetDiskSnapshotResult
from .get_disk_snapshots_request import (
    GetDiskSnapshotsRequest as GetDiskSnapshotsRequest,
)
from .get_disk_snapshots_result import GetDiskSnapshotsResult as GetDiskSnapshotsResult
from .get_disks_request import GetDisksRequest as GetDisksRequest
from .get_disks_result import GetDisksResult as GetDisksResult
from .get_distribution_bundles_request import (
    GetDistributionBundlesRequest as GetDistributionBundlesRequest,
)
from .get_distribution_bundles_result import (
    GetDistributionBundlesResult as GetDistributionBundlesResult,
)
from .get_distribution_latest_cache_reset_request import (
    GetDistributionLatestCacheResetRequest as GetDistributionLatestCacheResetRequest,
)
from .get_distribution_latest_cache_reset_result import (
    GetDistributionLatestCacheResetResult as GetDistributionLatestCacheResetResult,
)
from .get_distribution_metric_data_request import (
    GetDistributionMetricDataRequest as GetDistributionMetricDataRequest,
)
from .get_distribution_metric_data_result import (
    GetDistributionMetricDataResult as GetDistributionMetricDataResult,
)
from .get_distributions_request import (
    GetDistributionsRequest as GetDistributionsRequest,
)
from .get_distributions_result import GetDistributionsResult as GetDistributionsResult
from .get_domain_request import GetDomainRequest as GetDomainRequest
from .get_domain_result import GetDomainResult as GetDomainResult
from .get_domains_request import GetDomainsRequest as GetDomainsRequest
from .get_domains_result import GetDomainsResult as GetDomainsResult
from .get_export_snapshot_records_request import (
    GetExportSnapshotRecordsRequest as GetExportSnapshotRecordsRequest,
)
from .get_export_snapshot_records_result import (
    GetExportSnapshotRecordsResult as GetExportSnapshotRecordsResult,
)
from .get_instance_access_details_request import (
    GetInstanceAccessDetailsRequest as GetInstanceAccessDetailsRequest,
)
from .get_instance_access_details_result import (
    GetInstanceAccessDetailsResult as GetInstanceAccessDetailsResult,
)
from .get_instance_metric_data_request import (
    GetInstanceMetricDataRequest as GetInstanceMetricDataRequest,
)
from .get_instance_metric_data_result import (
    GetInstanceMetricDataResult as GetInstanceMetricDataResult,
)
from .get_instance_port_states_request import (
    GetInstancePortStatesRequest as GetInstancePortStatesRequest,
)
from .get_instance_port_states_result import (
    GetInstancePortStatesResult as GetInstancePortStatesResult,
)
from .get_instance_request import GetInstanceRequest as GetInstanceRequest
from .get_instance_result import GetInstanceResult as GetInstanceResult
from .get_instance_snapshot_request import (
    GetInstanceSnapshotRequest as GetInstanceSnapshotRequest,
)
from .get_instance_snapshot_result import (
    GetInstanceSnapshotResult as GetInstanceSnapshotResult,
)
from .get_instance_snapshots_request import (
    GetInstanceSnapshotsRequest as GetInstanceSnapshotsRequest,
)
from .get_instance_snapshots_result import (
    GetInstanceSnapshotsResult as GetInstanceSnapshotsResult,
)
from .get_instance_state_request import (
    GetInstanceStateRequest as GetInstanceStateRequest,
)
from .get_instance_state_result import GetInstanceStateResult as GetInstanceStateResult
from .get_instances_request import GetInstancesRequest as GetInstancesRequest
from .get_instances_result import GetInstancesResult as GetInstancesResult
from .get_key_pair_request import GetKeyPairRequest as GetKeyPairRequest
from .get_key_pair_result import GetKeyPairResult as GetKeyPairResult
from .get_key_pairs_request import GetKeyPairsRequest as GetKeyPairsRequest
from .get_key_pairs_result import GetKeyPairsResult as GetKeyPairsResult
from .get_load_balancer_metric_data_request import (
    GetLoadBalancerMetricDataRequest as GetLoadBalancerMetricDataRequest,
)
from .get_load_balancer_metric_data_result import (
    GetLoadBalancerMetricDataResult as GetLoadBalancerMetricDataResult,
)
from .get_load_balancer_request import GetLoadBalancerRequest as GetLoadBalancerRequest
from .get_load_balancer_result import GetLoadBalancerResult as GetLoadBalancerResult
from .get_load_balancer_tls_certificates_request import (
    GetLoadBalancerTlsCertificatesRequest as GetLoadBalancerTlsCertificatesRequest,
)
from .get_load_balancer_tls_certificates_result import (
    GetLoadBalancerTlsCertificatesResult as GetLoadBalancerTlsCertificatesResult,
)
from .get_load_balancer_tls_policies_request import (
    GetLoadBalancerTlsPoliciesRequest as GetLoadBalancerTlsPoliciesRequest,
)
from .get_load_balancer_tls_policies_result import (
    GetLoadBalancerTlsPoliciesResult as GetLoadBalancerTlsPoliciesResult,
)
from .get_load_balancers_request import (
    GetLoadBalancersRequest as GetLoadBalancersRequest,
)
from .get_load_balancers_result import GetLoadBalancersResult as GetLoadBalancersResult
from .get_operation_request import GetOperationRequest as GetOperationRequest
from .get_operation_result import GetOperationResult as GetOperationResult
from .get_operations_for_resource_request import (
    GetOperationsForResourceRequest as GetOperationsForResourceRequest,
)
from .get_operations_for_resource_result import (
    GetOperationsForResourceResult as GetOperationsForResourceResult,
)
from .get_operations_request import GetOperationsRequest as GetOperationsRequest
from .get_operations_result import GetOperationsResult as GetOperationsResult
from .get_profile_request import GetProfileRequest as GetProfileRequest
from .get_profile_result import GetProfileResult as GetProfileResult
from .get_regions_request import GetRegionsRequest as GetRegionsRequest
from .get_regions_result import GetRegionsResult as GetRegionsResult
from .get_relational_database_blueprints_request import (
    GetRelationalDatabaseBlueprintsRequest as GetRelationalDatabaseBlueprintsRequest,
)
from .get_relational_database_blueprints_result import (
    GetRelationalDatabaseBlueprintsResult as GetRelationalDatabaseBlueprintsResult,
)
from .get_relational_database_bundles_request import (
    GetRelationalDatabaseBundlesRequest as GetRelationalDatabaseBundlesRequest,
)
from .get_relational_database_bundles_result import (
    GetRelationalDatabaseBundlesResult as GetRelationalDatabaseBundlesResult,
)
from .get_relational_database_events_request import (
    GetRelationalDatabaseEventsRequest as GetRelationalDatabaseEventsRequest,
)
from .get_relational_database_events_result import (
    GetRelationalDatabaseEventsResult as GetRelationalDatabaseEventsResult,
)
from .get_relational_database_log_events_request import (
    GetRelationalDatabaseLogEventsRequest as GetRelationalDatabaseLogEventsRequest,
)
from .get_relational_database_log_events_result import (
    GetRelationalDatabaseLogEventsResult as GetRelationalDatabaseLogEventsResult,
)
from .get_relational_database_log_streams_request import (
    GetRelationalDatabaseLogStreamsRequest as GetRelationalDatabaseLogStreamsRequest,
)
from .get_relational_database_log_streams_result import (
    GetRelationalDatabaseLogStreamsResult as GetRelationalDatabaseLogStreamsResult,
)
from .get_relational_database_master_user_password_request import (
    GetRelationalDatabaseMasterUserPasswordRequest as GetRelationalDatabaseMasterUserPasswordRequest,
)
from .get_relational_database_master_user_password_result import (
    GetRelationalDatabaseMasterUserPasswordResult as GetRelationalDatabaseMasterUserPasswordResult,
)
from .get_relational_database_metric_data_request import (
    GetRelationalDatabaseMetricDataRequest as GetRelationalDatabaseMetricDataRequest,
)
from .get_relational_database_metric_data_result import (
    GetRelationalDatabaseMetricDataResult as GetRelationalDatabaseMetricDataResult,
)
from .get_relational_database_parameters_request import (
    GetRelationalDatabaseParametersRequest as GetRelationalDatabaseParametersRequest,
)
from .get_relational_database_parameters_result import (
    GetRelationalDatabaseParametersResult as GetRelationalDatabaseParametersResult,
)
from .get_relational_database_request import (
    GetRelationalDatabaseRequest as GetRelationalDatabaseRequest,
)
from .get_relational_database_result import (
    GetRelationalDatabaseResult as GetRelationalDatabaseResult,
)
from .get_relational_database_snapshot_request import (
    GetRelationalDatabaseSnapshotRequest as GetRelationalDatabaseSnapshotRequest,
)
from .get_relational_database_snapshot_result import (
    GetRelationalDatabaseSnapshotResult as GetRelationalDatabaseSnapshotResult,
)
from .get_relational_database_snapshots_request import (
    GetRelationalDatabaseSnapshotsRequest as GetRelationalDatabaseSnapshotsRequest,
)
from .get_relational_database_snapshots_result import (
    GetRelationalDatabaseSnapshotsResult as GetRelationalDatabaseSnapshotsResult,
)
from .get_relational_databases_request import (
    GetRelationalDatabasesRequest as GetRelationalDatabasesRequest,
)
from .get_relational_databases_result import (
    GetRelationalDatabasesResult as GetRelationalDatabasesResult,
)
from .get_setup_history_request import GetSetupHistoryRequest as GetSetupHistoryRequest
from .get_setup_history_result import GetSetupHistoryResult as GetSetupHistoryResult
from .get_static_ip_request import GetStaticIpRequest as GetStaticIpRequest
from .get_static_ip_result import GetStaticIpResult as GetStaticIpResult
from .get_static_ips_request import GetStaticIpsRequest as GetStaticIpsRequest
from .get_static_ips_result import GetStaticIpsResult as GetStaticIpsResult
from .get_subdomains_request import GetSubdomainsRequest as GetSubdomainsRequest
from .get_subdomains_result import GetSubdomainsResult as GetSubdomainsResult
from .header_enum import HeaderEnum as HeaderEnum
from .header_object import HeaderObject as HeaderObject
from .header_object import HeaderObjectDict as HeaderObjectDict
from .host_key_attributes import HostKeyAttributes as HostKeyAttributes
from .http_endpoint import HttpEndpoint as HttpEndpoint
from .http_protocol_ipv6 import HttpProtocolIpv6 as HttpProtocolIpv6
from .http_tokens import HttpTokens as HttpTokens
from .import_key_pair_request import ImportKeyPairRequest as ImportKeyPairRequest
from .import_key_pair_result import ImportKeyPairResult as ImportKeyPairResult
from .input_origin import InputOrigin as InputOrigin
from .input_origin import InputOriginDict as InputOriginDict
from .instance import Instance as Instance
from .instance_access_details import InstanceAccessDetails as InstanceAccessDetails
from .instance_access_protocol import InstanceAccessProtocol as InstanceAccessProtocol
from .instance_attribute_updates import (
    InstanceAttributeUpdates as InstanceAttributeUpdates,
)
from .instance_attribute_updates import (
    InstanceAttributeUpdatesDict as InstanceAttributeUpdatesDict,
)
from .instance_entry import InstanceEntry as InstanceEntry
from .instance_entry import InstanceEntryDict as InstanceEntryDict
from .instance_hardware import InstanceHardware as InstanceHardware
from .instance_health_reason import InstanceHealthReason as InstanceHealthReason
from .instance_health_state import InstanceHealthState as InstanceHealthState
from .instance_health_status import InstanceHealthStatus as InstanceHealthStatus
from .instance_health_status_detail import (
    InstanceHealthStatusDetail as InstanceHealthStatusDetail,
)
from .instance_health_status_detail_name import (
    InstanceHealthStatusDetailName as InstanceHealthStatusDetailName,
)
from .instance_health_status_detail_value import (
    InstanceHealthStatusDetailValue as InstanceHealthStatusDetailValue,
)
from .instance_health_status_value import (
    InstanceHealthStatusValue as InstanceHealthStatusValue,
)
from .instance_health_summary import InstanceHealthSummary as InstanceHealthSummary
from .instance_metadata_options import (
    InstanceMetadataOptions as InstanceMetadataOptions,
)
from .instance_metadata_state import InstanceMetadataState as InstanceMetadataState
from .instance_metric_name import InstanceMetricName as InstanceMetricName
from .instance_networking import InstanceNetworking as InstanceNetworking
from .instance_platform import InstancePlatform as InstancePlatform
from .instance_port_info import InstancePortInfo as InstancePortInfo
from .instance_port_state import InstancePortState as InstancePortState
from .instance_snapshot import InstanceSnapshot as InstanceSnapshot
from .instance_snapshot_info import InstanceSnapshotInfo as InstanceSnapshotInfo
from .instance_snapshot_state import InstanceSnapshotState as InstanceSnapshotState
from .instance_state import InstanceState as InstanceState
from .ip_address_type import IpAddressType as IpAddressType
from .is_vpc_peered_request import IsVpcPeeredRequest as IsVpcPeeredRequest
from .is_vpc_peered_result import IsVpcPeeredResult as IsVpcPeeredResult
from .key_pair import KeyPair as KeyPair
from .lightsail_distribution import LightsailDistribution as LightsailDistribution
from .lightsail_distribution_subdomain import (
    LightsailDistributionSubdomain as LightsailDistributionSubdomain,
)
from .lightsail_distribution_subdomain_state_enum import (
    LightsailDistributionSubdomainStateEnum as LightsailDistributionSubdomainStateEnum,
)
from .load_balancer import LoadBalancer as LoadBalancer
from .load_balancer_attribute_name import (
    LoadBalancerAttributeName as LoadBalancerAttributeName,
)
from .load_balancer_metric_name import LoadBalancerMetricName as LoadBalancerMetricName
from .load_balancer_protocol import LoadBalancerProtocol as LoadBalancerProtocol
from .load_balancer_state import LoadBalancerState as LoadBalancerState
from .load_balancer_tls_certificate import (
    LoadBalancerTlsCertificate as LoadBalancerTlsCertificate,
)
from .load_balancer_tls_certificate_dns_record_creation_state import (
    LoadBalancerTlsCertificateDnsRecordCreationState as LoadBalancerTlsCertificateDnsRecordCreationState,
)
from .load_balancer_tls_certificate_dns_record_creation_state_code import (
    LoadBalancerTlsCertificateDnsRecordCreationStateCode as LoadBalancerTlsCertificateDnsRecordCreationStateCode,
)
from .load_balancer_tls_certificate_domain_status import (
    LoadBalancerTlsCertificateDomainStatus as LoadBalancerTlsCertificateDomainStatus,
)
from .load_balancer_tls_certificate_domain_validation_option import (
    LoadBalancerTlsCertificateDomainValidationOption as LoadBalancerTlsCertificateDomainValidationOption,
)
from .load_balancer_tls_certificate_domain_validation_record import (
    LoadBalancerTlsCertificateDomainValidationRecord as LoadBalancerTlsCertificateDomainValidationRecord,
)
from .load_balancer_tls_certificate_failure_reason import (
    LoadBalancerTlsCertificateFailureReason as LoadBalancerTlsCertificateFailureReason,
)
from .load_balancer_tls_certificate_renewal_status import (
    LoadBalancerTlsCertificateRenewalStatus as LoadBalancerTlsCertificateRenewalStatus,
)
from .load_balancer_tls_certificate_renewal_summary import (
    LoadBalancerTlsCertificateRenewalSummary as LoadBalancerTlsCertificateRenewalSummary,
)
from .load_balancer_tls_certificate_revocation_reason import (
    LoadBalancerTlsCertificateRevocationReason as LoadBalancerTlsCertificateRevocationReason,
)
from .load_balancer_tls_certificate_status import (
    LoadBalancerTlsCertificateStatus as LoadBalancerTlsCertificateStatus,
)
from .load_balancer_tls_certificate_summary import (
    LoadBalancerTlsCertificateSummary as LoadBalancerTlsCertificateSummary,
)
from .load_balancer_tls_policy import LoadBalancerTlsPolicy as LoadBalancerTlsPolicy
from .log_event import LogEvent as LogEvent
from .metric_datapoint import MetricDatapoint as MetricDatapoint
from .metric_name import MetricName as MetricName
from .metric_statistic import MetricStatistic as MetricStatistic
from .metric_unit import MetricUnit as MetricUnit
from .monitored_resource_info import MonitoredResourceInfo as MonitoredResourceInfo
from .monthly_transfer import MonthlyTransfer as MonthlyTransfer
from .name_servers_update_state import NameServersUpdateState as NameServersUpdateState
from .name_servers_update_state_code import (
    NameServersUpdateStateCode as NameServersUpdateStateCode,
)
from .network_protocol import NetworkProtocol as NetworkProtocol
from .open_instance_public_ports_request import (
    OpenInstancePublicPortsRequest as OpenInstancePublicPortsRequest,
)
from .open_instance_public_ports_result import (
    OpenInstancePublicPortsResult as OpenInstancePublicPortsResult,
)
from .operation import Operation as Operation
from .operation_status import OperationStatus as OperationStatus
from .operation_type import OperationType as OperationType
from .origin import Origin as Origin
from .origin_ip_address_type_enum import (
    OriginIpAddressTypeEnum as OriginIpAddressTypeEnum,
)
from .origin_protocol_policy_enum import (
    OriginProtocolPolicyEnum as OriginProtocolPolicyEnum,
)
from .partner_info import PartnerInfo as PartnerInfo
from .partner_status import PartnerStatus as PartnerStatus
from .password_data import PasswordData as PasswordData
from .peer_vpc_request import PeerVpcRequest as PeerVpcRequest
from .peer_vpc_result import PeerVpcResult as PeerVpcResult
from .pending_maintenance_action import (
    PendingMaintenanceAction as PendingMaintenanceAction,
)
from .pending_modified_relational_database_values import (
    PendingModifiedRelationalDatabaseValues as PendingModifiedRelationalDatabaseValues,
)
from .port_access_type import PortAccessType as PortAccessType
from .port_info import PortInfo as PortInfo
from .port_info import PortInfoDict as PortInfoDict
from .port_info_source_type import PortInfoSourceType as PortInfoSourceType
from .port_state import PortState as PortState
from .pricing_unit import PricingUnit as PricingUnit
from .private_registry_access import PrivateRegistryAccess as PrivateRegistryAccess
from .private_registry_access_request import (
    PrivateRegistryAccessRequest as PrivateRegistryAccessRequest,
)
from .private_registry_access_request import (
    PrivateRegistryAccessRequestDict as PrivateRegistryAccessRequestDict,
)
from .profile_type import ProfileType as ProfileType
from .put_alarm_request import PutAlarmRequest as PutAlarmRequest
from .put_alarm_result import PutAlarmResult as PutAlarmResult
from .put_instance_public_ports_request import (
    PutInstancePublicPortsRequest as PutInstancePublicPortsRequest,
)
from .put_instance_public_ports_result import (
    PutInstancePublicPortsResult as PutInstancePublicPortsResult,
)
from .query_string_object import QueryStringObject as QueryStringObject
from .query_string_object import QueryStringObjectDict as QueryStringObjectDict
from .r53_hosted_zone_deletion_state import (
    R53HostedZoneDeletionState as R53HostedZoneDeletionState,
)
from .r53_hosted_zone_deletion_state_code import (
    R53HostedZoneDeletionStateCode as R53HostedZoneDeletionStateCode,
)
from .reboot_instance_request import RebootInstanceRequest as RebootInstanceRequest
from .reboot_instance_result import RebootInstanceResult as RebootInstanceResult
from .reboot_relational_database_request import (
    RebootRelationalDatabaseRequest as RebootRelationalDatabaseRequest,
)
from .reboot_relational_database_result import (
    RebootRelationalDatabaseResult as RebootRelationalDatabaseResult,
)
from .record_state import RecordState as RecordState
from .region import Region as Region
from .region_name import RegionName as RegionName
from .register_container_image_request import (
    RegisterContainerImageRequest as RegisterContainerImageRequest,
)
from .register_container_image_result import (
    RegisterContainerImageResult as RegisterContainerImageResult,
)
from .registered_domain_delegation_info import (
    RegisteredDomainDelegationInfo as RegisteredDomainDelegationInfo,
)
from .relational_database import RelationalDatabase as RelationalDatabase
from .relational_database_blueprint import (
    RelationalDatabaseBlueprint as RelationalDatabaseBlueprint,
)
from .relational_database_bundle import (
    RelationalDatabaseBundle as RelationalDatabaseBundle,
)
from .relational_database_endpoint import (
    RelationalDatabaseEndpoint as RelationalDatabaseEndpoint,
)
from .relational_database_engine import (
    RelationalDatabaseEngine as RelationalDatabaseEngine,
)
from .relational_database_event import (
    RelationalDatabaseEvent as RelationalDatabaseEvent,
)
from .relational_database_hardware import (
    RelationalDatabaseHardware as RelationalDatabaseHardware,
)
from .relational_database_metric_name import (
    RelationalDatabaseMetricName as RelationalDatabaseMetricName,
)
from .relational_database_parameter import (
    RelationalDatabaseParameter as RelationalDatabaseParameter,
)
from .relational_database_parameter import (
    RelationalDatabaseParameterDict as RelationalDatabaseParameterDict,
)
from .relational_database_password_version import (
    RelationalDatabasePasswordVersion as RelationalDatabasePasswordVersion,
)
from .relational_database_snapshot import (
    RelationalDatabaseSnapshot as RelationalDatabaseSnapshot,
)
from .release_static_ip_request import ReleaseStaticIpRequest as ReleaseStaticIpRequest
from .release_static_ip_result import ReleaseStaticIpResult as ReleaseStaticIpResult
from .renewal_status import RenewalStatus as RenewalStatus
from .renewal_summary import RenewalSummary as RenewalSummary
from .reset_distribution_cache_request import (
    ResetDistributionCacheRequest as ResetDistributionCacheRequest,
)
from .reset_distribution_cache_result import (
    ResetDistributionCacheResult as ResetDistributionCacheResult,
)
from .resource_bucket_access import ResourceBucketAccess as ResourceBucketAccess
from .resource_budget_estimate import ResourceBudgetEstimate as ResourceBudgetEstimate
from .resource_location import ResourceLocation as ResourceLocation
from .resource_receiving_access import (
    ResourceReceivingAccess as ResourceReceivingAccess,
)
from .resource_record import ResourceRecord as ResourceRecord
from .resource_type import ResourceType as ResourceType
from .send_contact_method_verification_request import (
    SendContactMethodVerificationRequest as SendContactMethodVerificationRequest,
)
from .send_contact_method_verification_result import (
    SendContactMethodVerificationResult as SendContactMethodVerificationResult,
)
from .session import Session as Session
from .set_ip_address_type_request import (
    SetIpAddressTypeRequest as SetIpAddressTypeRequest,
)
from .set_ip_address_type_result import SetIpAddressTypeResult as SetIpAddressTypeResult
from .set_resource_access_for_bucket_request import (
    SetResourceAccessForBucketRequest as SetResourceAccessForBucketRequest,
)
from .set_resource_access_for_bucket_result import (
    SetResourceAccessForBucketResult as SetResourceAccessForBucketResult,
)
from .setup_execution_details import SetupExecutionDetails as SetupExecutionDetails
from .setup_history import SetupHistory as SetupHistory
from .setup_history_resource import SetupHistoryResource as SetupHistoryResource
from .setup_instance_https_request import (
    SetupInstanceHttpsRequest as SetupInstanceHttpsRequest,
)
from .setup_instance_https_result import (
    SetupInstanceHttpsResult as SetupInstanceHttpsResult,
)
from .setup_request import SetupRequest as SetupRequest
from .setup_status import SetupStatus as SetupStatus
from .start_gui_session_request import StartGUISessionRequest as StartGUISessionRequest
from .start_gui_session_result import StartGUISessionResult as StartGUISessionResult
from .start_instance_request import StartInstanceRequest as StartInstanceRequest
from .start_instance_result import StartInstanceResult as StartInstanceResult
from .start_relational_database_request import (
    StartRelationalDatabaseRequest as StartRelationalDatabaseRequest,
)
from .start_relational_database_result import (
    StartRelationalDatabaseResult as StartRelationalDatabaseResult,
)
from .static_ip import StaticIp as StaticIp
from .status import Status as Status
from .status_type import StatusType as StatusType
from .stop_gui_session_request import StopGUISessionRequest as StopGUISessionRequest
from .stop_gui_session_result import StopGUISessionResult as StopGUISessionResult
from .stop_instance_on_idle_request import (
    StopInstanceOnIdleRequest as StopInstanceOnIdleRequest,
)
from .stop_instance_on_idle_request import (
    StopInstanceOnIdleRequestDict as StopInstanceOnIdleRequestDict,
)
from .stop_instance_request import StopInstanceRequest as StopInstanceRequest
from .stop_instance_result import StopInstanceResult as StopInstanceResult
from .stop_relational_database_request import (
    StopRelationalDatabaseRequest as StopRelationalDatabaseRequest,
)
from .stop_relational_database_result import (
    StopRelationalDatabaseResult as StopRelationalDatabaseResult,
)
from .subdomain import Subdomain as Subdomain
from .subdomain_association_action import (
    SubdomainAssociationAction as SubdomainAssociationAction,
)
from .subdomain_attachable_resource import (
    SubdomainAttachableResource as SubdomainAttachableResource,
)
from .subdomain_state import SubdomainState as SubdomainState
from .tag import Tag as Tag
from .tag import TagDict as TagDict
from .tag_resource_request import TagResourceRequest as TagResourceRequest
from .tag_resource_result import TagResourceResult as TagResourceResult
from .test_alarm_request import TestAlarmRequest as TestAlarmRequest
from .test_alarm_result import TestAlarmResult as TestAlarmResult
from .tier_name import TierName as TierName
from .time_period import TimePeriod as TimePeriod
from .treat_missing_data import TreatMissingData as TreatMissingData
from .unpeer_vpc_request import UnpeerVpcRequest as UnpeerVpcRequest
from .unpeer_vpc_result import UnpeerVpcResult as UnpeerVpcResult
from .untag_resource_request import UntagResourceRequest as UntagResourceRequest
from .untag_resource_result import UntagResourceResult as UntagResourceResult
from .update_bucket_bundle_request import (
    UpdateBucketBundleRequest as UpdateBucketBundleRequest,
)
from .update_bucket_bundle_result import (
    UpdateBucketBundleResult as UpdateBucketBundleResult,
)
from .update_bucket_request import UpdateBucketRequest as UpdateBucketRequest
from .update_bucket_result import UpdateBucketResult as UpdateBucketResult
from .update_container_service_request import (
    UpdateContainerServiceRequest as UpdateContainerServiceRequest,
)
from .update_container_service_result import (
    UpdateContainerServiceResult as UpdateContainerServiceResult,
)
from .update_distribution_bundle_request import (
    UpdateDistributionBundleRequest as UpdateDistributionBundleRequest,
)
from .update_distribution_bundle_result import (
    UpdateDistributionBundleResult as UpdateDistributionBundleResult,
)
from .update_distribution_request import (
    UpdateDistributionRequest as UpdateDistributionRequest,
)
from .update_distribution_result import (
    UpdateDistributionResult as UpdateDistributionResult,
)
from .update_domain_entry_request import (
    UpdateDomainEntryRequest as UpdateDomainEntryRequest,
)
from .update_domain_entry_result import (
    UpdateDomainEntryResult as UpdateDomainEntryResult,
)
from .update_instance_metadata_options_request import (
    UpdateInstanceMetadataOptionsRequest as UpdateInstanceMetadataOptionsRequest,
)
from .update_instance_metadata_options_result import (
    UpdateInstanceMetadataOptionsResult as UpdateInstanceMetadataOptionsResult,
)
from .update_load_balancer_attribute_request import (
    UpdateLoadBalancerAttributeRequest as UpdateLoadBalancerAttributeRequest,
)
from .update_load_balancer_attribute_result import (
    UpdateLoadBalancerAttributeResult as UpdateLoadBalancerAttributeResult,
)
from .update_relational_database_parameters_request import (
    UpdateRelationalDatabaseParametersRequest as UpdateRelationalDatabaseParametersRequest,
)
from .update_relational_database_parameters_result import (
    UpdateRelationalDatabaseParametersResult as UpdateRelationalDatabaseParametersResult,
)
from .update_relational_database_request import (
    UpdateRelationalDatabaseRequest as UpdateRelationalDatabaseRequest,
)
from .update_relational_database_result import (
    UpdateRelationalDatabaseResult as UpdateRelationalDatabaseResult,
)
from .update_subdomain_association_request import (
    UpdateSubdomainAssociationRequest as UpdateSubdomainAssociationRequest,
)
from .update_subdomain_association_result import (
    UpdateSubdomainAssociationResult as UpdateSubdomainAssociationResult,
)
from .viewer_minimum_tls_protocol_version_enum import (
    ViewerMinimumTlsProtocolVersionEnum as ViewerMinimumTlsProtocolVersionEnum,
)
from .waf_acfp_config import WafAcfpConfig as WafAcfpConfig
from .waf_acfp_config import WafAcfpConfigDict as WafAcfpConfigDict
from .waf_atp_config import WafAtpConfig as WafAtpConfig
from .waf_atp_config import WafAtpConfigDict as WafAtpConfigDict
from .waf_bot_control_config import WafBotControlConfig as WafBotControlConfig
from .waf_bot_control_config import WafBotControlConfigDict as WafBotControlConfigDict
from .waf_config import WafConfig as WafConfig
from .waf_inspection_level_enum import WafInspectionLevelEnum as WafInspectionLevelEnum
from .waf_payload_type_enum import WafPayloadTypeEnum as WafPayloadTypeEnum
from .waf_response_inspection import WafResponseInspection as WafResponseInspection
from .waf_response_inspection import (
    WafResponseInspectionDict as WafResponseInspectionDict,
)
from .waf_rule import WafRule as WafRule
from .waf_rule import WafRuleDict as WafRuleDict
