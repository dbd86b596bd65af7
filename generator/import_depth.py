"""How deep Python may have to nest imports to import one shape module.

A shape module imports the modules of the shapes it refers to, at its top (or after its
class, for shapes in a reference cycle), so importing one runs the others inside it: each
level costs about six frames of Python's stack (importlib's own, and the module's), and
the default limit of 1000 frames is reached after about 160 levels. botocore's models
nest at most 18 (bedrock-agent-runtime; Lightsail: 7).

Past MAX_IMPORT_NESTING the generator writes the package another way (build.py): shape
modules import each other for type checkers only, and the shapes package imports every
module, one after the other, then binds the names each refers to.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

MAX_IMPORT_NESTING = 50
"""Nesting beyond which shape modules stop importing each other: almost 3 times
botocore's deepest, and about 300 frames, leaving most of the stack to the caller."""


def import_nesting(imports: Mapping[str, Set[str]]) -> int:
    """An upper bound of the imports nested while importing any one module first.

    ``imports`` maps each module to the modules it imports. Within a cycle, importing one
    module may run every other one of the cycle inside it; so the bound is the longest
    path through the cycles (each counted as its size) of the module graph.
    """
    components = _strongly_connected(imports)
    component_of = {m: index for index, members in enumerate(components) for m in members}
    longest: list[int] = []
    # Tarjan's algorithm lists a component after every component it reaches.
    for index, members in enumerate(components):
        reached = {component_of[t] for m in members for t in imports[m]} - {index}
        longest.append(len(members) + max((longest[r] for r in reached), default=0))
    return max(longest, default=0)


def _strongly_connected(graph: Mapping[str, Set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, without recursion, in reverse topological
    order (a component comes after every component it has an edge to)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components
