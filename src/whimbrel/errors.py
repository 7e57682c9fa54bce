"""Exceptions for bugs and misuse. Data-level outcomes are ``Problem`` records on a Story instead.

Every error carries a short code (``W0xx``) so messages can be looked up and tested.
"""

from __future__ import annotations


class WhimbrelError(Exception):
    """Base class. ``str(err)`` is one line suitable for stderr."""

    code = "W000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(WhimbrelError):
    """A stage name, parameter or option that does not exist; the message lists the valid ones."""

    code = "W001"


class ResourceError(WhimbrelError):
    """A model or data file is missing; the message says how to install it."""

    code = "W002"


class IngestError(WhimbrelError):
    """An input that cannot be read as a story; the message names the file (and line)."""

    code = "W003"

    def __init__(self, message: str, *, source: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.reason = message


class StageError(WhimbrelError):
    """A stage broke its contract (raised only with ``on_error="raise"``)."""

    code = "W004"
