"""Rule data files under ``kopress/resources`` (lexicons as TSV, tables as TOML).

Each loader validates what it reads and names ``file:line`` on a bad row, so a broken data
file stops start-up instead of failing mid-batch.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


class ResourceError(ValueError):
    """A rule data file is malformed."""


def _path(name: str):
    return resources.files("kopress").joinpath("resources", name)


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``resources/<name>`` (TOML)."""
    try:
        return tomllib.loads(_path(name).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{name}: {exc}") from exc


@lru_cache(maxsize=None)
def load_tsv(name: str, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of ``resources/<name>`` (tab-separated; ``#`` comments and blank lines skipped;
    the first non-comment row is a header and is skipped)."""
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for lineno, line in enumerate(_path(name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if not header_seen:
            header_seen = True
            continue
        if columns is not None and len(cells) < columns:
            raise ResourceError(f"{name}:{lineno}: expected {columns} columns, got {len(cells)}")
        rows.append(cells)
    return tuple(rows)


def alternation(words) -> str:
    """Escaped, longest-first regex alternation of ``words``.

    >>> alternation(["억", "억원", "$"])
    '억원|\\\\$|억'
    """
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
