"""A statement that states nothing, read with who tells it: a non-answer a source reports.

    >>> from generator.drafting.attribution import quoted_spans
    >>> from generator.drafting.statements import parse_statements
    >>> t = "The ministry did not respond to the party's request, according to the Press Office."
    >>> [states_nothing_told(t[s.start:s.end], s) for s in parse_statements(t, quoted_spans(t))]
    [False]

`substance.states_nothing` drops stock phrases whoever says them; a non-answer
("did not respond", "declined to comment") is one in the reporter's own account of
asking, but the claim of a source that tells it.  And the stock phrase of watching
("we are closely monitoring the situation") is a verb: monitoring as a noun, a
thing done or to be done, states something ("would fund a reef-monitoring
programme", "its own monitoring showed …", "would send a monitoring team").
"""

from __future__ import annotations

import re

from .statements import Statement
from .substance import states_nothing

_RELAYING_FORMS = frozenset({"before", "inverted", "according"})
"""Frames whose subject tells the statement: a non-answer told by someone is that source's account."""


def states_nothing_told(quote: str, statement: Statement) -> bool:
    """Whether a statement states nothing (`substance`).  A non-answer is empty in the
    reporter's own words ("The ministry did not respond to requests for comment"), not when
    a source tells it ("The ministry did not respond to the party's request, according to the
    Press Office"): then it is the source's account of what happened."""
    kind = states_nothing(quote)
    if kind == "monitoring" and _MONITORING_VERB.search(quote) is None:
        return False
    if kind is not None and kind != "no comment" and states_more(quote, kind):
        return False
    if kind != "no comment":
        return kind is not None
    frame = statement.frame
    return frame is None or frame.form not in _RELAYING_FORMS or frame.subject is None


_MONITORING_VERB = re.compile(r"(?<![\w-])(?<!\bits\s)(?<!\btheir\s)(?<!\bown\s)(?<!\bthe\s)(?<!\ba\s)"
                              r"monitor(?:s|ed|ing)?\b(?!-|\s+(?:team|teams|programme|programmes|program|programs"
                              r"|mission|missions|station|stations|system|systems|network|data|report|reports|unit"
                              r"|group|body|equipment|well|wells|site|sites|visit|visits)\b)", re.I)
""""monitor" as a verb: not after a hyphen or a determiner ("reef-monitoring", "its own
monitoring"), not before the noun it qualifies ("a monitoring team")."""


_WATCHING = frozenset({"monitoring", "following closely"})
_WATCHED_FOR = re.compile(r"\bfor\s+(?:any\s+)?(?:signs?|evidence|indications?)\s+(?:that|of)\s", re.I)
"""What a source watches for: "watching closely for signs that Moscow was paying …", a suspicion stated."""
_FREQUENCY = re.compile(r"\b(?:(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|night)"
                        r"|every\s+(?:day|week|morning|evening|night|\w+day)|daily|nightly|weekly)\b", re.I)
"""How often something recurs: "twice a day", "every morning", "daily"."""
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:that|this|it|they|he|she|we|I|the|[A-Z][a-z]+)\b)")
"""A second main clause with its own subject: "…, and that tells you how badly Russia needs the men"."""
MIN_CLAUSE_WORDS = 4
"""Words a second clause needs to state anything."""


def states_more(quote: str, kind: str) -> bool:
    """Whether a statement whose predicate is stock of ``kind`` (`substance`) states something
    besides: what a source watches for ("watching closely for signs that …"), a service's
    rounds ("water trucks will visit the suburbs twice a day", a recurring visit, no trip
    scheduled), or a second main clause that is no stock phrase ("… flies in person to say
    thank you, and that tells you how badly Russia needs the men").

    >>> states_more("officials were watching closely for signs that arms were sent", "following closely")
    True
    >>> states_more("the envoy will visit Kukum on Monday", "a schedule")
    False
    """
    if kind in _WATCHING and _WATCHED_FOR.search(quote):
        return True
    if kind == "a schedule" and _FREQUENCY.search(quote):
        return True
    for found in _NEXT_CLAUSE.finditer(quote):
        rest = quote[found.end():]
        if len(rest.split()) >= MIN_CLAUSE_WORDS and states_nothing(rest) is None:
            return True
    return False
