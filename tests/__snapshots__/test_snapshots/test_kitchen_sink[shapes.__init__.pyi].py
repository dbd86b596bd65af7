"""Every Kitchen Sink structure and enum, by its model name (and the TypedDict of
each structure client methods accept as a dict: ``XDict`` for ``X``)."""

from .attribute import Attribute as Attribute
from .attribute import AttributeDict as AttributeDict
from .consumed import Consumed as Consumed
from .delete_thing_request import DeleteThingRequest as DeleteThingRequest
from .describe_thing_request import DescribeThingRequest as DescribeThingRequest
from .describe_thing_result import DescribeThingResult as DescribeThingResult
from .edge import Edge as Edge
from .edge import EdgeDict as EdgeDict
from .get_graph_request import GetGraphRequest as GetGraphRequest
from .get_graph_result import GetGraphResult as GetGraphResult
from .get_report_request import GetReportRequest as GetReportRequest
from .get_report_result import GetReportResult as GetReportResult
from .key_value import KeyValue as KeyValue
from .key_value import KeyValueDict as KeyValueDict
from .list_things_request import ListThingsRequest as ListThingsRequest
from .list_things_result import ListThingsResult as ListThingsResult
from .list_versions_request import ListVersionsRequest as ListVersionsRequest
from .list_versions_result import ListVersionsResult as ListVersionsResult
from .node import Node as Node
from .node import NodeDict as NodeDict
from .owner import Owner as Owner
from .part import Part as Part
from .ping_result import PingResult as PingResult
from .put_thing_request import PutThingRequest as PutThingRequest
from .put_thing_result import PutThingResult as PutThingResult
from .query_things_request import QueryThingsRequest as QueryThingsRequest
from .query_things_result import QueryThingsResult as QueryThingsResult
from .report import Report as Report
from .thing import Thing as Thing
from .thing import ThingDict as ThingDict
from .thing_kind import ThingKind as ThingKind
from .thing_status import ThingStatus as ThingStatus
from .version import Version as Version
