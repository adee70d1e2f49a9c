"""A registry file's problems point at the line of the field at fault."""

from __future__ import annotations

import pytest

from generator.validate import validate

PERSON = "content/people/jan-novak.md"


@pytest.mark.parametrize("text, line", [
    ("---\nname: Jan Novak\naliases: [Novak]\nrole: Defence minister\ncountry: GB\n---\nA profile.\n", 5),
    ("---\ncountry: gb  # set by hand\nname: Jan Novak\naliases: [Novak]\n---\n", 2),
    ("---\r\nname: Jan Novak\r\naliases:\r\n  - Novak\r\n  - J. Novak\r\ncountry: \"GB\"\r\n---\r\n", 6),
    ("---\n{name: Jan Novak, aliases: [Novak], country: GB}\n---\n", 2),
])
def test_an_unregistered_country_of_a_person_points_at_its_line(project, text, line):
    problems = [str(p) for p in validate(project({PERSON: text})).problems]
    assert problems == [f'{PERSON}:{line}: unknown-country: country "GB" of jan-novak is not registered; '
                        "add content/countries/gb.md"]


def test_it_points_there_on_a_cached_check_too(project):
    """`make check` after `make html` reads the parse from cache/: the lines come with it."""
    import pickle

    from generator.memo import Memo, content_signature

    root = project({PERSON: "---\nname: Jan Novak\naliases: [Novak]\nrole: Defence minister\ncountry: GB\n---\n"})
    memo = Memo(root, sign=content_signature)
    validate(root, memo)
    cached = Memo(root, sign=content_signature)
    cached.entries, cached.mentions, cached.gazetteer = pickle.loads(pickle.dumps((memo.entries, memo.mentions,
                                                                                  memo.gazetteer)))
    assert [str(p).split(": ")[0] for p in validate(root, cached).problems] == [f"{PERSON}:5"]
