"""Stages and their composition.

A stage is a callable that takes a Document and returns it annotated. It declares which Document
fields it reads and writes, so a pipeline can check at construction time that every field a stage
needs is produced by an earlier one, and so each stage can be run alone in a test.
Executors (local, Spark) only see a Pipeline; they never care what the stages are.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from cronaca.document import Document

#: Fields a freshly read Document already carries.
INPUT_FIELDS = frozenset({"raw", "source", "title", "language"})


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    reads: ClassVar[tuple[str, ...]]
    writes: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> Document: ...


class PipelineError(ValueError):
    """A pipeline whose stages cannot run in the given order."""


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]

    def __post_init__(self) -> None:
        available = set(INPUT_FIELDS)
        for stage in self.stages:
            missing = [f for f in stage.reads if f not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} reads {missing} but no earlier stage writes them; "
                    f"put a stage that writes them before it"
                )
            available.update(stage.writes)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def upto(self, name: str) -> "Pipeline":
        """The prefix of this pipeline that ends with stage ``name`` (for per-stage benchmarks)."""
        for i, stage in enumerate(self.stages):
            if stage.name == name:
                return Pipeline(self.stages[: i + 1])
        raise KeyError(name)


_REGISTRY: dict[str, Callable[[], Stage]] = {}


def register(factory: Callable[[], Stage]) -> Callable[[], Stage]:
    """Class decorator: make a stage available by name to ``build`` and the CLI."""
    _REGISTRY[factory.name] = factory  # type: ignore[attr-defined]
    return factory


def registered() -> dict[str, Callable[[], Stage]]:
    _load_builtin_stages()
    return dict(_REGISTRY)


DEFAULT_ORDER = ("language", "clean", "segment", "link", "sources", "dates", "quotes", "events", "tone")


def build(names: Iterable[str] = DEFAULT_ORDER) -> Pipeline:
    _load_builtin_stages()
    return Pipeline(tuple(_REGISTRY[name]() for name in names))


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The full pipeline, built once per process (language data and the KB load lazily)."""
    global _default
    if _default is None:
        _default = build()
    return _default


def _load_builtin_stages() -> None:
    # Importing the stage modules registers them.
    import cronaca.clean.stage  # noqa: F401
    import cronaca.extract.dates  # noqa: F401
    import cronaca.extract.events  # noqa: F401
    import cronaca.extract.quotes  # noqa: F401
    import cronaca.extract.sources  # noqa: F401
    import cronaca.extract.tone  # noqa: F401
    import cronaca.language.stage  # noqa: F401
    import cronaca.link.stage  # noqa: F401
