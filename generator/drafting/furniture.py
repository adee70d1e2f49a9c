"""Page furniture that `boilerplate` reads from a line's shape or the page's layout.

Two kinds of rule, both structural rather than word lists:

- a line's own shape (`furniture`): a row of links ("Read · Edit · View
  history"), a line that is mostly a web address, a licence or edit stamp, a
  run of "X by Name." credits, a sponsor line, a members-only or newsletter
  note, a note of where the text was first published, a sort control, a
  contact prompt with an e-mail address;
- the page's layout (`mark_layout`): running headers and footers that a
  printed document repeats on every page, footnotes under a page, a box
  drawn with box-drawing characters, a list of timed entries (an
  episode's chapters, a match's key moments), and a caption file's
  bracketed descriptions of the picture or the sound.

Each rule returns or records ``(kind, reason)`` as `boilerplate` does.

    >>> from .lines import parse_lines
    >>> furniture(parse_lines("Read · Edit · View history")[0])
    ('navigation', 'a row of links')
"""

from __future__ import annotations

import re

from .dates import find_dates
from .lexicon import CREDIT_ROLE_LABEL
from .lines import Line
from .fundingnotes import funding_note
from .pagelabels import page_label
from .postheaders import post_furniture

_SEPARATORS = re.compile(r"(?<!\s)\s+[·|•]\s+")  # (?<!\s): each run of spaces read once (lines._CREDIT_END)
_MIDDLE_DOT = re.compile(r"(?<!\s)\s+·\s")
MIN_DOTTED_WORDS, MAX_DOTTED_WORDS = 4, 40
"""A middle dot between spaces parts the items of a page's own line, however long each
item ("Written by … from 46 sources · Updated 15 Dec", "Posted 21:58 on 4 November · 1.6M
views"): prose never sets it, where a bar or a bullet may part a table's cells.  Two short
parts are left to the other rules ("Lisbon · 3 March" is a dateline)."""
WIDE_GAP = re.compile(r"[^\s.!?:;\"”’](?: {2,}|\t)(?=\S)")
"""Two words apart by a tab or two spaces or more, not after a sentence's end (a typist's two
spaces after a full stop): the columns of a table, a menu or a signature block copied from a
browser ("Mayor            Executive Secretary", "WEATHER  Nicosia 24/13  Limassol 25/16")."""
_LABEL = re.compile(r"^[^:]{1,40}:\s+")
MAX_LINK_WORDS = 3
"""Words of one item of a row of links: a link names a page ("View history",
"Share on X"); a longer item is a phrase of the text."""
MIN_LINKS = 3
"""Items of a row of links: two parts around a dot may be a place and a date."""


def _link_row(line: Line) -> bool:
    """Three items or more between dots or bars, each a short name with no end
    mark, after an optional label ("How we rate: TRUE · FALSE · …"); or a menu
    copied from a browser, its items apart by wide gaps alone (`_spaced_row`)."""
    if line.is_prose and line.ends_sentence:  # a long row is "prose" by its length alone
        return False
    items = _SEPARATORS.split(_LABEL.sub("", line.text, count=1))
    return len(items) >= MIN_LINKS and all(0 < len(_words(i)) <= MAX_LINK_WORDS and not i.rstrip().endswith(".")
                                           for i in items) or _spaced_row(line.text)


_GAPS = re.compile(r"\s{2,}|\t")
MIN_SPACED_LINKS = 4
MAX_SPACED_LINK_WORDS = 5
"""A menu copied from a browser keeps its items apart by two spaces or a tab and
nothing else ("Home  Emergencies  Health Care Professionals  Licenses, Permits and
Certificates"): with no dot or bar to tell items from phrases, it takes more
items than a row with separators, each a capitalised name of a few words."""


def _spaced_row(text: str) -> bool:
    items = _GAPS.split(text.strip())
    return len(items) >= MIN_SPACED_LINKS and all(
        0 < len(_words(i)) <= MAX_SPACED_LINK_WORDS and i[0].isupper() and not i.endswith((".", ",", ";", ":"))
        for i in items)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_][\w'’.\-]*", text)


_FILE = re.compile(r"\((?:PDF|DOCX?|XLSX?|CSV|EPUB|MP3|MP4|ZIP)\b[^()]{0,20}\)")
"""A link to a file, its format in brackets: "Download the full report (PDF, 3.4 MB)"."""
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\"https?://[^\"]+\"", re.I)
MAX_WORDS_AROUND_URL = 4
"""Words beside a web address on a link line ("Retrieved from \"https://…\""): more
make a sentence that cites the address."""
_LICENCE = re.compile(r"\b(?:available|licensed|released|published|distributed)\s+under\s+(?:the\s+|a\s+)?"
                      r"(?:Creative\s+Commons|CC[\s-]BY|Open\s+Government\s+Licen[cs]e)\b|\bCC[\s-]BY(?:-[A-Z]{2})*\s+\d",
                      re.I)
"""A licence line: "Text is available under the Creative Commons …", "Licensed under CC BY-NC 4.0".
Only the licences of texts: "released under the MIT licence" is news about software."""
_EDITED = re.compile(r"^this\s+(?:page|article|story|post|entry|item)\s+was\s+(?:last\s+)?"
                     r"(?:edited|updated|modified|revised|changed)\b", re.I)
"""A page's own edit stamp: "This page was last edited on 7 June 2025, at 11:02."."""
_CREDIT = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}by\s+[A-Z&][\w'’.&-]*(?:\s+[A-Z&][\w'’.&-]*)*")
"""One credit of a production's credits: "Produced by Leon Marsh", "Music by Field
Recordings Collective", every word after "by" capitalised (a name), so that
"Killed by Russian shelling" is no credit.  Words are split at spaces only, so that
a long word in capitals is read one way (not in exponentially many)."""
_MEDIA_ITEM = r"(?:episode|podcast|show|newsletter|video|programme|program|series|edition|issue|coverage|content|page)"
"""What a page calls itself when it names its sponsor or its paywall."""
_SPONSOR = re.compile(r"^(?:sponsored|brought\s+to\s+you|underwritten)\s+by\b"
                      rf"|^(?:this|today['’]s)\s+(?:[\w'’-]+\s+)?{_MEDIA_ITEM}\s+(?:is|was)\s+"
                      r"(?:sponsored|supported|brought\s+to\s+you|presented|underwritten|made\s+possible)\s+by\b", re.I)
"""A sponsor line: "This episode is supported by …", "Sponsored by …".  Not "Supported by
allies, …" nor "This plan was presented by the minister": participles that open prose."""
_MEMBERS = re.compile(rf"\b(?:transcript|article|story|recording|version|archive|{_MEDIA_ITEM})\s+is\s+available\s+"
                      r"(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:[\w'’-]+\s+){0,2}(?:members|subscribers)\b", re.I)
"""A paywall's note: "The full transcript is available to Halcyon members."."""
_PROVENANCE = re.compile(r"^this\s+(?:article|story|piece|interview|post|dispatch)\s+(?:was|has\s+been|is)\s+"
                         r"(?:(?:first|originally)\s+published|translated|adapted|republished|reproduced)\b", re.I)
"""Where the page's text came from: "This article was translated from the Japanese
edition of …", "This story was originally published by …"."""
_PRINT_ISSUE = re.compile(r"^this\s+(?:article|story|piece|interview|essay|review|feature)\s+"
                          r"(?:(?:first\s+)?appear(?:s|ed)|will\s+appear)\s+in\b", re.I)
"""The magazine's note on where the text is printed: "This article appears in the December
2024 issue of …", "This article appears in Tatra Review No. 47/2024."."""
_PREVAILS = re.compile(r"\b(?:original|version|text)\s+(?:shall\s+)?prevails?\b", re.I)
_TRANSLATION = re.compile(r"\btranslat|\bdiscrepanc", re.I)
"""A translation's notice: "Unofficial translation. In case of discrepancy, the Spanish version
prevails.", "The Polish original prevails." (both words, so no story about a text is one)."""
_DISCLOSURE = re.compile(r"^(?:conflicts?\s+of\s+interests?|competing\s+interests?|declarations?\s+of\s+interests?)"
                         r"(?:\s+statements?)?\s*:", re.I)
"""An expert's or author's declared interests, a label the page adds: "Conflict of interest
statement: None declared."."""
MAX_NOTICE_WORDS = 40
_DISTRIBUTOR = re.compile(r"^this\s+(?:information|announcement|release|notice)\s+(?:is|was|has\s+been)\s+"
                          r"(?:provided|issued|released|distributed)\s+by\b"
                          r"|^this\s+announcement\s+(?:contains|is\s+released|is\s+made)\b", re.I)
"""A regulated announcement's notices: "This information is provided by RNS, the news service of
…", "This announcement contains inside information for the purposes of Article 7 …"."""
_CONTACT_LABEL = re.compile(r"^(?:for\s+(?:further|more)\s+(?:information|details),?\s+(?:please\s+)?contact\b"
                            r"|(?:media|press)\s+(?:enquiries|inquiries|contacts?)\s*:)", re.I)
"""The label over a release's contacts: "For further information, please contact:", "Media
enquiries: Communications Team, …"."""
_NEWSLETTER_FOOTER = re.compile(r"\byou(?:'re|’re|\s+are)\s+receiving\s+this\b"
                                r"|(?:^|[.!?]\s+)become\s+a\s+(?:paying\s+)?(?:member|subscriber|supporter|patron)\b", re.I)
"""A newsletter's or a membership's prompt: "You are receiving this email because …",
"Become a member from €4 a month!" (an imperative opening a sentence: "Sweden hopes to
become a member of …" is news)."""
_ORIGIN = re.compile(r"^(?:originally\s+published|translated\s+(?:from|and\s+edited)\b"
                     r"|editors?['’]?s?['’]?\s+(?:note|advisory)\s*:)", re.I)
"""A note on the text's origin with no "This article" before it: "Originally published in
Lithuanian.", "Translated from Ukrainian by …", "Editor's note: statement issued by …"."""
_PAGE_NOTE = re.compile(r"^this\s+(?:article|page|document|summary|transcript|entry|post|version|interview|conversation"
                        r"|story)\s+"
                        r"(?:is|was|has|have|documents|contains|may|provides|reflects|does)\b"
                        r"|^this\s+is\s+(?:the|a)\s+(?:talk|discussion)\s+page\b", re.I)
"""The page speaking of itself: "This article is about the 2025 strike. For …", "This transcript
has been edited for clarity", "This interview has been edited and condensed", "This document is an
excerpt from the … website", a wiki's "This is the talk page for discussing improvements to …"."""
_WIKI_SOURCE = re.compile(r"^from\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},\s+the\s+(?:free\s+)?(?:online\s+)?"
                          r"(?:encyclopa?edia|wiki)\s*\.?$", re.I)
"""A wiki's line under an article's title: "From Wikivox, the free encyclopedia"."""
PAGE_NOTE = ("credit", "the page's note on itself")
"""The kind and the reason of a line matched by `_PAGE_NOTE` (`boilerplate` finds a wiki's title above it)."""
_PLACEHOLDER = re.compile(r"^\[(?:image|photo|picture|graphic|gallery|illustration|map|chart|embed)s?\b[^\[\]]*\]$",
                          re.I)
"""Where a picture stood: "[Image: map of the Kursk region with arrows]".  A transcript's
"[VIDEO: Austin and Kim arrive]" says what the viewer saw, and is text."""
_VIDEO_TEASER = re.compile(r"^(?:video|watch|audio|listen)\b[^()\n]{0,200}\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*$", re.I)
"""A clip's teaser: its label, its title and its running time ("Video: Nakatani speaks to
reporters (1:48)", "VIDEO ▶ NATO chief speaks after the briefing (1:58)"): a player's caption,
not the story's text."""
_JUMP = re.compile(r"^(?:(?:continued|cont['’]d|cont\.)[ \t]+)?(?:from|on)[ \t]+(?:page|p\.)[ \t]*[A-Z]?\d{1,3}\.?$", re.I)
"""A printed page's jump line, alone on its line: "Continued from page 1", "Continued on Page
10", "From Page 9" — where a story goes on in the paper, not the story's words."""
_SCAN_NOTE = re.compile(r"^\[(?:scanned[ \t]+(?:document|page|copy)|digiti[sz]ed[ \t]+(?:document|page|copy)|OCR\b"
                        r"|text[ \t]+recogni[sz]ed)[^\[\]]*\]$", re.I)
"""An archive's note in brackets above a scanned page: "[Scanned document — text recognised
automatically (OCR). …]" (a transcript's bracketed "[Document shown on screen]" is text)."""
_SORT = re.compile(r"^(?:sort(?:ed)?|filter(?:ed)?|order(?:ed)?|show)\s+by\s*:", re.I)
"""A list's sort control: "Sort by: Newest"."""
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_WE = re.compile(r"\b(?:we|us|our)\b", re.I)
"""The page speaking to its reader ("Found a claim you want us to check? Send it to …"),
not a police appeal the story reports ("If you saw the crash, write to …")."""


def furniture(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is page furniture by its shape."""
    text = line.text
    if (label := page_label(line)) is not None:
        return label
    if _link_row(line):
        return "navigation", "a row of links"
    if (post := post_furniture(line)) is not None:
        return post
    if _MIDDLE_DOT.search(text) and MIN_DOTTED_WORDS <= line.word_count <= MAX_DOTTED_WORDS:
        return "navigation", "items apart by middle dots"
    if WIDE_GAP.search(text) and not line.is_prose:
        return "navigation", "items apart by wide gaps"
    if _FILE.search(text) and not line.is_prose:
        return "link", "a link to a file"
    if _URL.search(text) and len(_words(_URL.sub(" ", text))) <= MAX_WORDS_AROUND_URL:
        return "link", "a web address"
    if _LICENCE.search(text):
        return "copyright", "a licence line"
    if _EDITED.match(text):
        return "date", "the page's edit stamp"
    if _credits(text):
        return "byline", "production credits"
    if _SPONSOR.match(text):
        return "sponsor", "a sponsor line"  # no headline-like neighbour joins it: the title may be next
    if (note := funding_note(text)) is not None:
        return note  # "In association with …", "This reporting was supported by …", "Disclaimer: …"
    if _MEMBERS.search(text) or _NEWSLETTER_FOOTER.search(text):
        return "cta", "a members-only or newsletter note"
    if _PROVENANCE.match(text) or _ORIGIN.match(text):
        return "credit", "where the text was first published"
    if _PAGE_NOTE.match(text):
        return PAGE_NOTE
    if _WIKI_SOURCE.match(text):
        return "credit", "a wiki's line under the title"
    if _PRINT_ISSUE.match(text):
        return "credit", "where the text is printed"
    if line.word_count <= MAX_NOTICE_WORDS and _PREVAILS.search(text) and _TRANSLATION.search(text):
        return "credit", "a translation's notice"
    if _DISCLOSURE.match(text):
        return "credit", "a declaration of interests"
    if _DISTRIBUTOR.match(text):
        return "credit", "a regulated announcement's notice"
    if _CONTACT_LABEL.match(text):
        return "credit", "the label of the press contacts"
    if _PLACEHOLDER.match(text):
        return "widget", "a picture's placeholder"
    if _SORT.match(text):
        return "widget", "a list's sort control"
    if _JUMP.match(text):
        return "navigation", "a printed page's jump line"
    if _SCAN_NOTE.match(text):
        return PAGE_NOTE
    if _VIDEO_TEASER.match(text):
        return "widget", "a clip's teaser with its running time"
    if _EMAIL.search(text) and line.second_person and _WE.search(text):
        return "cta", "a prompt to write in"
    return None


MAX_CREDIT_WORDS = 24


_ROLE_CREDIT = re.compile(CREDIT_ROLE_LABEL + r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
"""A programme's credit as a role's label and a name: "Presenter: Ana Ruiz", "Producer: Tom Hale"."""
_MADE_BY = re.compile(r"[A-Z][^.;]{0,60}\s(?:is|was)\s+(?:produced|presented|edited|made)\s+by\s+[^.;]{1,60}")
"""A programme's note on who makes it: "Europe Today is produced by the channel's world desk"."""


def _credits(text: str) -> bool:
    """Credits, one or several sentences each "Xed by Name" ("Produced by Leon Marsh.
    Edited by Hattie Brûlé.", "Arrangements by Hollis & Vane Funeral Home.") or a role's
    label and a name ("Producer: Tom Hale."), perhaps after a note on who makes the programme
    ("Europe Today is produced by the world desk."), which alone credits no one (a story says
    "The vaccine is produced by …")."""
    parts = [p.strip() for p in re.split(r"(?<=\w)\.\s+|;\s*", text.strip().rstrip(".")) if p]
    named = [p for p in parts if _CREDIT.fullmatch(p) or _ROLE_CREDIT.fullmatch(p)]
    return len(_words(text)) <= MAX_CREDIT_WORDS and bool(named) \
        and all(p in named or _MADE_BY.fullmatch(p) for p in parts)


# --- layout ---------------------------------------------------------------------------------------

MIN_RUNNING_COPIES = 3
"""Copies of a line, numbers aside, that make it a running header or footer: a
printed document repeats it on every page; two copies may be a heading and
its mention in a list."""


def _shape(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.split())).lower()


def mark_running_lines(lines: list[Line], kinds: dict) -> None:
    """A line repeated on every page of a printed document, its page number aside
    ("Kestrel Policy Brief No. 19 — November 2024   3"): a running header or footer."""
    shapes = [_shape(line) if _may_run(line) else "" for line in lines]
    # a copy right under another is a list ("Chapter 1", "Chapter 2"), not a page's header
    listed = [bool(shape) and i > 0 and shapes[i - 1] == shape for i, shape in enumerate(shapes)]
    counts: dict[str, int] = {}
    for shape, in_list in zip(shapes, listed):
        if shape and not in_list:
            counts[shape] = counts.get(shape, 0) + 1
    first_prose = next((l.number for l in lines if l.is_prose), 0)
    seen: set[str] = set()
    for line, shape, in_list in zip(lines, shapes, listed):
        if not shape or in_list or counts.get(shape, 0) < MIN_RUNNING_COPIES:
            continue
        if shape not in seen and line.number < first_prose:
            seen.add(shape)  # the title page's heading, which the running header repeats: the title
            continue
        seen.add(shape)
        kinds[line.number] = ("running", "a running header or footer, repeated on every page")


def _may_run(line: Line) -> bool:
    """A line that may be a running header: two words or more, no sentence, and no
    label introducing what follows (a transcript's "LLOYD AUSTIN, SECRETARY:" recurs too)."""
    return not line.is_prose and line.word_count >= 2 and not line.text.endswith(":")


_FOOTNOTE = re.compile(r"^(\d{1,3})\s+[A-Z\"“]")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def mark_footnotes(lines: list[Line], kinds: dict) -> None:
    """Footnotes under a page: two lines or more in a row, each opening with the next
    number and no dot ("3 Joint press availability, …, 31 October 2024.") and citing
    a year, as a source does.  A numbered heading or list writes "3." or "3)"."""
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _note_number(lines[j]) == _note_number(lines[j - 1]) + 1 > 0:
            j += 1
        if j - i >= 2 and _note_number(lines[i]) > 0:
            for line in lines[i:j]:
                kinds[line.number] = ("reference", "a footnote")
        i = j


def _note_number(line: Line) -> int:
    match = _FOOTNOTE.match(line.text)
    dated = match is not None and any(d.start == 0 for d in find_dates(line.text))  # "1 March 2031: talks open"
    return int(match.group(1)) if match and not dated and _YEAR.search(line.text) else -1


_BOX_TOP = re.compile(r"^[┌╔╭+][─═━\-+]{3,}[┐╗╮+]?$")
_BOX_BOTTOM = re.compile(r"^[└╚╰+][─═━\-+]{3,}[┘╝╯+]?$")
MAX_BOX_LINES = 12
"""Lines inside a drawn box: a claim and a verdict, a fact box; a longer
stretch is no box and is left alone."""


def mark_drawn_boxes(lines: list[Line], kinds: dict) -> None:
    """The lines between a box's top edge ("┌────┐") and its bottom ("└────┘"): an
    aside drawn apart from the text (a fact-check's claim and verdict)."""
    for i, line in enumerate(lines):
        if not _BOX_TOP.match(line.text):
            continue
        end = next((j for j in range(i + 1, min(len(lines), i + 2 + MAX_BOX_LINES))
                    if _BOX_BOTTOM.match(lines[j].text)), None)
        for inside in lines[i + 1:end or i + 1]:
            kinds[inside.number] = ("box", "a box drawn apart from the text")


_TIMED = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}(?:\+\d{1,2})?['’])\s+\S")
"""An entry opening with a clock time or a minute mark: "02:41 How many, and
where?", "90+3' Okyere off injured"."""
MIN_TIMED = 3
MAX_TIMED_WORDS = 12


def mark_timed_lists(lines: list[Line], kinds: dict) -> None:
    """A list of timed entries, three or more short lines in a row each opening with a
    time (an episode's chapters, a match's key moments): an index of the page, not
    its text.  A transcript line puts its time in brackets and is text."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _timed(lines[j]):
            j += 1
        if j - i >= MIN_TIMED:
            for line in lines[i:j]:
                kinds[line.number] = ("timed", "a list of timed entries (chapters, key moments)")
        i = max(j, i + 1)


def _timed(line: Line) -> bool:
    # a chapter may be a question ("02:41 How many, and where?"), but no statement ends with a full
    # stop: "09:15 Air-raid alert in Kyiv." is a live blog's post
    return _TIMED.match(line.text) is not None and line.word_count <= MAX_TIMED_WORDS \
        and not line.text.rstrip().endswith(".")


_CAPTION_TIMING = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")
"""A caption file's cue timing (WebVTT's, SubRip's): "00:01:01.200 --> 00:01:07.000"."""
_BRACKETED = re.compile(r"\[[^\[\]]{2,80}\]")
MIN_CAPTION_CUES = MIN_TIMED


def mark_caption_descriptions(lines: list[Line], kinds: dict) -> None:
    """A caption file's line in square brackets ("[Crowd cheers]", "[Volunteers hand out
    water]"): it describes the picture or the sound for a viewer who cannot hear, and is
    no words of the report.  A transcript without cue timings keeps its stage directions
    ("[Crosstalk]") as text."""
    if sum(1 for line in lines if _CAPTION_TIMING.match(line.text)) < MIN_CAPTION_CUES:
        return
    for line in lines:
        if _BRACKETED.fullmatch(line.text):
            kinds[line.number] = ("cue", "a caption file's description of the picture or the sound")


def mark_layout(lines: list[Line], kinds: dict) -> None:
    """Every layout rule, in the order `boilerplate` runs them."""
    mark_running_lines(lines, kinds)
    mark_footnotes(lines, kinds)
    mark_drawn_boxes(lines, kinds)
    mark_timed_lists(lines, kinds)
    mark_caption_descriptions(lines, kinds)
