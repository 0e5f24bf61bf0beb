"""What the text around a name says it is, read over a whole article's spans after each span's own
repair (transforms/spans.py): the numbers of results and tables, lines in capitals, companies by their
legal suffixes and tickers, teams by the games they play, and one type per name in an article.

Business and sports wire copy is written in forms a news model reads badly: a table row
"Ajax 12 9 2 1" is not a name, a header "TENNIS - RESULTS" is not an organisation, and a city that
"beat" another is a club. These rules read the form, never a list of sentences; the names they
need (teams, legal suffixes, names that carry a number) are reference data in the gazetteer.
"""

import re
from collections import Counter, defaultdict

from transforms.datelines import find_dateline
from transforms.gazetteer import Gazetteer
from transforms.names import name_key

Span = tuple[int, int, str]  # start, end, Dateline label

# A number standing on its own between words: a score, a rank, a statistic ("Porto 2 Benfica 1").
LONE_NUMBER = re.compile(r"(?<![\w\-./])\d+(?:[.,:]\d+)*(?![\w\-])")
# Who plays whom, in an article about sport: a team is the one before or after these words.
PLAYS_AFTER = re.compile(
    r"\b(?:beat|beats|beaten by|lost to|lose to|loses to|lost at|drew with|drew at|draw with|draw at|drawn with|"
    r"defeated|thrashed|hammered|edged|edged past|routed|eliminated|knocked out|at home to|away to|away at|"
    r"win at|won at|win over|victory over|defeat to|defeat at|loss to|loss at|versus|vs\.?|v)\s+$", re.IGNORECASE)
PLAYS_BEFORE = re.compile(
    r"^(?:'s?|’s?)?\s+(?:beat|beats|drew|lost|won|defeated|thrashed|hammered|edged|routed|scored|conceded|"
    r"coach|manager|striker|midfielder|defender|goalkeeper|captain|fans|supporters)\b|^\s+\d{1,3}\s*[-–]\s*\d{1,3}\b",
    re.IGNORECASE)
# Words only sports copy uses together: an article with two of them is about sport. Words business copy uses
# too ('results', 'season', 'club') are left out: a city in a table of share prices is no team.
SPORT_WORDS = re.compile(
    r"\b(?:matches|match|goals?|scorers?|striker|midfielder|defender|goalkeeper|league|cup|championship|"
    r"tournament|coach|innings|wickets?|lap|podium|fixtures?|derby|kick-off|half-time|penalty|standings|squad|"
    r"stadium|play-?offs?|semi-finals?|quarter-finals?|seeded|grand slam|touchdown|home run|soccer|football|rugby|"
    r"cricket|tennis|golf|basketball|baseball|hockey|motor racing|cycling)\b",
    re.IGNORECASE)
TICKER_AFTER = re.compile(r"^\s*(?:<[A-Z0-9.\-]{1,12}>|\((?:[A-Z]{2,8}:\s*[A-Z0-9.\-]{1,10}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\))")
TICKER = re.compile(r"<[A-Z0-9.\-]{1,12}>")
CAPITAL_FUNCTION_WORDS = {"THE", "A", "AN", "AS", "AT", "OF", "IN", "ON", "TO", "FOR", "AND", "BY", "FROM", "WITH", "V",
                          "VS"}
# Places that field national teams: countries, and the United Kingdom's four.
HOME_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland"}
# Where a game is played ('At Canterbury:', 'in Leverkusen') names the place, unless a word of play says otherwise.
AT_A_PLACE = re.compile(r"\b(?:at|in|from|near|outside)\s+$", re.IGNORECASE)
# 'the Munich club': the team is named by its place.
PLACE_OF_A_TEAM = re.compile(r"^(?:['’]s)?\s+(?:club|side|outfit|-based)\b")
# What an institution named for what it serves ends in, what links it to that, and a court's district.
INSTITUTION_END = re.compile(r"\b(?:Office|Court|Commission|Commissioner|Bank|Ministry|Department|Agency|Authority|"
                             r"Council|Committee|Tribunal|Bureau|Board|Fund|Institute|Service)$")
INSTITUTION_LINK = re.compile(r" (?:of|for|of the|for the) ")
JURISDICTION = re.compile(r"(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?District of ")
# A year closing a name belongs to it: 'Paris 2024', 'Vision 2030'.
CLOSING_YEAR = re.compile(r"(?:19|20)\d\d$")
# An inverted name in a squad list: 'BYRNE, Cian'.
INVERTED_NAME = re.compile(r"\b([A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]{2,})?), ([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?)\b")


def read_in_context(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The article's spans as its context reads them (see the module's docstring); sorted, without overlaps."""
    spans = _split_at_numbers(text, _split_at_dashes(text, spans, gazetteer), gazetteer)
    spans = _capital_lines(text, spans, gazetteer)
    spans = _inverted_names(text, spans, gazetteer)
    spans = _companies(text, spans, gazetteer)
    spans = _institutions(text, without_overlaps(spans))
    spans = _one_label_per_name(text, spans, gazetteer)
    return _teams_at_play(text, spans, gazetteer)


def _split_at_numbers(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Numbers are not part of a name ('Porto 2 Benfica 1', 'Sparta Rotterdam 12 5') unless the name is
    known with its number ('Schalke 04', 'Resolution 2334', 'Nikkei 225')."""
    kept: list[Span] = []
    for start, end, label in spans:
        surface = text[start:end]
        if not LONE_NUMBER.search(surface) or gazetteer.lookup(surface) is not None:
            kept.append((start, end, label))
            continue
        piece_start = start
        for number in LONE_NUMBER.finditer(surface):
            if (number.end() == len(surface) and CLOSING_YEAR.fullmatch(number.group(0))
                    and not _is_score_line(_line_of(text, start, end))):
                continue
            before = text[piece_start:start + number.start()].rstrip()
            if before and _carries_number(before, number.group(0), gazetteer):
                continue  # 'Resolution 2334' stays whole: go on to the next number
            kept += _named_piece(text, piece_start, piece_start + len(before), label, gazetteer)
            piece_start = start + number.end()
        kept += _named_piece(text, piece_start, end, label, gazetteer)
    return sorted(kept)


def _split_at_dashes(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A dash between spaces ends a name: 'TABLE - Vantor Chemicals' is a header and a name."""
    split: list[Span] = []
    for start, end, label in spans:
        cuts = [m.span() for m in re.finditer(r"\s[-–—]\s", text[start:end])]
        if not cuts:
            split.append((start, end, label))
            continue
        bounds = [start, *(start + c for cut in cuts for c in cut), end]
        for piece_start, piece_end in zip(bounds[::2], bounds[1::2]):
            # A lone unknown word beside the dash is a header's or a sentence's first word ('Nigeria - Armed').
            split += [(s, e, piece_label) for s, e, piece_label in _named_piece(text, piece_start, piece_end, label, gazetteer)
                      if " " in text[s:e] or gazetteer.lookup(text[s:e]) is not None]
    return split


def _carries_number(before: str, number: str, gazetteer: Gazetteer) -> bool:
    words = before.split()
    return bool(words) and (words[-1] in gazetteer.numbered_heads
                            or gazetteer.lookup(f"{words[-1]} {number}") is not None
                            or gazetteer.lookup(f"{before} {number}") is not None)


def _named_piece(text: str, start: int, end: int, label: str, gazetteer: Gazetteer) -> list[Span]:
    """The name in text[start:end], if any: capitalised words, labelled as the gazetteer knows them."""
    piece = text[start:end]
    lead = re.search(r"[A-Z]", piece)
    if lead is None:
        return []
    start += lead.start()
    end = start + len(re.sub(r"[^\w.]+$", "", piece[lead.start():]))
    if end <= start:
        return []
    entry = gazetteer.lookup(text[start:end])
    return [(start, end, entry.entity_type if entry is not None else label)]


def _capital_lines(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """In a line written all in capitals (a wire headline, a section header such as 'SOCCER - RESULTS')
    the model cannot tell names from words: keep there only the names the gazetteer knows or the
    article names elsewhere in mixed case, with their type."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if _in_capitals(m.group(0))]
    if not lines:
        return spans
    known = {name_key(text[s:e]): label for s, e, label in spans if not text[s:e].isupper()}
    kept = [span for span in spans if not any(ls <= span[0] < le for ls, le in lines)]
    for line_start, line_end in lines:
        kept += _known_runs(text, line_start, line_end, gazetteer, known)
    return without_overlaps(kept)


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(re.findall(r"[A-Z]{2,}", line)) >= 2


def _known_runs(text: str, start: int, end: int, gazetteer: Gazetteer, known: dict[str, str]) -> list[Span]:
    """The longest runs of words in text[start:end] that name something known, left to right; a run is
    words apart by single spaces ('CRICKET - AUSTRALIA' is two)."""
    words = [(m.start() + start, m.end() + start)
             for m in re.finditer(r"\w(?:[\w&.\-]|['’](?!S\b))*", text[start:end])]
    found, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 6), i, -1):
            s, e = words[i][0], words[j - 1][1]
            if any(text[words[k][1]:words[k + 1][0]] != " " for k in range(i, j - 1)):
                continue
            if {text[s:words[i][1]], text[words[j - 1][0]:e]} & CAPITAL_FUNCTION_WORDS:
                continue
            while e > s and text[e - 1] in ".'’-" and not re.search(r"[A-Z]\.[A-Z]\.$", text[s:e]):
                e -= 1
            key = name_key(text[s:e])
            entry = gazetteer.lookup(text[s:e])
            label = known.get(key) or (entry.entity_type if entry is not None else None)
            if label is not None and key:
                found.append((s, e, label))
                i = j
                break
        else:
            i += 1
    return found


def _inverted_names(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Squad lists name players surname first in capitals ('BYRNE, Cian; LOWE, James'): in a list of
    two or more, each is one person."""
    found = [m for m in INVERTED_NAME.finditer(text)
             if gazetteer.lookup(m.group(1)) is None and gazetteer.lookup(m.group(2)) is None]
    if len(found) < 2:
        return spans
    people = [(m.start(), m.end(), "PERSON") for m in found]
    rest = [s for s in spans if not any(ps < s[1] and s[0] < pe for ps, pe, _ in people)]
    return sorted(rest + people)


def _companies(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A legal suffix ('AG', 'Plc', 'Corp', 'Tbk') or a ticker after a name makes it a company, suffix
    included; a company the model missed is found by its suffix; tickers are not names."""
    forms = gazetteer.company_forms
    repaired: list[Span] = []
    for start, end, label in spans:
        if TICKER.fullmatch(text[max(0, start - 1):end + 1]):
            continue
        after = forms.suffix_after.match(text, end)
        if after is not None:
            end, label = after.end(), "ORG"
        elif forms.ends_with_suffix.search(text[start:end]) or TICKER_AFTER.match(text[end:end + 30]):
            label = "ORG"
            with_dot = forms.ends_with_suffix.search(text[start:end + 1])
            if text[end:end + 1] == "." and with_dot is not None and with_dot.end() == end + 1 - start:
                end += 1  # 'Ltd.': the model left the abbreviation's dot out
        repaired.append((start, end, label))
    taken = [(s, e) for s, e, _ in repaired]
    for match in forms.company.finditer(text):
        start, end = match.span("name")  # without a sentence's first words ('On Monday', 'The')
        if not any(s < end and start < e for s, e in taken):
            repaired.append((start, end, "ORG"))
    return sorted(repaired)


def _institutions(text: str, spans: list[Span]) -> list[Span]:
    """An office, court or bank named for what it serves is one organisation, which the model cuts in two:
    'Office' + 'of the' + 'UN High Commissioner for Human Rights', 'U.S. District Court' + 'for the' +
    'District of Columbia'."""
    joined: list[Span] = []
    for start, end, label in spans:
        if joined:
            previous_start, previous_end, previous_label = joined[-1]
            between = text[previous_end:start]
            if (previous_label == "ORG" and INSTITUTION_END.search(text[previous_start:previous_end])
                    and INSTITUTION_LINK.fullmatch(between)
                    and (label == "ORG" or JURISDICTION.match(text[start:end]))):
                joined[-1] = (previous_start, end, "ORG")
                continue
        joined.append((start, end, label))
    return joined


def _one_label_per_name(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A name keeps one type within an article, the one most of its mentions get; a company named with its
    legal suffix gives its short names ('Vantor' for 'Vantor Chemicals AG') two votes, as a suffix is surer
    than a model's guess."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for start, end, label in spans:
        surface = text[start:end]
        votes[name_key(surface)][label] += 1
        short = gazetteer.company_forms.ends_with_suffix.sub("", surface)
        if label == "ORG" and short != surface:
            words = short.split()
            for size in range(1, len(words) + 1):
                prefix = " ".join(words[:size])
                if size == len(words) or gazetteer.lookup(prefix) is None:  # 'Tokyo' of 'Tokyo Electron Ltd'
                    votes[name_key(prefix)]["ORG"] += 2
    repaired = []
    for start, end, label in spans:
        counts = votes[name_key(text[start:end])].most_common(2)
        if counts[0][0] != label and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            entry = gazetteer.lookup(text[start:end])
            if entry is None or entry.source not in ("alias_table", "sports_teams", "demonyms"):
                label = counts[0][0]
        repaired.append((start, end, label))
    return repaired


def _teams_at_play(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """In an article about sport, a city or region that plays is its club: in a line of scores or a table
    ('Boston 5 New York 3'), and before or after a word of play ('Leverkusen beat Bayern', 'drew at
    Stuttgart', 'Porto 2-1'); its other mentions are the club too, unless they say the place ('fans in
    Leverkusen', 'the Munich club'). A country that plays stays the country (its national team is named
    by it)."""
    if len({word.lower() for word in SPORT_WORDS.findall(text)}) < 2:
        return spans
    dateline = find_dateline(text)
    filed_from = dateline.end() if dateline is not None else 0  # the dateline's place is where the story was filed

    def candidate(start: int, end: int, label: str) -> bool:
        return label == "PLACE" and start >= filed_from and not _is_country(text[start:end], gazetteer)

    playing = {name_key(text[s:e]) for s, e, label in spans if candidate(s, e, label) and _plays(text, s, e)}
    return [(s, e, "ORG" if candidate(s, e, label) and name_key(text[s:e]) in playing
             and not _names_the_place(text, s, e) else label) for s, e, label in spans]


def _names_the_place(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    return (not PLAYS_AFTER.search(before) and not PLAYS_BEFORE.match(text[end:end + 30])
            and bool(AT_A_PLACE.search(before) or PLACE_OF_A_TEAM.match(text[end:end + 20])))


def _plays(text: str, start: int, end: int) -> bool:
    line = _line_of(text, start, end)
    before = text[max(0, start - 30):start]
    if PLAYS_AFTER.search(before) or PLAYS_BEFORE.match(text[end:end + 30]):
        return True
    return not AT_A_PLACE.search(before) and _is_score_line(line)


def _line_of(text: str, start: int, end: int) -> str:
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]


def _is_score_line(line: str) -> bool:
    """A result or a table row: short, two numbers or more, hardly a lowercase word."""
    return (len(line) <= 120 and not _in_capitals(line) and len(LONE_NUMBER.findall(line)) >= 2
            and len(re.findall(r"(?<![\w'’])[a-z]{3,}", line)) <= 2)


def _is_country(name: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(name)
    return entry is not None and (entry.canonical_name in gazetteer.countries.values()
                                  or entry.canonical_name in HOME_NATIONS)


def without_overlaps(spans: list[Span]) -> list[Span]:
    """Sorted by start; where spans overlap, the longer one wins."""
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept
