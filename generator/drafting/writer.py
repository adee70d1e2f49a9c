"""Turn a `Draft` into files: the brief, and proposed registry entries.

    files = plan_files(draft, corpus)   # [(relative path, text)], nothing written

The brief passes ``make check`` as written: every person, organisation and
country it lists is registered or proposed here (``status: proposed``), and every
claim it cites is a registered claim or a new claim file whose statement
says plainly that it is a draft.  No path that exists is ever planned:
ids and the slug get ``-2``, ``-3``… instead.  Each suggestion's reason is
a YAML comment beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import Corpus
from ..registries import ORGANISATION_KINDS
from .claimids import claim_id as key_word_id, name_words, topic_counts
from .ids import FreeIds, free_id, slugify
from .model import ClaimGuess, CountryGuess, Draft, OrganisationGuess, PersonGuess
from .yamltext import comment, flow_list, plain, quoted, scalar

SUMMARY = "Draft: the summary is still to be written, in the author's own words."
"""A draft's ``summary:`` until the author writes one."""
DRAFT_HEADING = "## Draft"
"""The heading of a draft's body, over the drafter's notes."""
DRAFT_STATEMENT = "Draft, not yet reviewed — "
"""How a proposed claim's statement begins until the author rewrites it."""
PROPOSED_BY = "Proposed by `make draft`"
"""How the body of a proposed person, organisation, country or claim begins."""


@dataclass(frozen=True)
class Planned:
    """A file the draft will create."""

    path: str
    """Relative to the project root."""
    text: str


def plan_files(draft: Draft, corpus: Corpus, root: Path) -> list[Planned]:
    """Brief first, then proposed people, organisations, countries and claims."""
    slug = brief_slug(draft, corpus, root)
    claim_ids = claim_ids_for(draft, corpus, root)
    countries = {c.code for c in draft.countries}
    files = [Planned(f"content/briefs/{slug}.md", render_brief(draft, slug, claim_ids))]
    files += [Planned(f"content/people/{p.id}.md", render_person(p, draft, countries)) for p in draft.people if not p.known]
    files += [Planned(f"content/organisations/{o.id}.md", render_organisation(o, draft, countries))
              for o in draft.organisations if not o.known]
    files += [Planned(f"content/countries/{c.code.lower()}.md", render_country(c, draft)) for c in draft.countries if not c.known]
    planned = {f.path for f in files}
    for claim, claim_id in zip(draft.claims, claim_ids):
        path = f"content/claims/{claim_id}.md"
        if claim.claim is None and path not in planned:
            files.append(Planned(path, render_claim(claim, draft, slug)))
            planned.add(path)
    return files


def brief_slug(draft: Draft, corpus: Corpus, root: Path) -> str:
    base = slugify(draft.metadata.title.value or fallback_title(draft), limit=50)
    return free_id(base, lambda s: s in corpus.brief_by_slug or (root / "content/briefs" / f"{s}.md").exists())


def claim_ids_for(draft: Draft, corpus: Corpus, root: Path) -> list[str]:
    """The registered id, or a new id from the quote's key words (`claimids`)."""
    ids: list[str] = []
    fresh = FreeIds(lambda i: i in corpus.claims or (root / "content/claims" / f"{i}.md").exists())
    topics = topic_counts([c.quote for c in draft.claims])
    people = name_words([p.name for p in draft.people])
    for claim in draft.claims:
        if claim.claim is not None:
            ids.append(claim.claim)
            fresh.given.add(claim.claim)
            continue
        ids.append(fresh(key_word_id(claim.quote, topics, people)))
    return ids


def fallback_title(draft: Draft) -> str:
    """No headline: the first claim's words, marked as a draft title."""
    first = draft.claims[0].quote if draft.claims else "untitled article"
    words = first.split()
    return "Draft: " + " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def render_brief(draft: Draft, slug: str, claim_ids: list[str]) -> str:
    meta = draft.metadata
    title = meta.title.value or fallback_title(draft)
    lines = [
        "---",
        comment(f"Drafted by `make draft` from {draft.seed}. Each suggestion says why in a comment:"),
        comment("check them all, write the summary, then set status: published."),
        f"title: {quoted(title)}  {comment(meta.title.reason)}",
        f"slug: {plain(slug)}",
        "status: draft",
        "source:",
        f"  file: {plain(draft.seed)}",
        f"  publisher: {scalar(meta.publisher.value)}  {comment(meta.publisher.reason)}",
        f"  published: {scalar(meta.published.value)}  {comment(meta.published.reason)}",
        f"  byline: {flow_list(list(meta.byline.value or ()))}  {comment(meta.byline.reason)}",
        "  url: null",
        *[f"  {comment(r)}" for r in boilerplate_reasons(draft)],
        f"  boilerplate: {flow_list(line_ranges([b.line for b in draft.boilerplate]))}",
        f"summary: {quoted(SUMMARY)}",
        *entity_list("people", [(p.id, _person_note(p)) for p in draft.people]),
        *entity_list("organisations", [(o.id, _organisation_note(o)) for o in draft.organisations]),
        *entity_list("countries", [(c.code, _country_note(c)) for c in draft.countries]),
        *claim_items(draft.claims, claim_ids),
        "---",
        *body(draft),
    ]
    return "\n".join(lines) + "\n"


def _person_note(person: PersonGuess) -> str:
    status = "registered" if person.known else "proposed"
    aliases = f"; add to its aliases: {', '.join(person.new_aliases)}" if person.new_aliases else ""
    return f"{status}: {person.name}; {person.reason}{aliases}"


def _organisation_note(organisation: OrganisationGuess) -> str:
    status = "registered" if organisation.known else "proposed"
    aliases = f"; add to its aliases: {', '.join(organisation.new_aliases)}" if organisation.new_aliases else ""
    return f"{status}: {organisation.name}; {organisation.reason}{aliases}"


def _country_note(country: CountryGuess) -> str:
    status = "registered" if country.known else "proposed"
    return f"{status}: {country.name}; {country.reason}"


def entity_list(key: str, items: list[tuple[str, str]]) -> list[str]:
    if not items:
        return [f"{key}: []"]
    return [f"{key}:", *[f"  - {plain(item)}  {comment(note)}" for item, note in items]]


def claim_items(claims: tuple[ClaimGuess, ...], ids: list[str]) -> list[str]:
    if not claims:
        return ["claims: []"]
    lines = ["claims:"]
    for claim, claim_id in zip(claims, ids):
        lines.append(f"  {comment(f'{_claim_status(claim)}; {claim.reason}')}")
        lines.append(f"  - claim: {plain(claim_id)}")
        lines.append(f"    quote: {quoted(claim.quote)}")
        lines.append(f"    by: {quoted(claim.by or UNATTRIBUTED)}")
        if claim.value_text:
            unit = (claim.value or {}).get("unit")
            note = f"  {comment(f'unit: {unit}')}" if unit else ""
            lines.append(f"    value: {quoted(claim.value_text)}{note}")
    return lines


UNATTRIBUTED = "Draft: the reporter's own words"
"""What a draft's ``by:`` says where the words are the reporter's own (``by``
may not be empty): a placeholder that `make check` refuses in a published
brief, so that the author names the publisher ("Reuters (unattributed)") or
the speaker the drafter missed."""


def _claim_status(claim: ClaimGuess) -> str:
    """"registered claim x (score 0.84: …); next: y 0.52, z 0.40" or "new claim, proposed"."""
    others = [m for m in claim.matches if m.claim != claim.claim][:2]
    following = "; next: " + ", ".join(f"{m.claim} {m.score:.2f}" for m in others) if others else ""
    if claim.claim is not None:
        best = claim.matches[0]
        return f"registered claim {best.claim} (score {best.score:.2f}: {best.shared}){following}"
    closest = f" (closest: {claim.matches[0].claim} {claim.matches[0].score:.2f})" if claim.matches else ""
    return f"new claim, proposed{closest}"


def boilerplate_reasons(draft: Draft) -> list[str]:
    """One comment per run of lines with the same reason kind."""
    groups: list[tuple[list[int], str]] = []
    for item in draft.boilerplate:
        kind = item.reason.split(" (")[0]
        if groups and groups[-1][1] == kind and groups[-1][0][-1] + 1 >= item.line - 1:
            groups[-1][0].append(item.line)
        else:
            groups.append(([item.line], kind))
    return [f"line {_span(lines)}: {kind}" for lines, kind in groups]


def _span(lines: list[int]) -> str:
    return str(lines[0]) if len(lines) == 1 else f"{lines[0]}-{lines[-1]}"


def line_ranges(lines: list[int]) -> list[int | str]:
    """``[1, 2, 3, 7]`` → ``["1-3", 7]``."""
    ranges: list[list[int]] = []
    for line in sorted(set(lines)):
        if ranges and ranges[-1][-1] + 1 == line:
            ranges[-1].append(line)
        else:
            ranges.append([line])
    return [r[0] if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in ranges]


def body(draft: Draft) -> list[str]:
    notes = [f"- {n}" for n in draft.notes] or ["- nothing in particular"]
    return [
        DRAFT_HEADING,
        "",
        "Written by `make draft`; nothing here has been checked by a person yet.",
        "Review the people, organisations, countries and claims above (each comment says why it",
        "was suggested), replace proposed claims by registered ones where one",
        "fits, and write the key points here.",
        "",
        "The drafter could not tell:",
        "",
        *notes,
    ]


def render_person(person: PersonGuess, draft: Draft, countries: set[str]) -> str:
    lines = ["---", f"name: {quoted(person.name)}"]
    if person.aliases:
        lines.append(f"aliases: {flow_list(list(person.aliases))}")
    if person.role:
        lines.append(f"role: {quoted(person.role)}")
    lines.append(f"country: {plain(person.country) if person.country in countries else 'null'}")
    lines += ["status: proposed", "---",
              f"{PROPOSED_BY} from {draft.seed}: {person.reason}.",
              "Check the name, role and country, then remove `status: proposed`."]
    return "\n".join(lines) + "\n"


def render_organisation(organisation: OrganisationGuess, draft: Draft, countries: set[str]) -> str:
    lines = ["---", f"name: {quoted(organisation.name)}"]
    if organisation.aliases:
        lines.append(f"aliases: {flow_list(list(organisation.aliases))}")
    if organisation.kind:
        lines.append(f"kind: {organisation.kind}  {comment(f'{organisation.kind_reason}; one of: {KINDS}')}")
    else:  # a proposed entry may wait for its kind; a reviewed one needs it
        lines.append(comment(f"kind: {organisation.kind_reason}: write one of {KINDS}"))
    if organisation.kind != "international organisation":
        country = organisation.country if organisation.country in countries else None
        lines.append(f"country: {plain(country) if country else 'null'}  "
                     f"{comment('an ISO code; delete the line for an international body')}")
    lines += ["status: proposed", "---",
              f"{PROPOSED_BY} from {draft.seed}: {organisation.reason}.",
              "Check the name, aliases, kind and country, then remove `status: proposed`."]
    return "\n".join(lines) + "\n"


KINDS = ", ".join(ORGANISATION_KINDS)
"""The kinds an organisation may be, as the comment beside a proposed ``kind:`` lists them."""


def render_country(country: CountryGuess, draft: Draft) -> str:
    aliases = [f for f in country.forms if f != country.name]
    lines = ["---", f"name: {quoted(country.name)}"]
    if aliases:
        lines.append(f"aliases: {flow_list(aliases)}")
    lines += ["status: proposed", "---",
              f"{PROPOSED_BY} from {draft.seed}: {country.reason}.",
              "Check the aliases, then remove `status: proposed`."]
    return "\n".join(lines) + "\n"


def render_claim(claim: ClaimGuess, draft: Draft, slug: str) -> str:
    statement = f"{DRAFT_STATEMENT}the words of {draft.seed}, line {claim.line}: {claim.quote}"
    return "\n".join([
        "---",
        f"statement: {quoted(statement)}",
        "status: proposed",
        "---",
        f"{PROPOSED_BY} for content/briefs/{slug}.md. Rewrite the statement as",
        "the proposition in the project's own words and remove `status: proposed`, or cite",
        "a registered claim instead and delete this file.",
    ]) + "\n"
