"""Number expressions in news text: digits, number words, vague amounts, ranges and qualifiers,
with what is not a count (dates, years, ages, money, percentages, times, ids, scores) left out."""

import re
from dataclasses import dataclass

from text_to_num import text2num

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = ("hundred", "thousand", "million", "billion")
NUMBER_WORD = rf"(?:{'|'.join(TENS)})(?:[- ](?:{'|'.join(UNITS[1:10])}))?|{'|'.join(UNITS)}"
SPELLED = rf"(?:{NUMBER_WORD}|a)(?:[- ]+(?:and[- ]+)?(?:{NUMBER_WORD}|{'|'.join(SCALES)}))*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
AMOUNT = rf"(?:{DIGITS})(?:\s+(?:{'|'.join(SCALES)}))?|{SPELLED}"
# Vague amounts: (quantity, qualifier), a conventional lower bound where the text gives none.
VAGUE = {
    "a dozen": (12, "exact"), "dozens": (24, "at_least"), "scores": (40, "at_least"),
    "hundreds": (200, "at_least"), "thousands": (2_000, "at_least"), "tens of thousands": (20_000, "at_least"),
    "hundreds of thousands": (200_000, "at_least"), "millions": (2_000_000, "at_least"),
}
QUALIFIERS = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
    "no fewer than": "at_least", "in excess of": "at_least",
    "up to": "at_most", "fewer than": "at_most", "less than": "at_most", "as many as": "at_most",
    "at most": "at_most", "no more than": "at_most",
    "about": "approximately", "around": "approximately", "nearly": "approximately", "almost": "approximately",
    "some": "approximately", "roughly": "approximately", "approximately": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "close to": "approximately",
}
NUMBER = re.compile(
    rf"(?<![\w$€£¥.,-])(?:(?P<qualifier>{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})\s+)?"
    rf"(?:between\s+(?P<between_low>{AMOUNT})\s+and\s+(?P<between_high>{AMOUNT})"
    rf"|(?P<vague>{'|'.join(sorted(VAGUE, key=len, reverse=True))})"
    rf"|(?P<low>{AMOUNT})(?:\s*(?:to|-|–)\s*(?P<high>{AMOUNT}))?)"
    rf"(?![\w%])",
    re.IGNORECASE,
)
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
NOT_A_COUNT_AFTER = re.compile(
    rf"^(?:\s*(?:%|percent|per\s+cent|percentage\s+points?|-?years?-old|-?months?-old|-?weeks?-old|years?\s+old"
    rf"|a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|UTC|o'clock|:\d\d|(?:million|billion|thousand)?\s*(?:dollars?|euros?|pounds?"
    rf"|yuan|yen|rupees?|riyals?|dinars?|shekels?|rubles?|roubles?|francs?)|bn\b|m\b|mn\b|km\b|kilomet|miles?\b"
    rf"|met(?:er|re)s?\b|feet\b|foot\b|hours?\b|minutes?\b|seconds?\b|days?\b|weeks?\b|months?\b|years?\b"
    rf"|decades?\b|centuries\b|degrees?\b|times\b|(?:st|nd|rd|th)\b|{MONTHS}\s))",
    re.IGNORECASE,
)
NOT_A_COUNT_BEFORE = re.compile(
    rf"(?:[$€£¥]\s*|US\$\s*|\b(?:aged|age|ages|No\.|number|page|pages|chapter|section|article|room|flight|route"
    rf"|highway|resolution|unit|phase|platform|gate|terminal|line|channel|level|tower|block|bus|rate|score|scored)\s+"
    rf"|\b{MONTHS}\s+|\+\d*\s*)$",
    re.IGNORECASE,
)
# 'Resolution 2334', 'Tower 22': a number right after a capitalized name word is an id, not an amount.
ID_BEFORE = re.compile(r"\b(?!(?:The|A|An|Some|All|Only|Another|Its|Their|His|Her|Our|These|Those|And|But|Of|In|On"
                       r"|At|By|For|With|After|Before|Since|When|While|Then|Police|Officials|Authorities)\s)"
                       r"[A-Z][a-z]+\s+$")
SPORT = re.compile(r"\b(?:won|win|wins|beat|beats|defeated|defeat|victory|drew|draw|lost|score|scored|scoring|"
                   r"goals?|points|lead|led|rout|routed|match|game|final|innings|wickets?|sets?|halftime)\b",
                   re.IGNORECASE)
PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,5}\)?){2,}")  # +44 20 7946 0958, 555-0142-88
YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
# Larger is no count a report gives but digits run together; the sums of such counts stay in an Int64 column.
MAX_QUANTITY = 10**12


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    quantity: int
    low: int | None
    high: int | None
    qualifier: str
    is_vague: bool = False  # 'dozens', 'thousands': 'of' follows directly
    is_implicit: bool = False  # no number: 'a soldier' is one


def amounts(sentence: str) -> list[Amount]:
    """Every amount in a sentence that could be a count, in order."""
    found = []
    masked = PHONE.sub(lambda m: "#" * len(m.group(0)), sentence)
    for match in NUMBER.finditer(masked):
        amount = _amount(match, sentence)
        if amount is not None:
            found.append(amount)
    return found


def _amount(match: re.Match, sentence: str) -> Amount | None:
    before, after = sentence[:match.start()], sentence[match.end():]
    if NOT_A_COUNT_AFTER.match(after) or NOT_A_COUNT_BEFORE.search(before):
        return None
    qualifier = QUALIFIERS[match.group("qualifier").lower()] if match.group("qualifier") else "exact"
    if match.group("vague"):
        quantity, vague_qualifier = VAGUE[match.group("vague").lower()]
        return Amount(match.start(), match.end(), quantity, quantity,
                      None if vague_qualifier == "at_least" else quantity,
                      qualifier if qualifier != "exact" else vague_qualifier, is_vague=True)
    low_text = match.group("between_low") or match.group("low")
    high_text = match.group("between_high") or match.group("high")
    if low_text.lower() == "a" or (match.group("low") and ID_BEFORE.search(before) and match.start() > 0
                                   and not match.group("qualifier")):
        return None
    low, high = _value(low_text), _value(high_text) if high_text else None
    if low is None or (high_text and high is None):
        return None
    if high_text is None and YEAR.match(low_text):
        return None  # a four-digit number from 1800 to 2099 without separators reads as a year
    if high is not None:
        if "-" in sentence[match.start():match.end()] and SPORT.search(sentence):
            return None  # a score: 'won 3-1'
        if high <= low:
            return None
        return Amount(match.start(), match.end(), low, low, high, "range")
    bounds = {"at_least": (low, None), "at_most": (None, low)}.get(qualifier, (low, low))
    return Amount(match.start(), match.end(), low, *bounds, qualifier)


def _value(text: str) -> int | None:
    text = text.strip().lower()
    parts = text.split()
    if re.match(r"\d", text):
        if len(parts) > 2:
            return None
        scale = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
        value = float(parts[0].replace(",", "")) * scale.get(parts[-1], 1)
        return int(value) if value <= MAX_QUANTITY else None  # 400 digits make an infinite float
    words = re.sub(r"^a\s+", "one ", text).replace("-", " ").replace(" and ", " ")
    try:
        value = int(text2num(words, "en"))
    except ValueError:
        return None
    return value if value <= MAX_QUANTITY else None
