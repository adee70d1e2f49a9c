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


def report_relays(outer_verb: str, inner_verb: str) -> bool:
    """Whether a trailing report (``outer_verb``) gives the words of someone's utterance
    inside them ("Minister Ana Ruiz said the budget would be cut, the state broadcaster
    reported"): the words stay the one who said them; the report is only their channel,
    as "It writes that Kim told …" is.  "Spain has pledged €1 billion, Albares said"
    stays the teller's (no report, no utterance inside).

    >>> report_relays("reported", "told"), report_relays("said", "told"), report_relays("reported", "pledged")
    (True, False, False)
    """
    return outer_verb.lower() in REPORTED and inner_verb.lower() in UTTERED
