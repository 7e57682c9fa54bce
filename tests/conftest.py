"""Shared fixtures: one spaCy model and one default pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, raising on stage errors so tests see bugs."""
    from whimbrel.pipeline import Pipeline

    p = Pipeline(on_error="raise")
    p.setup()
    return p


@pytest.fixture(scope="session")
def parse_one():
    """Parse one sentence with the default spaCy model (with whimbrel's entity rules)."""
    from whimbrel.nlp import parse_texts

    def parse(text: str):
        return parse_texts([text])[0]

    return parse
