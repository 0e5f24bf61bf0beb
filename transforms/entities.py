"""Entities: mentions resolved to one canonical entity each, the entity and alias dimensions, and
article x entity facts (mentions, co-occurrence).

Resolution, in order: an acronym defined in the article takes its expansion; a person's surname
or partial name takes the full name used nearby in the article; then every name is looked up by
its key (case, diacritics, apostrophes, hyphens, `al-` ignored) in the gazetteer and among the
entities already known; a lone surname links to a known person only when exactly one has it; a
multi-word name spelled almost like a known one (rapidfuzz, same words and initials) is that one.
"""

import re
from collections import Counter, defaultdict

import polars as pl
from rapidfuzz import fuzz, process

from transforms.datelines import find_dateline
from transforms.english import english
from transforms.gazetteer import Gazetteer
from transforms.keys import key_column
from transforms.names import last_name_key, name_key
from transforms.spans import CONTAINS_CORPORATE_WORD, CONTAINS_ORG_WORD, CURATED_SOURCES

ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "GROUP", "EVENT", "OTHER")
STG_MENTION_SCHEMA = {
    "article_id": pl.String,
    "start": pl.Int32,
    "end": pl.Int32,
    "text": pl.String,
    "label": pl.String,
    "sentence_index": pl.Int32,
    "canonical_name": pl.String,
    "entity_id": pl.String,
    "country_code": pl.String,
    "learned_from": pl.String,  # how the mention was tied to its entity
}
KNOWN_ENTITY_SCHEMA = {"entity_id": pl.String, "canonical_name": pl.String, "entity_type": pl.String,
                       "country_code": pl.String}
DIM_ENTITY_SCHEMA = {
    "entity_key": pl.Int64,
    "entity_id": pl.String,
    "canonical_name": pl.String,
    "entity_type": pl.String,
    "country_code": pl.String,
    "country_entity_key": pl.Int64,  # the PLACE entity of that country
    "first_seen_date": pl.Date,
    "last_seen_date": pl.Date,
}
# What a chunk adds to dim_entity and dim_entity_alias; the run's partials are added up at its end.
ENTITY_PARTIAL_SCHEMA = {
    "entity_key": pl.Int64,
    "entity_id": pl.String,
    "canonical_name": pl.String,
    "entity_type": pl.String,
    "country_code": pl.String,
    "country_entity_key": pl.Int64,
    "mentions": pl.Int64,  # 0 for a country entity added because an entity points to it
    "first_seen_date": pl.Date,
    "last_seen_date": pl.Date,
}
DIM_ENTITY_ALIAS_SCHEMA = {
    "alias_id": pl.String,  # entity_id|alias name key
    "alias": pl.String,
    "entity_key": pl.Int64,
    "learned_from": pl.String,
}
ALIAS_PARTIAL_SCHEMA = DIM_ENTITY_ALIAS_SCHEMA | {"article_id": pl.String, "start": pl.Int32}  # the first mention
FCT_ENTITY_MENTION_SCHEMA = {
    "article_key": pl.Int64,
    "entity_key": pl.Int64,
    "mention_count": pl.Int32,
    "first_offset": pl.Int32,
    "first_sentence_index": pl.Int32,
    "is_in_title": pl.Boolean,
    "extractor_version": pl.String,
    "place_key": pl.Int64,  # where a place entity, a nationality or a name after 'in' is (transforms.geocoding)
    "geocoded_by": pl.String,
    "not_geocoded_because": pl.String,
}
FCT_ENTITY_COOCCURRENCE_SCHEMA = {
    "article_key": pl.Int64,
    "entity_key_a": pl.Int64,  # entity_key_a < entity_key_b
    "entity_key_b": pl.Int64,
    "shared_sentences": pl.Int32,
    "extractor_version": pl.String,  # dateline.extraction.versions.extractor_version: what produced the row
}
ACRONYM_DEFINITION = re.compile(r"\s\((?P<short>[A-Z][A-Za-z0-9&]{1,9})\)")
ACRONYM_LOOKBACK = 200
ACRONYM_FILLERS = {"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le", "&"}
LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|PLC|plc|AG|AS|ASA|SA|NV|GmbH|Co)\.?)+$"
                        r"|\s+&\s+Co\.?$")
GENERIC_BODY = re.compile(
    r"(?:(?:Foreign|Defen[cs]e|Interior|Health|Finance|Justice|Education|Energy|Oil|Economy|Trade|Agriculture"
    r"|Environment|Information|Culture|Transport|Labou?r|Housing|Tourism|Home)\s+Ministry|Ministry\s+of\s+[A-Z][\w ,]+"
    r"|Parliament|Senate|Congress|Supreme Court|Constitutional Court|High Court|Central Bank|National Assembly"
    r"|Cabinet|Government|Army|Navy|Air Force|Armed Forces|Police|National Police|Coast Guard|Border Police"
    r"|Foreign Office|Election Commission|Electoral Commission|Presidency|Interior|General Staff)")
SURNAME_LABELS = ("PERSON", "ORG", "OTHER", "PLACE", "GROUP")  # 'Ahmadian' reads like a nationality
# Country abbreviations that open an organization's name, spelled out in its canonical name.
COUNTRY_PREFIXES = {"U.S.": "United States", "US": "United States", "U.K.": "United Kingdom",
                    "UK": "United Kingdom", "U.N.": "United Nations", "UN": "United Nations", "EU": "European Union"}
# Names of peoples and followers take the plural ('Bavarian', 'Hutu', 'Meitei'); others ('Swiss',
# 'Chinese', or a place the model took for a people) stay as written.
PEOPLE_NAME = re.compile(r"(?:an|i|u|ite|ist)$")
FUZZY_TYPES = ("PERSON", "ORG")
FUZZY_MIN_SCORE = 90  # rapidfuzz ratio on name keys: one or two letters apart in a long name
FUZZY_MIN_WORD = 6
SHOUTED_MIN_LENGTH = 5  # all-capitals names this long are headline or dateline text, not acronyms


def stg_mentions(spans: pl.DataFrame, articles: pl.DataFrame, gazetteer: Gazetteer,
                 known: pl.DataFrame) -> pl.DataFrame:
    """One row per entity mention, resolved to its canonical entity. `spans` carry Dateline labels;
    `articles` give each body (for acronym definitions); `known` are the warehouse's entities (all of
    them, or those `known_entity_candidates` selects). Each article is resolved on its own."""
    bodies = dict(zip(articles["article_id"], articles["body"]))
    resolver = _Resolver(gazetteer, known)
    rows = []
    for (article_id,), group in spans.sort("start").group_by("article_id", maintain_order=True):
        rows += resolver.article(bodies.get(article_id, ""), group.to_dicts())
    return pl.DataFrame(rows, schema=STG_MENTION_SCHEMA).sort("article_id", "start")


def canonical_surface(surface: str, label: str = "") -> str:
    """How a name is written when nothing better is known: single spaces, headline capitals undone;
    organizations without legal form (Inc., Ltd.) and with country abbreviations spelled out; peoples
    in the plural."""
    name = " ".join(surface.split())
    if label == "ORG":
        name = LEGAL_FORM.sub("", name) or name
        first, _, rest = name.partition(" ")
        if rest and first in COUNTRY_PREFIXES:
            name = f"{COUNTRY_PREFIXES[first]} {rest}"  # 'U.S. Soccer Federation' -> 'United States ...'
    if label == "GROUP" and PEOPLE_NAME.search(name) and name[:1].isupper():
        name = _plural(name)  # a people by its plural, as the demonym table writes them: 'Hutu' -> 'Hutus'
    if name.isupper() and len(name.replace(" ", "")) >= SHOUTED_MIN_LENGTH:
        name = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())
        name = re.sub(r"\b(Al|El)-", lambda m: m.group(1).lower() + "-", name)
    return name


def defined_acronyms(body: str) -> dict[str, str]:
    """Acronyms defined in the text, 'Popular Mobilization Forces (PMF)', by key: the expansion is the
    shortest run of words before the parenthesis whose initials spell the acronym."""
    found = {}
    for match in ACRONYM_DEFINITION.finditer(body):
        before = body[max(match.start() - ACRONYM_LOOKBACK, 0):match.start()]
        before = re.split(r"[()\n]", before)[-1]  # the expansion never crosses a bracket or a line
        tokens = list(re.finditer(r"[\w’']+|&", before))  # hyphenated words give an initial each
        words = [t.group(0) for t in tokens]
        short = re.sub(r"([A-Z])(\d)", lambda m: m.group(1) * int(m.group(2)),  # C3S: C, C, C, S
                       match.group("short").replace("&", "").upper())
        for size in range(1, min(len(words), 12) + 1):
            candidate = words[-size:]
            if candidate[0][0].isupper() and _spells(short, candidate):
                found[name_key(match.group("short"))] = before[tokens[-size].start():].strip()
                break
    return found


def _spells(letters: str, words: list[str]) -> bool:
    """Whether the words' initials (whole acronym-like words count in full) spell `letters`."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in ACRONYM_FILLERS and _spells(letters, rest):
        return True
    if word.isupper() and letters.startswith(word.upper()) and _spells(letters[len(word):], rest):
        return True
    return bool(letters) and word[0].upper() == letters[0] and _spells(letters[1:], rest)


def _is_short_form(key: str, longer_key: str) -> bool:
    words, longer = key.split(), longer_key.split()
    return len(words) < len(longer) and (longer[:len(words)] == words or longer[-len(words):] == words)


def _plural(name: str) -> str:
    words = name.split()
    return " ".join([*words[:-1], english.plural_noun(words[-1]) or words[-1]])


def entity_id(entity_type: str, canonical_name: str) -> str:
    return f"{entity_type}|{name_key(canonical_name)}"


class _Resolver:
    def __init__(self, gazetteer: Gazetteer, known: pl.DataFrame):
        self.gazetteer = gazetteer
        self.known = {row["entity_id"]: row for row in known.iter_rows(named=True)}
        # People known by full name, by last name: from the alias table and the warehouse as it was
        # before the run (never from other articles of the run, so chunking cannot change a result).
        self.people_by_last_name: dict[str, set[str]] = defaultdict(set)
        full_names = [row["canonical_name"] for row in self.known.values() if row["entity_type"] == "PERSON"]
        full_names += [e.canonical_name for e in gazetteer.entries.values() if e.entity_type == "PERSON"]
        for name in full_names:
            entry = gazetteer.lookup(name)
            canonical = entry.canonical_name if entry is not None and entry.entity_type == "PERSON" else name
            if len(name_key(canonical).split()) > 1:
                self.people_by_last_name[last_name_key(canonical)].add(canonical)
        # Multi-word names already known, by type, for spelling variants (Mohammad / Mohammed).
        self.fuzzy: dict[str, dict[str, str]] = defaultdict(dict)
        self._variants: dict[tuple[str, str], str | None] = {}
        named = [(row["entity_type"], row["canonical_name"]) for row in self.known.values()]
        named += [(e.entity_type, e.canonical_name) for e in gazetteer.entries.values() if e.source == "alias_table"]
        for entity_type, canonical in named:
            key = name_key(canonical)
            if entity_type in FUZZY_TYPES and len(key.split()) > 1:
                self.fuzzy[entity_type].setdefault(key, canonical)

    def article(self, body: str, mentions: list[dict]) -> list[dict]:
        acronyms = defined_acronyms(body)
        names: list[tuple[int, str, str]] = []  # (start, type, canonical) of multi-word names so far
        rows = []
        for mention in mentions:
            resolved = self._resolve(mention["text"], mention["label"], acronyms, names, mention["start"])
            if resolved is None:
                continue
            canonical, entity_type, country_code, learned_from = resolved
            if len(name_key(canonical).split()) > 1:
                names.append((mention["start"], entity_type, canonical))
            rows.append({**mention, "label": entity_type, "canonical_name": canonical,
                         "entity_id": entity_id(entity_type, canonical), "country_code": country_code,
                         "learned_from": learned_from})
        rows = self._link_later_full_names(self._people_taken_for_organizations(rows))
        return self._national_bodies(body, rows)

    def _national_bodies(self, body: str, rows: list[dict]) -> list[dict]:
        """A generic body ('Foreign Ministry', 'Senate', 'Supreme Court') is a different actor in every
        country: it takes the country of the article (its dateline, else the country its places are
        in most often), so Iraq's and Britain's defence ministries never merge."""
        generic = [r for r in rows if r["label"] == "ORG" and r["learned_from"] in ("observed", "short_name_in_article")
                   and GENERIC_BODY.fullmatch(r["canonical_name"])]
        country = self._article_country(body, rows) if generic else None
        name = self.gazetteer.country_name(country) if country else None
        for row in generic if name else []:
            canonical = f"{name} {row['canonical_name']}"  # 'United States Senate', 'Iraq Defence Ministry'
            row.update(canonical_name=canonical, entity_id=entity_id("ORG", canonical), country_code=country,
                       learned_from="national_body")
        return rows

    def _article_country(self, body: str, rows: list[dict]) -> str | None:
        dateline = find_dateline(body)
        if dateline is not None:
            entry = self.gazetteer.lookup(dateline.group("place"))
            if entry is not None and entry.country_code:
                return entry.country_code
        codes = Counter(r["country_code"] for r in rows if r["label"] == "PLACE" and r["country_code"])
        return codes.most_common(1)[0][0] if codes else None

    @staticmethod
    def _people_taken_for_organizations(rows: list[dict]) -> list[dict]:
        """'Marcus Hale' tagged ORG is a person when the article also calls him 'Hale' as a person."""
        lone_people = {name_key(r["text"]) for r in rows if r["label"] == "PERSON" and " " not in r["text"].strip()}
        for row in rows:
            words = row["text"].split()
            if (row["label"] == "ORG" and row["learned_from"] == "observed" and 2 <= len(words) <= 3
                    and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
                    and not CONTAINS_ORG_WORD.search(row["text"]) and not CONTAINS_CORPORATE_WORD.search(row["text"])
                    and name_key(words[-1]) in lone_people):
                row.update(label="PERSON", entity_id=entity_id("PERSON", row["canonical_name"]))
        return rows

    def _resolve(self, surface, label, acronyms, names, start):
        key = name_key(surface)
        if not key:
            return None
        if surface.isupper() and key in acronyms:
            expansion = self._resolve(acronyms[key], label, {}, [], start)
            return expansion[:3] + ("acronym",) if expansion else None
        if len(key.split()) == 1 and label in SURNAME_LABELS:
            # A lone surname after the full name is that person, whatever the model called it
            # ('Biden met Scholz' gives an ORG; 'Hidalgo' a place).
            people = [name for offset, kind, name in names if kind == "PERSON" and offset < start
                      and last_name_key(name) == key]
            if people:
                return people[-1], "PERSON", None, "surname_in_article"
            given = {name for offset, kind, name in names if kind == "PERSON" and offset < start
                     and name_key(name).split()[0] == key}
            if label == "PERSON" and len(given) == 1:
                return given.pop(), "PERSON", None, "given_name_in_article"  # 'Farhan' after 'Farhan Ahmed'
        entry = self.gazetteer.lookup(surface)
        if entry is not None and (entry.entity_type == label or entry.source in CURATED_SOURCES):
            return entry.canonical_name, entry.entity_type, entry.country_code, entry.source
        team = self.gazetteer.team_places.get(key) if label == "ORG" else None
        if team is not None:  # a city the text shows playing is its club: 'Leverkusen beat Bayern'
            return team.canonical_name, "ORG", team.country_code, team.source
        if label in ("ORG", "PERSON"):
            # A short form of an organization named in full earlier: 'Brightwater', 'Celtics' (the
            # model often takes a company's short name for a person).
            longer = [name for offset, kind, name in names if kind == "ORG" and offset < start
                      and _is_short_form(key, name_key(name))]
            if longer:
                return longer[-1], "ORG", None, "short_name_in_article"
        if label == "PERSON" and len(key.split()) == 1:
            candidates = self.people_by_last_name.get(key, set())
            if len(candidates) == 1:
                return next(iter(candidates)), "PERSON", None, "surname_known"
        known = self.known.get(entity_id(label, surface))
        if known is not None:
            return known["canonical_name"], label, known["country_code"], "warehouse"
        variant = self._spelling_variant(key, label)
        if variant is not None:
            return variant, label, None, "fuzzy"
        return canonical_surface(surface, label), label, None, "observed"

    def _spelling_variant(self, key: str, label: str) -> str | None:
        """A known name of the same type spelled almost the same way, word for word, only long words
        differing: 'Mohammad Shia al-Sudani' is 'Mohammed Shia al-Sudani'; 'Joan Smith' is not
        'John Smith', nor 'Sadiq Khan' 'Imran Khan'."""
        if (key, label) not in self._variants:
            self._variants[key, label] = self._closest_spelling(key, label)
        return self._variants[key, label]

    def _closest_spelling(self, key: str, label: str) -> str | None:
        names = self.fuzzy.get(label)
        words = key.split()
        if not names or len(words) < 2:
            return None
        match = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if match is None:
            return None
        other = match[0].split()
        if len(other) != len(words):
            return None
        for mine, theirs in zip(words, other):
            # Short names one letter apart are different names (John, Joan); long ones are spellings.
            if mine != theirs and (mine[0] != theirs[0] or min(len(mine), len(theirs)) < FUZZY_MIN_WORD):
                return None
        return names[match[0]]

    @staticmethod
    def _link_later_full_names(rows: list[dict]) -> list[dict]:
        """A surname used before the full name ('Rasool ... Yehia Rasool') links forward too."""
        full = {}
        for row in rows:
            if row["label"] == "PERSON" and len(name_key(row["canonical_name"]).split()) > 1:
                full.setdefault(last_name_key(row["canonical_name"]), row["canonical_name"])
        for row in rows:
            if row["label"] in SURNAME_LABELS and row["learned_from"] == "observed":
                key = name_key(row["canonical_name"])
                if len(key.split()) == 1 and key in full:
                    row.update(label="PERSON", canonical_name=full[key], entity_id=entity_id("PERSON", full[key]),
                               learned_from="surname_in_article")
        return rows


def known_entity_candidates(spans: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """The name keys a chunk may resolve to, and the initials of its multi-word names: what is asked
    of the warehouse's entities (warehouse/sql/known_entities_for.sql), instead of reading them all."""
    keys = {name_key(text) for text in spans["text"]}
    for body in articles["body"]:
        keys |= {name_key(expansion) for expansion in defined_acronyms(body).values()}
    keys.discard("")
    return pl.DataFrame({"name_key": sorted(keys)}, schema={"name_key": pl.String}).with_columns(
        pl.col("name_key").str.split(" ").list.eval(pl.element().str.slice(0, 1)).list.join("").alias("initials"))


def entity_partials(mentions: pl.DataFrame, articles: pl.DataFrame, gazetteer: Gazetteer) -> pl.DataFrame:
    """Per entity, name and country code of a chunk: mentions and first and last publication dates,
    plus a row for each country entity pointed to. Partials add up over chunks in any order
    (warehouse/sql/finalize_dim_entity.sql makes dim_entity rows of them)."""
    dated = mentions.join(articles.select("article_id", pl.col("published_at").dt.date().alias("day")),
                          on="article_id", how="left")
    partials = dated.group_by("entity_id", "canonical_name", "country_code").agg(
        pl.col("label").first().alias("entity_type"),
        pl.len().cast(pl.Int64).alias("mentions"),
        pl.col("day").min().alias("first_seen_date"),
        pl.col("day").max().alias("last_seen_date"),
    )
    countries = _country_entities(partials["country_code"].drop_nulls().unique().to_list(), gazetteer)
    country_ids = dict(zip(countries["country_code"], countries["entity_id"]))
    return (
        pl.concat([partials, countries.with_columns(pl.lit(0, pl.Int64).alias("mentions"))], how="diagonal_relaxed")
        .with_columns(
            key_column(pl.col("entity_id")).alias("entity_key"),
            key_column(pl.col("country_code").replace_strict(country_ids, default=None)).alias("country_entity_key"),
        )
        .select(list(ENTITY_PARTIAL_SCHEMA))
        .cast(ENTITY_PARTIAL_SCHEMA)
        .sort("entity_id", "canonical_name", "country_code", "mentions", nulls_last=True)
    )


def _country_entities(codes: list[str], gazetteer: Gazetteer) -> pl.DataFrame:
    rows = []
    for code in sorted(codes):
        name = gazetteer.country_name(code)
        if name is not None:
            rows.append({"entity_id": entity_id("PLACE", name), "canonical_name": name, "entity_type": "PLACE",
                         "country_code": code})
    return pl.DataFrame(rows, schema=KNOWN_ENTITY_SCHEMA | {"first_seen_date": pl.Date, "last_seen_date": pl.Date})


def alias_partials(mentions: pl.DataFrame) -> pl.DataFrame:
    """Per entity and spelling (by key) of a chunk, its first mention: where, as written, how tied."""
    return (
        mentions.with_columns(pl.col("text").map_elements(name_key, return_dtype=pl.String).alias("_key"))
        .sort("article_id", "start")
        .unique(["entity_id", "_key"], keep="first", maintain_order=True)
        .select(
            pl.concat_str("entity_id", pl.lit("|"), "_key").alias("alias_id"),
            pl.col("text").alias("alias"),
            key_column(pl.col("entity_id")).alias("entity_key"),
            "learned_from", "article_id", "start",
        )
        .cast(ALIAS_PARTIAL_SCHEMA)
        .sort("alias_id")
    )


def fct_entity_mention(mentions: pl.DataFrame, articles: pl.DataFrame, mention_places: pl.DataFrame,
                       extractor_version: str) -> pl.DataFrame:
    """One row per article and entity: mentions, first offset and sentence, whether the title names it,
    and the place it names (`mention_places`: transforms.geocoding.MENTION_PLACE_SCHEMA), or why not."""
    titles = articles.select("article_id", pl.col("title").fill_null("").str.to_lowercase().alias("_title"))
    return (
        mentions.join(titles, on="article_id", how="left")
        .with_columns(pl.col("_title").str.contains(pl.col("text").str.to_lowercase(), literal=True)
                      .alias("_in_title"))
        .group_by("article_id", "entity_id")
        .agg(
            pl.len().alias("mention_count"),
            pl.col("start").min().alias("first_offset"),
            pl.col("sentence_index").min().alias("first_sentence_index"),
            pl.col("_in_title").any().alias("is_in_title"),
        )
        .join(mention_places, on=["article_id", "entity_id"], how="left")
        .select(
            key_column(pl.col("article_id")).alias("article_key"),
            key_column(pl.col("entity_id")).alias("entity_key"),
            "mention_count", "first_offset", "first_sentence_index", "is_in_title",
            pl.lit(extractor_version).alias("extractor_version"),
            pl.when(pl.col("place_id").is_not_null()).then(key_column(pl.col("place_id"))).alias("place_key"),
            "geocoded_by", "not_geocoded_because",
        )
        .cast(FCT_ENTITY_MENTION_SCHEMA)
        .sort("article_key", "entity_key")
    )


def fct_entity_cooccurrence(mentions: pl.DataFrame, extractor_version: str) -> pl.DataFrame:
    """One row per article and pair of entities in it, with the number of sentences they share."""
    keyed = mentions.select(
        key_column(pl.col("article_id")).alias("article_key"),
        key_column(pl.col("entity_id")).alias("entity_key"), "sentence_index",
    ).unique()
    per_article = keyed.select("article_key", "entity_key").unique()
    pairs = (
        per_article.join(per_article, on="article_key", suffix="_b")
        .filter(pl.col("entity_key") < pl.col("entity_key_b"))
        .rename({"entity_key": "entity_key_a"})
    )
    shared = (
        keyed.join(keyed, on=["article_key", "sentence_index"], suffix="_b")
        .filter(pl.col("entity_key") < pl.col("entity_key_b"))
        .group_by("article_key", pl.col("entity_key").alias("entity_key_a"), "entity_key_b")
        .agg(pl.col("sentence_index").n_unique().alias("shared_sentences"))
    )
    return (
        pairs.join(shared, on=["article_key", "entity_key_a", "entity_key_b"], how="left")
        .with_columns(pl.col("shared_sentences").fill_null(0), pl.lit(extractor_version).alias("extractor_version"))
        .select(list(FCT_ENTITY_COOCCURRENCE_SCHEMA))
        .cast(FCT_ENTITY_COOCCURRENCE_SCHEMA)
        .sort("article_key", "entity_key_a", "entity_key_b")
    )

