"""Giving a figure is stating it: "Lind gave the figure of about 300" is Lind's estimate.

    >>> import re
    >>> bool(re.search(FIGURE_ACT, "Lind gave the figure of about 300 in the north")), bool(re.search(FIGURE_ACT, "Lind gave the order"))
    (True, False)

"The minister gave a figure of 40 dead", "The agency cites a toll of more than 1,200":
a subject who gives, offers or cites a number's noun ("figure", "estimate", "toll",
"tally", "count") with the number states that number, as "said that 40 died" or "put
the toll at 40" would; the quote keeps the verb (`FIGURE_VERBS`), since the object alone
("the figure of about 300") states nothing on its own.  A gift of anything else ("gave
the order", "gave a speech") is no such statement.
"""

from __future__ import annotations

FIGURE_VERBS = frozenset("gave gives offered offers cited cites".split())
"""Verbs that state a number when their object is a figure's noun with the number."""

FIGURE_ACT = (r"\b(?:" + "|".join(sorted(FIGURE_VERBS)) + r")(?=\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
              r"(?:figure|number|estimate|toll|tally|count)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost"
              r"|over|more\s+than|fewer\s+than|up\s+to|at\s+least)\s+)?\d)")
"""The verb of a given figure, its object looked ahead at: "gave the figure of about 8,000"."""
