"""Shared fixtures: the spaCy model (loaded once per test session) and the shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from tidings.nlp import load_model

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "samples" / "bloomberg_trump_putin_syria.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.is_file():
        pytest.skip(f"sample article not found at {SAMPLE} (set TIDINGS_SHARED)")
    return SAMPLE
