"""Commands that show what extraction finds: on any text, and scored against the gold sets."""

import sys
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.common import DataPath, existing
from dateline.runtime import turn_off_telemetry, user_cache_dir

GOLD = Path(str(resources.files("dateline.evaluation") / "gold"))  # the gold sets, shipped in the package


def extract(
    path: Annotated[str, typer.Argument(help="Text file, or JSONL of {doc_id, text, published_date}; '-' for "
                                             "standard input.")],
    warehouse: Annotated[Optional[str], typer.Option(help="Resolve against this warehouse's entities.")] = None,
    data_path: DataPath = None,
) -> None:
    """Print what a night extracts from the text, as JSONL {doc_id, entities, counts, incidents, refused}:
    the night's own stages (cleaning, the model, entities and their places, counts, incidents coded as
    events and their checks), with offsets into the text as given. A JSONL line's published_date is
    the day event dates are read against ('on Tuesday')."""
    from dateline.night.extract import read_docs, write_jsonl

    content = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    docs = read_docs(content, "stdin" if path == "-" else Path(path).name)
    from dateline.parameters import NightParameters, default_processes

    # Worker processes, as a night starts them, once there is more than a batch: a short text needs none.
    processes = default_processes() if len(docs) > NightParameters.model_fields["batch_size"].default else 1
    if warehouse is None:
        with _extraction(user_cache_dir(), processes=processes) as extraction:
            write_jsonl(extraction.records(docs), sys.stdout)
        return
    target = existing(warehouse, data_path)
    with (target.connect(read_only=True) as con,
          _extraction(target.data_dir / ".cache", con, processes) as extraction):
        write_jsonl(extraction.records(docs), sys.stdout)


@contextmanager
def _extraction(cache_dir: Path, warehouse=None, processes: int = 1):
    """The night's extraction, loaded as a night loads it: the model in this process, or in `processes`
    worker processes (as many as a night would start, for a long input)."""
    turn_off_telemetry()
    from dateline.night.extract import Extraction

    extraction = Extraction.load(cache_dir, warehouse, processes=processes)
    try:
        yield extraction
    finally:
        extraction.close()


def quality(
    entities: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, text, entities}.")] = GOLD / "entities.jsonl",
    counts: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, text, counts}.")] = GOLD / "counts.jsonl",
    incidents: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, published_date, text, incidents}.")
                         ] = GOLD / "incidents.jsonl",
    clusters: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, published_date, text, event, incident}.")
                        ] = GOLD / "incident_clusters.jsonl",
    places: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, kind, text, places}.")] = GOLD / "places.jsonl",
    events: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, kind, published_date, text, events}.")
                      ] = GOLD / "events.jsonl",
    show_errors: Annotated[bool, typer.Option(help="List every miss and every spurious find.")] = False,
) -> None:
    """Score extraction against the gold sets: entity spans and canonical names, counts, incidents
    (totals, kinds, places), the clustering of articles that report one event, geocoding, and coded
    events (type, sub-type, date, place, actors, fatalities)."""
    with _extraction(user_cache_dir()) as extraction:
        _score(extraction, entities, counts, incidents, clusters, show_errors)
        _score_places(extraction, places, show_errors)
        _score_events(extraction, events, show_errors)


def _score_events(extraction, events: Path, show_errors: bool) -> None:
    """Every gold event, by kind of text: found at all, placed near, typed, dated, its actors and dead;
    beside the type, a peer of a few keyword rules."""
    from dateline.evaluation.quality import NEAR_KM, event_scores
    from dateline.night.extract import Doc, _day

    gold = _read_jsonl(events)
    found = list(extraction.records([Doc(d["doc_id"], d["text"], _day(d["published_date"])) for d in gold]))
    for kind in sorted({d["kind"] for d in gold}) + ["all"]:
        docs = [d for d in gold if kind in ("all", d["kind"])]
        s = event_scores(docs, found)
        deaths_f1 = 2 * s.deaths_tp / max(2 * s.deaths_tp + s.deaths_fp + s.deaths_fn, 1)
        typer.echo(f"\nEvents: {kind} ({len(docs)} docs, {s.gold} events; {s.spurious} extracted events match none)")
        for label, right, total in (
                ("an incident", s.found, s.gold), ("an incident with a place", s.placed, s.gold),
                (f"place within {NEAR_KM} km (of events with a place)", s.near, s.with_place),
                ("event type", s.type_right, s.gold), ("  keyword peer's event type", s.peer_type_right, s.gold),
                ("sub-event type", s.sub_type_right, s.gold),
                ("event date exact (text gives a full date)", s.full_date_right, s.full_dates),
                ("event date at its precision (all)", s.date_right, s.gold),
                ("actor1", s.actor1_right, s.actor1_gold), ("actor2", s.actor2_right, s.actor2_gold),
                ("killed exact", s.killed_exact, s.killed_gold)):
            typer.echo(f"{label:<48} {right:>4}/{total:<4} = {right / max(total, 1):.3f}")
        typer.echo(f"{'F1 of deaths > 0':<48} {deaths_f1:.3f}")
        if kind == "all":
            typer.echo("event type by type: " + ", ".join(f"{t} {r}/{n}" for t, (r, n) in s.by_type.items()))
    if show_errors:
        by_doc = {d["doc_id"]: d["incidents"] for d in found}
        for doc in gold:
            typer.echo(f"{doc['doc_id']}\tgold\t" + " | ".join(
                f"{e['sub_event_type']} {e['event_date']} @{(e['place'] or {}).get('name')} {e['actor1']} > {e['actor2']} "
                f"k={e['killed']}" for e in doc["events"]))
            typer.echo(f"{doc['doc_id']}\tfound\t" + " | ".join(
                f"{i['sub_event_type']} {i['event_date']} @{i['place']} {i['actor1']} > {i['actor2']} "
                f"k={(i['killed'] or {}).get('best')}" for i in by_doc[doc["doc_id"]] if i["kind"] == "incident")
                + f"\t{doc['text'][:140]}")


def _score_places(extraction, places: Path, show_errors: bool) -> None:
    """Every gold place mention, end to end; beside it, the same names each taken as the most populous
    place of that name (the naive geocoder's rule)."""
    import polars as pl

    from dateline.evaluation.quality import NEAR_KM, place_scores
    from dateline.night.extract import Doc, _place
    from transforms.places import QUERY_SCHEMA

    gold = _read_jsonl(places)
    found = list(extraction.records([Doc(d["doc_id"], d["text"]) for d in gold]))
    named = [e for record in found for e in record["entities"] if "place" in e]
    alone = extraction.resources.places.geocode(pl.DataFrame(
        [(str(i), e["text"], None, []) for i, e in enumerate(named)], schema=QUERY_SCHEMA, orient="row"))
    by_query = dict(zip(alone["query_id"], alone.iter_rows(named=True)))
    query_of = {id(e): str(i) for i, e in enumerate(named)}
    naive = [{**record, "entities": [{**e, "place": _place(by_query.get(query_of[id(e)]))} if "place" in e else e
                                     for e in record["entities"]]} for record in found]
    ours, peer = place_scores(gold, found), place_scores(gold, naive)
    typer.echo(f"\nPlaces ({len(gold)} docs, {ours.gold} gold place mentions; end to end)")
    typer.echo(f"{'':<40} {'Dateline':>16} {'most populous':>16}")
    for label, right, other, total in (
            ("found and geocoded", ours.found, peer.found, ours.gold),
            (f"within {NEAR_KM} km", ours.near, peer.near, ours.gold),
            ("same GeoNames id (where both have one)", ours.same_id, peer.same_id, ours.both_ids)):
        typer.echo(f"{label:<40} {right:>5}/{total:<4} {right / max(total, 1):.3f} {other:>5}/{total:<4} "
                   f"{other / max(total, 1):.3f}")
    for group, (near, total) in ours.by_group.items():
        typer.echo(f"  within {NEAR_KM} km, {group:<30} {near:>5}/{total:<4} = {near / max(total, 1):.3f}")
    if show_errors:
        from dateline.evaluation.quality import distance_km

        by_doc = {record["doc_id"]: record for record in found}
        for doc in gold:
            for expected in doc["places"]:
                covering = [e for e in by_doc[doc["doc_id"]]["entities"]
                            if e["start"] < expected["end"] and expected["start"] < e["end"]]
                place = next((e["place"] for e in covering if e.get("place")), None)
                far = (distance_km((expected["latitude"], expected["longitude"]), (place["latitude"], place["longitude"]))
                       if place else None)
                if far is None or far > NEAR_KM:
                    got = f"{place['name']} ({place['level']}, {place['country_code']}, {far:.0f} km)" if place else (
                        "no place: " + ", ".join(f"{e['label']} {e.get('not_geocoded_because') or ''}" for e in covering)
                        if covering else "not found")
                    typer.echo(f"{doc['doc_id']}\tplace\t{expected['text']}\t{expected['name']} ({expected['level']}, "
                               f"{expected['country_code']})\t{got}")


def _score(extraction, entities: Path, counts: Path, incidents: Path, clusters: Path, show_errors: bool) -> None:
    import polars as pl

    from dateline.evaluation.quality import (
        article_clusters,
        bcubed,
        canonical_accuracy,
        count_errors,
        count_scores,
        errors,
        incident_scores,
        span_scores,
        span_scores_by_genre,
        tfidf_baseline,
    )
    from dateline.night.extract import Doc, _day
    from transforms.duplicates import minhash_signatures
    from transforms.names import name_key

    entity_gold, count_gold = _read_jsonl(entities), _read_jsonl(counts)
    incident_gold, cluster_gold = _read_jsonl(incidents), _read_jsonl(clusters)
    entity_found = list(extraction.records([Doc(d["doc_id"], d["text"]) for d in entity_gold]))
    count_found = list(extraction.records([Doc(d["doc_id"], d["text"]) for d in count_gold]))
    typer.echo(f"Entities ({len(entity_gold)} docs, exact spans)")
    _print_scores(span_scores(entity_gold, entity_found))
    for genre, scores in span_scores_by_genre(entity_gold, entity_found).items():
        typer.echo(f"\n  {genre} ({sum(d['topic'] == genre for d in entity_gold)} docs)")
        _print_scores(scores)
    right, total = canonical_accuracy(entity_gold, entity_found)
    typer.echo(f"canonical names right on matched spans: {right}/{total} = {right / max(total, 1):.3f}\n")
    typer.echo(f"Counts ({len(count_gold)} docs)")
    _print_scores(count_scores(count_gold, count_found))

    def docs(gold):
        return [Doc(d["doc_id"], d["text"], _day(d["published_date"])) for d in gold]

    # That gold's incidents are the counted ones: events without a number are scored on the events gold.
    incident_found = [{**record, "incidents": [i for i in record["incidents"] if i["count_ids"]]}
                      for record in extraction.records(docs(incident_gold))]
    scores = incident_scores(incident_gold, incident_found, extraction.same_place)
    typer.echo(f"\nIncidents ({len(incident_gold)} reports, {scores.gold} incidents; {scores.found} found, "
               f"{scores.matched} matched by type)")
    for label, right, total in (
            ("killed exact (low and high)", scores.killed_exact, scores.killed_gold),
            ("killed within 10% (best)", scores.killed_within_10, scores.killed_gold),
            ("kind (incident/toll/historical)", scores.kind_right, scores.gold),
            ("place (same GeoNames place)", scores.places_right, scores.places_gold),
            ("tolls and history kept out of the daily marts", scores.not_incidents - scores.leaks,
             scores.not_incidents)):
        typer.echo(f"{label:<48} {right:>4}/{total:<4} = {right / max(total, 1):.3f}")
    signatures = minhash_signatures(pl.DataFrame({"article_id": [d["doc_id"] for d in cluster_gold],
                                                  "body": [d["text"] for d in cluster_gold]}))
    countries = {name_key(name) for name in extraction.gazetteer.countries.values()}
    labels = article_clusters(list(extraction.records(docs(cluster_gold))), {d["doc_id"]: d for d in cluster_gold},
                              signatures, countries)
    events = {d["doc_id"]: d["event"] for d in cluster_gold}
    precision, recall, f1 = bcubed(events, labels)
    typer.echo(f"\nClusters ({len(cluster_gold)} articles, {len(set(events.values()))} events): "
               f"B-cubed precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    cut, (precision, recall, f1) = tfidf_baseline({d["doc_id"]: f"{d['title']}\n\n{d['text']}" for d in cluster_gold},
                                                  events)
    typer.echo(f"  TF-IDF baseline, average linkage cut at cosine distance {cut} (its best): "
               f"B-cubed precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    if show_errors:
        for row in errors(entity_gold, entity_found) + count_errors(count_gold, count_found):
            typer.echo("\t".join(row))
        found = {d["doc_id"]: d["incidents"] for d in incident_found}
        for doc in incident_gold:
            typer.echo(f"{doc['doc_id']}\tgold\t{_brief(doc['incidents'])}\n{doc['doc_id']}\tfound\t"
                       f"{_brief(found[doc['doc_id']])}\t{doc['text'][:120]}")
        by_event: dict[str, list[str]] = {}
        for doc in cluster_gold:
            by_event.setdefault(doc["event"], []).append(f"{doc['doc_id']}->{str(labels[doc['doc_id']])[-6:]}")
        for event, members in sorted(by_event.items()):
            typer.echo(f"{event}\t{' '.join(members)}")


def _brief(incidents: list[dict]) -> str:
    return "; ".join(f"{i['kind'][:4]} {i['type']} k={_figure(i['killed'])} w={_figure(i['wounded'])} "
                     f"@{i['place']}" for i in incidents)


def _figure(figure: dict | None) -> str:
    return "-" if figure is None else f"{figure['low']}..{figure['high']}"


def _read_jsonl(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _print_scores(scores) -> None:
    typer.echo(f"{'':<14} {'gold':>6} {'found':>6} {'right':>6} {'precision':>10} {'recall':>8} {'F1':>6}")
    for score in scores:
        typer.echo(f"{score.label:<14} {score.gold:>6} {score.predicted:>6} {score.correct:>6} "
                   f"{score.precision:>10.3f} {score.recall:>8.3f} {score.f1:>6.3f}")
