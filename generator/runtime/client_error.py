"""botocore's ``ClientError``, for a service's base error class to derive from.

Code written for boto3 catches ``botocore.exceptions.ClientError`` and reads
``error.response["Error"]["Code"]``; a generated package's errors are that class too.
Only the package's ``errors`` module imports this one, never its client: the engine
imports ``errors`` at the first error response, after signing has imported
``botocore.exceptions`` (``botocore.auth`` does), so importing and constructing a
client still import no botocore module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:

    class ClientError(Exception):
        """What type checkers see: botocore ships no type information."""

        response: dict[str, Any]
        operation_name: str

else:
    from ._botocore import botocore_module

    ClientError = botocore_module("exceptions").ClientError

__all__ = ["ClientError"]
