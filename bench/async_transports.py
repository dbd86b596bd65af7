"""Which library the async client sends with: aiohttp against httpx, measured.

``python bench/async_transports.py`` (both libraries installed) prints one Markdown table:
for each library, in fresh child processes, the import time, the per-call cost of one
keep-alive POST of RegisterContainerImage's body to bench/server.py, the time of 100
concurrent POSTs over a pool of 10 connections, and the peak RSS after them. Medians.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from canned import REQUEST_BODY, TARGET  # noqa: E402
from run import loopback_server  # noqa: E402

HEADERS = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": TARGET}
PROCESSES = 5
CALLS = 400
CONCURRENT = 100

SETUP = {
    "aiohttp": """
import aiohttp
imported = time.perf_counter()
async def session():
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=10))
async def post(s):
    async with s.post(URL, data=BODY, headers=HEADERS) as r:
        return await r.read()
""",
    "httpx": """
import httpx
imported = time.perf_counter()
async def session():
    return httpx.AsyncClient(limits=httpx.Limits(max_connections=10))
async def post(s):
    r = await s.post(URL, content=BODY, headers=HEADERS)
    return r.content
""",
}

MEASURE = """
import asyncio
async def main():
    s = await session()
    await post(s)
    per_call = []
    for _ in range(CALLS):
        t = time.perf_counter()
        await post(s)
        per_call.append(time.perf_counter() - t)
    t = time.perf_counter()
    await asyncio.gather(*(post(s) for _ in range(CONCURRENT)))
    concurrent = time.perf_counter() - t
    await s.aclose() if hasattr(s, "aclose") else await s.close()
    per_call.sort()
    return per_call[len(per_call) // 2], concurrent
per_call, concurrent = asyncio.run(main())
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(json.dumps([imported - started, per_call, concurrent, int(peak)]))
"""


def child(library: str, url: str) -> list[float]:
    code = (
        f"import json, time\nstarted = time.perf_counter()\n{SETUP[library]}\n"
        f"URL = {url!r}\nBODY = {REQUEST_BODY!r}\nHEADERS = {HEADERS!r}\n"
        f"CALLS = {CALLS}\nCONCURRENT = {CONCURRENT}\n{MEASURE}"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


def main() -> None:
    results: dict[str, list[list[float]]] = {name: [] for name in SETUP}
    with loopback_server() as url:
        for _ in range(PROCESSES):
            for library in SETUP:  # alternating, so load falls on both alike
                results[library].append(child(library, url))
    print("| library | import (ms) | per call, keep-alive (µs) | 100 concurrent (ms) "
          "| peak RSS (MB) |")
    print("|---|---|---|---|---|")
    for library, runs in results.items():
        imp, call, conc, rss = (statistics.median(column) for column in zip(*runs, strict=True))
        print(f"| {library} | {imp * 1e3:.1f} | {call * 1e6:.0f} | {conc * 1e3:.1f} "
              f"| {rss / 1024:.1f} |")


if __name__ == "__main__":
    main()
