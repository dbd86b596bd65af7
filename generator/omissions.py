"""What the generator leaves out of a package, and why: the decisions and the sentences
the README and the command line report them with.

Kept apart from `generator.build` (which decides through them) so that a run that
builds nothing, because its output is remembered, can still report them cheaply.
"""

from __future__ import annotations

from .model import WAITER_MATCHERS, ServiceModel, StructureShape
from .protocols import PROTOCOLS


def paginator_problem(model: ServiceModel, name: str) -> str:
    """Why the paginator of operation ``name`` cannot be generated ("" when it can)."""
    config = model.paginators[name]
    operation = model.operations[name]
    if unsupported(model, name):
        return "its operation's method raises NotImplementedError"
    if operation.input is None:
        return "its operation takes no input to send the token in"
    if operation.output is None:
        return "its operation returns no result"
    if not config.result_key:
        return "it names no result_key, which botocore's paginator needs"
    for key in (*config.input_token, config.limit_key):
        if "." in key:
            return f"its input token or limit key {key!r} is a path into a member"
    return ""


def waiter_problem(model: ServiceModel, name: str) -> str:
    """Why waiter ``name`` cannot be generated ("" when it can)."""
    if unsupported(model, model.waiters[name].operation):
        return "its operation's method raises NotImplementedError"
    for acceptor in model.waiters[name].acceptors:
        if acceptor.matcher not in WAITER_MATCHERS:
            return f"botocore's waiter has no {acceptor.matcher!r} matcher"
    return ""


# A feature the generator does not support -> how a sentence says an operation needs
# it (one operation, several).
FEATURES = {
    "input event stream": (
        "sends an event stream (which needs HTTP/2)",
        "send an event stream (which need HTTP/2)",
    ),
    "event headers": (
        "streams events with header members (eventheader)",
        "stream events with header members (eventheader)",
    ),
    "initial response": (
        "returns members in its event stream's initial-response",
        "return members in their event stream's initial-response",
    ),
    "endpoint discovery": ("requires endpoint discovery", "require endpoint discovery"),
}


def _feature(model: ServiceModel, name: str) -> str:
    """The unsupported feature operation ``name`` needs ("" when none)."""
    operation = model.operations[name]
    if operation.event_stream_input:
        return "input event stream"
    if operation.event_stream_output and operation.output:
        return _output_stream_feature(model, operation.output)
    if operation.endpoint_discovery_required:
        return "endpoint discovery"
    return ""


def _output_stream_feature(model: ServiceModel, output: str) -> str:
    """What the runtime's EventStream cannot read of result ``output``'s event stream
    ("" when it reads it all): header members of events, and members beside the stream
    that the json protocol sends in the stream's initial-response event."""
    result = model.structure(output)
    for member in result.members:
        stream = model.shape(member.target)
        if not isinstance(stream, StructureShape) or not stream.event_stream:
            continue
        for event in stream.members:
            if any(m.event_header for m in model.structure(event.target).members):
                return "event headers"
    if PROTOCOLS[model.metadata.protocol].initial_response and len(result.members) > 1:
        return "initial response"
    return ""


def unsupported(model: ServiceModel, name: str) -> str:
    """The message of the NotImplementedError operation ``name``'s method raises, naming
    the feature it needs ("" when the method works)."""
    feature = _feature(model, name)
    if not feature:
        return ""
    return f"{name} {FEATURES[feature][0]}, which botocore-codegen does not support yet"


def omissions(model: ServiceModel) -> list[str]:
    """What the generator leaves out of the package and why, one sentence each."""
    found = []
    for feature, (one, several) in FEATURES.items():
        names = sorted(name for name in model.operations if _feature(model, name) == feature)
        if len(names) == 1:
            found.append(f"{names[0]} {one}, which botocore-codegen does not support yet: "
                         "its method raises NotImplementedError.")
        elif names:
            found.append(f"{', '.join(names)} {several}, which botocore-codegen does not "
                         "support yet: their methods raise NotImplementedError.")
    optional = [
        name for name, op in model.operations.items() if op.endpoint_discovery_required is False
    ]
    if optional:
        count = f"{len(optional)} operation{'s' * (len(optional) > 1)}"
        found.append(
            f"Endpoint discovery, optional for {count}, is not used: every call goes to "
            "the endpoint the rule set resolves, as botocore's calls do unless "
            "endpoint_discovery_enabled is set."
        )
    for name in sorted(model.paginators):
        if problem := paginator_problem(model, name):
            found.append(f"The paginator of {name} is left out: {problem}.")
    for name in sorted(model.waiters):
        if problem := waiter_problem(model, name):
            found.append(f"The waiter {name} is left out: {problem}.")
    # Clients sign with sigv4 (generator/runtime/endpoints.py sigv4_scheme).
    unsigned = sorted(set().union(
        *(names for names in model.endpoint_auth_schemes if "sigv4" not in names)
    ))
    if unsigned:
        found.append(f"Endpoints whose rules ask for {' or '.join(unsigned)} signing are not "
                     "supported: a call the rules send to one raises "
                     "UnsupportedAuthSchemeError before anything is sent (boto3 signs "
                     "sigv4a only with botocore[crt]).")
    for name, builtin in _unset_builtins(model):
        found.append(f"The endpoint rule parameter {name} ({builtin}) is never set: "
                     "endpoints that depend on it are not chosen.")
    return found


def _unset_builtins(model: ServiceModel) -> list[tuple[str, str]]:
    """The rule set's parameters bound to a builtin no client passes, and their builtins."""
    from .runtime.endpoints import SUPPLIED_BUILTINS  # imports botocore: not at start-up

    return [
        (name, builtin)
        for name, builtin in sorted(model.endpoint_parameters.items())
        if builtin and builtin not in SUPPLIED_BUILTINS
    ]
