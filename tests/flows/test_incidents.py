"""Incidents across nights, end to end: real Prefect, DuckDB, Great Expectations, spaCy and the
GeoNames place index, on a few hand-written articles."""

import json

import pytest

from tests.nights import query, run_night
from transforms.incident_clusters import SIGNAL_CONFIDENCE

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = pytest.mark.night


def article(folder, name: str, source: str, published: str, title: str, text: str) -> None:
    (folder / name).write_text(json.dumps({
        "title": title, "maintext": text, "date_publish": published, "source_domain": source,
        "url": f"https://{source}/{name}", "language": "en"}), encoding="utf-8")


INCIDENTS = """SELECT i.incident_key, i.killed_low, i.killed_high, i.killed_best, i.n_articles, i.n_sources, p.name
               FROM fct_incident i LEFT JOIN dim_place p USING (place_key)
               WHERE i.kind = 'incident' AND i.incident_type = 'KILL' ORDER BY i.first_reported_at"""


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory):
    landing = tmp_path_factory.mktemp("landing")
    warehouse = tmp_path_factory.mktemp("warehouse") / "dateline.duckdb"
    article(landing, "first.json", "kanotimes.example", "2024-03-04 18:00:00", "Gunmen kill five in Kano market",
            "Gunmen killed five traders in an attack on a market in Kano on Monday, police said. "
            "The attackers fled on motorcycles.")
    article(landing, "other.json", "kanotimes.example", "2024-03-04 19:00:00", "Floods in Kaduna",
            "Floods killed 40 people in Kaduna on Monday, emergency officials said.")
    run_night(landing=str(landing), warehouse=str(warehouse))
    after_first = query(warehouse, INCIDENTS)
    article(landing, "second.json", "lagoswire.example", "2024-03-05 09:00:00", "Kano market attack toll rises",
            "The death toll from Monday's attack on a market in Kano has risen to seven, a hospital official said.")
    # Published the day after Monday's attack, about another one in the same town: its text dates it eight
    # days earlier, which keeps it apart however close the two articles' days are.
    article(landing, "earlier.json", "lagoswire.example", "2024-03-05 11:00:00", "Kano traders bury their dead",
            "Gunmen killed three traders at a cattle market in Kano on February 26, 2024, witnesses said.")
    run_night(landing=str(landing), warehouse=str(warehouse))
    after_second = query(warehouse, INCIDENTS)
    run_night(landing=str(landing), warehouse=str(warehouse), full_refresh=True)
    return warehouse, after_first, after_second, query(warehouse, INCIDENTS)


def test_tomorrows_article_joins_yesterdays_incident_under_its_key(two_nights):
    _, after_first, after_second, _ = two_nights
    kano_first = next(row for row in after_first if row[6] == "Kano")
    kano, earlier = [row for row in after_second if row[6] == "Kano"]
    assert kano[0] == kano_first[0]
    assert kano[1:] == (5, 7, 5, 2, 2, "Kano")  # the range kept, the most conservative figure the best
    assert earlier[1:] == (3, 3, 3, 1, 1, "Kano")  # the attack of February 26 is another incident
    assert len(after_second) == 3  # the floods in Kaduna stay their own


def test_a_full_refresh_gives_the_same_incidents_and_keys(two_nights):
    _, _, after_second, refreshed = two_nights
    assert refreshed == after_second


def test_the_daily_mart_counts_the_incident_once(two_nights):
    warehouse, *_ = two_nights
    rows = query(warehouse, "SELECT place, killed, incidents, articles FROM v_casualties_by_place_day "
                            "WHERE place = 'Kano' ORDER BY killed")
    assert rows == [("Kano", 3, 1, 1), ("Kano", 5, 1, 2)]
    reports = query(warehouse, """SELECT count(*) FROM fct_incident_report r JOIN fct_incident USING (incident_key)
                                  JOIN dim_place p USING (place_key) WHERE p.name = 'Kano'""")
    assert reports == [(3,)]


def test_an_incident_says_which_links_joined_its_reports_and_how_sure_the_weakest_is(two_nights):
    warehouse, *_ = two_nights
    rows = query(warehouse, """SELECT i.n_articles, i.joined_by, i.confidence FROM fct_incident i
                               JOIN dim_place p USING (place_key) WHERE p.name = 'Kano' ORDER BY i.n_articles""")
    assert rows == [(1, None, None), (2, ["same place"], SIGNAL_CONFIDENCE["same place"])]
    links = query(warehouse, "SELECT joined_by, count(*) FROM fct_article_incident WHERE kind = 'incident' "
                             "GROUP BY ALL ORDER BY ALL")
    assert links == [("same place", 1), (None, 3)]  # each incident's first report founded it
