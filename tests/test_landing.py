import os

from dateline.night.landing import LandingEntry, landing_entries, read_landing_file, still_being_written


def test_files_are_listed_by_relative_path_as_a_string_without_hidden_ones(tmp_path):
    for name in ("a-b.txt", "a/b.txt", ".hidden.txt", "a/.cache/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [e.rel_path for e in landing_entries(tmp_path)] == ["a-b.txt", "a/b.txt"]


def test_a_file_gone_since_it_was_listed_is_read_as_an_error_not_raised(tmp_path):
    file = read_landing_file(tmp_path, LandingEntry("gone.txt", 5, 0), max_bytes=100)
    assert file.data is None and file.error.startswith("FileNotFoundError")


def test_a_file_over_the_limit_is_not_read(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 50)
    file = read_landing_file(tmp_path, LandingEntry("big.txt", 50, 0), max_bytes=10)
    assert (file.data, file.error) == (None, None)


def test_a_file_still_growing_is_left_for_the_next_night(tmp_path):
    import threading
    import time

    (tmp_path / "done.txt").write_text("finished long ago")
    os.utime(tmp_path / "done.txt", (time.time() - 3600, time.time() - 3600))
    growing = tmp_path / "growing.jsonl"
    growing.write_text('{"title": "one"}\n')
    writer = threading.Timer(0.3, lambda: growing.open("a").write('{"title": "two"}\n'))
    writer.start()
    started = time.monotonic()
    busy = still_being_written(tmp_path, landing_entries(tmp_path), settle_seconds=1.0)
    writer.join()
    assert busy == {"growing.jsonl"}
    assert time.monotonic() - started < 1.5  # one wait, not one per file


def test_a_settled_folder_is_not_waited_for(tmp_path):
    import time

    (tmp_path / "old.txt").write_text("x")
    os.utime(tmp_path / "old.txt", (time.time() - 60, time.time() - 60))
    started = time.monotonic()
    assert still_being_written(tmp_path, landing_entries(tmp_path)) == set()
    assert time.monotonic() - started < 0.2


def test_a_file_that_changed_since_it_was_listed_is_not_half_read(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"title": "one"}\n')
    [entry] = landing_entries(tmp_path)
    (tmp_path / "a.jsonl").write_text('{"title": "one"}\n{"title": "tw')
    assert read_landing_file(tmp_path, entry, max_bytes=1000) is None
