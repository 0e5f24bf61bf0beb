import codecs
import random

import pytest

from transforms.decoding import Unreadable, decode_text

STORY = "José Müller said the “ceasefire” held — for now."


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input_is_unreadable(data):
    with pytest.raises(Unreadable) as error:
        decode_text(data)
    assert error.value.reason == "empty_file"


def test_bytes_with_nul_are_binary():
    data = bytes(random.Random(7).randrange(256) for _ in range(2048)) + b"\x00"
    with pytest.raises(Unreadable) as error:
        decode_text(data)
    assert error.value.reason == "binary_file"


def test_image_is_recognized_by_its_magic_number():
    with pytest.raises(Unreadable, match="JPEG"):
        decode_text(b"\xff\xd8\xff\xe0" + b"abc" * 50)


def test_utf8_decodes_without_replacements():
    result = decode_text(STORY.encode("utf-8"))
    assert (result.text, result.encoding, result.replaced_chars) == (STORY, "utf-8", 0)


def test_windows_1252_is_detected_not_mangled():
    text = (STORY + " ") * 5
    result = decode_text(text.encode("cp1252"))
    assert result.text == text
    assert result.replaced_chars == 0


def test_corrupt_bytes_in_utf8_are_replaced_and_counted():
    data = STORY.encode("utf-8") + b" \xff\xfe more text " + STORY.encode("utf-8")
    result = decode_text(data)
    assert result.encoding == "utf-8"
    assert result.replaced_chars == 2
    assert result.text.startswith(STORY)


def test_utf16_with_bom_is_read():
    result = decode_text(codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    assert result.text == STORY


def test_latin_text_with_letters_that_differ_between_code_pages_reads_as_windows_1252():
    text = "Peñarroya and Lefèvre met Šimić – “talks” resumed. " * 3
    assert decode_text(text.encode("cp1252", errors="ignore")).text == text.encode("cp1252", errors="ignore").decode("cp1252")
