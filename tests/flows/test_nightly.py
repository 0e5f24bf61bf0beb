"""The nightly flow end to end: real Prefect (embedded server), real DuckDB file, real spaCy. The seeds'
night is read by many tests and run once; test_nights_in_turn.py has nights on folders of their own."""

import json
import shutil

import pytest

from dateline.parameters import NightParameters, SettingsError
from tests.helpers import SAMPLE_ARTICLE, SEEDS
from tests.nights import content, copy_warehouse, flow_night, query, run_night, snapshot, suites_failing_articles_over

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = [pytest.mark.night, pytest.mark.usefixtures("prefect_server")]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("seeded") / "dateline.duckdb"
    # The first night as a flow run, the second plainly, as `dateline run` runs it without a server.
    first = flow_night(landing=str(SEEDS / "landing"), warehouse=str(warehouse), processes=2)
    after_first = snapshot(warehouse)
    second = run_night(landing=str(SEEDS / "landing"), warehouse=str(warehouse))
    return warehouse, first, second, after_first


def test_every_record_is_loaded_or_linked_as_a_duplicate(seeded):
    warehouse, first, _, _ = seeded
    ingest = first["stages"]["ingest"]
    assert ingest["records"] >= 20
    assert ingest["duplicates"] >= 2
    assert first["tables"]["dim_article"] == ingest["new_versions"] - ingest["duplicates"]
    assert first["tables"]["raw_article"] == ingest["records"]
    assert query(warehouse, "SELECT count(*) FROM v_raw_duplicate") == [(ingest["duplicates"],)]


def test_ops_runs_records_the_nights_parameters_whole(seeded):
    warehouse, first, _, _ = seeded
    [(recorded,)] = query(warehouse, "SELECT parameters FROM ops_runs WHERE run_id = ?", first["run_id"])
    recorded = json.loads(recorded)
    assert set(recorded) == set(NightParameters.model_fields)
    assert NightParameters(**recorded).processes == 2


def test_second_run_reads_no_unchanged_file_and_changes_no_table_but_ops_runs(seeded):
    warehouse, first, second, after_first = seeded
    ingest = second["stages"]["ingest"]
    assert ingest["files_seen"] == first["stages"]["ingest"]["files_read"] == ingest["files_unchanged_skipped"]
    assert ingest.get("records", 0) == ingest.get("new_versions", 0) == 0
    assert snapshot(warehouse) == after_first
    assert query(warehouse, "SELECT status, count(*) FROM ops_runs GROUP BY ALL") == [("succeeded", 2)]


def test_every_fact_key_exists_in_its_dimension(seeded):
    warehouse, *_ = seeded
    orphans = query(warehouse, """
        SELECT (SELECT count(*) FROM fct_entity_mention m ANTI JOIN dim_article a USING (article_key)),
               (SELECT count(*) FROM fct_entity_mention m ANTI JOIN dim_entity e USING (entity_key)),
               (SELECT count(*) FROM dim_article a ANTI JOIN dim_source s USING (source_key)),
               (SELECT count(*) FROM dim_article a ANTI JOIN dim_date d ON d.date_key = a.published_date_key
                WHERE a.published_date_key IS NOT NULL)""")
    assert orphans == [(0, 0, 0, 0)]
    assert query(warehouse, "SELECT count(*) = count(DISTINCT article_id) FROM dim_article") == [(True,)]


def test_sample_article_is_staged_with_its_dateline_and_entities(seeded):
    warehouse, *_ = seeded
    body = SAMPLE_ARTICLE.read_text().split("\n", 1)[0]
    rows = query(warehouse, "SELECT article_key, dateline_place, language, word_count FROM dim_article "
                            "WHERE starts_with(body, ?)", body[:60])
    assert [row[1:3] for row in rows] == [("Erbil", "en")]
    names = {name for (name,) in query(warehouse, "SELECT canonical_name FROM v_entity_mention "
                                                   "WHERE article_key = ?", rows[0][0])}
    assert {"Yehia Rasool", "Joe Biden", "Baghdad", "Kataib Hezbollah"} <= names


def test_run_summary_counts_match_the_tables(seeded):
    warehouse, first, _, _ = seeded
    counts = dict(query(warehouse, "SELECT 'dim_article', count(*) FROM dim_article UNION ALL "
                                   "SELECT 'ops_quarantine', count(*) FROM ops_quarantine"))
    assert counts["dim_article"] == first["stages"]["stage"]["articles"]
    assert counts["ops_quarantine"] == first["stages"]["ingest"]["quarantined"] + first["stages"]["stage"]["dates_repaired"]


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    landing = tmp_path_factory.mktemp("broken-landing")
    shutil.copytree(SEEDS / "broken", landing, dirs_exist_ok=True)
    (landing / "huge.txt").write_text("WASHINGTON - A very long story. " * 40_000)
    warehouse = tmp_path_factory.mktemp("broken") / "dateline.duckdb"
    summary = run_night(landing=str(landing), warehouse=str(warehouse), max_file_bytes=1_000_000)
    return landing, warehouse, summary


def test_broken_inputs_are_quarantined_with_their_reason(broken):
    _, warehouse, _ = broken
    reasons = {(path, reason) for path, reason in query(warehouse, "SELECT source_path, reason FROM ops_quarantine")}
    assert {
        ("empty.txt", "empty_file"), ("blank.txt", "empty_file"), ("binary.txt", "binary_file"),
        ("image.jpg", "binary_file"), ("truncated.json", "invalid_json"), ("mixed.jsonl", "invalid_json"),
        ("mixed.jsonl", "missing_body"), ("mixed.jsonl", "not_an_object"), ("no-article.html", "no_article_text"),
        ("huge.txt", "too_large"), ("bad-dates.jsonl", "bad_date"), ("empty-feed.xml", "no_records"),
        ("broken-feed.xml", "feed_partly_parsed"), ("bad-bytes.txt", "replaced_characters"),
    } <= reasons
    assert query(warehouse, "SELECT count(*) FROM ops_quarantine WHERE reason = 'bad_date' "
                            "AND disposition = 'repaired'") == [(3,)]


def test_readable_files_among_broken_ones_still_load(broken):
    _, warehouse, summary = broken
    assert summary["tables"]["dim_article"] >= 5  # valid jsonl line, cp1252, bad bytes, bad dates x3
    assert query(warehouse, "SELECT count(*) FROM dim_article WHERE body LIKE '%José%'") == [(1,)]
    assert query(warehouse, "SELECT max(replaced_chars) > 0 FROM raw_article WHERE source_path = 'bad-bytes.txt'") == [(True,)]
    assert query(warehouse, "SELECT count(*) FROM dim_article WHERE source_path = 'bad-dates.jsonl' "
                            "AND published_at_source IS DISTINCT FROM 'metadata'") == [(3,)]


def test_every_broken_file_is_accounted_for(broken):
    landing, warehouse, _ = broken
    files = {path.name for path in landing.iterdir()}
    seen = {path for (path,) in query(warehouse, "SELECT source_path FROM ops_quarantine UNION "
                                                 "SELECT source_path FROM raw_article")}
    assert files == seen


def test_bad_parameter_fails_the_run_with_a_clear_error_and_writes_nothing(tmp_path):
    warehouse = tmp_path / "never.duckdb"
    with pytest.raises(SettingsError, match="batch_size"):
        run_night(landing=str(SEEDS / "landing"), warehouse=str(warehouse), batch_size=0)
    with pytest.raises(SettingsError, match="does not exist"):
        run_night(landing=str(tmp_path / "missing"), warehouse=str(warehouse))
    assert not warehouse.exists()


def test_sample_article_counts_are_loaded_once_with_the_repeat_flagged(seeded):
    warehouse, *_ = seeded
    body = SAMPLE_ARTICLE.read_text().split("\n", 1)[0]
    rows = query(warehouse, """
        SELECT c.count_type, c.quantity, c.object, c.is_repeat FROM fct_event_count c
        JOIN dim_article a USING (article_key) WHERE starts_with(a.body, ?) ORDER BY c.char_offset""", body[:60])
    assert ("KILL", 16, "member", False) in rows and ("WOUND", 36, "other", False) in rows
    assert [r for r in rows if r[0] == "KILL" and r[2] == "service member"] == [
        ("KILL", 3, "service member", False), ("KILL", 3, "service member", True)]


def test_sample_article_gives_its_incidents(seeded):
    """The issue's case: the Baghdad drone strike once (two officials, then three in the car), the
    service members killed in Jordan as history, the strikes on al-Qaem in Anbar."""
    warehouse, *_ = seeded
    body = SAMPLE_ARTICLE.read_text().split("\n", 1)[0]
    rows = query(warehouse, """
        SELECT r.kind, r.incident_type, r.killed_low, r.killed_high, r.wounded_low, r.wounded_high, p.name,
               p.precision, p.region, p.country_code
        FROM fct_article_incident r JOIN dim_article a USING (article_key) LEFT JOIN dim_place p USING (place_key)
        WHERE starts_with(a.body, ?) AND r.incident_type = 'KILL' ORDER BY r.first_offset""", body[:60])
    assert rows == [
        ("incident", "KILL", 2, 3, None, None, "Baghdad", "town", "Baghdad", "IQ"),
        ("historical", "KILL", 3, 3, None, None, "Jordan", "country", None, "JO"),
        ("incident", "KILL", 16, 16, 36, None, "Al Qā’im", "town", "Al Anbar", "IQ"),
    ]


def test_daily_casualties_count_each_incident_once_and_leave_tolls_and_history_out(seeded):
    warehouse, *_ = seeded
    killed = query(warehouse, "SELECT sum(killed) FROM v_casualties_by_place_day")[0][0]
    assert killed == query(warehouse, "SELECT sum(killed_best) FROM fct_incident "
                                      "WHERE kind = 'incident' AND incident_type IN ('KILL', 'WOUND')")[0][0]
    by_report = query(warehouse, "SELECT sum(killed_best) FROM fct_article_incident WHERE kind = 'incident'")[0][0]
    assert killed <= by_report
    tolls = query(warehouse, "SELECT count(*) FROM v_tolls")[0][0]
    assert tolls > 0
    # An anniversary article's earthquake toll is history, not that day's dead.
    assert query(warehouse, "SELECT max(killed) FROM v_casualties_by_place_day")[0][0] < 10_000


def test_critical_check_failure_leaves_the_warehouse_as_it_was_and_says_why(seeded, tmp_path):
    warehouse, *_ = seeded
    copy = copy_warehouse(warehouse, tmp_path / "copy.duckdb")
    before = snapshot(copy)
    suites = suites_failing_articles_over(300, tmp_path / "suites")
    with pytest.raises(Exception, match="word_count"):
        run_night(landing=str(SEEDS / "landing"), warehouse=str(copy), full_refresh=True,
                expectations_dir=str(suites))
    assert snapshot(copy) == before
    [(status, error)] = query(copy, "SELECT status, error FROM ops_runs WHERE status = 'failed'")
    assert "expect_column_values_to_be_between(word_count)" in error
    failed = query(copy, "SELECT suite, expectation FROM ops_dq_results WHERE NOT success AND on_failure = 'fail_run'")
    assert failed == [("stg_articles", "expect_column_values_to_be_between(word_count)")]
    run_id = query(copy, "SELECT run_id FROM ops_runs WHERE status = 'failed'")[0][0]
    report = (tmp_path / "dq" / f"{run_id}.html").read_text()
    assert "expect_column_values_to_be_between(word_count)" in report and "critical failed" in report


def test_every_run_records_its_checks_and_writes_a_report(seeded):
    warehouse, first, *_ = seeded
    rows = query(warehouse, "SELECT suite, count(*), bool_and(success OR on_failure <> 'fail_run') "
                            "FROM ops_dq_results WHERE run_id = ? GROUP BY suite ORDER BY suite", first["run_id"])
    assert [suite for suite, *_ in rows] == [
        "raw_article", "stg_articles", "stg_counts", "stg_incidents", "stg_mention_places", "stg_mentions",
        "warehouse"]
    assert all(ok for *_, ok in rows)
    assert (warehouse.parent / "dq" / f"{first['run_id']}.html").is_file()


def test_dq_command_shows_the_latest_run_and_any_earlier_one(seeded):
    from typer.testing import CliRunner

    from dateline.cli import app

    warehouse, first, second, _ = seeded
    latest = CliRunner().invoke(app, ["dq", "--warehouse", str(warehouse)])
    assert latest.exit_code == 0
    assert second["run_id"] in latest.output and "expect_fact_keys_in_dimensions(dq_orphan_keys)" in latest.output
    earlier = CliRunner().invoke(app, ["dq", "--run", first["run_id"], "--warehouse", str(warehouse)])
    assert first["run_id"] in earlier.output and "succeeded" in earlier.output
    missing = CliRunner().invoke(app, ["dq", "--run", "no-such-run", "--warehouse", str(warehouse)])
    assert missing.exit_code == 1


def test_the_same_night_in_chunks_of_any_size_leaves_identical_tables(seeded, tmp_path):
    warehouse, *_ = seeded  # one chunk, two worker processes
    chunked = tmp_path / "chunked.duckdb"
    summary = run_night(landing=str(SEEDS / "landing"), warehouse=str(chunked), chunk_size=3, processes=1)  # here
    assert summary["stages"]["stage"]["candidates"] > 3  # really several chunks
    assert content(chunked) == content(warehouse)


def test_a_flow_run_names_its_chunks_and_stages_as_task_runs_and_keeps_its_summary(seeded):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    _, first, *_ = seeded
    flow_run = FlowRunFilter(id=FlowRunFilterId(any_=[first["run_id"]]))
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=flow_run)
        artifacts = {artifact.key: artifact for artifact in client.read_artifacts(flow_run_filter=flow_run)}
    assert {"ingest-chunk-1", "extract-chunk-1", "load-chunk-1", "check-warehouse", "commit",
            "write-report-and-docs"} <= {r.name for r in runs}
    assert {"nightly-summary", "nightly-dq-failures"} <= set(artifacts)
    assert f"# Nightly run `{first['run_id']}`" in artifacts["nightly-summary"].data


def test_a_body_too_long_for_the_model_loads_in_windows_and_one_without_spaces_is_quarantined(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    # A long word to a sentence: a million characters in few tokens, for the model to get through quickly.
    sentence = "Pneumonoultramicroscopicsilicovolcanoconiosis. "
    (landing / "long.txt").write_text("BAGHDAD - " + sentence * (1_100_000 // len(sentence)) + "Joe Biden agreed.")
    (landing / "unbroken.txt").write_text("x" * 1_500_000)  # one "word": no place to cut it
    shutil.copy(SAMPLE_ARTICLE, landing / "sample.txt")
    warehouse = tmp_path / "w.duckdb"
    summary = run_night(landing=str(landing), warehouse=str(warehouse))
    assert summary["stages"]["stage"]["refused_too_long"] == 1
    assert query(warehouse, "SELECT source_path, reason, disposition FROM ops_quarantine") == [
        ("unbroken.txt", "body_too_long_for_ner", "rejected")]
    long_key, length = query(warehouse, "SELECT article_key, length(body) FROM dim_article WHERE source_path = 'long.txt'")[0]
    assert length > 1_000_000
    # The last sentence lies beyond spaCy's one-million-character limit, yet its names are found.
    [(offset,)] = query(warehouse, "SELECT m.first_offset FROM v_entity_mention m WHERE m.article_key = ? "
                                   "AND canonical_name = 'Joe Biden'", long_key)
    assert offset > 1_000_000
    assert query(warehouse, "SELECT count(*) FROM dim_article") == [(2,)]


def test_the_night_writes_its_report_and_docs_beside_the_warehouse_and_links_them(seeded):
    warehouse, first, _, _ = seeded
    report, docs = warehouse.parent / "report.html", warehouse.parent / "docs" / "index.html"
    assert report.stat().st_size > 500_000 and docs.exists()  # the Vega libraries are inline
    assert "Articles per day and source" in report.read_text(encoding="utf-8")
