"""The formatting cache stays bounded: other keys' directories go after a week unused,
the current one is cut back past its limit, at most once a day."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.cache import (
    OTHER_KEYS_KEPT_FOR,
    PRUNED_EVERY,
    PRUNED_MARKER,
    USED_MARKER,
    mark_used,
    prune,
)
from generator.format import format_sources

DAY = 86_400


def aged(path: Path, seconds_ago: float, now: float) -> Path:
    os.utime(path, (now - seconds_ago, now - seconds_ago))
    return path


def key_directory(root: Path, name: str, used_ago: float, now: float) -> Path:
    """A cache directory of some key holding one entry, last used ``used_ago`` seconds
    before ``now``."""
    directory = root / f"formatted-{name}"
    (directory / "ab").mkdir(parents=True)
    (directory / "ab" / ("ab" + "0" * 62)).write_text("X = 1\n")
    (directory / USED_MARKER).touch()
    aged(directory / USED_MARKER, used_ago, now)
    aged(directory / "ab", used_ago, now)
    return directory


def entries(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob("??/*"))


def test_other_keys_unused_for_a_week_are_removed(tmp_path: Path) -> None:
    now = time.time()
    current = key_directory(tmp_path, "current", 0, now)
    recent = key_directory(tmp_path, "other-black", OTHER_KEYS_KEPT_FOR - DAY, now)
    stale = key_directory(tmp_path, "old-layout", OTHER_KEYS_KEPT_FOR + DAY, now)
    builds = tmp_path / "builds"
    builds.mkdir()
    aged(builds, 30 * DAY, now)
    prune(current, now)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [PRUNED_MARKER, current.name, recent.name, builds.name]
    )
    assert not stale.exists()


def test_the_current_key_keeps_its_newest_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 10)
    monkeypatch.setattr(cache_module, "KEPT_AFTER_PRUNING", 7)
    now = time.time()
    current = tmp_path / "formatted-current"
    names = [f"{index:02x}" + "0" * 62 for index in range(12)]
    for age, name in enumerate(reversed(names)):  # names[0] is the oldest
        entry = current / name[:2] / name
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text("X = 1\n")
        aged(entry, age * 60, now)
    prune(current, now)
    assert entries(current) == sorted(names[5:])


def test_a_cache_at_its_limit_is_left_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 1)
    now = time.time()
    current = key_directory(tmp_path, "current", 0, now)
    prune(current, now)
    assert len(entries(current)) == 1


def test_pruning_runs_at_most_once_a_day(tmp_path: Path) -> None:
    now = time.time()
    current = key_directory(tmp_path, "current", 0, now)
    prune(current, now)
    stale = key_directory(tmp_path, "stale", OTHER_KEYS_KEPT_FOR + DAY, now)
    prune(current, now + PRUNED_EVERY - 60)
    assert stale.exists()
    prune(current, now + PRUNED_EVERY + 60)
    assert not stale.exists()


def test_use_is_marked_at_most_hourly_and_never_creates_the_cache(tmp_path: Path) -> None:
    now = time.time()
    missing = tmp_path / "formatted-missing"
    mark_used(missing, now)
    assert not missing.exists()  # its absence says every file will be formatted
    current = tmp_path / "formatted-current"
    current.mkdir()
    mark_used(current, now)
    marker = current / USED_MARKER
    assert marker.stat().st_mtime == pytest.approx(now)
    mark_used(current, now + 1800)
    assert marker.stat().st_mtime == pytest.approx(now)
    mark_used(current, now + 3700)
    assert marker.stat().st_mtime == pytest.approx(now + 3700)


def test_formatting_new_sources_prunes_and_marks_the_cache(tmp_path: Path) -> None:
    current = tmp_path / "formatted-current"
    stale = key_directory(tmp_path, "stale", OTHER_KEYS_KEPT_FOR + DAY, time.time())
    assert format_sources({"a.py": "x  =  1\n"}, cache=current) == {"a.py": "x = 1\n"}
    assert len(entries(current)) == 1
    assert (current / USED_MARKER).exists()
    assert not stale.exists()


def test_a_hit_counts_as_a_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry read since it was written is kept before a newer one never read."""
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 2)
    monkeypatch.setattr(cache_module, "KEPT_AFTER_PRUNING", 2)
    current = tmp_path / "formatted-current"
    now = time.time()

    def entry_of(source: str) -> Path:
        formatted = format_sources({"m.py": source}, cache=current)
        assert formatted == {"m.py": source.replace("  ", " ")}
        (added,) = set(current.glob("??/*")) - known
        known.add(added)
        return added

    known: set[Path] = set()
    read_again = aged(entry_of("a  = 1\n"), 2 * DAY, now)
    never_read = aged(entry_of("b  = 1\n"), DAY, now)
    format_sources({"m.py": "a  = 1\n"}, cache=current)  # a hit, refreshing it
    entry_of("c  = 1\n")
    aged(tmp_path / PRUNED_MARKER, 2 * DAY, now)
    prune(current, now)
    assert read_again.exists()
    assert not never_read.exists()


def test_a_key_without_a_marker_counts_its_last_entry_as_a_use(tmp_path: Path) -> None:
    """A directory of a release that wrote no marker is kept while entries are added."""
    now = time.time()
    current = key_directory(tmp_path, "current", 0, now)
    unmarked = key_directory(tmp_path, "unmarked", OTHER_KEYS_KEPT_FOR + DAY, now)
    (unmarked / USED_MARKER).unlink()
    aged(unmarked, OTHER_KEYS_KEPT_FOR + DAY, now)
    aged(unmarked / "ab", DAY, now)  # an entry added yesterday
    prune(current, now)
    assert unmarked.exists()
