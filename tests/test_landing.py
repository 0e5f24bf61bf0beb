from dateline.landing import LandingEntry, landing_entries, read_landing_file


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
