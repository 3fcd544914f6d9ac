"""Where the shared evaluation data and resources are: ../shared next to the repository root (or next
to one of its parents, for git worktrees), or $CRONACA_EVALDATA / $CRONACA_RESOURCES."""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


class DataMissing(FileNotFoundError):
    """The shared data an evaluation reads is not there; the message says where it was looked for."""


def shared(kind: str, env: str) -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    for parent in [REPO, *REPO.parents]:
        candidate = parent.parent / "shared" / kind if parent == REPO else parent / "shared" / kind
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / kind


def evaldata() -> Path:
    return shared("evaldata", "CRONACA_EVALDATA")


def resources() -> Path:
    return shared("resources", "CRONACA_RESOURCES")


def require(path: Path, what: str) -> Path:
    if not path.exists():
        raise DataMissing(f"{what} not found at {path}: put the shared data in ../shared next to the "
                          f"repository or set CRONACA_EVALDATA / CRONACA_RESOURCES")
    return path
