"""The one place where Python names are decided.

Wire names never change; only the Python identifiers derived from them do. Every rule
here is deterministic: the same model always gives the same names, whatever the Python
version or machine. A name that would collide with a keyword, with something the
generated code or its runtime defines, or with another name of the same kind gets a
trailing ``_`` (``from`` -> ``from_``) or, among equals, a counter (``foo_bar_2``).
Among equals, a model name spelled exactly as wanted wins over one that had to be cleaned
up (``GetThing`` over ``Get-Thing``); then model order decides for members and sorted
order for everything else. Names that become file names (modules) are unique ignoring
case, as macOS and Windows compare them.
"""

from __future__ import annotations

import keyword
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from botocore import xform_name  # type: ignore[import-untyped]

KEYWORDS = frozenset(keyword.kwlist)
"""Hard keywords only: soft keywords (``match``, ``type``) are valid names, and the set
of soft keywords grows with each Python release, which would make names depend on it."""

# Builtins a class name could shadow (class names start with an uppercase letter), as of
# Python 3.11, pinned so that a newer Python cannot change the generated names.
CAPITALIZED_BUILTINS = frozenset(
    {"ArithmeticError", "AssertionError", "AttributeError", "BaseException",
     "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError",
     "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
     "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError",
     "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup",
     "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
     "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
     "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
     "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
     "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
     "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
     "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
     "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
     "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
     "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
     "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError"}
)
# Names that annotations and class bodies of generated code use. A class body is a scope
# of its own: an attribute or method named ``list`` or ``datetime`` would shadow the type
# in every later annotation of that class (mypy resolves them there).
ANNOTATION_NAMES = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "object", "datetime",
     "Any", "Mapping", "Sequence", "ClassVar", "Literal", "Self", "Callable", "Rule"}
)
MODULE_LEVEL_NAMES = frozenset(
    {"annotations", "TYPE_CHECKING", "Any", "ClassVar", "Literal", "Self", "Callable",
     "Mapping", "Sequence", "Path", "StrEnum", "Enum", "dataclass", "field", "datetime",
     "TypedDict", "Required",
     "importlib", "overload", "warnings",
     # from the vendored runtime and generated modules
     "BaseClient", "ServiceSpec", "ErrorClasses", "Engine", "OperationSpec", "Shape", "Rule",
     "ServiceError", "ClientError", "PageIterator", "Client", "ERRORS", "PAGINATORS",
     "OPERATION", "ARGUMENTS", "_SERVICE", "_TABLE", "_modules", "functools", "_errors",
     "from_code", "EventStream", "EventStreamSpec", "StreamingBody",
     # the paginators and waiters modules (`PaginationConfig` and `WaiterConfig` are
     # keyword parameters too, named as boto3 names them)
     "Pages", "PaginationConfig", "PaginatorSpec", "WAITERS", "WaiterConfig", "WaiterSpec",
     "Acceptor"}
)
"""Names that generated modules import or define next to the classes named after shapes."""

SHAPE_ATTRIBUTES = frozenset(
    {"RULES", "UNION", "build", "validate", "collect_problems", "from_dict", "to_dict", "from_wire",
     "to_wire"}
)
"""What the runtime's ``Shape`` base class and every generated dataclass define."""
SHAPE_RESERVED = (
    SHAPE_ATTRIBUTES
    | ANNOTATION_NAMES
    # called or assigned in the body of a generated dataclass
    | {"field", "classmethod", "masked_repr", "ClassVar"}
    # parameter and local names of the client methods and paginators that take members
    # as keyword arguments: ``self``, ``call`` (the imported operation), ``fetch`` and
    # ``token`` (the paginator's closure), ``starting_token`` (paginate's own argument)
    | {"self", "call", "fetch", "token", "starting_token"}
)
"""Python names a structure member may not take."""
PARAMETER_RESERVED = frozenset({"request"}) | MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS
"""More names a member of an operation's input may not take: the members are the keyword
parameters of its client method and paginator too, whose bodies use the local
``request`` (the input built from them) and module globals and builtins
(``warnings.warn(..., DeprecationWarning)``, ``PageIterator(...)``)."""
ERROR_RESERVED = frozenset(
    {"code", "http_status", "request_id", "http_headers", "response", "operation_name",
     "received", "args", "with_traceback", "add_note"}
)
"""Attributes of the generated error classes; a member named so gets ``_member``.
``message`` is deliberately absent: a modelled ``message`` member is the error message."""
CLIENT_RESERVED = frozenset(
    {"meta", "close", "get_paginator", "can_paginate", "get_waiter", "waiter_names",
     "exceptions", "SERVICE", "ENGINE", "overload", "self"}
) | ANNOTATION_NAMES
"""Client attributes (``BaseClient``, ``AsyncBaseClient`` and the generated classes) an
operation may not take.
Private attributes need no entry: a method name starts with ``_`` only before a digit."""
CLASS_BODY_NAMES = SHAPE_ATTRIBUTES | CLIENT_RESERVED | {"SPEC", "paginate", "wait"}
"""Attributes of the generated classes whose bodies annotate with shape classes (the
dataclasses' ``RULES``, the client's ``SERVICE``, the paginators' and waiters' ``SPEC``):
a class of that name would be hidden there, so no shape class, paginator class, waiter
class or service class takes one."""
PAGINATE_OPTIONS = ("max_items", "page_size", "starting_token")
"""``paginate()``'s own keyword arguments besides boto3's ``PaginationConfig``: its
``MaxItems``, ``PageSize`` and ``StartingToken``, named the Python way."""
RESERVED_MODULES = frozenset({"__init__", "importlib"})
"""Module names a shape module may not take (``shapes/__init__.py`` uses ``importlib``;
importing a submodule of that name would replace it)."""

STDLIB_MODULES = frozenset(
    {"abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio",
     "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins",
     "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code",
     "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent",
     "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv",
     "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis",
     "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
     "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib",
     "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib",
     "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib",
     "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json",
     "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap",
     "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt",
     "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers",
     "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle",
     "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix",
     "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
     "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline",
     "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select",
     "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib",
     "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants",
     "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct",
     "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
     "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading",
     "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback",
     "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata",
     "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref",
     "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
     "zipfile", "zipimport", "zlib", "zoneinfo", "annotationlib", "compression"}
)
"""The public top-level modules of the standard library: ``sys.stdlib_module_names`` of
Python 3.11 (modules removed since included) and the ones added since. Pinned, so that
default package names do not depend on the Python running the generator."""
DEPENDENCY_MODULES = frozenset(
    {"botocore", "boto3", "s3transfer", "jmespath", "urllib3", "dateutil", "six", "awscrt",
     "generator", "jinja2", "markupsafe", "black", "mypy", "mypy_extensions",
     "typing_extensions"}
)
"""Modules the generated code (botocore and what botocore and boto3 import) or the
generator and its type checking import."""
SPECIAL_MODULES = frozenset(
    {"__init__", "__main__", "__future__", "__pycache__", "sitecustomize", "usercustomize",
     "_runtime", "_typeshed", "test", "tests"}
)
"""Names Python treats specially (``__main__``, the site hooks), the generated package's
own ``_runtime``, and the test packages ``sys.stdlib_module_names`` leaves out."""
RESERVED_PACKAGES = STDLIB_MODULES | DEPENDENCY_MODULES | SPECIAL_MODULES
"""Names a generated package may not take: it would shadow the module of that name for
everything importing from the directory it is generated into."""

# A run of characters an identifier cannot hold, with the underscores around it.
_NOT_IDENTIFIER = re.compile(r"_*[^0-9A-Za-z_]+_*")
_LOWER_UPPER = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake_case(name: str) -> str:
    """The snake_case form boto3 uses (``botocore.xform_name``)."""
    return str(xform_name(name))


def ascii_letters(name: str) -> str:
    """``name`` with accents removed and other non-ASCII characters dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def identifier(name: str, fallback: str = "_") -> str:
    """Turn any string into a valid ASCII identifier, keeping it recognisable.

    Runs of other characters become one ``_``; leading and trailing ``_`` go (so no
    dunder or mangled name can appear); a leading digit gets a ``_`` in front.
    """
    cleaned = _NOT_IDENTIFIER.sub("_", ascii_letters(name)).strip("_") or fallback
    return "_" + cleaned if cleaned[0].isdigit() else cleaned


def escape(name: str, reserved: Iterable[str] = ()) -> str:
    """Append ``_`` while ``name`` is a keyword or one of ``reserved``."""
    taken = frozenset(reserved)
    while name in KEYWORDS or name in taken:
        name += "_"
    return name


def unique(
    names: Iterable[str], reserved: Iterable[str] = (), *, ignore_case: bool = False
) -> list[str]:
    """Escape each name and make them unique in order of appearance: a later duplicate
    gets ``_2``, ``_3``... A generated name never equals a reserved one either.

    With ``ignore_case``, no two names differ only in case (they name files, and macOS
    and Windows do not tell ``Foo.py`` from ``foo.py``).
    """
    taken = frozenset(reserved)
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        base = escape(name, taken)
        candidate, counter = base, 2
        while _folded(candidate, ignore_case) in seen or not _free(candidate, taken):
            candidate = f"{base}_{counter}"
            counter += 1
        seen.add(_folded(candidate, ignore_case))
        result.append(candidate)
    return result


def _folded(name: str, ignore_case: bool) -> str:
    return name.lower() if ignore_case else name


def _free(name: str, reserved: frozenset[str]) -> bool:
    return name not in reserved and name not in KEYWORDS


def _unique_exact_first(
    pairs: list[tuple[str, str]], reserved: Iterable[str], *, ignore_case: bool = False
) -> list[str]:
    """`unique` for (model name, wanted name) pairs, where a wanted name that is the model
    name spelled as is claims its name before one that had to be cleaned up to get it:
    ``GetThing`` keeps ``get_thing`` and ``Get-Thing`` gets ``get_thing_2``, whatever
    their order; among those, an all-lowercase name before one differing from it only in
    case (which only matters with ``ignore_case``). Results are in the order of ``pairs``."""
    order = sorted(range(len(pairs)), key=lambda i: _claim_order(*pairs[i]))
    chosen = unique([pairs[i][1] for i in order], reserved, ignore_case=ignore_case)
    result = [""] * len(pairs)
    for index, name in zip(order, chosen, strict=True):
        result[index] = name
    return result


def _is_exact(model_name: str, wanted: str) -> bool:
    return wanted in (model_name, snake_case(model_name))


def _claim_order(model_name: str, wanted: str) -> tuple[bool, bool]:
    return not _is_exact(model_name, wanted), not wanted.islower()


def member_names(
    wire_names: Iterable[str], class_names: Iterable[str] = (), *, parameters: bool = False
) -> list[str]:
    """Attribute names for a structure's members, in model order.

    ``class_names`` are the model's shape classes: a member may not shadow one, since the
    dataclass body refers to them in its annotations. ``parameters``: the structure is an
    operation's input, so its members are keyword parameters as well.
    """
    pairs = [(n, identifier(snake_case(n), "member")) for n in wire_names]
    reserved = SHAPE_RESERVED | (PARAMETER_RESERVED if parameters else frozenset())
    return _unique_exact_first(pairs, reserved | frozenset(class_names))


def error_member_names(wire_names: Iterable[str], class_names: Iterable[str] = ()) -> list[str]:
    """Attribute names of an error shape's modelled members; ``code`` -> ``code_member``."""
    pairs = []
    for wire_name in wire_names:
        name = identifier(snake_case(wire_name), "member")
        pairs.append((wire_name, f"{name}_member" if name in ERROR_RESERVED else name))
    reserved = ERROR_RESERVED | ANNOTATION_NAMES | {"message"} | frozenset(class_names)
    return _unique_exact_first(pairs, reserved)


def class_name(name: str, prefix: str = "Shape") -> str:
    """A class name for a model name: an identifier starting with an uppercase letter
    (``thing`` -> ``Thing``, ``Foo-Bar`` -> ``Foo_Bar``, ``2Fast`` -> ``Shape2Fast``)."""
    candidate = identifier(name, prefix).lstrip("_")
    if not candidate[0].isalpha():
        candidate = prefix + candidate
    return candidate[0].upper() + candidate[1:]


def service_class_names(service_id: str) -> tuple[str, str]:
    """The client class and the base error class: ``LightsailClient``, ``LightsailError``."""
    base = class_name(service_id.replace(" ", ""), "Service")
    reserved = MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS | CLASS_BODY_NAMES
    return escape(f"{base}Client", reserved), escape(f"{base}Error", reserved)


def exceptions_class_name(service_id: str) -> str:
    """The class ``client.exceptions`` gives, holding every error class of the service as
    boto3's does: ``LightsailExceptions``."""
    base = class_name(service_id.replace(" ", ""), "Service")
    return escape(f"{base}Exceptions", MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS | CLASS_BODY_NAMES)


def class_names(shape_names: Iterable[str], reserved: Iterable[str] = ()) -> dict[str, str]:
    """Python class names for shapes: the model name when it is a usable identifier.

    ``reserved`` adds names the service itself uses (its client and base error classes).
    """
    names = sorted(shape_names)
    taken = MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS | CLASS_BODY_NAMES | frozenset(reserved)
    chosen = _unique_exact_first([(name, class_name(name)) for name in names], taken)
    return dict(zip(names, chosen, strict=True))


def module_names(class_names_by_shape: dict[str, str]) -> dict[str, str]:
    """Module names (snake_case, lowercase, unique, not reserved) for shape classes.

    Lowercase, so that two modules never differ only in case (macOS, Windows), and a
    module never has the name of a class (classes start with an uppercase letter).
    """
    shapes = sorted(class_names_by_shape)
    # From the class name without the ``_`` that escaped it: ``Client_`` -> ``client``.
    wanted = (
        identifier(snake_case(class_names_by_shape[s].rstrip("_"))).lower() for s in shapes
    )
    return dict(zip(shapes, unique(wanted, RESERVED_MODULES), strict=True))


def dict_class_names(
    class_names_by_shape: dict[str, str], taken: Iterable[str] = ()
) -> dict[str, str]:
    """``TagDict`` for each structure a client method accepts as a dict: the name of its
    TypedDict, clear of every class name (``taken``)."""
    shapes = sorted(class_names_by_shape)
    reserved = MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS | CLASS_BODY_NAMES | frozenset(taken)
    wanted = (class_names_by_shape[s].rstrip("_") + "Dict" for s in shapes)
    return dict(zip(shapes, unique(wanted, reserved), strict=True))


def paginator_class_names(
    operation_names: Iterable[str], taken: Iterable[str] = ()
) -> dict[str, str]:
    """``ListThingsPaginator`` for each paginated operation, clear of every class name."""
    names = sorted(operation_names)
    reserved = MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS | CLASS_BODY_NAMES | frozenset(taken)
    chosen = unique((class_name(name, "Operation") + "Paginator" for name in names), reserved)
    return dict(zip(names, chosen, strict=True))


def paginate_options(parameters: Iterable[str]) -> dict[str, str]:
    """Names for `PAGINATE_OPTIONS` in a ``paginate()`` that takes ``parameters`` (the
    Python names of the input members it passes on): the option yields, with a trailing
    ``_`` (``max_items_``), to a member of its name, which keeps the name it has in the
    client method and the input class. (No member is named ``starting_token``: that name
    is reserved for members.)"""
    taken = frozenset(parameters)
    return {option: escape(option, taken) for option in PAGINATE_OPTIONS}


def waiter_names(model_names: Iterable[str]) -> dict[str, str]:
    """The names ``get_waiter`` takes, as boto3 names waiters (``TableExists`` ->
    ``table_exists``); unique (``_2``...) should two names differ only in spelling."""
    names = list(model_names)
    chosen = unique(snake_case(name) for name in names)
    return dict(zip(names, chosen, strict=True))


def waiter_class_names(waiters: Iterable[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """``TableExistsWaiter`` for each waiter, clear of every other class name."""
    names = sorted(waiters)
    reserved = MODULE_LEVEL_NAMES | CAPITALIZED_BUILTINS | CLASS_BODY_NAMES | frozenset(taken)
    chosen = unique((class_name(name, "Waiter") + "Waiter" for name in names), reserved)
    return dict(zip(names, chosen, strict=True))


def method_names(operation_names: Iterable[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """Client method names as boto3 names them, escaped away from client attributes.

    ``taken`` are the class names the client module refers to in its annotations. Unique
    ignoring case: each names its module under ``operations/`` too.
    """
    names = sorted(operation_names)
    pairs = [(name, identifier(snake_case(name), "operation")) for name in names]
    chosen = _unique_exact_first(pairs, CLIENT_RESERVED | frozenset(taken), ignore_case=True)
    return dict(zip(names, chosen, strict=True))


def constant_name(value: str) -> str:
    """An enum member name for a wire value: ``ipv4-only`` -> ``IPV4_ONLY``.

    Never starts with ``_`` (Enum reserves such names): ``2xl`` -> ``V_2XL``.
    """
    if not value:
        return "EMPTY"
    name = identifier(_LOWER_UPPER.sub("_", ascii_letters(value)), "VALUE").upper()
    # Upper case: never a keyword (those are lower case, or True, False and None).
    return "V" + name if name.startswith("_") else name


def constant_names(values: Iterable[str]) -> list[str]:
    """Unique enum member names for distinct wire values, in model order."""
    return unique(constant_name(value) for value in values)


def package_name(service_id: str, service_name: str | None = None) -> str:
    """Default package name: boto3's name for the service (``logs``, ``secretsmanager``,
    ``cognito-idp`` -> ``cognito_idp``) when it is known, else the service id in
    snake_case (``Kitchen Sink`` -> ``kitchen_sink``); escaped away from the modules it
    would shadow (``JSON`` -> ``json_``)."""
    name = service_name or service_id
    name = identifier(name.replace(" ", "_").replace("-", "_"), "service").lower()
    return escape(name, RESERVED_PACKAGES)


def boto3_service_name(model_file: Path, api_version: str) -> str | None:
    """The name ``boto3.client()`` takes for the service: the directory botocore keeps
    the model in (``botocore/data/<name>/<api version>/service-2.json``), when the model
    file sits in such a layout; None otherwise (a model given as a bare file)."""
    version_dir = model_file.parent
    if not api_version or version_dir.name != api_version:
        return None
    return version_dir.parent.name or None


def shadowed_module(package: str) -> str | None:
    """What kind of module a package of this name would shadow, or None if none.

    Unlike `package_name`, this also asks the running Python (its private modules, and
    any module newer than `STDLIB_MODULES`): it decides no name, it only refuses one.
    """
    if package in STDLIB_MODULES or package in sys.stdlib_module_names:
        return "a standard-library module"
    if package in DEPENDENCY_MODULES:
        return "a module the generated code or the generator depends on"
    if package in SPECIAL_MODULES:
        return "a name Python or the generator treats specially"
    return None
