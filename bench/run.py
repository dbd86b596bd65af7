"""``make bench``: the generated Lightsail client against boto3 (its async client against
aiobotocore), measured in one run.

Every figure is a median over fresh child processes or over many calls in one child,
for Lightsail RegisterContainerImage, next to boto3's figure from the same run. Each
target is checked as a ratio to boto3 (or to the raw http.client floor), and the
generator's own speed is timed from an empty cache. ``--markdown FILE`` also writes the
results, the machine and the command as a Markdown page (BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
GENERATED = REPO / "generated"
MODEL = REPO / "models" / "lightsail" / "2016-11-28"
PYTHON = sys.executable
sys.path.insert(0, str(BENCH))

from canned import ACCESS_KEY, DIGEST, IMAGE, LABEL, REGION, SECRET_KEY, SERVICE_NAME  # noqa: E402

CHILD_TIMEOUT = 300.0


@dataclass(frozen=True)
class Counts:
    cold: int = 15
    construct_ours: int = 300
    construct_boto3: int = 30
    stubbed_calls: int = 1000
    loopback_calls: int = 600
    rounds: int = 9
    """Many short rounds rather than a few long ones: a shared machine's slow spells then
    spoil a minority of rounds, which the median over rounds leaves out."""
    generator_cold: int = 2
    generator_warm: int = 5
    async_calls: int = 300
    async_rounds: int = 5
    concurrent: int = 100

    def quick(self) -> Counts:
        return Counts(5, 100, 10, 500, 300, 3, 1, 3, 200, 3, 100)


@dataclass(frozen=True)
class Row:
    what: str
    ours: float | None
    other: float | None
    unit: str
    target: str = ""
    verdict: str = ""

    def ratio(self) -> str:
        if self.ours is None or not self.other:
            return ""
        ratio = self.ours / self.other
        return f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.3f}"


# -- child processes ----------------------------------------------------------------


def child_env(scratch: Path) -> dict[str, str]:
    """A clean AWS environment for both clients, with bytecode cached in ``scratch``."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("AWS_") and name not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
    }
    env.update(
        PYTHONPATH=str(GENERATED),
        PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
        AWS_CONFIG_FILE=str(scratch / "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(scratch / "no-aws-credentials"),
        AWS_EC2_METADATA_DISABLED="true",
    )
    return env


def run_child(args: list[str], env: dict[str, str], cwd: Path = REPO) -> str:
    finished = subprocess.run(
        args, env=env, cwd=cwd, capture_output=True, text=True, timeout=CHILD_TIMEOUT
    )
    if finished.returncode != 0:
        raise SystemExit(f"benchmark child failed: {' '.join(args)}\n{finished.stderr}")
    return finished.stdout


def probe(env: dict[str, str], *args: str | int) -> Any:
    """The median (microseconds) a bench/probes.py child reports, or one per client."""
    output = run_child([PYTHON, str(BENCH / "probes.py"), *map(str, args)], env)
    return json.loads(output)["median_us"]


@contextmanager
def loopback_server() -> Iterator[str]:
    """bench/server.py in its own process: the client measured keeps a core to itself."""
    server = subprocess.Popen(
        [PYTHON, str(BENCH / "server.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# -- cold start, import, construction, memory -----------------------------------------

COLD_CALLS = {
    "ours": f"""
from lightsail import Client
t1 = time.perf_counter()
client = Client(region_name={REGION!r}, endpoint_url=URL,
                aws_access_key_id={ACCESS_KEY!r}, aws_secret_access_key={SECRET_KEY!r})
t2 = time.perf_counter()
result = client.register_container_image(service_name={SERVICE_NAME!r}, label={LABEL!r},
                                         digest={DIGEST!r})
assert result.container_image.image == {IMAGE!r}
""",
    "boto3": f"""
import boto3
t1 = time.perf_counter()
client = boto3.client("lightsail", region_name={REGION!r}, endpoint_url=URL,
                      aws_access_key_id={ACCESS_KEY!r}, aws_secret_access_key={SECRET_KEY!r})
t2 = time.perf_counter()
result = client.register_container_image(serviceName={SERVICE_NAME!r}, label={LABEL!r},
                                         digest={DIGEST!r})
assert result["containerImage"]["image"] == {IMAGE!r}
""",
    "bare": "t1 = t2 = time.perf_counter()\n",
    "botocore.auth": "import botocore.auth\nt1 = t2 = time.perf_counter()\n",
}
"""``botocore.auth`` alone: the module botocore's SigV4Auth lives in, whose imports are the
floor of any client that signs with it."""


PEAK_RSS = """with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
"""
"""Peak RSS in kB. Not ru_maxrss: after subprocess's vfork and exec it also counts the
parent's resident pages, which would inflate every child by the benchmark's own size."""


BOTOCORE_MODULES = "sum(1 for m in __import__('sys').modules if m.startswith('botocore.'))"
"""How many botocore modules (its package itself left out) a process has imported."""


def cold_code(client: str, url: str) -> str:
    """A whole program: import, construct, call once; it prints its phases, peak RSS and
    the botocore modules imported before and after the call."""
    constructed = COLD_CALLS[client].replace(
        "t2 = time.perf_counter()\n", f"t2 = time.perf_counter()\nm1 = {BOTOCORE_MODULES}\n", 1
    )
    return (
        f"import time\nt0 = time.perf_counter()\nURL = {url!r}\n"
        + constructed
        + "t3 = time.perf_counter()\n"
        + PEAK_RSS
        + f"m2 = {BOTOCORE_MODULES}\n"
        + "print(t1 - t0, t2 - t1, t3 - t2, peak, m1, m2)\n"
    )


@dataclass(frozen=True)
class Cold:
    wall: float
    imports: float
    construct: float
    first_call: float
    rss_kb: float
    modules_constructed: float
    """botocore modules imported once the client is constructed, before any call."""
    modules_called: float
    """botocore modules imported after the first call."""


def cold_starts(env: dict[str, str], url: str, count: int) -> dict[str, Cold]:
    """Fresh processes, the clients alternating; the first run of each only warms bytecode."""
    samples: dict[str, list[tuple[float, ...]]] = {client: [] for client in COLD_CALLS}
    for index in range(count + 1):
        for client in COLD_CALLS:
            started = time.perf_counter()
            output = run_child([PYTHON, "-c", cold_code(client, url)], env)
            wall = time.perf_counter() - started
            if index:
                samples[client].append((wall, *map(float, output.split())))
    return {
        client: Cold(*(statistics.median(column) for column in zip(*rows, strict=True)))
        for client, rows in samples.items()
    }


# -- per call -------------------------------------------------------------------------


def per_call(
    env: dict[str, str], where: str, clients: list[str], calls: int, rounds: int
) -> dict[str, float]:
    """The median over rounds of each child's median, the clients alternating."""
    medians: dict[str, list[float]] = {client: [] for client in clients}
    for _ in range(rounds):
        for client in clients:
            medians[client].append(probe(env, "percall", client, where, calls))
    return {client: statistics.median(values) for client, values in medians.items()}


def interleaved_calls(
    env: dict[str, str], where: str, clients: list[str], calls: int, rounds: int
) -> dict[str, float]:
    """Clients taking turns in one child per round; the median over rounds of each."""
    medians: dict[str, list[float]] = {client: [] for client in clients}
    for _ in range(rounds):
        for client, median in probe(env, "interleaved", where, calls, *clients).items():
            medians[client].append(median)
    return {client: statistics.median(values) for client, values in medians.items()}


def constructions(env: dict[str, str], counts: Counts) -> dict[str, float]:
    return {
        "ours": probe(env, "construct", "ours", counts.construct_ours),
        "boto3-client": probe(env, "construct", "boto3-client", counts.construct_boto3),
        "boto3-session": probe(env, "construct", "boto3-session", counts.construct_boto3),
    }


# -- the generator --------------------------------------------------------------------


@dataclass(frozen=True)
class Timed:
    wall: float
    cpu: float


def generate(output: Path, cache_home: Path, env: dict[str, str], *extra: str) -> Timed:
    """One ``python -m generator generate`` run; wall time and CPU time of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = ["generate", "--model", str(MODEL), "--output", str(output), *extra]
    run_child([PYTHON, "-m", "generator", *command], {**env, "XDG_CACHE_HOME": str(cache_home)})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Timed(wall, cpu)


def median_timed(runs: list[Timed]) -> Timed:
    return Timed(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs))


def generator_runs(scratch: Path, env: dict[str, str], counts: Counts) -> dict[str, Timed]:
    """From nothing (empty cache, empty output), then re-runs with nothing changed, then
    re-runs whose build key changed but whose output did not (black's cache warm)."""
    run_child([PYTHON, "-m", "generator", "--help"], env)  # bytecode for the generator itself
    cold = []
    for index in range(counts.generator_cold):
        root = scratch / f"generator-{index}"
        cold.append(generate(root / "out", root / "cache", env))
    extra = scratch / "extra-templates" / "_bench"
    extra.mkdir(parents=True)
    (extra / "unused.j2").write_text("{# changes the build key, not the output #}\n")
    warm, rebuilt = [], []
    root = scratch / "generator-0"
    for index in range(counts.generator_warm):
        warm.append(generate(root / "out", root / "cache", env))
        (extra / "unused.j2").write_text(f"{{# run {index} #}}\n")
        rebuilt.append(
            generate(root / "out", root / "cache", env, "--templates", str(extra.parent))
        )
    return {
        "cold": median_timed(cold),
        "warm": median_timed(warm),
        "rebuilt": median_timed(rebuilt),
    }


# -- the async client against aiobotocore ----------------------------------------------

AIOBOTOCORE_VENV = REPO / ".venv-aiobotocore"
"""aiobotocore pins its own botocore range: it lives in an environment of its own, made
here when missing, never in the project's."""


def aiobotocore_python() -> Path:
    python = AIOBOTOCORE_VENV / "bin" / "python"
    if not python.exists():
        step(f"creating {AIOBOTOCORE_VENV.name} (aiobotocore and the botocore it pins)")
        subprocess.run([sys.executable, "-m", "venv", str(AIOBOTOCORE_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "aiobotocore"], check=True
        )
    return python


def async_calls(env: dict[str, str], url: str, counts: Counts) -> dict[str, dict[str, float]]:
    """bench/aio_probes.py children, ours and aiobotocore alternating: the medians over
    rounds of the per-call time and of the time of ``counts.concurrent`` gathered calls."""
    pythons = {"ours": Path(PYTHON), "aiobotocore": aiobotocore_python()}
    samples: dict[str, list[dict[str, float]]] = {client: [] for client in pythons}
    for _ in range(counts.async_rounds):
        for client, python in pythons.items():
            output = run_child(
                [str(python), str(BENCH / "aio_probes.py"), client, url,
                 str(counts.async_calls), str(counts.concurrent)],
                env,
            )
            samples[client].append(json.loads(output))
    return {
        client: {key: statistics.median(s[key] for s in runs) for key in runs[0]}
        for client, runs in samples.items()
    }


def async_rows(measured: dict[str, dict[str, float]], concurrent: int) -> list[Row]:
    ours, theirs = measured["ours"], measured["aiobotocore"]
    throughput = {  # calls per second
        name: concurrent / (figures["concurrent_us"] / 1e6) for name, figures in measured.items()
    }
    return [
        Row("async client: per call over keep-alive loopback, vs aiobotocore (µs)",
            ours["per_call_us"], theirs["per_call_us"], "µs", "<= 1/3 of aiobotocore",
            verdict(ours["per_call_us"] <= theirs["per_call_us"] / 3)),
        Row(f"async client: {concurrent} concurrent calls, throughput vs aiobotocore (calls/s)",
            throughput["ours"], throughput["aiobotocore"], "calls/s", "> aiobotocore",
            verdict(throughput["ours"] > throughput["aiobotocore"])),
    ]


# -- the report -----------------------------------------------------------------------


def step(what: str) -> None:
    print(f"... {what}", flush=True)


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def ratio_row(what: str, ours: float, boto3: float, unit: str, limit: float, label: str) -> Row:
    return Row(what, ours, boto3, unit, f"<= {label} of boto3", verdict(ours <= limit * boto3))


def rows_for(
    cold: dict[str, Cold],
    built: dict[str, float],
    stubbed: dict[str, float],
    loopback: dict[str, float],
    generator: dict[str, Timed],
) -> list[Row]:
    ours, boto3, bare, auth = cold["ours"], cold["boto3"], cold["bare"], cold["botocore.auth"]
    floor = loopback["raw"]
    return [
        ratio_row("cold start: new process, import + client + first call (ms)",
                  ours.wall * 1e3, boto3.wall * 1e3, "ms", 1 / 4, "1/4"),
        Row("  vs a process that only imports botocore.auth (signing's floor) (ms)",
            ours.wall * 1e3, auth.wall * 1e3, "ms", "<= 1.1x the floor",
            verdict(ours.wall <= 1.1 * auth.wall)),
        Row("  of which `import lightsail` / `import boto3` (ms)",
            ours.imports * 1e3, boto3.imports * 1e3, "ms"),
        Row("  of which the first client construction (ms)",
            ours.construct * 1e3, boto3.construct * 1e3, "ms"),
        Row("  of which the first call (ms)", ours.first_call * 1e3, boto3.first_call * 1e3, "ms"),
        Row("  a bare `python -c` for comparison (ms)", bare.wall * 1e3, None, "ms"),
        Row("  `python -c 'import botocore.auth'`: signing's floor, vs boto3 (ms)",
            auth.wall * 1e3, boto3.wall * 1e3, "ms"),
        Row("botocore modules imported by import + construction (count)",
            ours.modules_constructed, boto3.modules_constructed, "modules"),
        Row("botocore modules after the first call, vs `import botocore.auth` (count)",
            ours.modules_called, auth.modules_called, "modules", "== the floor",
            verdict(ours.modules_called <= auth.modules_called)),
        Row("client construction, repeated, vs `boto3.client(...)` (µs)",
            built["ours"], built["boto3-client"], "µs"),
        Row("client construction, repeated, vs `Session().client(...)` (µs)",
            built["ours"], built["boto3-session"], "µs"),
        ratio_row("per call, sending short-circuited (µs)",
                  stubbed["ours"], stubbed["boto3"], "µs", 1 / 3, "1/3"),
        Row("  ours with signing left out, vs ours (µs)",
            stubbed["unsigned"], stubbed["signed"], "µs"),
        Row("per call over keep-alive loopback HTTP (µs)",
            loopback["ours"], loopback["boto3"], "µs"),
        Row("per call over loopback: ours vs raw http.client floor (µs)", loopback["paired"],
            floor, "µs", "<= 1.5x the floor", verdict(loopback["paired"] <= 1.5 * floor)),
        Row("  the floor's exchange on a bare socket, vs the floor (µs)",
            loopback["socket"], floor, "µs"),
        ratio_row("peak RSS after one call (MB)",
                  ours.rss_kb / 1024, boto3.rss_kb / 1024, "MB", 1 / 2, "1/2"),
        Row("  a bare `python -c` for comparison (MB)", bare.rss_kb / 1024, None, "MB"),
        Row("  `python -c 'import botocore.auth'`: signing's floor, vs boto3 (MB)",
            auth.rss_kb / 1024, boto3.rss_kb / 1024, "MB"),
        *generator_rows(generator),
    ]


def generator_rows(generator: dict[str, Timed]) -> list[Row]:
    return [
        Row("generator: full Lightsail regeneration, empty cache (s wall)",
            generator["cold"].wall, None, "s", "<= 5 s", verdict(generator["cold"].wall <= 5)),
        Row("  its CPU time, all processes (s)", generator["cold"].cpu, None, "s"),
        Row("generator: re-run, nothing changed (s wall)",
            generator["warm"].wall, None, "s", "<= 0.45 s (Nov 30)",
            verdict(generator["warm"].wall <= 0.45)),
        Row("generator: re-run, a template dir changed, same output (s wall)",
            generator["rebuilt"].wall, None, "s"),
    ]


def number(value: float | None) -> str:
    if value is None:
        return ""
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


HEADER = ("measure", "ours", "boto3 / floor", "ratio", "target", "")


def text_table(rows: list[Row]) -> str:
    cells = [HEADER] + [
        (r.what, number(r.ours), number(r.other), r.ratio(), r.target, r.verdict) for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADER))]
    lines = []
    for index, row in enumerate(cells):
        lines.append("  ".join(
            cell.ljust(width) if column in (0, 4) else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for r in rows:
        cells = (r.what, number(r.ours), number(r.other), r.ratio(), r.target, r.verdict)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> dict[str, str]:
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    return {
        "cores (nproc)": str(os.cpu_count()),
        "CPU": model,
        "Python": platform.python_version(),
        "boto3 / botocore": f"{version('boto3')} / {version('botocore')}",
        "black": version("black"),
        "commit": commit or "unknown",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def busy_warning() -> str:
    """Said when other work shared the cores: wall times stretch, side-by-side ratios less."""
    if os.getloadavg()[1] <= 0.5 * (os.cpu_count() or 1):
        return ""
    return (
        "The machine was busy with other work during this run (see the load average):"
        " absolute times are inflated; the ratios, measured side by side, much less so."
    )


NOTES_MARKER = "<!-- Hand-written notes below this line are kept by bench/run.py --markdown. -->"

METHOD = """\
How: cold starts are fresh `python -c` processes (generated/ on PYTHONPATH, bytecode
cached, no AWS config files, explicit keys and region, `endpoint_url` of the loopback
server), the clients alternating, median of {cold}. Peak RSS is VmHWM of such a
process after its one call (ru_maxrss would also count the benchmark's own pages, which
a child inherits through vfork and exec). The `import botocore.auth` process is what any
client signing with botocore's SigV4Auth pays at start before running any code of its
own. Per-call figures are medians of single calls ({stubbed} short-circuited, {loopback}
over HTTP, after a warm-up), median over {rounds} rounds. Ours and boto3 run in separate
fresh children, alternating; ours and what it is compared with in the same process (the
floors, ours without signing) share one child per round, taking turns in batches of 20
calls, so that the load of a shared machine falls on both alike. Short-circuited: ours
with the engine's transport replaced by a stub returning a canned `Response`; boto3 with
a `before-send` handler returning a canned `AWSResponse` (botocore still validates,
serializes, signs and parses); "signing left out" replaces our signer with a function
returning its headers. The loopback server (bench/server.py) is a separate process
writing each response in one `sendall` with TCP_NODELAY; the floor is a raw
`http.client` POST of the same body with the same set of headers, unsigned; the same
request written to a bare socket in one write, its response read by Content-Length,
shows how much of the floor is http.client itself. The generator runs `python -m
generator generate` from an empty `XDG_CACHE_HOME` into an empty directory (median of
{gen_cold}), then re-runs with nothing changed and with an extra, output-neutral
`--templates` directory (medians of {gen_warm}).

The async client (`lightsail.aio.AsyncClient`, aiohttp) runs against aiobotocore on the
same loopback server in bench/aio_probes.py children, alternating, {async_rounds} rounds:
aiobotocore in `.venv-aiobotocore` (made by the bench when missing: it pins its own
botocore). Per call is the median of {async_calls} sequential awaited calls over
keep-alive; throughput is {concurrent} calls gathered at once over a pool of 10
connections, the median of 9 batches. The library was chosen by
bench/async_transports.py (aiohttp against httpx; see the notes).
"""


def write_markdown(
    path: Path, rows: list[Row], facts: dict[str, str], loads: tuple[str, str], counts: Counts
) -> None:
    kept = ""
    if path.is_file():
        previous = path.read_text(encoding="utf-8")
        if NOTES_MARKER in previous:
            kept = previous[previous.index(NOTES_MARKER) + len(NOTES_MARKER):].lstrip("\n")
    method = METHOD.format(
        cold=counts.cold, stubbed=counts.stubbed_calls, loopback=counts.loopback_calls,
        rounds=counts.rounds, gen_cold=counts.generator_cold, gen_warm=counts.generator_warm,
        async_rounds=counts.async_rounds, async_calls=counts.async_calls,
        concurrent=counts.concurrent,
    )
    lines = [
        "# Benchmarks",
        "",
        "The generated Lightsail client against boto3 (and its async client against",
        "aiobotocore), for RegisterContainerImage, measured side by side in one run of",
        "",
        "    make bench        # .venv/bin/python bench/run.py [--quick] [--markdown FILE]"
        " [--only async]",
        "",
        markdown_table(rows),
        "",
        f"Load average (1/5/15 min) at the start: {loads[0]}; at the end: {loads[1]}.",
        busy_warning(),
        "",
        method,
        "## Machine",
        "",
        *(f"- {name}: {value}" for name, value in facts.items()),
        "",
        NOTES_MARKER,
        "",
        kept,
    ]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def async_only(counts: Counts, start_load: str) -> int:
    """``--only async``: the async client's rows alone, for work on the async client."""
    scratch = Path(tempfile.mkdtemp(prefix="botocore-codegen-bench-"))
    try:
        with loopback_server() as url:
            step("the async client against aiobotocore, over loopback HTTP")
            aio = async_calls(child_env(scratch), url, counts)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(text_table(async_rows(aio, counts.concurrent)))
    print(f"\nload average at the start: {start_load}; at the end: {load_average()}")
    return 0


def generator_only(counts: Counts, start_load: str) -> int:
    """``--only generator``: the generator's rows alone, measured as in the full run."""
    scratch = Path(tempfile.mkdtemp(prefix="botocore-codegen-bench-"))
    try:
        step("the generator (from an empty cache, then re-runs)")
        generator = generator_runs(scratch, child_env(scratch), counts)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(text_table(generator_rows(generator)))
    print(f"\nload average at the start: {start_load}; at the end: {load_average()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--markdown", type=Path, help="also write the results to this file")
    parser.add_argument("--skip-generator", action="store_true", help="leave the generator out")
    parser.add_argument(
        "--only", choices=["async", "generator"],
        help="measure only these rows (no --markdown then)",
    )
    args = parser.parse_args(argv)
    if args.only and args.markdown:
        parser.error("--markdown writes the whole table: not with --only")
    counts = Counts().quick() if args.quick else Counts()
    start_load = load_average()
    print(f"load average at the start: {start_load} on {os.cpu_count()} cores", flush=True)
    if args.only == "async":
        return async_only(counts, start_load)
    if args.only == "generator":
        return generator_only(counts, start_load)
    scratch = Path(tempfile.mkdtemp(prefix="botocore-codegen-bench-"))
    try:
        env = child_env(scratch)
        with loopback_server() as url:
            step(f"cold starts ({counts.cold} each)")
            cold = cold_starts(env, url, counts.cold)
            step("client construction")
            built = constructions(env, counts)
            step("per call, sending short-circuited")
            stubbed = per_call(
                env, "stubbed", ["ours", "boto3"], counts.stubbed_calls, counts.rounds
            )
            paired = interleaved_calls(
                env, "stubbed", ["ours", "unsigned"], counts.stubbed_calls, counts.rounds
            )
            stubbed |= {"unsigned": paired["unsigned"], "signed": paired["ours"]}
            step("per call over loopback HTTP")
            loopback = per_call(env, url, ["ours", "boto3"], counts.loopback_calls, counts.rounds)
            paired = interleaved_calls(
                env, url, ["ours", "raw", "socket"], counts.loopback_calls, counts.rounds
            )
            loopback |= {"paired": paired["ours"], "raw": paired["raw"], "socket": paired["socket"]}
            step("the async client against aiobotocore, over loopback HTTP")
            aio = async_calls(env, url, counts)
        if args.skip_generator:
            generator = {k: Timed(float("nan"), float("nan")) for k in ("cold", "warm", "rebuilt")}
        else:
            step("the generator (from an empty cache, then re-runs)")
            generator = generator_runs(scratch, child_env(scratch), counts)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rows = rows_for(cold, built, stubbed, loopback, generator)
    rows += async_rows(aio, counts.concurrent)
    end_load = load_average()
    print()
    print(text_table(rows))
    print(f"\nload average at the end: {end_load}")
    if warning := busy_warning():
        print(warning)
    if args.markdown:
        write_markdown(args.markdown, rows, machine(), (start_load, end_load), counts)
        print(f"wrote {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
