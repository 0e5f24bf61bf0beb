"""The built wheel is all a user or a Dask worker needs: installed into a fresh virtualenv, it runs a
night from a folder outside the checkout, with every table, suite, migration and template it carries."""

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import duckdb
import pytest

from tests.helpers import REPO, SAMPLE_ARTICLE

pytestmark = pytest.mark.night  # a whole night, in a process of its own

SHIPPED = ["seeds/entity_aliases.csv", "expectations/suites/warehouse.yml", "warehouse/migrations/001_core.sql",
           "warehouse/migrations/ducklake/010_entity_first_loaded.sql", "warehouse/marts/mart_incidents.sql",
           "warehouse/sql/pending_raw.sql", "warehouse/schema.yml", "dateline/pages/templates/report.html",
           "dateline/evaluation/gold/entities.jsonl"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the checkout: setuptools writes its build/ folder beside the sources."""
    source, out = tmp_path_factory.mktemp("source") / "dateline", tmp_path_factory.mktemp("dist")
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".*", "data", "build", "dist", "*.egg-info",
                                                                "__pycache__", "test-artifacts"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(source)], check=True, cwd=out, capture_output=True)
    [built] = out.glob("dateline-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtualenv holding the wheel; its dependencies are the locked ones this test runs on (a
    path file to their folder, so the test does not download them again), never this checkout."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "locked-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True)
    return home


def test_the_wheel_carries_every_file_the_code_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [path for path in SHIPPED if path not in names] == []


def test_the_installed_wheel_runs_a_night_from_any_folder(installed, tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "story.txt").write_bytes(SAMPLE_ARTICLE.read_bytes())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "PYTHON"))}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), DATELINE_PROCESSES="1")
    where = subprocess.run([installed / "bin" / "python", "-c", "import dateline, seeds; print(dateline.__file__)"],
                           cwd=elsewhere, env=env, check=True, capture_output=True, text=True).stdout
    assert where.startswith(str(installed)), where
    night = subprocess.run([installed / "bin" / "dateline", "run", "--landing", str(landing), "--warehouse",
                            str(tmp_path / "w.duckdb")], cwd=elsewhere, env=env, capture_output=True, text=True,
                           timeout=600)
    assert night.returncode == 0, night.stderr[-3000:]
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM fct_entity_mention").fetchone()[0] > 10
        assert con.execute("SELECT status FROM ops_runs").fetchall() == [("succeeded",)]
    assert (tmp_path / "report.html").is_file()
    assert not list(elsewhere.iterdir())  # nothing written where it was started
