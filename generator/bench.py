"""Benchmark: a cold build and a one-brief edit of a large synthetic corpus (``make bench N=10000``).

    python -m generator.bench --briefs N [--keep DIR] [--no-edit] [--seed S] [--json FILE]

The corpus is deterministic (same arguments, same bytes) and shaped like a
real one: seeds of 10–80 lines, 2–12 people and 3–15 claims per brief drawn
from registries with a long tail (a few people and claims in very many
briefs, most in few), direct speech, numbers and values, boilerplate, links;
it passes ``make check``.  Both measurements are black-box, as a user sees them:

* cold build: ``python -m generator build`` in a child process, as ``make
  html`` runs it, with ``--timings`` when the build has it (its phases).  CPU
  is user+sys of the children; peak RSS is ``ru_maxrss`` of
  ``RUSAGE_CHILDREN``: the largest single process, but a running maximum over
  every child waited for so far, so the corpus is written in this process and
  the build is the first large child (only the tiny ``build --help`` probe
  runs before it).
* edit: the dev server is started; one brief's summary, then one of its
  quotes, is rewritten and the pages that must show it are polled by path
  every 20 ms (a server may swap ``output/`` in whole, so a page may briefly
  be absent).  Then the files under ``output/`` whose mtime changed are
  counted, once the server has been idle for 5 s: no line printed, no file
  changed, no CPU used (an incremental server reindexes search after its
  report line).  The child processes run in a session of their own and are
  stopped (SIGINT, then SIGKILL) on every way out, Ctrl-C included.

Performance is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import hashlib
import itertools
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Callable, Iterator

from .timings import parse_report

PROJECT = Path(__file__).resolve().parent.parent
"""The folder holding generator/: builds run here, as ``make html`` does."""
SETTINGS = PROJECT / "pelicanconf.py"
COUNTRIES = {code: (name, demonym) for code, name, demonym in (entry.split(":") for entry in """
US:United States:American|GB:United Kingdom:British|FR:France:French|DE:Germany:German|IT:Italy:Italian
|ES:Spain:Spanish|PL:Poland:Polish|UA:Ukraine:Ukrainian|RU:Russia:Russian|BY:Belarus:Belarusian
|KP:North Korea:North Korean|KR:South Korea:South Korean|JP:Japan:Japanese|CN:China:Chinese|TW:Taiwan:Taiwanese
|IN:India:Indian|PK:Pakistan:Pakistani|IR:Iran:Iranian|IQ:Iraq:Iraqi|SY:Syria:Syrian|IL:Israel:Israeli
|TR:Turkey:Turkish|SA:Saudi Arabia:Saudi|AE:United Arab Emirates:Emirati|EG:Egypt:Egyptian|LY:Libya:Libyan
|SD:Sudan:Sudanese|ET:Ethiopia:Ethiopian|KE:Kenya:Kenyan|NG:Nigeria:Nigerian|ZA:South Africa:South African
|ML:Mali:Malian|NE:Niger:Nigerien|BR:Brazil:Brazilian|AR:Argentina:Argentine|MX:Mexico:Mexican
|CA:Canada:Canadian|AU:Australia:Australian|NZ:New Zealand:New Zealander|ID:Indonesia:Indonesian
|PH:Philippines:Filipino|VN:Vietnam:Vietnamese|TH:Thailand:Thai|MM:Myanmar:Burmese|AF:Afghanistan:Afghan
|KZ:Kazakhstan:Kazakh|GE:Georgia:Georgian|AM:Armenia:Armenian|AZ:Azerbaijan:Azerbaijani|MD:Moldova:Moldovan
|RO:Romania:Romanian|HU:Hungary:Hungarian|CZ:Czechia:Czech|SK:Slovakia:Slovak|FI:Finland:Finnish
|SE:Sweden:Swedish|NO:Norway:Norwegian|EE:Estonia:Estonian|LV:Latvia:Latvian
|LT:Lithuania:Lithuanian""".replace("\n", "").split("|"))}
"""60 ISO 3166-1 codes, each with the name and demonym its seeds use (both registered)."""
CODES = tuple(COUNTRIES)
WORDS = tuple(dict.fromkeys("""the of and to in that on for with as by at from was were is are has have had said would
could will not but after over more their its this which into against new been also than officials forces troops region
border military talks minister report government security defence foreign state army week meeting statement sources
analysts capital shells drones support aid weapons visit leaders ministry plan deal agreement envoy council parliament
election vote economy trade sanctions exports oil gas prices market bank budget ceasefire offensive front line units
brigade attack strike air systems missile launch test programme nuclear energy grain port ships navy coast talks
summit delegation president spokesman adviser intelligence assessment estimate figures losses casualties reinforcements
training exercises equipment ammunition supplies factories workers engineers pressure warning threat response allies
partners neighbours cooperation treaty alliance commitment promise request proposal dispute tension crisis conflict
war peace negotiations mediators observers monitors inspectors satellite images evidence claims denial reports
journalists residents villages towns roads bridges railway convoy logistics fuel shortages winter spring summer autumn
morning evening earlier later recently already still again soon during before while since under without between
across near towards""".split()))
"""Plain words, most frequent first: no name, number word, month or abbreviation among them."""
WORD_TABLE = tuple(w for rank, w in enumerate(WORDS) for _ in range(round(200 / (rank + 10)) or 1))
"""Each word as often as its weight 1/(rank + 10): a uniform draw from it is a weighted draw, and fast."""
SYLLABLES = tuple("ka ri vo len mar ta del sor ni ba lu ven os ra mi dar ke lo fen ha zu tor el an is be gor val ne"
                  " sa pe rin".split())
ROLES = ("Defence minister", "Foreign minister", "Ministry spokesperson", "Army general", "Military analyst",
         "Opposition leader", "Prime minister", "President", "Ambassador", "Intelligence official", "Regional governor")
PUBLISHERS = ("Bench Wire", "Harbour Times", "Evening Ledger", "Northern Post", "Capital Dispatch", "Daily Courier",
              "Global Monitor", "Morning Herald", "Lakeside Gazette", "Frontier Report")
CLUTTER = ("Advertisement", "Share this article", "Sign up for the morning briefing", "Read more", "Related coverage",
           "All rights reserved", "Follow us for updates", "Comments are closed")
UNITS = ("troops", "soldiers", "shells", "drones", "missiles", "civilians", "workers", "refugees", "vehicles")
QUALIFIERS = ("", "about", "at least", "up to", "nearly", "more than")
RESERVED = {w.capitalize() for w in WORDS} | {t for pair in COUNTRIES.values() for t in " ".join(pair).split()}
"""Words a person's name may not be: a name must never be found where no one is named."""


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str


@dataclass(frozen=True)
class Cite:
    claim: str
    quote: str
    by: str
    value: str | None = None


@dataclass(frozen=True)
class BriefSpec:
    """What a brief says, kept so the edit can rewrite it (its seed is on disk only)."""

    slug: str
    title: str
    seed: str
    publisher: str | None
    published: str
    byline: tuple[str, ...]
    url: str | None
    boilerplate: str | None
    summary: str
    people: tuple[str, ...]
    countries: tuple[str, ...]
    cites: tuple[Cite, ...]
    body: str
    status: str
    lines: int
    spare: tuple[str, ...]
    """Verbatim fragments of the seed that no citation quotes: for the quote edit."""


@dataclass(frozen=True)
class Corpus:
    briefs: tuple[BriefSpec, ...]
    people: tuple[Person, ...]
    claims: tuple[str, ...]
    reporters: tuple[str, ...]
    """Bylines: names no registered person goes by, not even in part (or a byline would name someone)."""


class LongTail:
    """Ranks drawn with weight 1/(rank + q) (Zipf–Mandelbrot): rank 0 in very many briefs, most ranks in few."""

    def __init__(self, n: int, q: float) -> None:
        self.cum = list(itertools.accumulate(1 / (rank + q) for rank in range(n)))

    def draw(self, rng: Random, k: int) -> list[int]:
        """``k`` distinct ranks, the popular ones first more often than not."""
        chosen: list[int] = []
        while len(chosen) < min(k, len(self.cum)):
            rank = bisect.bisect(self.cum, rng.random() * self.cum[-1])
            if rank not in chosen:
                chosen.append(rank)
        return chosen


def words(rng: Random, k: int) -> list[str]:
    return rng.choices(WORD_TABLE, k=k)


def number(rng: Random) -> tuple[list[str], str]:
    """``["about", "8,000", "troops"]`` and its value ``"about 8,000"``."""
    qualifier = rng.choice(QUALIFIERS)
    figure = f"{rng.choice((1, 2, 3, 5, 8, 10, 12, 15, 25, 40)) * rng.choice((100, 1000)):,}"
    return [*qualifier.split(), figure, rng.choice(UNITS)], f"{qualifier} {figure}".strip()


def sentence(tokens: list[str], end: str = ".") -> str:
    text = " ".join(tokens)
    return text[:1].upper() + text[1:] + end


def name_part(rng: Random, syllables: int) -> str:
    while (part := "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()) in RESERVED:
        pass
    return part


def make_people(rng: Random, n: int) -> list[Person]:
    """Distinct two-word names; surnames repeat (a bare surname alias may be ambiguous, as "Kim" is)."""
    firsts = [name_part(rng, 2) for _ in range(400)]
    surnames = [name_part(rng, rng.choice((2, 3))) for _ in range(max(300, n // 4))]
    countries, names, people = LongTail(len(CODES), 2), set(), []
    while len(people) < n:
        first, last = rng.choice(firsts), rng.choice(surnames)
        if first != last and (name := f"{first} {last}") not in names:
            names.add(name)
            aliases = (last, f"{first[0]}. {last}")[: rng.choice((0, 1, 1, 2))]
            country = CODES[countries.draw(rng, 1)[0]]
            people.append(Person(name.lower().replace(" ", "-"), name, aliases, rng.choice(ROLES), country))
    return people


def filler(rng: Random) -> list[str]:
    """A reporter's sentence, as tokens; a quarter of them state a number."""
    tokens = words(rng, rng.randint(10, 22))
    if rng.random() < 0.25:
        at = rng.randrange(len(tokens))
        tokens[at:at] = number(rng)[0]
    return tokens


def quote_sentence(rng: Random, speaker: Person) -> tuple[str, str, str | None]:
    """A sentence giving a speaker's words (direct speech or reported), the quote taken from it, and its value."""
    tokens, value = words(rng, rng.randint(8, 16)), None
    if rng.random() < 0.4:
        phrase, stated = number(rng)
        at = rng.randrange(len(tokens))
        tokens[at:at], value = phrase, stated if rng.random() < 0.6 else None
    style = rng.randrange(3)
    quote = sentence(tokens, "") if style < 2 else " ".join(tokens)
    text = (f"{speaker.name} said, “{quote}.”", f"“{quote},” {speaker.name} said.",
            sentence([*words(rng, rng.randint(3, 6)), quote], f", {speaker.name} said."))[style]
    return text, quote, value


def make_seed(rng: Random, title: str, byline: tuple[str, ...], speakers: list[Person], countries: list[str],
              claims: list[str]) -> tuple[str, list[Cite], list[str], str | None]:
    """Seed text, its citations, spare fragments and boilerplate range ("41-45"): every quote verbatim."""
    head = [title] + ([f"By {' and '.join(byline)}"] if byline else [])
    clutter = rng.sample(CLUTTER, rng.randint(2, 5)) if rng.random() < 0.3 else []
    paragraphs = rng.randint(10, 80) - len(head) - len(clutter)
    body = [[filler(rng) for _ in range(rng.randint(1, 3))] for _ in range(paragraphs)]
    for code in countries:  # each listed country named once, by name or demonym
        tokens = rng.choice(rng.choice(body))
        name, demonym = COUNTRIES[code]
        tokens.insert(rng.randrange(len(tokens)), f"in {name}" if rng.random() < 0.5 else demonym)
    spare = [" ".join(t[1:rng.randint(9, 13)]) for t in [t for line in body for t in line if len(t) >= 14][:3]]
    lines, cites = [[sentence(t) for t in line] for line in body], []
    for claim in claims:
        speaker = rng.choice(speakers)
        text, quote, value = quote_sentence(rng, speaker)
        line = rng.choice(lines)
        line.insert(rng.randint(0, len(line)), text)
        cites.append(Cite(claim, quote, speaker.id, value))
    if speakers[0].aliases:  # a later reference by alias, after the full name
        lines[-1].append(sentence([speakers[0].aliases[0], *words(rng, rng.randint(6, 12))]))
    text_lines = head + [" ".join(line) for line in lines] + clutter
    boilerplate = f"{len(text_lines) - len(clutter) + 1}-{len(text_lines)}" if clutter else None
    return "\n".join(text_lines) + "\n", cites, spare, boilerplate


def make_brief(rng: Random, n: int, corpus: Corpus, tails: dict[str, LongTail]) -> tuple[BriefSpec, str]:
    """One brief and its seed text."""
    listed = [corpus.people[r] for r in tails["people"].draw(rng, rng.randint(2, 12))]
    speakers = listed[: rng.randint(1, min(4, len(listed)))]
    countries = [CODES[r] for r in tails["countries"].draw(rng, rng.randint(1, 5))]
    claims = [corpus.claims[r] for r in tails["claims"].draw(rng, rng.randint(3, 15))]
    title_words = words(rng, rng.randint(5, 10))
    byline = tuple(rng.sample(corpus.reporters, rng.choice((0, 1, 1, 2))))
    text, cites, spare, boilerplate = make_seed(rng, sentence(title_words, ""), byline, speakers, countries, claims)
    slug = "-".join(title_words[:4] + [str(n)])
    published = (date(2023, 1, 1) + timedelta(days=rng.randrange(730))).isoformat()
    body = ""
    if rng.random() < 0.6:
        a, b = rng.choice(cites), rng.choice(speakers)
        body = (f"{sentence(words(rng, 8), '')} [{' '.join(words(rng, 3))}](claim:{a.claim}), as "
                f"[{b.name}](person:{b.id}) put it in [the opening](source:#p2s1); see also "
                f"[{COUNTRIES[countries[0]][0]}](country:{countries[0]}).\n")
    seed = f"seeds/{n:05d}_{hashlib.sha256(text.encode()).hexdigest()[:16]}.txt"  # as `make draft` names them
    spec = BriefSpec(slug, sentence(title_words, ""), seed,
                     rng.choice(PUBLISHERS) if rng.random() < 0.95 else None, published, byline,
                     f"https://news.example.org/{published[:4]}/{slug}" if rng.random() < 0.5 else None, boilerplate,
                     sentence(words(rng, rng.randint(12, 24))), tuple(p.id for p in listed), tuple(countries),
                     tuple(cites), body, "draft" if rng.random() < 0.03 else "published", text.count("\n"),
                     tuple(spare))
    return spec, text


def brief_text(b: BriefSpec) -> str:
    """The brief's Markdown file, front matter as an author writes it."""
    front = ["---", f'title: "{b.title}"', f"slug: {b.slug}", f"status: {b.status}", "source:", f"  file: {b.seed}",
             f"  publisher: {b.publisher or 'null'}", f"  published: {b.published}",
             f"  byline: [{', '.join(b.byline)}]", f"  url: {b.url or 'null'}"]
    front += [f'  boilerplate: ["{b.boilerplate}"]'] if b.boilerplate else []
    front += [f'summary: "{b.summary}"', f"people: [{', '.join(b.people)}]",
              f"countries: [{', '.join(b.countries)}]", "claims:"]
    for c in b.cites:
        front += [f"  - claim: {c.claim}", f'    quote: "{c.quote}"', f"    by: {c.by}"]
        front += [f'    value: "{c.value}"'] if c.value else []
    return "\n".join(front + ["---", b.body])


def registry_files(rng: Random, corpus: Corpus) -> Iterator[tuple[str, str]]:
    """Every country, person and claim file, and one plain page."""
    for code, (name, demonym) in COUNTRIES.items():
        yield f"content/countries/{code.lower()}.md", f"---\nname: {name}\naliases: [{demonym}]\n---\n"
    for p in corpus.people:
        profile = f"{sentence(words(rng, 10))} Based in [{COUNTRIES[p.country][0]}](country:{p.country}).\n" \
            if rng.random() < 0.2 else ""
        yield (f"content/people/{p.id}.md", f"---\nname: {p.name}\naliases: [{', '.join(p.aliases)}]\n"
               f"role: {p.role}\ncountry: {p.country}\n---\n{profile}")
    for claim in corpus.claims:
        yield f"content/claims/{claim}.md", f'---\nstatement: "{sentence(words(rng, rng.randint(8, 14)))}"\n---\n'
    yield "content/pages/about.md", "---\ntitle: About\n---\nA synthetic corpus for `make bench`.\n"


def generate(briefs: int, seed: int, put: Callable[[str, str], None]) -> Corpus:
    """Hand every file of a project of ``briefs`` briefs to ``put(relative path, text)``, in a fixed order:
    one Random(seed) draws everything, so the same arguments give the same bytes."""
    rng = Random(seed)
    people = make_people(rng, max(2000, int(briefs * 0.4)))
    claims = tuple(f"{'-'.join(words(rng, 2))}-{i}" for i in range(max(20, briefs // 2)))
    taken = {part for p in people for part in p.name.split()}
    reporters = [f"{a} {b}" for a, b in ((name_part(rng, 2), name_part(rng, 3)) for _ in range(300))
                 if a not in taken and b not in taken]
    corpus = Corpus((), tuple(people), claims, tuple(dict.fromkeys(reporters)))
    for path, text in registry_files(rng, corpus):
        put(path, text)
    tails = {"people": LongTail(len(people), 10), "claims": LongTail(len(claims), 10),
             "countries": LongTail(len(CODES), 2)}
    specs = []
    for n in range(briefs):
        spec, text = make_brief(rng, n, corpus, tails)
        put(spec.seed, text)
        put(f"content/briefs/{spec.slug}.md", brief_text(spec))
        specs.append(spec)
    return replace(corpus, briefs=tuple(specs))


def write_project(root: Path, briefs: int, seed: int = 20241031) -> Corpus:
    """Write the project into ``root`` (here, in this process: see the module's note on peak RSS)."""
    for folder in ("seeds", "content/briefs", "content/people", "content/countries", "content/claims", "content/pages"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    return generate(briefs, seed, lambda path, text: (root / path).write_text(text, encoding="utf-8"))


class BenchError(Exception):
    """A step failed: the message says which, with the tail of its output."""


@dataclass(frozen=True)
class PhaseFigures:
    name: str
    wall: float
    cpu: float
    share: float
    """Of the cold build's wall time."""


@dataclass(frozen=True)
class BuildFigures:
    briefs: int
    pages: int
    wall: float
    cpu: float
    cpu_per_wall: float
    peak_rss_mb: float
    ms_per_page: float
    phases: tuple[PhaseFigures, ...]


@dataclass(frozen=True)
class EditFigures:
    what: str
    brief: str
    pages: tuple[str, ...]
    """The pages polled until they showed the edit."""
    seconds: float
    """From the write of the brief until every polled page shows the edit."""
    settled: float
    """From the write until the server's last activity: a line printed, a file under output/ changed, CPU used."""
    pages_rewritten: int
    pages_total: int
    files_rewritten: int
    files_added: int
    files_removed: int
    files_total: int
    said: tuple[str, ...]
    """What the server printed meanwhile (a restart or a full build shows here)."""


@dataclass(frozen=True)
class Report:
    briefs: int
    people: int
    claims: int
    countries: int
    write_seconds: float
    build: BuildFigures
    edits: tuple[EditFigures, ...]


def phase_figures(stderr: str, wall: float) -> tuple[PhaseFigures, ...]:
    """The build's ``timing:`` lines, each with its share of the whole build's wall time."""
    return tuple(PhaseFigures(p.name, p.wall, p.cpu, p.wall / wall if wall else 0.0) for p in parse_report(stderr))


def tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.splitlines()[-lines:])


def timings_supported() -> bool:
    """Whether ``build`` takes ``--timings``: asked once, so the bench runs before and after it exists."""
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--help"], cwd=PROJECT,
                            capture_output=True, text=True, check=False)
    return "--timings" in result.stdout


def stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGINT to the child's own process group, then SIGKILL: nothing it started outlives the bench."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGINT)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(grace)
    with contextlib.suppress(ProcessLookupError):  # the child if it ignored SIGINT, and what it had started
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def children_usage() -> tuple[float, float]:
    """CPU seconds of every child waited for so far, and the peak RSS (MB) of the largest one."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def cold_build(root: Path, briefs: int) -> BuildFigures:
    """``python -m generator build`` from nothing, as ``make html`` runs it, timed from outside."""
    cmd = [sys.executable, "-m", "generator", "--root", str(root), "build", "--settings", str(SETTINGS),
           "--output", str(root / "output")] + (["--timings"] if timings_supported() else [])
    cpu = children_usage()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=PROJECT, start_new_session=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _, stderr = proc.communicate()
    finally:
        stop(proc)
    wall = time.perf_counter() - start
    cpu, rss = children_usage()[0] - cpu, children_usage()[1]
    if proc.returncode:
        raise BenchError(f"the build failed (exit {proc.returncode}):\n{tail(stderr)}")
    pages = sum(1 for _ in (root / "output").rglob("*.html"))
    return BuildFigures(briefs, pages, wall, cpu, cpu / wall, rss, wall / max(pages, 1) * 1000,
                        phase_figures(stderr, wall))


def scan(output: Path) -> dict[str, int]:
    """Every file under ``output`` → its mtime_ns (a file vanishing meanwhile is left out)."""
    found = {}
    for folder, _, files in os.walk(output):
        for name in files:
            with contextlib.suppress(OSError):
                found[os.path.join(folder, name)] = os.stat(os.path.join(folder, name)).st_mtime_ns
    return found


def compare(before: dict[str, int], after: dict[str, int]) -> tuple[int, int, int]:
    """Files rewritten (mtime changed), added and removed."""
    rewritten = sum(1 for path, mtime in before.items() if path in after and after[path] != mtime)
    return rewritten, len(after.keys() - before.keys()), len(before.keys() - after.keys())


def html(files: dict[str, int]) -> dict[str, int]:
    return {path: mtime for path, mtime in files.items() if path.endswith(".html")}


class DevServer:
    """``devserver --no-serve`` in its own process group; a thread counts the lines it prints."""

    def __init__(self, root: Path) -> None:
        self.output, self.lines, self.last_output = root / "output", [], time.monotonic()
        self.errors = tempfile.TemporaryFile()
        cmd = [sys.executable, "-m", "generator", "--root", str(root), "devserver", "--no-serve",
               "--settings", str(SETTINGS), "--output", str(self.output)]
        # Unbuffered: a server that builds in-process must not keep its "built" line in a pipe buffer.
        self.proc = subprocess.Popen(cmd, cwd=PROJECT, start_new_session=True, stdout=subprocess.PIPE,
                                     stderr=self.errors, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.last_output = time.monotonic()
            self.lines.append(line.rstrip("\n"))

    def alive(self) -> None:
        if self.proc.poll() is not None:
            self.errors.seek(0)
            raise BenchError(f"the dev server exited ({self.proc.returncode}):\n{tail(self.errors.read().decode())}")

    def wait_built(self, timeout: float) -> None:
        """Until the first build is done (a line starting "built ")."""
        deadline = time.monotonic() + timeout
        while not any(line.startswith("built ") for line in self.lines):
            self.alive()
            if time.monotonic() > deadline:
                raise BenchError(f"the dev server's first build was not done within {timeout:.0f} s")
            time.sleep(0.05)

    def settle(self, quiet: float = 5.0) -> float:
        """Until the server has printed nothing, changed no file under output/ and used no CPU for ``quiet``
        seconds: its "built" line is not the end, as an incremental server reindexes search in the background,
        silently at first.  Returns the monotonic time of the last activity seen."""
        files, cpu, active = scan(self.output), group_cpu(self.proc.pid), time.monotonic()
        while time.monotonic() - max(active, self.last_output) < quiet:
            self.alive()
            time.sleep(0.5)
            again, cpu_again = scan(self.output), group_cpu(self.proc.pid)
            if again != files or cpu_again - cpu > 0.05:
                active = time.monotonic()
            files, cpu = again, cpu_again
        return max(active, self.last_output)

    def close(self) -> None:
        stop(self.proc)
        self.errors.close()


def group_cpu(group: int) -> float:
    """CPU seconds used so far by the processes of a process group, read from /proc (0 where there is none)."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (name)": state, ppid, pgrp, …
            if int(fields[2]) == group:
                ticks += sum(map(int, fields[11:15]))  # utime, stime, and the waited-for children's
    return ticks / os.sysconf("SC_CLK_TCK")


def shows(page: Path, needle: str) -> bool:
    try:
        return needle.encode() in page.read_bytes()
    except OSError:  # absent while the output folder is swapped
        return False


def timed_edit(server: DevServer, root: Path, what: str, spec: BriefSpec, pages: list[Path], needle: str,
               timeout: float = 1200.0) -> EditFigures:
    """Rewrite the brief; poll every 20 ms until every page shows ``needle``; then count the files rewritten."""
    server.settle()
    before, mark = scan(server.output), len(server.lines)
    start, clock = time.perf_counter(), time.monotonic()
    (root / f"content/briefs/{spec.slug}.md").write_text(brief_text(spec), encoding="utf-8")
    pending = list(pages)
    while pending := [page for page in pending if not shows(page, needle)]:
        server.alive()
        if time.perf_counter() - start > timeout:
            raise BenchError(f"{what} edit: {pending[0]} did not show it within {timeout:.0f} s")
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    settled = server.settle() - clock
    after = scan(server.output)
    names = tuple(str(page.relative_to(server.output)) for page in pages)
    said = tuple(line[:100] for line in server.lines[mark:mark + 5])
    return EditFigures(what, spec.slug, names, seconds, settled, compare(html(before), html(after))[0],
                       len(html(after)), *compare(before, after), len(after), said)


def edit_target(corpus: Corpus) -> BriefSpec:
    """A mid-sized published brief whose people and claims are all in other briefs too: its edit touches the
    pages they share."""
    published = [b for b in corpus.briefs if b.status == "published"]
    people = Counter(p for b in published for p in b.people)
    claims = Counter(c.claim for b in published for c in b.cites)
    shared = [b for b in published
              if all(people[p] > 1 for p in b.people) and all(claims[c.claim] > 1 for c in b.cites)]
    ordered = sorted(shared or published, key=lambda b: (b.lines, b.slug))
    return ordered[len(ordered) // 2]


def summary_pages(output: Path, corpus: Corpus, spec: BriefSpec) -> list[Path]:
    """Pages that must show a new summary: the brief's own, the briefs index, the home page when the brief is
    among the six newest, and any of its countries' pages that show the summary now (their brief cards)."""
    newest = sorted((b for b in corpus.briefs if b.status == "published"),
                    key=lambda b: (-date.fromisoformat(b.published).toordinal(), b.slug))[:6]
    pages = [output / f"briefs/{spec.slug}/index.html", output / "briefs/index.html"]
    pages += [output / "index.html"] if spec in newest else []
    countries = [output / f"countries/{code.lower()}/index.html" for code in spec.countries]
    return pages + [page for page in countries if shows(page, spec.summary)]


def measure_edits(root: Path, corpus: Corpus, first_build_timeout: float) -> tuple[EditFigures, ...]:
    """The dev server's answer to a summary edit, then to a quote edit, of one brief."""
    spec = edit_target(corpus)
    server = DevServer(root)
    try:
        server.wait_built(first_build_timeout)
        marker = f"bench-marker-{time.time_ns()}"
        edited = replace(spec, summary=f"Edited for the benchmark, {marker}.")
        summary = timed_edit(server, root, "summary", edited, summary_pages(server.output, corpus, spec), marker)
        page = server.output / f"briefs/{spec.slug}/index.html"
        quote = next((q for q in spec.spare if not shows(page, q)), None)
        if quote is None:
            return (summary,)
        at = next((i for i, c in enumerate(spec.cites) if c.value is None), 0)
        cites = tuple(replace(c, quote=quote, value=None) if i == at else c for i, c in enumerate(edited.cites))
        return summary, timed_edit(server, root, "quote", replace(edited, cites=cites), [page], quote)
    finally:
        server.close()


def print_build(b: BuildFigures) -> None:
    print(f"cold build: {b.briefs} briefs, {b.pages} pages, wall {b.wall:.1f} s, cpu {b.cpu:.1f} s "
          f"({b.cpu_per_wall:.2f} × wall), peak RSS {b.peak_rss_mb:.0f} MB, {b.ms_per_page:.2f} ms/page")
    for p in b.phases:
        print(f"  {p.name:<12} {p.wall:8.2f} s wall {p.cpu:8.2f} s cpu {p.share:6.1%}")
    if b.phases:
        print(f"  {'(other)':<12} {b.wall - sum(p.wall for p in b.phases):8.2f} s wall: start-up and untimed steps")


def print_edit(e: EditFigures) -> None:
    print(f"edit {e.what} of {e.brief}: shown after {e.seconds:.2f} s on {len(e.pages)} page(s) "
          f"({', '.join(e.pages)}); settled after {e.settled:.1f} s: {e.pages_rewritten} of {e.pages_total} pages "
          f"rewritten; all files: {e.files_rewritten} rewritten, {e.files_added} added, {e.files_removed} removed, "
          f"{e.files_total} now")
    print(f"  the dev server said: {' | '.join(e.said) or 'nothing'}")


def interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=1000, help="number of briefs (default 1000)")
    parser.add_argument("--keep", help="write the project into this new or empty folder, and keep it")
    parser.add_argument("--no-edit", action="store_true", help="skip the dev-server edit measurement")
    parser.add_argument("--seed", type=int, default=20241031, help="random seed of the corpus")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, interrupted)  # a kill, like Ctrl-C, stops the builds and the dev server too
    if args.keep and Path(args.keep).exists() and any(Path(args.keep).iterdir()):
        parser.error(f"--keep {args.keep}: the folder is not empty")
    root = Path(args.keep or tempfile.mkdtemp(prefix="briefing-bench-")).resolve()
    try:
        start = time.perf_counter()
        corpus = write_project(root, args.briefs, args.seed)
        written = time.perf_counter() - start
        print(f"corpus: {args.briefs} briefs, {len(corpus.people)} people, {len(corpus.claims)} claims, "
              f"{len(COUNTRIES)} countries, written in {written:.1f} s into {root}", flush=True)
        build = cold_build(root, args.briefs)
        print_build(build)
        edits = () if args.no_edit else measure_edits(root, corpus, max(600.0, 10 * build.wall))
        for edit in edits:
            print_edit(edit)
        if args.json:
            report = Report(args.briefs, len(corpus.people), len(corpus.claims), len(COUNTRIES), written, build, edits)
            Path(args.json).write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
        return 0
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
