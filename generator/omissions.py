"""What the generator leaves out of a package, and why: the decisions and the sentences
the README and the command line report them with.

Kept apart from `generator.build` (which decides through them) so that a run that
builds nothing, because its output is remembered, can still report them cheaply.
"""

from __future__ import annotations

from .model import WAITER_MATCHERS, ServiceModel


def paginator_problem(model: ServiceModel, name: str) -> str:
    """Why the paginator of operation ``name`` cannot be generated ("" when it can)."""
    config = model.paginators[name]
    operation = model.operations[name]
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
    for acceptor in model.waiters[name].acceptors:
        if acceptor.matcher not in WAITER_MATCHERS:
            return f"botocore's waiter has no {acceptor.matcher!r} matcher"
    return ""


def omissions(model: ServiceModel) -> list[str]:
    """What the generator leaves out of the package and why, one sentence each."""
    found = []
    for name in sorted(model.paginators):
        if problem := paginator_problem(model, name):
            found.append(f"The paginator of {name} is left out: {problem}.")
    for name in sorted(model.waiters):
        if problem := waiter_problem(model, name):
            found.append(f"The waiter {name} is left out: {problem}.")
    for name in sorted(model.operations):
        operation = model.operations[name]
        if operation.event_stream_input or operation.event_stream_output:
            found.append(f"{name} is generated without its event stream, which the "
                         "runtime cannot read or write yet: calling it fails.")
    return found
