"""Bytes to text: refuse what is not text, repair what can be read, count what was lost."""

import codecs
from dataclasses import dataclass

import charset_normalizer

# Leading bytes of formats that arrive in landing folders by mistake.
MAGIC_NUMBERS = {
    b"\xff\xd8\xff": "JPEG image",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip archive",
}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13})
MAX_CONTROL_SHARE = 0.05
MAX_REPLACED_SHARE = 0.05
LATIN_CODE_PAGES = {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9", "iso8859_15",
                    "mac_roman", "cp850"}


class Unreadable(Exception):
    """Input that cannot become an article; `reason` is a short code, the message explains."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced_chars: int


def decode_text(data: bytes) -> Decoded:
    """Text from bytes: BOM, then strict UTF-8, then a detected encoding; else UTF-8 with replacements."""
    if not data.strip():
        raise Unreadable("empty_file", "file is empty or holds only whitespace")
    for magic, kind in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise Unreadable("binary_file", f"file is a {kind}, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_with(data, encoding)
    sample = data[:8192]
    if b"\x00" in sample or sum(sample.count(b) for b in CONTROL_BYTES) > MAX_CONTROL_SHARE * len(sample):
        raise Unreadable("binary_file", "file holds NUL or control bytes: binary, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    valid_non_ascii = sum(1 for ch in lenient if ord(ch) > 127) - replaced
    # Valid multi-byte sequences outnumbering the bad ones: UTF-8 with a few corrupt bytes.
    if valid_non_ascii < replaced:
        best = charset_normalizer.from_bytes(data).best()
        if best is not None and best.encoding not in ("utf_8", "ascii"):
            return Decoded(*_prefer_windows_1252(data, best.encoding), 0)
    if replaced > MAX_REPLACED_SHARE * len(lenient):
        raise Unreadable("undecodable", f"{replaced} of {len(lenient)} characters could not be decoded")
    return Decoded(lenient, "utf-8", replaced)


def _prefer_windows_1252(data: bytes, detected: str) -> tuple[str, str]:
    """Short texts give the detector little to go on between the Latin code pages; Windows-1252 is
    by far the most common legacy encoding of English news, so it wins whenever it reads the bytes."""
    if detected in LATIN_CODE_PAGES:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode(detected), detected


def _decode_with(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text.lstrip("\ufeff"), encoding, text.count("\ufffd"))
