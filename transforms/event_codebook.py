"""The analysts' codebook as data: the taxonomy of events (seeds/event_types.csv), the cue phrases that
say an event of a sub-type happened (seeds/event_cues.csv), and the nouns of generic actors
(seeds/generic_actors.csv) with the names of the countries they are given.

A cue's priority orders the cues of one sentence (an earthquake before the deaths it causes, a suicide
bombing before an attack); `needs` says what a weak one needs beside it: `actor` (an actor, a victim
or a casualty: 'attack', 'rally', 'crash'), `protest` (a protest: 'tear gas').
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import polars as pl

EVENT_TYPE_SCHEMA = {"disorder": pl.String, "event_type": pl.String, "sub_event_type": pl.String,
                     "description": pl.String}
EVENT_CUE_SCHEMA = {"sub_event_type": pl.String, "phrase": pl.String, "priority": pl.Int64, "needs": pl.String}
GENERIC_ACTOR_SCHEMA = {"noun": pl.String, "actor": pl.String, "is_armed": pl.Boolean}
# What is threatened, planned, feared or called for right before a trigger is not an event.
NOT_YET = re.compile(r"\b(?:will|would|could|might|plans?|planned|planning|threat(?:en|ened|ens)|vow(?:ed|s)?|call(?:ed|s)?"
                     r"\s+for|urged?|warn(?:ed|s)?|fears?|feared|risk|prevent(?:ed)?|ahead\s+of|against|aims?\s+to"
                     r"|to|no|not|never|without|denied|deny)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
CAUSE_BEFORE = re.compile(r"\b(?:over|after|following|for|because\s+of|in\s+connection\s+with|linked\s+to|in\s+the\s+wake"
                          r"\s+of|in\s+response\s+to|in\s+retaliation\s+for|amid|during|accused\s+of|suspected\s+of"
                          r"|charged\s+with|convicted\s+of|blamed\s+for|responsibility\s+for)\s+(?:the|a|an|their|his|her"
                          r"|its|last\s+\w+['’]s)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A cue that only describes who or what: 'riot police', 'protest leaders', 'fire brigade'.
MODIFIER_AFTER = re.compile(r"^\s+(?:police|squads?|gear|control|units?|leaders?|organi[sz]ers?|groups?|movement"
                            r"|brigade|fighters|services?|season|victims?|survivors?|zone|site|defen[cs]e|systems?"
                            r"|stocks?|stockpiles?|launchers?|programmes?|programs?|tests?|production|factory|industry"
                            r"|insurance|risk|drills?|exercises?)\b", re.IGNORECASE)
# Weapons bought, sent or stocked are no attack: 'to supply long-range missiles', 'stocks of artillery shells'.
SUPPLIED_BEFORE = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|buy|bought|stocks?\s+of|deliver\w*|produc\w*|send|sent"
                             r"|fund\w*|restock\w*|purchas\w*|manufactur\w*|sales?\s+of|sell\w*|shipments?\s+of"
                             r"|provid\w*|transfer\w*|acquir\w*|order(?:ed|s)?|export\w*|import\w*)\s+(?:[\w-]+\s+){0,3}$",
                             re.IGNORECASE)
CAUSE_RANK = 100  # a cause ranks after every event the sentence reports
CLOSE_PRIORITY = 10
VIOLENT_VERBS = 30  # from here on cues are verbs of violence, where the first of two close ones is the event's


WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


class PhraseIndex:
    """Phrases found by their words, leftmost then longest, none overlapping: what a regular expression
    of hundreds of alternatives does, in one pass over the words (the alternation tried every phrase at
    every character). Written here because the registry's matchers want tokens of their own (spaCy's
    PhraseMatcher a Doc) or give no word boundaries (Aho-Corasick)."""

    def __init__(self, phrases):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = phrase_words(phrase)
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for candidates in self.by_first.values():
            candidates.sort(key=len, reverse=True)

    def finditer(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, the phrase's key: its words joined by spaces) of each phrase in the text."""
        tokens, words = _words(text)
        by_first, found, free = self.by_first, [], 0
        for i in [i for i, word in enumerate(words) if word in by_first]:
            if i < free:
                continue  # inside the phrase found before
            for candidate in by_first[words[i]]:
                if tuple(words[i:i + len(candidate)]) == candidate:
                    found.append((tokens[i][0], tokens[i + len(candidate) - 1][1], " ".join(candidate)))
                    free = i + len(candidate)
                    break
        return found

    def search(self, text: str) -> bool:
        return bool(self.finditer(text))


@lru_cache(maxsize=4096)  # a sentence is read for cues, protests and actors, often more than once
def _words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    tokens = [m.span() for m in WORD.finditer(text)]
    return tokens, [text[start:end].lower() for start, end in tokens]


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in WORD.findall(phrase))


def phrase_key(phrase: str) -> str:
    return " ".join(phrase_words(phrase))


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    start: int  # in the body
    end: int
    priority: int


class EventCodebook:
    """The taxonomy (seeds/event_types.csv), the cues that say an event of a sub-type happened
    (seeds/event_cues.csv), the nouns of generic actors (seeds/generic_actors.csv) and the names of
    countries they are given ('Unidentified Armed Group (Kenya)'), by ISO code."""

    def __init__(self, types: pl.DataFrame, cues: pl.DataFrame, generic_actors: pl.DataFrame,
                 country_names: dict[str, str], demonyms: dict[str, str] | None = None):
        self.country_names = country_names
        # A state by the first word(s) of a name: 'Sudanese Armed Forces', 'Pakistan Army'.
        self.states = {name.lower(): code for code, name in country_names.items()} | {
            demonym.lower(): code for demonym, code in (demonyms or {}).items()}
        self.event_type = dict(zip(types["sub_event_type"], types["event_type"]))
        unknown = set(cues["sub_event_type"]) - set(self.event_type)
        if unknown:
            raise ValueError(f"event cues name sub-event types missing from the taxonomy: {sorted(unknown)}")
        self.cues = {phrase_key(row["phrase"]): row for row in cues.iter_rows(named=True)}
        self.cue_index = PhraseIndex(self.cues)
        self.protest_index = PhraseIndex([p for p, row in self.cues.items()
                                          if self.event_type[row["sub_event_type"]] == "Protests"])
        self.actors = {row["noun"].lower(): row for row in generic_actors.iter_rows(named=True)}
        self.actors = {phrase_key(noun): row for noun, row in self.actors.items()}
        self.actor_index = PhraseIndex(self.actors)

    def triggers(self, sentence: str, offset: int, supported: Callable[[], bool] | bool) -> list[Trigger]:
        """The cues in a sentence that say an event happened, best first. `supported`: whether the
        sentence names an actor, a victim or a casualty, which weak cues need (asked only when one is
        there)."""
        found = []
        for start, end, key in self.cue_index.finditer(sentence):
            row = self.cues[key]
            if row["needs"] == "actor" and not (supported if isinstance(supported, bool) else supported()):
                continue
            if row["needs"] == "protest" and not self.protest_index.search(sentence):
                continue
            before = sentence[max(start - 40, 0):start]
            if NOT_YET.search(before) or MODIFIER_AFTER.match(sentence[end:end + 20]) or SUPPLIED_BEFORE.search(before):
                continue
            # 'arrested over the riots': the riots are the reason for the event, not the event
            priority = row["priority"] + (CAUSE_RANK if CAUSE_BEFORE.search(before) else 0)
            found.append(Trigger(row["sub_event_type"], offset + start, offset + end, priority))
        # The best cue decides, but a close one told first is the event's own verb: 'attacked a base ...
        # and were repelled' is an attack that turned into a clash, told from the attackers' side.
        ranked = sorted(found, key=lambda t: (t.priority, t.start))
        close = [t for t in ranked if t.priority <= ranked[0].priority + CLOSE_PRIORITY] \
            if ranked and ranked[0].priority >= VIOLENT_VERBS else []
        first = min(close, key=lambda t: t.start) if close else None
        return [first] + [t for t in ranked if t is not first] if first else ranked

    def state_of(self, name: str) -> str | None:
        """The country a name starts with, by its name or demonym: 'Somali National Army' -> SO."""
        words = name.split()
        return next((self.states[key] for size in (3, 2, 1) if (key := " ".join(words[:size]).lower()) in self.states),
                    None)

    def generic_actors(self, sentence: str, offset: int) -> list[tuple[int, int, dict]]:
        return [(offset + start, offset + end, self.actors[key]) for start, end, key in self.actor_index.finditer(sentence)]
