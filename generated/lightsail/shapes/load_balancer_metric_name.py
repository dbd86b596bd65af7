"""LoadBalancerMetricName"""

from enum import StrEnum


class LoadBalancerMetricName(StrEnum):
    """LoadBalancerMetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CLIENT_TLSNEGOTIATION_ERROR_COUNT = "ClientTLSNegotiationErrorCount"
    HEALTHY_HOST_COUNT = "HealthyHostCount"
    UNHEALTHY_HOST_COUNT = "UnhealthyHostCount"
    HTTPCODE_LB_4_XX_COUNT = "HTTPCode_LB_4XX_Count"
    HTTPCODE_LB_5_XX_COUNT = "HTTPCode_LB_5XX_Count"
    HTTPCODE_INSTANCE_2_XX_COUNT = "HTTPCode_Instance_2XX_Count"
    HTTPCODE_INSTANCE_3_XX_COUNT = "HTTPCode_Instance_3XX_Count"
    HTTPCODE_INSTANCE_4_XX_COUNT = "HTTPCode_Instance_4XX_Count"
    HTTPCODE_INSTANCE_5_XX_COUNT = "HTTPCode_Instance_5XX_Count"
    INSTANCE_RESPONSE_TIME = "InstanceResponseTime"
    REJECTED_CONNECTION_COUNT = "RejectedConnectionCount"
    REQUEST_COUNT = "RequestCount"
