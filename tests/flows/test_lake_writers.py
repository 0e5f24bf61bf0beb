"""Nights writing a DuckLake: several at once, as whole processes (the bundled landing folder split
by source into three folders, three `dateline run`s started together against one PostgreSQL catalog
and one Prefect server, as a team running one night per source would), and one that fails."""

import os
import shutil
import subprocess
import sys
from collections import defaultdict

import pytest

from dateline.parameters import night_parameters
from tests.helpers import SAMPLE_ARTICLE, SEEDS
from tests.nights import give_built_reference_data, run_night, suites_failing_articles_over
from tests.postgres import postgres_dsn, postgres_server  # noqa: F401  (fixtures)
from warehouse.target import DuckLake

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = [pytest.mark.night, pytest.mark.usefixtures("prefect_server")]

SOURCES = 3


def split_by_source(target) -> list:
    """The seeds' landing files in SOURCES folders, each source (the file name's first word) in one."""
    by_source = defaultdict(list)
    for path in sorted((SEEDS / "landing").iterdir()):
        by_source[path.name.split("-")[0]].append(path)
    folders = [target / f"landing-{n}" for n in range(SOURCES)]
    for folder in folders:
        folder.mkdir()
    for number, paths in enumerate(by_source.values()):
        for path in paths:
            shutil.copy(path, folders[number % SOURCES])
    return folders


def start_night(landing, lake: DuckLake, api_url: str) -> subprocess.Popen:
    give_built_reference_data(night_parameters(landing=str(landing), warehouse=f"ducklake:{lake.catalog}",
                                               data_path=str(lake.data_path)))
    env = {**os.environ, "PREFECT_API_URL": api_url}  # the session's server, as a deployment's workers use one
    return subprocess.Popen([sys.executable, "-m", "dateline.cli", "run", "--landing", str(landing),
                             "--warehouse", f"ducklake:{lake.catalog}", "--data-path", str(lake.data_path),
                             "--processes", "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def lake(postgres_dsn, tmp_path) -> DuckLake:  # noqa: F811  (the fixture)
    return DuckLake(f"postgres:{postgres_dsn}", tmp_path / "lake")


def test_three_nights_on_three_folders_at_once_load_every_article_once(lake, tmp_path):
    from prefect.settings import PREFECT_API_URL

    folders = split_by_source(tmp_path)
    nights = [start_night(folder, lake, PREFECT_API_URL.value()) for folder in folders]
    for night in nights:
        _, stderr = night.communicate(timeout=600)
        assert night.returncode == 0, stderr[-3000:]

    with lake.connect(read_only=True) as con:
        def rows(sql: str) -> list[tuple]:
            return con.execute(sql).fetchall()

        runs = rows("SELECT status, (counts->'$.ingest.records')::INT, (counts->'$.ingest.duplicates')::INT, "
                    "coalesce((counts->'$.publish.retries')::INT, 0) FROM ops_runs")
        assert [status for status, *_ in runs] == ["succeeded"] * SOURCES
        records = sum(r for _, r, _, _ in runs)
        assert records == len(rows("SELECT 1 FROM raw_article"))  # every record read is stored once
        assert rows("SELECT content_hash FROM raw_article GROUP BY ALL HAVING count(*) > 1") == []
        # Every stored original is loaded once; a copy of another's body is linked to it, not loaded.
        originals = rows("SELECT DISTINCT article_id FROM raw_article WHERE duplicate_of_article_id IS NULL")
        assert sorted(rows("SELECT article_id FROM dim_article")) == sorted(originals)
        for table, key in (("dim_entity", "entity_id"), ("dim_entity", "entity_key"), ("dim_source", "source_id"),
                           ("dim_place", "place_key"), ("dim_date", "date_key"), ("dim_entity_alias", "alias_id")):
            assert rows(f"SELECT {key} FROM {table} GROUP BY ALL HAVING count(*) > 1") == [], f"{table}.{key}"
        # Entities every source mentions are one entity, whichever night loaded them first.
        assert rows("SELECT count(DISTINCT r.ingested_run_id) FROM fct_entity_mention m JOIN dim_entity e "
                    "USING (entity_key) JOIN dim_article a USING (article_key) JOIN raw_article r USING (content_hash) "
                    "WHERE e.entity_id = 'PLACE|iraq'") == [(SOURCES,)]
        nights_published = rows("SELECT count(*) FROM lake.snapshots() WHERE commit_message LIKE 'night %'")
        assert nights_published == [(SOURCES,)]


def test_a_night_that_fails_a_critical_check_publishes_only_its_record(tmp_path):
    lake = DuckLake(f"sqlite:{tmp_path / 'catalog.sqlite'}", tmp_path / "lake")
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_ARTICLE, landing)
    suites = suites_failing_articles_over(30, tmp_path / "suites")
    with pytest.raises(Exception, match="word_count"):
        run_night(landing=str(landing), warehouse=f"ducklake:{lake.catalog}", data_path=str(lake.data_path),
                expectations_dir=str(suites), processes=1)
    with lake.connect(read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw_article").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (0,)
        [(status, error)] = con.execute("SELECT status, error FROM ops_runs").fetchall()
        assert status == "failed" and "expect_column_values_to_be_between(word_count)" in error
        assert con.execute("SELECT count(*) FROM ops_dq_results WHERE NOT success").fetchone() == (1,)
    assert not list((lake.data_path / ".cache" / "stage").glob("*.duckdb*"))  # no stage left behind
