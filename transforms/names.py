"""Name keys: one spelling-insensitive key per name, so variants of a name meet."""

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
# Arabic article prefixes vary freely in transliteration: al-Sudani, Al Sudani, Sudani.
ARTICLE_PREFIX = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az)[- ](?=\w)", re.IGNORECASE)


def fold(text: str) -> str:
    """Diacritics removed, apostrophes and dashes unified."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Lower case, no diacritics, no dots (U.S. = US) or inner apostrophes, no 'the', no 'al-' prefixes,
    single spaces."""
    text = fold(name).casefold()
    text = ARTICLE_PREFIX.sub("", text.replace(".", ""))
    text = re.sub(r"(?<=\w)'(?=\w)", "", text)  # Shi'ite = Shiite, Hay'at = Hayat
    text = re.sub(r"[^\w ]+", " ", text.replace("-", " "))
    return " ".join(word for word in text.split() if word != "the")


def last_name_key(name: str) -> str:
    """Key of a person's last name (al- prefix dropped): 'Mohammed Shia al-Sudani' -> 'sudani'."""
    parts = name_key(name).split()
    return parts[-1] if parts else ""
