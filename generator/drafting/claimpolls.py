"""Survey findings, which `claimmatch` files under no registered claim.

    >>> is_poll_finding("58% agree that the deployment could draw more countries into the war")
    True
    >>> is_poll_finding("The survey also found that 47% of respondents think China should use its influence")
    True
    >>> is_poll_finding("90% of the shells were fired at night")
    False

A registered claim is a proposition someone states ("the deployment could
draw more countries into the war").  A poll reports how many people hold a
view ("58% agree that …", "two-thirds of those surveyed say …"): its fact is
the share of opinion, not the view, whatever words the view repeats, and an
analyst files it as a finding of its own.  Only a share of people followed by
a verb of opinion counts, at the start of the text or after the few words
that report it ("The survey also found that"): a share of anything else
("90% of the shells") is an ordinary figure.
"""

from __future__ import annotations

import re

_SHARE = (r"(?:(?:about|around|some|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than|just|only|roughly)\s+)?"
          r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)"
          r"|(?:a\s+)?majority|half|(?:two|three)[\s-](?:thirds|quarters)|a\s+(?:third|quarter|fifth)"
          r"|one\s+in\s+(?:two|three|four|five|ten))")
"""A share, in figures ("58%", "44 per cent") or in words ("two-thirds", "one in four")."""
_WHOSE = r"(?:\s+of\s+(?:(?:the|all|those)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
"""Of whom, in at most three words ("of respondents", "of those polled", "of Albanian adults")."""
_OPINION = (r"\s+(?:now\s+|still\s+)?(?:agree|agreed|disagree|disagreed|say|said|think|thought|believe|believed|support"
            r"|supported|oppose|opposed|want|wanted|expect|expected|fear|feared|back|backed|favour|favor|approve"
            r"|approved|disapprove|disapproved|trust|consider|considered|see|saw|view|viewed|feel|felt)\b")
"""A verb of opinion: what those people hold."""
_FOUND = (r"(?:(?:[\w'’-]+\s+){1,4}?(?:found|finds|find|shows|show|showed|shown|suggests|suggested|revealed|reveals)"
          r"\s+(?:that\s+)?)?")
"""What reports the finding, at most five words ahead of it ("The survey also found that …")."""
_FINDING = re.compile(r"(?i)\W*" + _FOUND + _SHARE + _WHOSE + _OPINION)


def is_poll_finding(text: str) -> bool:
    """Whether ``text`` opens with a share of people holding a view (matched at its start only)."""
    return bool(_FINDING.match(text))
