"""The runtime every generated package vendors as ``_runtime``: not generated per service.

It is a package of this repository, linted and unit-tested on its own, and copied as it
is into each generated package. It calls two private methods of botocore's ``SigV4Auth``
(``_modify_request_before_signing`` and ``_inject_signature_to_request``), so it names the
botocore releases it was tested with and refuses to load with any other.
"""

from ._botocore import check_botocore_version

__version__ = "0.4.0"

check_botocore_version()
