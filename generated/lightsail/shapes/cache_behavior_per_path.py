"""CacheBehaviorPerPath: Describes the per-path cache behavior of an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .behavior_enum import BehaviorEnum


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CacheBehaviorPerPath(Shape):
    """Describes the per-path cache behavior of an Amazon Lightsail content
    delivery network (CDN) distribution.

    A per-path cache behavior is used to override, or add an exception to,
    the default cache behavior of a distribution. For example, if the
    ``cacheBehavior`` is set to ``cache``, then a per-path cache behavior
    can be used to specify a directory, file, or file type that your
    distribution will cache. Alternately, if the distribution's
    ``cacheBehavior`` is ``dont-cache``, then a per-path cache behavior can
    be used to specify a directory, file, or file type that your
    distribution will not cache.
    """

    path: str | None = None
    """The path to a directory or file to cached, or not cache. Use an asterisk
    symbol to specify wildcard directories (``path/to/assets/*``), and file
    types (``*.html, *jpg, *js``). Directories and file paths are
    case-sensitive.

    Examples:

    - Specify the following to cache all files in the document root of an
      Apache web server running on a Lightsail instance.
      ``var/www/html/``
    - Specify the following file to cache only the index page in the
      document root of an Apache web server.
      ``var/www/html/index.html``
    - Specify the following to cache only the .html files in the document
      root of an Apache web server.
      ``var/www/html/*.html``
    - Specify the following to cache only the .jpg, .png, and .gif files in
      the images sub-directory of the document root of an Apache web server.
      ``var/www/html/images/*.jpg``
      ``var/www/html/images/*.png``
      ``var/www/html/images/*.gif``
      Specify the following to cache all files in the images sub-directory
      of the document root of an Apache web server.
      ``var/www/html/images/``
    """

    behavior: BehaviorEnum | str | None = None
    """The cache behavior for the specified path.

    You can specify one of the following per-path cache behaviors:

    - **``cache``** - This behavior caches the specified path.
    - **``dont-cache``** - This behavior doesn't cache the specified path.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "path": Rule("path", "string"),
        "behavior": Rule("behavior", "string"),
    }

    def __init__(
        self, *, path: str | None = None, behavior: BehaviorEnum | str | None = None
    ) -> None:
        self.path = path
        self.behavior = behavior

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CacheBehaviorPerPath:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("path")) is not None:
            kwargs["path"] = value
        if (value := data.get("behavior")) is not None:
            kwargs["behavior"] = open_enum(BehaviorEnum, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.path is not None:
            data["path"] = self.path
        if self.behavior is not None:
            data["behavior"] = self.behavior
        return data

    from_wire = from_dict
    to_wire = to_dict


CacheBehaviorPerPathDict = TypedDict(
    "CacheBehaviorPerPathDict",
    {
        "path": "str",
        "behavior": "BehaviorEnum | str",
    },
    total=False,
)
"""The dict client methods accept for `CacheBehaviorPerPath`, keys as in the model."""
