"""A speaker's words relayed by a report: the one who spoke is the speaker.

"Ruiz said Hale had told her that …" is Ruiz's statement (the last teller's, see
`claims._relayed`), and in "He said the agency believed …" what the agency
believed is what he said.  But a report in the present tense relaying what
someone said ("It writes that Kim Yong-hyun told his hosts that …", "Kwon says
the defence minister told lawmakers that …", "Its correspondent writes that the
secretary of state said …") is a paper's or a correspondent's account of another's
utterance: the words are the one who spoke them.  Only an utterance counts as
the inner verb; a belief or an estimate ("believed", "estimated") stays the
relaying speaker's.

    >>> teller_speaks("writes", "told")
    True
    >>> teller_speaks("said", "told")
    False
    >>> teller_speaks("says", "believed")
    False
"""

from __future__ import annotations

import re

from .sources import unnamed_source

REPORTING_NOW = frozenset("writes reports says notes".split())
"""Present-tense verbs of a report giving an account of what someone else said."""

UTTERED = frozenset("said told warned".split())
"""Past utterances: relayed by a report, they stay their speaker's words."""


def teller_speaks(outer_verb: str, inner_verb: str) -> bool:
    """Whether the frame with ``inner_verb`` inside the words of one with ``outer_verb``
    keeps its own speaker."""
    return outer_verb.lower() in REPORTING_NOW and inner_verb.lower() in UTTERED


REPORTED = REPORTING_NOW | {"reported"}
"""Verbs of a report after the words it gives: "…, the official news agency reported"."""


IN_A_RECORD = re.compile(r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|press\s+release|release"
                         r"|readout|communiqu[ée]|report|transcript)\b", re.I)
""""said in a statement", "said in a written readout": a trailing "said" that names the
record it gives the words in — as much a report as "reported" is."""


def report_relays(outer_verb: str, inner_verb: str, after: str = "") -> bool:
    """Whether a trailing report (``outer_verb``) gives the words of someone's utterance
    inside them ("Minister Ana Ruiz said the budget would be cut, the state broadcaster
    reported"): the words stay the one who said them; the report is only their channel,
    as "It writes that Kim told …" is.  "Spain has pledged €1 billion, Albares said"
    stays the teller's (no report, no utterance inside).

    A body's "said in a statement" (``after``: the words after the trailing verb) is such a
    report too: "Ruiz told the envoy that …, the ministry said in a statement" is Ruiz's.

    >>> report_relays("reported", "told"), report_relays("said", "told"), report_relays("reported", "pledged")
    (True, False, False)
    >>> report_relays("said", "told", " in a statement on Monday.")
    True
    """
    reporting = outer_verb.lower() in REPORTED or outer_verb.lower() == "said" and IN_A_RECORD.match(after)
    return bool(reporting) and inner_verb.lower() in UTTERED


_PRONOUNS = frozenset("he she they it we i you this that".split())


def unnamed_relays(outer_subject: str, inner_verb: str, inner_subject: str) -> bool:
    """Whether one person nobody names relays someone's utterance ("A senior official
    said Ms Ruiz had told the envoy that …"): an unnamed source is no speaker, so the
    words are the one who uttered them, as an unnamed aide's account of a request is
    the named person's.  A pronoun after the source ("… said he had told …") may be the
    source itself: left to the source.

    >>> unnamed_relays("A senior official", "told", "Ms Ruiz")
    True
    >>> unnamed_relays("A senior official", "told", "he"), unnamed_relays("Hale", "told", "Ms Ruiz")
    (False, False)
    """
    first = inner_subject.split()[0].lower() if inner_subject.split() else ""
    return inner_verb.lower() in UTTERED and first not in _PRONOUNS and unnamed_source(outer_subject)


CHANNEL_NOUNS = frozenset("agency media news newspaper paper daily broadcaster television tv radio outlet wire "
                          "report readout transcript".split())
"""Nouns of a news medium or a record, which carries what people say without being one of them."""
_ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,6}")
"""A body known by its initials alone ("KCNA"): no person."""
_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
_NOT_NAMES = _PRONOUNS | {"the", "a", "an"}


def channel_relays(source: str, inner_verb: str, inner_subject: str) -> bool:
    """Whether "according to" a news medium or a record (``source``) gives a named person's
    utterance ("According to the state news agency, Mr Kim told his guest that …"): the
    medium only carries the words, which stay the person's, as a report's "It writes that
    Kim told …" does.  A person relaying ("According to Rep. Yoon, Ms Ruiz said") keeps it.

    >>> channel_relays("the state news agency", "told", "Mr Kim"), channel_relays("KCNA", "said", "Kim")
    (True, True)
    >>> channel_relays("Rep. Yoon", "said", "Ms Ruiz"), channel_relays("KCNA", "said", "the agency")
    (False, False)
    """
    words = {w.lower().strip(".,'’") for w in source.split()}
    channel = bool(words & CHANNEL_NOUNS) or _ACRONYM.fullmatch(source.strip()) is not None
    named = _NAME.fullmatch(inner_subject.strip()) is not None \
        and inner_subject.split()[0].lower() not in _NOT_NAMES
    return channel and named and inner_verb.lower() in UTTERED
