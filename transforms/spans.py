"""Span repair: what a careful reader fixes in a news NER model's output.

Works on character spans, so it serves any model: leading articles and possessives leave the
name, "X's Y" becomes two entities, titles leave people's names, fragments of job titles are
dropped, and names the gazetteer knows get its type.
"""

import re

from transforms.datelines import find_dateline
from transforms.gazetteer import Gazetteer
from transforms.span_context import Span, read_in_context, without_overlaps

# spaCy's OntoNotes labels to Dateline's; numeric and temporal labels are not entities.
LABEL_MAP = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "NORP": "GROUP", "EVENT": "EVENT", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER",
    "LANGUAGE": "OTHER",
}
TITLES = (
    r"President|Vice[- ]President|Prime Minister|PM|Premier|Chancellor|Minister|Secretary|"
    r"King|Queen|Prince|Princess|Crown Prince|Emir|Sheikh|Ayatollah|Imam|Pope|Cardinal|Bishop|Rabbi|"
    r"General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Admiral|Adm\.|"
    r"Commander|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|Judge|Justice|Ambassador|"
    r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Sir|Dame|Lord|Lady|Speaker|Chairman|Chairwoman|Chair|Chief|Director|"
    r"Advisor|Adviser|Envoy|Coach|Manager|CEO|spokesperson|spokesman|spokeswoman|commander|chief|leader|"
    r"coach|manager|striker|midfielder|defender|goalkeeper|captain|chairman|chairwoman|director|"
    r"minister|president|secretary|envoy|ambassador|adviser|advisor|official|analyst|economist|"
    r"lawmaker|senator|governor|mayor|judge|general|colonel|premier|founder|owner|executive"
)
# A capitalized role word right after a span shows the span was part of a job title.
TITLE_CONTINUATION = re.compile(
    r"^\s+(?:Advisor|Adviser|Minister|Secretary|Director|Chief|Spokesman|Spokesperson|Spokeswoman|"
    r"Commander|Envoy|Ambassador|Chairman|Chairwoman|Governor|Correspondent|Editor)\b\s+[A-Z]"
)
LEADING_TITLE = re.compile(rf"^(?:(?:{TITLES})\s+)+(?=[A-Z])")
NAME_PART = r"(?:(?:al|el|bin|ibn|abu|Abu|de|van|von|da|du|di|le|la)[- ])?[A-Z][\w’'\-]*[\w]"
TITLED_NAME = re.compile(rf"\b(?:{TITLES})\s+(?P<name>{NAME_PART}(?:\s+{NAME_PART}){{0,3}})")
ORG_WORDS = (
    r"brigade|brigades|militia|militias|group|movement|party|parties|forces|force|army|battalion|front|"
    r"council|ministry|committee|company|corporation|bank|agency|union|alliance|coalition|network|"
    r"organization|organisation|authority|court|commission|federation|league|club|university|institute|"
    r"office|department|service|corps|association|foundation|fund|board|trust"
)
CORPORATE_WORDS = (
    r"Ltd|Inc|Corp|Co|LLC|PLC|plc|AG|SA|NV|GmbH|Group|Holdings|Shipping|Airlines|Airways|Energy|Motors|"
    r"Technologies|Technology|Analytics|Therapeutics|Pharmaceuticals|Capital|Partners|Steel|Systems|Labs|"
    r"Industries|Media|Bank|Insurance|Investments|Logistics|Foods|Mining|Oil|Gas|Petroleum|Telecom"
)
CONTAINS_CORPORATE_WORD = re.compile(rf"\b(?:{CORPORATE_WORDS})\b\.?")
PLACE_FORM = re.compile(
    r"^(?:Lake|Mount|Mt\.|Cape|Gulf of|Bay of|Port|Fort|Pont|Gare|Isle of|Strait of|Sea of|Estadio|Stade)\s|\s(?:Arena|Stadium|Palace"
    r"|Pyramid|Bridge|River|Mountains?|Sea|Ocean|Square|Airport|Station|Valley|Desert|Islands?|Gulf|Bay|Canal"
    r"|Strait|Peninsula|Province|Region|Coast|Basin|Delta|Plateau|Park|Cathedral|Mosque|Temple|Castle|Tower"
    r"|Crossing|Border)(?:\s+of\s+[A-Z][\w'’-]+)?$")
EVENT_FORM = re.compile(r"^(?:Storm|Hurricane|Cyclone|Typhoon|Tropical Storm|Operation)\s|^COP\d+$|\b(?:Olympics|"
                        r"Olympic Games|World Cup|Summit|Games)$")
LAW_FORM = re.compile(r"\s(?:Bill|Act|Convention|Treaty|Agreement|Accords?|Protocol|Charter|Initiative|Doctrine)$")
FOLLOWED_BY_ORG_WORD = re.compile(rf"^\s+(?:{ORG_WORDS})\b", re.IGNORECASE)
CONTAINS_ORG_WORD = re.compile(rf"\b(?:{ORG_WORDS})\b", re.IGNORECASE)
PRO_ANTI = re.compile(r"^(?:pro|anti|non)-(?=[A-Z])", re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
INNER_POSSESSIVE = re.compile(r"['’]s\s+")
# A final dot stays after a capital letter (U.S.) and after abbreviations that are part of names.
ABBREVIATIONS = ("Ltd", "Inc", "Corp", "Co", "Jr", "Sr", "St", "Bros", "Fla", "Calif")
TRAILING_JUNK = re.compile(
    r"(?:[\s,;:!?\"“”()\-]|(?<![A-Z])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"\.)+$"
)
# Scores and lowercase words at the end of a span are not part of a name.
TRAILING_WORDS = re.compile(r"(?:\s+(?:\d+[-–]\d+|[a-z]+))+$")  # 'Miami Heat 118-84', 'Pakhtunkhwa province'

PARTICLES = r"al|el|bin|ibn|abu|de|del|della|van|von|der|da|du|di|le|la"
TRAILING_PARTICLE = re.compile(rf"\s(?:{PARTICLES})(?:\s(?:{PARTICLES}))*$")
LEADING_WORDS = re.compile(rf"^(?:(?!(?:{PARTICLES})\s)(?:[a-z]+|[\d][\d\-–.,:/]*)\s+)+")
# Inside a name: capitalized words, connectors and particles. A bracket or another lowercase word ends it.
CONNECTORS = r"of|the|and|for|on|upon|in|at|by|de|des|du|la|le|les|da|di|del|della|van|von|der|den|al|el|bin|ibn|y|e|sans"
NOT_A_NAME_PART = re.compile(rf"\s*\(|\s(?!(?:{CONNECTORS})\b)(?=[a-z])")
CREDIT_BEFORE = re.compile(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Cc]ompiled|[Pp]hotographs?)\s+by\s+$")
PARTICLE_GAP = re.compile(r"\s+(?:bin|ibn|bint|binti|de|da|van|von|del|della|di|du)\s+")
PARTICLE_STARTS = ("bin ", "ibn ", "bint ")
GIVEN_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]+\s+$")
NEXT_NAME_WORD = re.compile(r"^\s+[A-Z][\w’'\-]+")
MONTHS_AND_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
CURATED_SOURCES = ("alias_table", "demonyms", "sports_teams")


def repair_spans(text: str, model_spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[Span]:
    """Dateline entity spans from a model's (start, end, model_label) spans over `text`."""
    dateline = _dateline_spans(text)
    spans: list[Span] = []
    for start, end, model_label in model_spans:
        label = LABEL_MAP.get(model_label)
        if label is not None and not any(s < end and start < e for s, e, _ in dateline):
            spans += _repair_one(text, start, end, label, gazetteer)
    spans += dateline
    spans += _titled_people(text, spans, gazetteer)
    return read_in_context(text, _joined_at_particles(text, without_overlaps(spans)), gazetteer)


def _joined_at_particles(text: str, spans: list[Span]) -> list[Span]:
    """A name the model cut at a particle is one person: 'Abdulaziz' + 'bin Salman'."""
    joined: list[Span] = []
    for start, end, label in spans:
        if joined and PARTICLE_GAP.fullmatch(text[joined[-1][1]:start]) and "PERSON" in (label, joined[-1][2]):
            joined[-1] = (joined[-1][0], end, "PERSON")
            continue
        if text[start:end].startswith(PARTICLE_STARTS):
            if joined and not text[joined[-1][1]:start].strip():
                joined[-1] = (joined[-1][0], end, "PERSON")  # 'Abdulaziz' + 'bin Salman'
                continue
            given = GIVEN_NAME_BEFORE.search(text[max(0, start - 30):start])
            if given and not (joined and joined[-1][1] > start - len(given.group(0))):
                start, label = start - len(given.group(0)), "PERSON"
        joined.append((start, end, label))
    return joined


def _dateline_spans(text: str) -> list[Span]:
    """The dateline's place and agency: 'OSLO (Meridian Press) -' is a place and an organization."""
    match = find_dateline(text)
    if match is None:
        return []
    spans = [(match.start("place"), match.end("place"), "PLACE")]
    if match.group("agency"):
        spans.append((match.start("agency"), match.end("agency"), "ORG"))
    return spans


def _repair_one(text: str, start: int, end: int, label: str, gazetteer: Gazetteer) -> list[Span]:
    inside = text[start:end]
    if not any(ch.isupper() for ch in inside):
        return []  # no capital letter: not a name ('congress')
    cut = NOT_A_NAME_PART.search(inside)
    if cut is not None:
        end = start + cut.start()  # 'World Health Organization (WHO', 'Whitcombe told the Commons'
    if label == "PERSON" and TRAILING_PARTICLE.search(text[start:end]):
        following = NEXT_NAME_WORD.match(text[end:end + 40])  # 'Ursula von der' + 'Leyen'
        end += following.end() if following else 0
    start, end = _trim(text, start, end)
    if start >= end:
        return []
    surface = text[start:end]
    if surface.isupper() and " " in surface and gazetteer.lookup(surface) is None:
        return _known_parts(text, start, end, gazetteer)
    prefixed = PRO_ANTI.match(surface)
    if prefixed is not None:  # pro-Iran: the group is an attitude, the entity is the country
        start += prefixed.end()
        entry = gazetteer.lookup(text[start:end])
        return [(start, end, entry.entity_type)] if entry is not None else []
    inner = INNER_POSSESSIVE.search(surface)
    if inner is not None:
        return _split_possessive(text, start, end, inner, label, gazetteer)
    if TITLE_CONTINUATION.match(text[end:end + 40]):
        return _demonym_head(text, start, end, gazetteer)
    title = LEADING_TITLE.match(surface)
    if title is not None and label in ("PERSON", "ORG", "OTHER"):
        start, label = start + title.end(), "PERSON"
    if label == "ORG" and CREDIT_BEFORE.search(text[max(0, start - 40):start]):
        label = "PERSON"  # '(Reporting by Nadia Farouk; Editing by ...)'
    if label == "PERSON" and (FOLLOWED_BY_ORG_WORD.match(text[end:end + 30])
                              or CONTAINS_CORPORATE_WORD.search(text[start:end])):
        label = "ORG"
    known = _known_label(text[start:end], label, gazetteer)
    if known == label:
        label = _label_by_form(text[start:end], label)
    else:
        label = known
    return [(start, end, label)]


def _label_by_form(name: str, label: str) -> str:
    """What the words of a name say it is: 'Lake Kivu', 'Rod Laver Arena' are places, 'Storm Daniel'
    an event, the 'Safety of Rwanda Bill' a law."""
    if EVENT_FORM.search(name):
        return "EVENT"
    if LAW_FORM.search(name):
        return "OTHER"
    if PLACE_FORM.search(name):
        return "PLACE"
    return label


def _known_parts(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Span]:
    """In an all-capitals span the model cannot be trusted (headlines): keep the longest runs of
    words the gazetteer knows."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    found, i = [], 0
    while i < len(words):
        for j in range(len(words), i, -1):
            entry = gazetteer.lookup(text[words[i][0]:words[j - 1][1]])
            if entry is not None:
                found.append((words[i][0], words[j - 1][1], entry.entity_type))
                i = j
                break
        else:
            i += 1
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the name: no leading article or lowercase words, no trailing punctuation,
    possessive, numbers or lowercase words."""
    while start < end:
        surface = text[start:end]
        lead = LEADING_ARTICLE.match(surface) or LEADING_WORDS.match(surface)
        if lead is not None:
            start += lead.end()
            continue
        tail = TRAILING_JUNK.search(surface) or TRAILING_POSSESSIVE.search(surface) or TRAILING_WORDS.search(surface)
        if tail is None:
            break
        end = start + tail.start()
    return start, end


def _split_possessive(text, start, end, inner, label, gazetteer) -> list[Span]:
    """'Anbar's al-Qaem' -> two places; 'the IRGC's Quds Force' -> two organizations."""
    owner_end, owned_start = start + inner.start(), start + inner.end()
    owner_label = _known_label(text[start:owner_end], label, gazetteer)
    owned = text[owned_start:end]
    if CONTAINS_ORG_WORD.search(owned):
        owned_label = "ORG"
    elif owner_label == "PLACE" and gazetteer.lookup(owned) is None:
        owned_label = "PLACE"  # a place named by its region: Anbar's al-Qaem
    else:
        owned_label = _known_label(owned, label, gazetteer)
    return [(start, owner_end, owner_label), (owned_start, end, owned_label)]


def _demonym_head(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Span]:
    """A span that is part of a job title ('Iranian National Security' Advisor) keeps only a leading
    nationality."""
    first = re.match(r"[\w’'\-]+", text[start:end])
    entry = gazetteer.lookup(first.group(0)) if first else None
    if entry is not None and entry.entity_type == "GROUP":
        return [(start, start + first.end(), "GROUP")]
    return []


def _known_label(surface: str, label: str, gazetteer: Gazetteer) -> str:
    """The gazetteer's type for a name it knows. A multi-word person keeps the model's label unless
    a curated table says otherwise (Jordan Henderson is no place); a lone word is more often the
    place (Goma), and a surname after the full name is linked back to the person later."""
    entry = gazetteer.lookup(surface)
    if entry is None:
        return label
    if label == "PERSON" and entry.source not in CURATED_SOURCES and " " in surface.strip():
        return label
    return entry.entity_type


def _titled_people(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Names right after a title that the model missed: 'Iraqi PM Sudani'."""
    taken = [(s, e) for s, e, _ in spans]
    found = []
    for match in TITLED_NAME.finditer(text):
        start, end = match.span("name")
        start, end = _trim(text, start, end)
        name = text[start:end]
        if start >= end or name.split()[0] in MONTHS_AND_DAYS or name.isupper():
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        entry = gazetteer.lookup(name)
        if entry is not None and entry.entity_type != "PERSON":
            continue
        found.append((start, end, "PERSON"))
    return found

