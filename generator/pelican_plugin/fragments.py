"""``{% cache key, obj %}…{% endcache %}``: a fragment rendered once per object.

An index page lists every brief, and the dev server renders it again after
each edit of any brief; all but one of its rows are the very same brief
objects as last time.  So a row is kept, under its key, with the object it
was rendered from, and rendered again only when that object is a different
one (the corpus's records are frozen: a changed brief is a new object).

The fragment is kept per template line and per ``SITEURL`` (which relative
URLs set per page), so it is the same bytes the body would render there.
The body must depend on nothing but ``obj`` and the page's URLs: the
byte-identity tests compare a rebuild with a cold build.  One entry is kept
per key: a rebuild replaces an edited brief's row, and a removed brief's
row stays only until the process ends.
"""

from __future__ import annotations

from typing import Any, Callable

from jinja2 import nodes
from jinja2.ext import Extension
from markupsafe import Markup


class FragmentCache(Extension):
    tags = {"cache"}

    def __init__(self, environment: Any) -> None:
        super().__init__(environment)
        self.kept: dict[tuple[Any, ...], tuple[Any, Markup]] = {}
        environment.extend(fragment_cache=self)

    def parse(self, parser: Any) -> nodes.Node:
        token = next(parser.stream)
        key = parser.parse_expression()
        parser.stream.expect("comma")
        obj = parser.parse_expression()
        where = nodes.Const(f"{parser.name}:{token.lineno}")
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        call = self.call_method("_fragment", [where, nodes.ContextReference(), key, obj])
        return nodes.CallBlock(call, [], [], body).set_lineno(token.lineno)

    def _fragment(self, where: str, context: Any, key: Any, obj: Any, caller: Callable[[], str]) -> Markup:
        full = (where, context.get("SITEURL", ""), key)
        kept = self.kept.get(full)
        if kept is not None and kept[0] is obj:
            return kept[1]
        fragment = Markup(caller())
        self.kept[full] = (obj, fragment)
        return fragment
