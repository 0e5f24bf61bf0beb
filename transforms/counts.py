"""Counts: how many were killed, wounded, arrested, displaced... as the text reports them.

Each amount in a sentence (transforms.numbers) becomes at most one count. Its type comes from the
signal words in `seeds/count_types.csv`: a counted thing that is itself an attack ('85 targets',
'three drone strikes'), else a verb or noun before the amount ('killed two', 'the deaths of three'),
else one after its object ('16 members ... were killed'), else the type of the amount it is
coordinated with ('killed 5 and 12 soldiers'). The same count again in the article is a repeat.
"""

import re
from functools import cache

import inflect
import polars as pl

from transforms.keys import key_column
from transforms.numbers import SPORT, amounts

COUNT_TYPES = ("KILL", "WOUND", "ARREST", "KIDNAP", "MISSING", "DISPLACE", "AFFECT", "PROTEST", "SEIZE", "STRIKE")
QUALIFIERS = ("exact", "at_least", "at_most", "approximately", "range")
COUNT_WORDS_SCHEMA = {"count_type": pl.String, "phrase": pl.String, "position": pl.String}
STG_COUNT_SCHEMA = {
    "article_id": pl.String,
    "count_type": pl.String,
    "quantity": pl.Int64,
    "quantity_low": pl.Int64,
    "quantity_high": pl.Int64,
    "qualifier": pl.String,
    "object": pl.String,
    "start": pl.Int32,
    "end": pl.Int32,
    "sentence": pl.String,
    "sentence_start": pl.Int32,
    "trigger_voice": pl.String,  # active: the trigger precedes the amount; passive: it follows
    "is_repeat": pl.Boolean,
}
ABBREVIATION_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Sen|Rep"
    r"|Gov|St|No|Nos|Vol|Fig|approx|est|vs|[A-Z])\.$")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
WORD = re.compile(r"[A-Za-z][\w'’\-]*|[^\w\s]")
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "some", "all", "those", "these", "other",
               "another", "them", "whom"}
# Words that end the counted object's noun phrase.
STOP_WORDS = {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who", "whom", "which", "that",
    "in", "on", "at", "by", "from", "during", "after", "before", "when", "while", "and", "or", "but", "with",
    "as", "to", "for", "into", "near", "across", "inside", "outside", "since", "according", "including",
    "among", "amid", "of", "over", "under", "this", "last", "on", "reportedly", "also", "still", "remain",
    "remained", "later", "overnight", "yesterday", "today", "so", "far", "without", "across", "around",
    "said", "says", "told", "shook", "hit", "left", "took", "went", "came", "gave", "made", "rose", "fell",
    "struck", "fled", "met", "saw", "began", "say", "were", "will", "would", "could", "may", "might", "must",
}
# A word like 'shook' or 'armed' ends the object when a determiner, preposition or stop follows it.
VERB_LIKE = re.compile(r"^[a-z]+ed$")
MEASURES = {"tonne", "tonnes", "ton", "tons", "kilogram", "kilograms", "kg", "pound", "pounds", "barrel",
            "barrels", "round", "rounds", "box", "boxes", "crate", "crates", "litre", "litres", "gallon", "gallons"}
WINDOW_WORDS = 8
CLAUSE_BREAK = re.compile(r"[,.;:!?()\"“”]|\b(?:that|which|who|whom|but|while|when)\b")
partitive = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our|them|whom|those)\s+(?=[\d]|(?:\w+\s+)?(?:were|are)\b|\w)")
english = inflect.engine()


class CountRules:
    """Signal words by position, from the count-types table."""

    def __init__(self, count_words: pl.DataFrame):
        by_position: dict[str, dict[str, str]] = {"before": {}, "after": {}, "object": {}}
        for row in count_words.iter_rows(named=True):
            by_position[row["position"]][row["phrase"].lower()] = row["count_type"]
        self.before, self.after, self.objects = by_position["before"], by_position["after"], by_position["object"]
        self.before_pattern = _phrases_at_end(self.before)
        self.after_pattern = _phrases_anywhere(self.after)
        self.trigger_words = {phrase.split()[0] for phrase in self.before | self.after}


def stg_counts(articles: pl.DataFrame, rules: CountRules) -> pl.DataFrame:
    """One row per count in each article body, with its offsets into the body."""
    rows = []
    for article_id, body in zip(articles["article_id"], articles["body"]):
        seen = set()
        for sentence_start, sentence in _sentences(body):
            for count in sentence_counts(sentence, rules):
                key = (count["count_type"], count["quantity"], count["object"])
                rows.append({**count, "article_id": article_id, "start": sentence_start + count["start"],
                             "end": sentence_start + count["end"], "sentence": sentence,
                             "sentence_start": sentence_start, "is_repeat": key in seen})
                seen.add(key)
    return pl.DataFrame(rows, schema=STG_COUNT_SCHEMA).select(list(STG_COUNT_SCHEMA))


def sentence_counts(sentence: str, rules: CountRules) -> list[dict]:
    """Counts in one sentence, offsets relative to it."""
    found, previous = [], None
    for amount in amounts(sentence):
        after = sentence[amount.end:]
        if amount.quantity == 1 and partitive.match(after) and re.match(r"\s+of\s+\w+\s+(?:\d|[a-z]+\s)", after) \
                and amounts(after[:40]):
            continue  # 'one of the three people killed': the three are the count
        obj, rest = _object(after, rules, vague=amount.is_vague)
        count_type, voice = _count_type(sentence[:amount.start], obj, rest, rules)
        noun = re.match(r"\s*([a-z]+s)\b", rest)
        if voice == "active" and not obj and noun and noun.group(1) in rules.after:
            obj, rest = [noun.group(1)], rest[noun.end():]  # 'detained 25 protesters''
        if count_type is None and previous is not None and re.fullmatch(
                r"\s*(?:,\s*|and\s+|,\s*and\s+|or\s+)", sentence[previous["_object_end"]:amount.start]):
            count_type, voice = previous["count_type"], previous["trigger_voice"]
        if count_type == "PROTEST" and SPORT.search(sentence):
            count_type = None  # a crowd at a match is no protest
        if count_type is None:
            previous = None
            continue
        count = {"count_type": count_type, "quantity": amount.quantity, "quantity_low": amount.low,
                 "quantity_high": amount.high, "qualifier": amount.qualifier, "object": _normalized(obj),
                 "start": amount.start, "end": amount.end, "trigger_voice": voice,
                 "_object_end": len(sentence) - len(rest)}
        found.append(count)
        previous = count
    return [{k: v for k, v in c.items() if not k.startswith("_")} for c in found]


def _count_type(before: str, obj: list[str], rest: str, rules: CountRules) -> tuple[str | None, str | None]:
    head = " ".join(obj[-2:]).lower()
    for phrase in (head, obj[-1].lower() if obj else ""):
        if phrase in rules.objects:
            return rules.objects[phrase], "object"
    match = rules.before_pattern.search(before)
    if match is not None:
        return rules.before[match.group("phrase").lower()], "active"
    window = CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    window = " ".join(window.split()[:WINDOW_WORDS])
    match = rules.after_pattern.search(window)
    if match is not None and not amounts(window[:match.start()]):
        return rules.after[match.group("phrase").lower()], "passive"
    return None, None


def _object(after: str, rules: CountRules, vague: bool = False) -> tuple[list[str], str]:
    """The counted noun phrase right after an amount ('of its service members' included), and the rest."""
    skip = partitive.match(after) or (re.match(r"\s+of\s+(?=[a-z])", after) if vague else None)
    position = skip.end() if skip else 0
    words = []
    tokens = list(WORD.finditer(after, position))
    for index, match in enumerate(tokens):
        word = match.group(0)
        lowered = word.lower()
        following = tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else "."
        if lowered == "of" and words and words[-1].lower() in MEASURES and following.isalpha():
            words += [word, tokens[index + 1].group(0)]  # '2 tonnes of cocaine'
            position = tokens[index + 1].end()
            break
        verb = VERB_LIKE.match(lowered) and (following in STOP_WORDS or following in DETERMINERS
                                             or not following.isalpha())
        if not word[0].isalpha() or lowered in STOP_WORDS or lowered in rules.trigger_words or verb \
                or len(words) == 4:
            if lowered in rules.objects or " ".join([*words[-1:], lowered]) in rules.objects:
                words.append(word)
                position = match.end()
            break
        if not (lowered in DETERMINERS and not words):
            words.append(word)
        position = match.end()
    return words, after[position:]


def _normalized(words: list[str]) -> str | None:
    """Lower case, singular, without names before it: 'US service members' -> 'service member'."""
    kept = [w for w in words if not w[0].isupper() and w.lower() not in DETERMINERS | {"more"}]
    if not kept:
        return None
    phrase = " ".join(kept).lower()
    return _singular(phrase)


@cache
def _singular(phrase: str) -> str:
    singular = english.singular_noun(phrase)
    return singular if singular else phrase


def _sentences(body: str) -> list[tuple[int, str]]:
    """Sentences with a number in them, with their offsets; abbreviations ('Oct. 7', 'Gen. Ali') do
    not end a sentence."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(body):
        if ABBREVIATION_END.search(body[start:match.start()]):
            continue
        spans.append((start, body[start:match.start()]))
        start = match.end()
    spans.append((start, body[start:]))
    return [(offset, text) for offset, text in spans if any(ch.isdigit() for ch in text) or _has_number_word(text)]


def _has_number_word(text: str) -> bool:
    return bool(NUMBER_WORDS.search(text))


NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|dozen|dozens|scores|hundreds|thousands|millions)\b", re.IGNORECASE)


def _phrases_at_end(phrases: dict[str, str]) -> re.Pattern:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    determiners = "|".join(sorted(DETERMINERS | {"of"}))
    return re.compile(rf"\b(?P<phrase>{alternatives})\s+(?:(?:{determiners})\s+){{0,3}}$", re.IGNORECASE)


def _phrases_anywhere(phrases: dict[str, str]) -> re.Pattern:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?P<phrase>{alternatives})\b", re.IGNORECASE)


FCT_EVENT_COUNT_SCHEMA = {
    "article_key": pl.Int64,
    "date_key": pl.Int32,
    "count_type": pl.String,
    "quantity": pl.Int64,
    "quantity_low": pl.Int64,
    "quantity_high": pl.Int64,
    "qualifier": pl.String,
    "object": pl.String,
    "place_entity_key": pl.Int64,
    "actor_entity_key": pl.Int64,
    "sentence": pl.String,
    "char_offset": pl.Int32,
    "is_repeat": pl.Boolean,
}
ACTOR_TYPES = ("ORG", "GROUP", "PERSON")


def count_context(counts: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Each count with the place and actor its sentence names: the place nearest the amount (one
    after it first), the actor before an active trigger or after 'by' for a passive one."""
    by_article: dict[str, list[dict]] = {}
    for row in mentions.select("article_id", "start", "end", "label", "entity_id").iter_rows(named=True):
        by_article.setdefault(row["article_id"], []).append(row)
    places, actors = [], []
    for count in counts.iter_rows(named=True):
        low, high = count["sentence_start"], count["sentence_start"] + len(count["sentence"])
        inside = [m for m in by_article.get(count["article_id"], []) if low <= m["start"] and m["end"] <= high]
        places.append(_nearest_place(inside, count["start"]))
        actors.append(_actor(inside, count, low))
    return counts.with_columns(pl.Series("place_entity_id", places, pl.String),
                               pl.Series("actor_entity_id", actors, pl.String))


def _nearest_place(mentions: list[dict], offset: int) -> str | None:
    places = [m for m in mentions if m["label"] == "PLACE"]
    after = [m for m in places if m["start"] >= offset]
    chosen = min(after, key=lambda m: m["start"]) if after else max(places, key=lambda m: m["start"], default=None)
    return chosen["entity_id"] if chosen else None


def _actor(mentions: list[dict], count: dict, sentence_start: int) -> str | None:
    candidates = [m for m in mentions if m["label"] in ACTOR_TYPES]
    if count["trigger_voice"] == "active":
        before = [m for m in candidates if m["end"] <= count["start"]]
        return before[-1]["entity_id"] if before else None
    if count["trigger_voice"] == "passive":
        for mention in candidates:
            lead = count["sentence"][max(mention["start"] - sentence_start - 4, 0):mention["start"] - sentence_start]
            if mention["start"] > count["end"] and re.search(r"\bby\s+(?:the\s+)?$", lead + " ", re.IGNORECASE):
                return mention["entity_id"]
    return None


def fct_event_count(counts: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """One row per count: typed, qualified, placed, dated by its article, repeats flagged."""
    dates = articles.select("article_id", pl.col("published_at").dt.strftime("%Y%m%d").cast(pl.Int32).alias("date_key"))
    return (
        counts.join(dates, on="article_id", how="left")
        .select(
            key_column(pl.col("article_id")).alias("article_key"), "date_key", "count_type", "quantity",
            "quantity_low", "quantity_high", "qualifier", "object",
            key_column(pl.col("place_entity_id")).alias("place_entity_key"),
            key_column(pl.col("actor_entity_id")).alias("actor_entity_key"),
            "sentence", pl.col("start").alias("char_offset"), "is_repeat",
        )
        .cast(FCT_EVENT_COUNT_SCHEMA)
        .sort("article_key", "char_offset")
    )
