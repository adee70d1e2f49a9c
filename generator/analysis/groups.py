"""Citations grouped by claim, kept between the dev server's rebuilds.

The attribution check and the claim analysis work claim by claim, each on
the citations of one claim in corpus order.  Grouping 60,000 citations and
comparing each group with the last one's costs a rebuild half a second at
10,000 briefs, though an edit touches the groups of one brief's claims.  So
the groups are kept, with the briefs they were made from (frozen records: a
changed brief is a new object), and `ClaimGroups.update` regroups only the
claims of the briefs that changed, came or went, and says which those are.

When what every claim's result also reads changed (a registry entry, a
speaker), or when many briefs changed, it says "all" (None), and each claim
is compared with what it was made from, as without the groups.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Mapping, Sequence

from ..memo import same_objects
from ..model import Brief, Citation

Pair = tuple[Brief, Citation]

REGROUP_SHARE = 8
REGROUP_MIN = 8
"""Over one brief in `REGROUP_SHARE` changed, and more than `REGROUP_MIN`,
every claim is regrouped (a checkout, a merge), as `site.entity_lists` does."""


class ClaimGroups:
    """Claim id → its (brief, citation) pairs, in the order of the briefs given."""

    def __init__(self) -> None:
        self.groups: dict[str, list[Pair]] = {}
        self._briefs: dict[str, Brief] = {}
        self._shared: tuple[Any, ...] | None = None
        self._seen: dict[str, Mapping[str, Any]] = {}

    def update(self, briefs: Sequence[Brief], shared: tuple[Any, ...] = ()) -> frozenset[str] | None:
        """Group ``briefs``' citations; the claims whose group may differ from the
        last update's, or None for every claim (the first time, when one of
        ``shared`` — what every claim's result reads — is a different object,
        or when over one brief in `REGROUP_SHARE` changed)."""
        now = {b.where.path: b for b in briefs}
        before, self._briefs = self._briefs, now
        same_shared = self._shared is not None and same_objects(self._shared, shared)
        self._shared = shared
        paths = [path for path, b in now.items() if before.get(path) is not b]
        paths += [path for path in before if path not in now]
        if not same_shared or len(paths) > max(len(briefs) // REGROUP_SHARE, REGROUP_MIN) \
                or len(now) != len(briefs):  # two briefs of one path cannot be told apart: regroup
            self.groups = group(briefs)
            return None
        claims = frozenset(c.claim for path in paths for b in (before.get(path), now.get(path)) if b is not None
                           for c in b.citations)
        if claims:
            fresh: dict[str, list[Pair]] = {claim: [] for claim in claims}
            for brief in briefs:
                for citation in brief.citations:
                    members = fresh.get(citation.claim)
                    if members is not None:
                        members.append((brief, citation))
            for claim, members in fresh.items():
                if members:
                    self.groups[claim] = members
                else:
                    self.groups.pop(claim, None)
        return claims


    def differing(self, name: str, now: Mapping[str, Any]) -> set[str]:
        """The keys whose value in ``now`` differs (by equality) from the last
        mapping given under ``name``, or that came or went: everything, the first time."""
        before = self._seen.get(name)
        self._seen[name] = now
        if before is None:
            return set(now)
        if before == now:
            return set()
        return {key for key in before.keys() | now.keys() if before.get(key, _NONE) != now.get(key, _NONE)}


_NONE = object()


def group(briefs: Sequence[Brief]) -> dict[str, list[Pair]]:
    """Claim id → its (brief, citation) pairs, in the order of ``briefs``."""
    groups: dict[str, list[Pair]] = defaultdict(list)
    for brief in briefs:
        for citation in brief.citations:
            groups[citation.claim].append((brief, citation))
    return dict(groups)
