"""Link integrity over a built site: every internal link and #fragment resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class PageParser(HTMLParser):
    """Collects the ids and the link targets of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.heading_ids: set[str] = set()
        """Ids on h1–h6: the sections a link may name (``claims-h``)."""
        self.kind = ""
        """The page kind, from ``<body class="kind-…">``."""
        self.duplicate_ids: list[str] = []
        self.links: list[str] = []
        self.open_links = 0
        self.nested_links = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a":
            self.nested_links += self.open_links > 0
            self.open_links += 1
        if attributes.get("id") in self.ids:
            self.duplicate_ids.append(attributes["id"])
        if "id" in attributes:
            self.ids.add(attributes["id"])
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading_ids.add(attributes["id"])
        if tag == "body":
            self.kind = next((c[5:] for c in (attributes.get("class") or "").split() if c.startswith("kind-")), "")
        for name in ("href", "src"):
            if attributes.get(name) and not (tag == "link" and attributes.get("rel") == "canonical"):
                self.links.append(attributes[name])

    def handle_endtag(self, tag):
        if tag == "a":
            self.open_links = max(self.open_links - 1, 0)


def markup_faults(output: Path) -> list[str]:
    """Pages with a link inside a link, or an id used twice (both break anchors)."""
    faults = []
    for page in sorted(output.rglob("*.html")):
        parsed = parse_page(page)
        if parsed.nested_links:
            faults.append(f"{page.relative_to(output)}: {parsed.nested_links} nested link(s)")
        if parsed.duplicate_ids:
            faults.append(f"{page.relative_to(output)}: duplicate ids {sorted(set(parsed.duplicate_ids))}")
    return faults


def parse_page(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def dead_links(output: Path, site_url: str = "") -> list[str]:
    """``page: link`` for every internal link whose file or fragment is missing.

    Links are resolved as a browser would: relative to the page, or against
    ``site_url`` for absolute ones; a folder link needs its index.html.
    """
    output = output.resolve()
    pages = {p: parse_page(p) for p in output.rglob("*.html")}
    dead = []
    for page, parsed in sorted(pages.items()):
        base = "file://" + page.as_posix()
        for link in parsed.links:
            target = _target(output, base, link, site_url)
            if target is None:
                continue
            file, fragment = target
            if file.is_dir():
                file = file / "index.html"
            if not file.is_file() or (fragment and fragment not in pages.get(file, PageParser()).ids):
                dead.append(f"{page.relative_to(output)}: {link}")
    return dead


def _target(output: Path, base: str, link: str, site_url: str) -> tuple[Path, str] | None:
    if site_url and link.startswith(site_url + "/"):
        link = output.as_uri() + link[len(site_url):]
    elif link.startswith("/") and not link.startswith("//"):
        link = output.as_uri() + link
    parts = urlsplit(urljoin(base, link))
    if parts.scheme != "file":
        return None  # an external address
    return Path(unquote(parts.path)), unquote(parts.fragment)


def section_faults(output: Path, sections: dict[str, tuple[str, ...]]) -> list[str]:
    """Pages whose heading ids are not exactly the sections declared for their kind.

    ``sections`` is `generator.links.SECTIONS`: what the link checker lets
    a ``kind:key#fragment`` name must be on every page of the kind, and a
    section added to a template must be declared there.
    """
    faults = []
    for page in sorted(output.rglob("*.html")):
        parsed = parse_page(page)
        declared = set(sections.get(parsed.kind, ()))
        if parsed.kind in sections and parsed.heading_ids != declared:
            faults.append(f"{page.relative_to(output)}: missing {sorted(declared - parsed.heading_ids)}, "
                          f"undeclared {sorted(parsed.heading_ids - declared)}")
    return faults
