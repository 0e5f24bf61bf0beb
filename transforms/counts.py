"""Counts: how many were killed, wounded, arrested, displaced... as the text reports them.

Each amount in a sentence (transforms.numbers) becomes at most one count. Its type comes from the
signal words in `seeds/count_types.csv`: a counted thing that is itself an attack ('85 targets',
'three drone strikes'), else a verb or noun before the amount ('killed two', 'the deaths of three'),
else one after its object ('16 members ... were killed'), else the type of the amount it is
coordinated with ('killed 5 and 12 soldiers', '4 people ... as well as 2 policemen were killed'). A
victim without a number is one ('a police officer was shot dead'). The same count again in the article
is a repeat.
"""

import re
from functools import cache

import polars as pl

from transforms.english import english
from transforms.keys import key_column
from transforms.numbers import Amount, amounts

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
    "is_implicit": pl.Boolean,  # no number in the text: 'a woman was killed' is one
    "is_repeat": pl.Boolean,
}
# Types a victim without a number can have: 'a man was arrested', not 'launched a strike'.
IMPLICIT_TYPES = {"KILL", "WOUND", "ARREST", "KIDNAP", "MISSING"}
# Between a count without a type and a later one that has it: 'at least 4 people from the town as
# well as 2 policemen were killed'.
COORDINATED_BEFORE = re.compile(r"^(?:\s+(?:from|in|of|at|inside)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
                                r"\s*,?\s*(?:and|as well as|along with|together with|plus|,)\s+$", re.IGNORECASE)
SPECTATORS = re.compile(r"\b(?:match|game|stadium|fans|spectators|watched|season|league|cup|final|concert)\b",
                        re.IGNORECASE)
ABBREVIATION_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Sen|Rep"
    r"|Gov|St|No|Nos|Vol|Fig|approx|est|vs|[A-Z])\.$")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d,.]*|[^\w\s]")
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "some", "all", "those", "these", "other",
               "another", "them", "whom"}
# Words that end the counted object's noun phrase.
STOP_WORDS = {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who", "whom", "which", "that",
    "in", "on", "at", "by", "from", "during", "after", "before", "when", "while", "and", "or", "but", "with",
    "as", "to", "for", "into", "near", "across", "inside", "outside", "since", "according", "including",
    "among", "amid", "of", "over", "under", "this", "last", "reportedly", "also", "still", "remain",
    "remained", "later", "overnight", "yesterday", "today", "so", "far", "without", "around",
    "said", "says", "told", "shook", "hit", "left", "took", "went", "came", "gave", "made", "rose", "fell",
    "struck", "fled", "met", "saw", "began", "say", "will", "would", "could", "may", "might", "must",
    "cannot", "can't", "won't", "should", "did", "do", "does",
}
# A word like 'shook' or 'armed' ends the object when a determiner, preposition or stop follows it.
VERB_LIKE = re.compile(r"^[a-z]+ed$")
GERUND = re.compile(r"^[a-z]{3,}ing$")  # 'vessels carrying fuel': the object ends before it
PLURAL = re.compile(r"^[a-z]+(?:s|men|children|people)$")
# Between the counted object and an after-signal: auxiliaries, adverbs and one 'of' phrase.
FILLERS = {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "reportedly", "also", "all",
           "still", "remain", "remained", "later", "who", "now", "since", "then", "believed",
           "thought", "said", "to", "either", "both", "subsequently", "eventually", "allegedly",
           "left", "found", "may", "might", "could", "would", "likely", "feared", "reported", "confirmed"}
# Between the counted people and their after-signal: an aside ('Twelve people, including three
# children, died'), a place ('17 million people in Ecuador without electricity').
ASIDE = r",[^,;.]{1,60},\s*|,\s*"
IN_PLACE = r"(?:in|across|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
# 'Two gunmen who attacked a police post on Thursday were killed': a relative clause, then the auxiliary.
RELATIVE = r",?\s*who\s+[^,.;]{1,80}?\s+(?=(?:were|was|had\s+been|have\s+been|are)\s)"
OF_PHRASE = r"of\s+(?:the|its|their|his|her|our|them|whom)?\s*(?:[\w'’-]+\s+){0,3}?"
# Words that qualify the counted people without being what they are: 'suspected militants' -> 'militant'.
QUALIFYING_WORDS = {
    "suspected", "alleged", "innocent", "unarmed", "armed", "unidentified", "unknown", "more", "additional",
    "further", "several", "many", "other", "senior", "junior", "former", "young", "elderly", "local",
    "foreign", "fellow", "individual", "total", "estimated", "reported", "confirmed", "least",
}
# 'a suicide bomber killed nine people': a trigger with an object after it and no auxiliary before it is
# the counted people's own act, not what happened to them.
LATER_DIED = re.compile(r"^[^,.;]{0,80}?\b(?:have|has|had|later)?\s*(?:succumbed|died)\b", re.IGNORECASE)
AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|being|got|get)\b", re.IGNORECASE)
ACTIVE_OBJECT = re.compile(r"^\s+(?:an?|the|his|her|their|its|at\s+least|more\s+than|some|dozens|scores|hundreds"
                           r"|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\b",
                           re.IGNORECASE)
AGE = re.compile(r"-(?:year|month|week)s?-old$", re.IGNORECASE)
MEASURES = {"tonne", "tonnes", "ton", "tons", "kilogram", "kilograms", "kg", "pound", "pounds", "barrel",
            "barrels", "box", "boxes", "crate", "crates", "litre", "litres", "gallon", "gallons", "head"}
partitive = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our|them|whom|those)\s+(?=[\d]|(?:\w+\s+)?(?:were|are)\b|\w)")


class CountRules:
    """Signal words by position, from the count-types table: `before` the amount ('killed two'),
    `after` its object ('16 members ... were killed'), `object` (what was counted is an attack:
    '85 targets'), `noun` (what was counted says what happened to them: '2,000 protesters'),
    `event` (a noun for what happened, right after the amount: '12 dead', '31 deaths'), `around` (a
    verb before the amount and its completion after the object: 'shot ... to death'). `victim_nouns`
    are the people whom an article counts as one ('a soldier was killed')."""

    def __init__(self, count_words: pl.DataFrame, victim_nouns: frozenset[str] = frozenset()):
        by_position: dict[str, dict[str, str]] = {"before": {}, "after": {}, "object": {}, "noun": {}, "event": {},
                                                  "around": {}}
        for row in count_words.iter_rows(named=True):
            by_position[row["position"]][" ".join(row["phrase"].lower().split())] = row["count_type"]
        self.before, self.after = by_position["before"], by_position["after"]
        self.objects, self.nouns, self.events = by_position["object"], by_position["noun"], by_position["event"]
        self.before_pattern = _phrases_at_end(self.before)
        self.around = [(_phrases_at_end({p.split("...")[0].strip(): t}),
                        re.compile(rf"^\s*{_phrase_pattern(p.split('...')[1].strip())}\b", re.IGNORECASE), t)
                       for p, t in by_position["around"].items()]
        nouns = "|".join(_phrase_pattern(n) for n in sorted(victim_nouns, key=len, reverse=True))
        # 'a' or 'an', up to three words that describe, a person, then no noun that would make them
        # a modifier ('a general strike'): one victim.
        self.implicit_one = re.compile(
            rf"(?:\b(?P<article>an?)|(?<=\band\s)(?P<possessive>his|her|their))\s+"
            rf"(?P<phrase>(?:(?!(?:{'|'.join(sorted(STOP_WORDS | DETERMINERS))})\b)[\w'’.-]+\s+){{0,3}}?"
            rf"(?:{nouns}))(?=\s*$|\s*[^\w\s]|\s+(?:{'|'.join(sorted(STOP_WORDS | FILLERS))}|[a-z]+ed)\b)",
            re.IGNORECASE) if victim_nouns else None
        self.after_pattern = re.compile(
            rf"^\s*(?:{OF_PHRASE})?(?:{ASIDE})?(?:{IN_PLACE})?(?:{RELATIVE})?(?:(?:{'|'.join(sorted(FILLERS))})\s+)*"
            rf"(?P<phrase>{'|'.join(_phrase_pattern(p) for p in sorted(self.after, key=len, reverse=True))})\b",
            re.IGNORECASE)
        self.stop_words = {phrase.split()[0] for phrase in self.before | self.after | self.events} - set(self.nouns)
        self._gapped = [(re.compile(_phrase_pattern(p), re.IGNORECASE), t) for p, t in self.before.items() if "..." in p]
        # A sentence without the longest word of any signal phrase has no count: skipped unparsed.
        words = {max(phrase.replace("...", " ").split(), key=len) for table in by_position.values() for phrase in table}
        words |= {"death"} if by_position["around"] else set()
        self.any_signal = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})\b",
                                     re.IGNORECASE)

    def before_type(self, matched: str) -> str:
        """The type of a before-phrase as it matched in the text."""
        phrase = " ".join(matched.lower().split())
        if phrase in self.before:
            return self.before[phrase]
        return next(t for pattern, t in self._gapped if pattern.fullmatch(matched))


def stg_counts(articles: pl.DataFrame, rules: CountRules) -> pl.DataFrame:
    """One row per count in each article body, with its offsets into the body."""
    rows = []
    for article_id, body in zip(articles["article_id"], articles["body"]):
        seen = set()
        for sentence_start, sentence in sentences(body):
            if not rules.any_signal.search(sentence):
                continue
            for count in sentence_counts(sentence, rules):
                key = (count["count_type"], count["quantity"], count["object"])
                rows.append({**count, "article_id": article_id, "start": sentence_start + count["start"],
                             "end": sentence_start + count["end"], "sentence": sentence,
                             "sentence_start": sentence_start, "is_repeat": key in seen})
                seen.add(key)
    return pl.DataFrame(rows, schema=STG_COUNT_SCHEMA).select(list(STG_COUNT_SCHEMA))


def sentence_counts(sentence: str, rules: CountRules) -> list[dict]:
    """Counts in one sentence, offsets relative to it."""
    found, previous, untyped = [], None, []
    implicit = _implicit_ones(sentence, rules)
    for amount in sorted([*amounts(sentence), *implicit], key=lambda a: a.start):
        after = sentence[amount.end:]
        if amount.quantity == 1 and partitive.match(after) and re.match(r"\s+of\s+\w+\s+(?:\d|[a-z]+\s)", after) \
                and amounts(after[:40]):
            continue  # 'one of the three people killed': the three are the count
        if amount.is_implicit:
            obj, rest = re.findall(r"[\w'’.-]+", implicit[amount]), sentence[amount.end + len(implicit[amount]) + 1:]
        else:
            obj, rest = _object(after, rules, vague=amount.is_vague)
        count_type, voice = _count_type(sentence[:amount.start], obj, rest, rules)
        if count_type is None and previous is not None and re.fullmatch(
                r"\s*(?:and\s+|,\s*and\s+|or\s+)" if amount.is_implicit else r"\s*(?:,\s*|and\s+|,\s*and\s+|or\s+)",
                sentence[previous["_object_end"]:amount.start]):
            count_type, voice = previous["count_type"], previous["trigger_voice"]
        if count_type == "PROTEST" and SPECTATORS.search(sentence):
            count_type = None  # a crowd at a match is no protest
        count = {"count_type": count_type, "quantity": amount.quantity, "quantity_low": amount.low,
                 "quantity_high": amount.high, "qualifier": amount.qualifier, "object": _normalized(obj),
                 "start": amount.start, "end": amount.end, "trigger_voice": voice, "is_implicit": amount.is_implicit,
                 "_object_end": len(sentence) - len(rest)}
        if count_type is not None and voice == "passive":
            # Untyped counts coordinated right before a passive one share its trigger.
            while untyped and COORDINATED_BEFORE.match(sentence[untyped[-1]["_object_end"]:amount.start]):
                earlier = untyped.pop()
                found.append({**earlier, "count_type": count_type, "trigger_voice": voice})
        if count_type is None or (amount.is_implicit and count_type not in IMPLICIT_TYPES):
            untyped = [*untyped, count] if count_type is None else []
            previous = None
            continue
        untyped = []
        found.append(count)
        previous = count
    found.sort(key=lambda c: c["start"])
    return [{k: v for k, v in c.items() if not k.startswith("_")} for c in found]


def _implicit_ones(sentence: str, rules: CountRules) -> dict[Amount, str]:
    """'a'/'an' before a person: one, with the words that name them."""
    if rules.implicit_one is None:
        return {}
    found = {}
    for match in rules.implicit_one.finditer(sentence):
        group = "article" if match.group("article") else "possessive"
        found[Amount(match.start(group), match.end(group), 1, 1, 1, "exact", is_implicit=True)] = match.group("phrase")
    return found


def _count_type(before: str, obj: list[str], rest: str, rules: CountRules) -> tuple[str | None, str | None]:
    """Type and voice: an attack counted, else a signal before the amount, else one after its
    object, else the object's own noun."""
    heads = [" ".join(obj[-2:]).lower(), obj[-1].lower()] if obj else []
    for head in heads:
        if head in rules.objects:
            return rules.objects[head], "object"
    match = rules.before_pattern.search(before)
    if match is not None:
        return rules.before_type(match.group("phrase")), "active"
    for verb, completion, count_type in rules.around:
        if verb.search(before) and completion.match(rest):
            return count_type, "active"  # 'shot two men to death'

    match = rules.after_pattern.match(rest)
    if match is not None and not (ACTIVE_OBJECT.match(rest[match.end():]) and not AUXILIARY.search(match.group(0))
                                  and not match.group("phrase").lower().startswith("to ")):
        count_type = rules.after[" ".join(match.group("phrase").lower().split())]
        if count_type == "WOUND" and LATER_DIED.match(rest[match.end():]):
            return "KILL", "passive"  # 'two soldiers wounded in the ambush have succumbed to their injuries'
        return count_type, "passive"
    event = re.match(r"\s*(\w+)", rest)
    if event is not None and event.group(1).lower() in rules.events:
        return rules.events[event.group(1).lower()], "passive"  # '12 dead', '31 deaths'
    for head in heads:
        if head in rules.nouns:
            return rules.nouns[head], "passive"
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
        following = tokens[index + 1].group(0) if index + 1 < len(tokens) else "."
        if lowered == "of" and words and words[-1].lower() in MEASURES and following.isalpha():
            words += [word, following]  # '2 tonnes of cocaine'
            position = tokens[index + 1].end()
            break
        if lowered == "and" and words and following.isalpha() and following.lower() not in STOP_WORDS \
                and following.lower() not in rules.stop_words and PLURAL.match(following.lower()):
            words.append(word)  # 'women and children'
            position = match.end()
            continue
        verb = VERB_LIKE.match(lowered) and (following.lower() in STOP_WORDS | DETERMINERS or not following.isalpha())
        if not word[0].isalpha() or lowered in STOP_WORDS or lowered in rules.stop_words or verb \
                or GERUND.match(lowered) or len(words) == 4:
            if lowered in rules.objects or " ".join([*words[-1:], lowered]) in rules.objects:
                words.append(word)
                position = match.end()
            break
        if not (lowered in DETERMINERS and not words):
            words.append(word)
        position = match.end()
        if lowered in rules.nouns and following.lower() != "and":
            break  # a head noun like 'protesters' ends the phrase: 'fewer than 20 protesters showed up'
    if words and words[-1].lower() == "and":
        words.pop()
    return words, after[position:]


def _normalized(words: list[str]) -> str | None:
    """Lower case, singular, without names before it: 'US service members' -> 'service member'."""
    if " of " in " ".join(words).lower():
        return " ".join(words).lower()  # a measure: '2 tonnes of cocaine' stays as written
    kept = [w for i, w in enumerate(words)
            if (not w[0].isupper() or i == len(words) - 1 or any(ch.isdigit() for ch in w))
            and w.lower() not in DETERMINERS | QUALIFYING_WORDS and not AGE.search(w)]
    if not kept:
        return None
    lowered = [w.lower() for w in kept]
    heads = {len(lowered) - 1} | {i - 1 for i, w in enumerate(lowered) if w == "and"}
    return " ".join(_singular(w) if i in heads else w for i, w in enumerate(lowered))


@cache
def _singular(phrase: str) -> str:
    singular = english.singular_noun(phrase)
    return singular if singular else phrase


def sentences(body: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; abbreviations ('Oct. 7', 'Gen. Ali') do not end a sentence."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(body):
        if ABBREVIATION_END.search(body[start:match.start()]):
            continue
        spans.append((start, body[start:match.start()]))
        start = match.end()
    spans.append((start, body[start:]))
    return spans


def _phrase_pattern(phrase: str) -> str:
    """A signal phrase as a regex; '...' stands for a gap of a few words ('toll ... rose to')."""
    return r"(?:[^.;]|\.(?=\d)){1,80}?".join(r"\s+".join(map(re.escape, part.split())) for part in phrase.split("..."))


def _phrases_at_end(phrases: dict[str, str]) -> re.Pattern:
    alternatives = "|".join(_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    determiners = "|".join(sorted(DETERMINERS | {"of"}))
    return re.compile(rf"\b(?P<phrase>{alternatives})\s+(?:(?:{determiners})\s+){{0,3}}$", re.IGNORECASE)


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
    "extractor_version": pl.String,
    "count_key": pl.Int64,  # stable: article and offset
    "report_key": pl.Int64,  # the article's incident it reports (transforms.incidents)
    "kind": pl.String,  # incident, toll, historical
    "is_implicit": pl.Boolean,
    "is_hedged": pl.Boolean,
    "is_subset": pl.Boolean,
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


def fct_event_count(counts: pl.DataFrame, articles: pl.DataFrame, extractor_version: str) -> pl.DataFrame:
    """One row per count: typed, qualified, placed, dated by its article, repeats flagged; `counts`
    carry their incident reading (transforms.incidents.COUNT_INCIDENT_SCHEMA)."""
    dates = articles.select("article_id", pl.col("published_at").dt.strftime("%Y%m%d").cast(pl.Int32).alias("date_key"))
    return (
        counts.join(dates, on="article_id", how="left")
        .select(
            key_column(pl.col("article_id")).alias("article_key"), "date_key", "count_type", "quantity",
            "quantity_low", "quantity_high", "qualifier", "object",
            key_column(pl.col("place_entity_id")).alias("place_entity_key"),
            key_column(pl.col("actor_entity_id")).alias("actor_entity_key"),
            "sentence", pl.col("start").alias("char_offset"), "is_repeat",
            pl.lit(extractor_version).alias("extractor_version"),
            key_column(pl.concat_str("article_id", pl.lit("@"), pl.col("start").cast(pl.String))).alias("count_key"),
            key_column(pl.col("incident_id")).alias("report_key"), "kind", "is_implicit", "is_hedged", "is_subset",
        )
        .cast(FCT_EVENT_COUNT_SCHEMA)
        .sort("article_key", "char_offset")
    )
