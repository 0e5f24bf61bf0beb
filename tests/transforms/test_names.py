import pytest

from transforms.names import last_name_key, name_key


@pytest.mark.parametrize(("a", "b"), [
    ("U.S.", "US"),
    ("Mohammed Shia al-Sudani", "Mohammed Shia Al Sudani"),
    ("Kataib Hezbollah’s", "Kataib Hezbollah's"),
    ("Zoë Müller", "Zoe Muller"),
    ("The Pentagon", "Pentagon"),
    ("Al-Qaem", "Qaem"),
    ("Shi'ite", "Shiite"),
])
def test_spelling_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_names_keep_different_keys():
    assert name_key("Imran Khan") != name_key("Sadiq Khan")
    assert name_key("Alan") != name_key("Lan")


def test_last_name_key_drops_the_article_prefix():
    assert last_name_key("Mohammed Shia al-Sudani") == "sudani"
