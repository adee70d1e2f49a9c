"""Random input never breaks the checker: it reports problems, it does not raise.

Hypothesis writes random bytes, random YAML documents and mutations of the
fixture's own files into one file of a copy of the fixture site, and checks
that `validate` returns problems — each printed as ``path:line: code:
message`` on one line, with a registered code and a project-relative
path — rather than raising.  The examples
are derandomized and bounded (200 in all), so every run tries the same
inputs in a few seconds; a failure prints the input that caused it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.problems import CODES, Problem
from generator.validate import Validated, report, validate

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
"""Hypothesis warns when it prints a large input; a failure prints it all the same."""

FIXTURE_SITE = Path(__file__).resolve().parent / "fixtures" / "site"
TARGETS = (
    "content/briefs/alpha.md",
    "content/people/jan-novak.md",
    "content/countries/ru.md",
    "content/claims/troops-crossed.md",
    "content/pages/about.md",
)
"""Files a random front matter is written to: a brief, each registry, a page."""
SEED = "seeds/001_alpha.txt"
FIELDS = ("title", "slug", "status", "source", "file", "publisher", "published", "byline", "url",
          "boilerplate", "summary", "people", "countries", "claims", "claim", "quote", "by", "value",
          "occurrence", "acknowledged", "warning", "note", "name", "aliases", "role", "country",
          "wikidata", "statement", "amount", "min", "max", "qualifier", "unit", "as_of")
"""Every field name the schemas know, so that random documents reach the field converters."""
YAML_CHARACTERS = ":-[]{}&*!|>'\"%@`#,?~\t\n \\\x00\x1b\x85\u2028\ufeff"
"""Characters that mean something to YAML (or to the checks), for mutations."""
LINE = re.compile(r"[^\n:]+:[1-9]\d*: (?P<code>[a-z0-9-]+): [^\n]+")
SETTINGS = settings(derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """One copy of the fixture site; each example changes one file and puts it back."""
    root = tmp_path_factory.mktemp("property") / "project"
    shutil.copytree(FIXTURE_SITE, root)
    return root


def check_with(root: Path, relative: str, content: bytes) -> Validated:
    """Validate ``root`` with ``relative`` holding ``content``; the file is restored afterwards."""
    path = root / relative
    original = path.read_bytes()
    path.write_bytes(content)
    try:
        return validate(root)
    finally:
        path.write_bytes(original)


def assert_reported(result: Validated, root: Path) -> None:
    """Problems, never a crash: each on one line, located in the project, with a registered code."""
    assert isinstance(result.problems, tuple)
    assert all(isinstance(problem, Problem) for problem in result.problems)
    for problem in result.problems:
        line = str(problem)
        match = LINE.fullmatch(line)
        assert match, f"not a path:line: code: message line: {line!r}"
        assert match["code"] in CODES and match["code"] != "internal-error", line
        assert not problem.where.path.startswith("/") and str(root) not in line, line
    report(result)  # prints without raising, strict or not
    report(result, strict=True)


# ---------------------------------------------------------------- strategies

scalars = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["10:30", "012", "0x1F", "NO", "yes", "1e400", ".inf", "~", "null", "2024-02-30",
                     "2024-10-31", "-1", "0", "9" * 40, "javascript:alert(1)", "<script>", "seeds/../x",
                     "seeds/001_alpha.txt", "jan-novak", "troops-crossed", "RU", "published", "proposed",
                     "two\nlines", "\u2028", "\x00", "\x1b[31m", " ", "9" * 400]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
keys = st.one_of(st.sampled_from(FIELDS), st.text(min_size=1, max_size=12), st.just("ti\ntle"))
documents = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=5)),
    max_leaves=25,
)
"""Plain data as an author (or a fuzzer) might write it: mappings, lists, text, numbers."""


edits = st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "duplicate", "truncate"]), st.integers(min_value=0),
              st.text(alphabet=YAML_CHARACTERS, min_size=1, max_size=3), st.integers(min_value=1, max_value=5)),
    max_size=4,
)
"""A few random edits: ``(kind, where, inserted text, deleted length)``."""


def mutate(text: str, changes: list[tuple[str, int, str, int]]) -> str:
    """``text`` with ``changes`` made: characters inserted or deleted, a line doubled, the text cut short.

    >>> mutate("a: 1\\nb: 2\\n", [("insert", 1, "[", 1), ("truncate", 6, "", 1)])
    'a[: 1\\n'
    """
    for kind, where, inserted, length in changes:
        at = where % (len(text) + 1)
        if kind == "insert":
            text = text[:at] + inserted + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + length:]
        elif kind == "duplicate":
            lines = text.split("\n")
            i = where % len(lines)
            text = "\n".join(lines[: i + 1] + lines[i:])
        else:
            text = text[:at]
    return text


@st.composite
def front_matter_files(draw) -> bytes:
    """``---``, a dumped random document (perhaps mutated), ``---`` and a short body."""
    data = draw(documents)
    dumped = yaml.safe_dump(data, default_flow_style=draw(st.sampled_from([None, True, False])),
                            allow_unicode=draw(st.booleans()), sort_keys=False)
    dumped = mutate(dumped, draw(edits))
    body = draw(st.sampled_from(["", "Body.\n", "[x](claim:troops-crossed)\n", "![x](person:nobody)\n"]))
    return f"---\n{dumped}---\n{body}".encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------- properties


@settings(SETTINGS, max_examples=70)
@given(target=st.sampled_from((*TARGETS, SEED)), content=st.binary(max_size=2000))
def test_random_bytes_are_reported_not_raised(site, target, content):
    assert_reported(check_with(site, target, content), site)


@settings(SETTINGS, max_examples=80)
@given(target=st.sampled_from(TARGETS), content=front_matter_files())
def test_random_yaml_documents_are_reported_not_raised(site, target, content):
    assert_reported(check_with(site, target, content), site)


@settings(SETTINGS, max_examples=50)
@given(target=st.sampled_from((*TARGETS, SEED)), changes=edits)
def test_mutated_files_are_reported_not_raised(site, target, changes):
    text = (FIXTURE_SITE / target).read_text(encoding="utf-8")
    content = mutate(text, changes).encode("utf-8", "surrogatepass")
    assert_reported(check_with(site, target, content), site)
