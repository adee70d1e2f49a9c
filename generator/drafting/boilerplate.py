"""Which raw lines are web clutter, judged from the text itself.

A page copied from a browser is a header (section labels, date, byline),
the article, and a footer (polls, teasers, newsletter forms, copyright),
with widgets and advertisements between paragraphs.  The rules, in order:

1. a line is clutter by its own shape: a copyright notice, a hashtag line,
   a line of no letters ("+1", "×"), share-widget words, a call to action
   (newsletter, subscribe, comments, advertisement…), a teaser label
   ("READ MORE: …") or an arrowed link, a photo credit, a date or byline
   line, or a fragment of three words or fewer that is not a sentence;
   a row of links, a web address, a licence, sponsor or credits line
   (`furniture`), a map's key and its note on its method, a tag line; author lines and author boxes (`authors`) and readers'
   comments below the text (`sections`) likewise;
   a printed document's running headers and footnotes, a drawn box and a
   list of timed entries (`furniture.mark_layout`) too; and, on pages made
   mostly of clutter, a data box's tab-separated rows, an alert in another
   script above its translation, and lines of another printed column;
2. a repeated line: a second copy of the title, every copy of a paragraph
   or of a heading but the last (a live blog's list of its headings), or a
   pull quote (a line in quotation marks whose words another line has);
   and a template repeated by every item of a list (lines that are no
   sentences opening with the same label: "SUPER: …", "Reactions: …"), or a
   script's cue in capitals ("VO – HARBOUR / QUAY", "SOT HALE 0:12");
3. position: before the article's first paragraph every line but the title,
   its standfirst and sentences (captions) is page header; after its last
   paragraph every line that is not a full sentence is page footer;
4. a headline-like line next to a call to action or teaser is part of it
   (the teaser list under "Related Stories", a newsletter's tag line), and
   lines that are no sentences between two clutter lines are clutter;
5. but a short line between the article's paragraphs that a paragraph
   follows is a section heading ("Notes to editors", "Key findings"), and a
   quiz's options and answers, a map's counted stops and an interview's
   questions are the page's text (`pageitems`).

The article's paragraphs are the lines of running prose (`Line.is_prose`)
that no rule above marks.
"""

from __future__ import annotations

import re

from .attachments import attachment_run
from .authors import BYLINE, mark_authors
from .backmatter import keep_abstract_heading
from .capsheadings import keep_capital_headings
from .closings import keep_closing_courtesy
from .correctionentries import keep_correction_headings
from .contents import keep_first_numbered_heading, mark_contents
from .datarows import keep_figures
from .deadlines import keep_deadlines
from .dates import STAMP, find_dates, is_place_date_line
from .furniture import PAGE_NOTE, furniture, mark_layout
from .lastsentence import keep_short_last_sentence
from .letters import keep_letter_lines, keep_reader_signatures
from .linkprompts import foreign_teaser, link_sentence, page_note, widget_instruction
from .tablerows import holds_a_table
from .tickers import mark_tickers
from .timelines import keep_timelines, keep_update_headings
from .lexicon import (ATTRIBUTION_VERBS, CREDIT_LABELS, FUNCTION_WORDS, MEDIA_WORDS, ORGANISATION_WORDS,
                      TEASER_LABELS, WIDGET_WORDS)
from .lines import Line
from .model import Boilerplate
from .pageitems import (keep_contents_headings, keep_counted_headings, keep_interview_questions, keep_quiz_items,
                        keep_signed_comments, keep_slide_items)
from .pagelabels import mark_ad_copy
from .pagenotes import mark_page_notes
from .schedules import keep_schedule_entries
from .sections import YEAR, keep_first_heading, mark_comments, mark_headings, mark_pull_quotes
from .standfirst import mark_repeated_standfirst

_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved|©\s*\d{4}", re.I)
_TEASER_LABEL = re.compile(r"^([A-Za-z' ]{2,24}):\s*\S")
_CREDITS = re.compile(r"(?:[A-Za-z]+\s+){0,2}by\s+[A-Z][^;]*")
"""One part of a wire story's credit line: "Additional reporting by Dan Whitcombe in Washington"."""
_CREDITED = re.compile(r"^(?:interview|interviews|text|story|analysis|words|photos?|photographs|pictures|video|videos"
                       r"|graphics|illustrations?|additional\s+reporting)(?:\s+(?:and|&)\s+\w+)?\s+by\s+[A-Z]", re.I)
"""Credit lines that name who made the piece: "Interview by …", "Photos and video by …"."""
_NEW_TAB = re.compile(r"(?<!\s),?\s*opens? (?:in )?(?:a )?new (?:tab|window)$", re.I)  # (?<!\s): see lines._CREDIT_END
"""What a screen reader reads after a link that opens elsewhere: "Purchase Licensing Rights, opens new tab"."""
_WITH_AGENCIES = re.compile(r"^[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}[ \t]*[|,–—-][ \t]*"
                            r"(?:with|and|additional reporting by)[ \t]+(?:wire[ \t]+)?(?:agencies|agency[ \t]+inputs?|wires)$", re.I)
"""A byline with no "By": the reporter's name and a credit to the wire agencies the story draws
on ("Ana Ruiz | with agencies", "Tom Hale, with agency inputs")."""
MAX_AGENCY_BYLINE_WORDS = 10
_TEXT_SIZE = re.compile(r"A[-−+]?|Aa")
"""A text-size button beside the share buttons, as a line's words read it: "[A-] [A+]", "Aa"."""
_BRACKET_ROW = re.compile(r"(?:\[[^\[\]]{1,24}\][ \t]*){2,}")
_BRACKET_ITEM = re.compile(r"\[[ \t]*([^\[\]]*?)[ \t]*\]")
MAX_ICON_CHARS = 2
"""Characters of a button's icon written as text: "f" for Facebook, "in" for LinkedIn, "✉"."""


def _icon_row(text: str) -> bool:
    """Whether the line is a row of bracketed buttons, each a widget word or an icon of
    `MAX_ICON_CHARS` characters or fewer ("[ f ] [ X ] [ WhatsApp ] [ ✉ ]"), with a letter
    among them; a transcript's bracketed time and sound ("[00:02:14] [MUSIC]") is none."""
    if not _BRACKET_ROW.fullmatch(text.strip()):
        return False
    items = _BRACKET_ITEM.findall(text)
    icons = all(i.lower() in WIDGET_WORDS or (len(i) <= MAX_ICON_CHARS and not i.isdigit()) for i in items)
    return icons and any(c.isalpha() for c in text)


_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s*(?:read|listen)\b", re.I)
_SPREADING = ("cta", "widget", "teaser")
_NAMES = {"cta": "call to action", "widget": "share widget", "teaser": "teaser"}
"""Kinds of clutter whose headline-like neighbours belong to them (rule 4)."""


def intrinsic(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is clutter by its own shape (rule 1)."""
    text, words = line.text, line.words
    if _COPYRIGHT.search(text):
        return "copyright", "copyright line"
    tokens = text.split()
    if sum(t[0] in "#@" for t in tokens) * 2 >= len(tokens) and any(t[0] == "#" for t in tokens):
        return "hashtag", "hashtag line"
    if not any(c.isalpha() for c in text):
        return "symbol", "no words, only symbols or numbers"
    if words and all(w.lower().strip(".:") in WIDGET_WORDS or _TEXT_SIZE.fullmatch(w) for w in words) \
            and not all(_TEXT_SIZE.fullmatch(w) for w in words):
        return "widget", "share or comment widget"
    if _icon_row(text):
        return "widget", "a row of share buttons"
    if _NEW_TAB.search(text) and line.word_count <= 12:
        return "widget", "link to another page"
    if len(re.findall(r"\s[>›»|/]\s", text)) >= 2 and not line.is_prose:
        return "navigation", "navigation path"
    if _DISCLAIMER.search(text):
        return "disclaimer", "disclaimer"
    if page_note(text) and line.word_count <= MAX_LINK_PROMPT_WORDS:
        return "disclaimer", "a note of the page on its updates or status"
    if widget_instruction(text) and line.word_count <= MAX_LINK_PROMPT_WORDS:
        return "disclaimer", "a widget's instruction to the reader"  # "Tap an option to see the answer."
    if _REFERENCE.match(text):
        return "reference", "a reference or source line"
    if _METHOD_NOTE.match(text):
        return "reference", "a note on how the piece was made"
    if len(_KEY_MARKS.findall(text)) >= MIN_KEY_MARKS and (_KEY_LABEL.match(text) or not line.ends_sentence):
        return "box", "a map's or a chart's key"
    if _POLL.match(text):
        return "poll", "a poll's question"
    if _PLAYER.match(text) and not line.is_prose:
        return "widget", "a video player's label"
    return _prompt(line) or _metadata(line) or furniture(line) or _fragment(line)


_DISCLAIMER = re.compile(r"\b(?:do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)"
                         r"|do(?:es)?\s+not\s+constitute\s+(?:medical|legal|financial|investment|professional)\s+advice"
                         r"|for\s+(?:general\s+)?informational\s+purposes\s+only"
                         r"|contains?\s+forward-looking\s+statements|undertakes?\s+no\s+obligation\s+to\s+update"
                         r"|not\s+responsible\s+for\s+the\s+content\s+of\s+external"
                         r"|(?:views|opinions)\s+(?:expressed\s+)?(?:here\s+)?are\s+(?:his|her|their|the\s+authors?['’]s?|my)\s+own"
                         r"|ratings?\s+(?:was|were|has\s+been|have\s+been)\s+(?:solicited|unsolicited|initiated)\s+by"
                         r"|participated\s+in\s+the\s+(?:credit\s+)?rating\s+process)\b",
                         re.I)
"""The stock phrases of a page's disclaimer ("The views expressed … do not necessarily
reflect …", "… for informational purposes only and does not constitute medical
advice", a press release's "contains forward-looking statements", "The BBC is not
responsible for the content of external sites", "His views are his own"), a rating
agency's disclosure that the law requires under every rating ("The rating was solicited by,
or on behalf of, the issuer", "The issuer participated in the rating process"): the
publisher's, however long the line."""
_REFERENCE = re.compile(r"^(?:journal\s+|full\s+|study\s+)?(?:references?|citations?|sources?)\s*:\s*\S", re.I)
"""A reference under a study or a chart: "Journal reference: …", "Source: …"."""
_METHOD_NOTE = re.compile(r"^(?:how\s+we\s+(?:made|built|reported|produced|compiled|mapped)\s+(?:this|these|the)\b[^:]{0,30}"
                          r"|methodology|about\s+(?:this|the)\s+data|notes?\s+on\s+(?:the\s+)?(?:method|methods|data))\s*:\s*\S",
                          re.I)
"""A map's or a chart's note on its method: "How we made this map: …", "Methodology: …",
"About the data: …" — the publisher's account of its work, as a source line is."""
_KEY_MARKS = re.compile(r"[\u25a0-\u25ff\u2610-\u2612\u2708]")
"""Shapes, ballot boxes and a plane that a map's or a chart's key sets before its items ("●
Port ▲ Training ground ✈ Flight", "☑ Ports of departure ☐ Front line")."""
_KEY_LABEL = re.compile(r"^(?:legend|key|layers)\s*:", re.I)
"""A key's label: its last item may end in a full stop ("☐ Front line (approx.)")."""
MIN_KEY_MARKS = 3
"""Marks of a key: a sentence may hold one or two symbols, a key's row holds one an item."""
_PLAYER = re.compile(r"^(?:duration|length|running\s+time|runtime)\s*:?\s*\d", re.I)
"""A video player's length: "Duration: 2 minutes 38 seconds"."""
_POLL = re.compile(r"^(?:poll|quiz|survey|vote|have your say)\s*:\s*\S", re.I)
"""A reader poll's question, labelled: "POLL: Have you ever …?"."""


_ARROWS = "→▶►»›➔➜"


MAX_LINK_PROMPT_WORDS = 40
"""A promotion and its link fit in a few sentences; a longer line is a paragraph."""


_LINK_BAR = re.compile(r"[ \t]\|[ \t]")
"""A bar between items: after a teaser label, a list of headlines, however much one of them
reads like a sentence ("Related: Gate goes up at the bay | Who can reach the sea?")."""


def _prompt(line: Line) -> tuple[str, str] | None:
    if line.text[:1] in _ARROWS or line.text[-1:] in _ARROWS:
        # A player's "▶ Watch" heads the list below it; each link of a list has its own arrow
        return ("teaser" if line.word_count <= 3 else "link"), "a link marked with an arrow"
    phrase = line.cta_phrase()
    label = _TEASER_LABEL.match(line.text)
    if label and label.group(1).split()[0].lower() in TEASER_LABELS and (not line.is_prose or _LINK_BAR.search(line.text)):
        return "teaser", f'teaser label "{label.group(1)}:"'  # "Related: A headline | Another one?"
    if phrase and (line.second_person or not (line.is_prose or _lead_in(line)) or line.word_count <= 12):
        return "cta", f'call to action ("{phrase}")'
    if foreign_teaser(line.text):
        return "teaser", "a \"read also\" label of another language"
    if _YOU_MIGHT.match(line.text) and line.word_count <= MAX_LABEL_WORDS:
        return "teaser", "a teaser label addressing the reader"
    if _TAG_LINE.match(line.text) and not line.ends_sentence:
        return "navigation", "the page's tags"
    if link_sentence(line.text) and line.word_count <= MAX_LINK_PROMPT_WORDS:
        return "cta", 'a link\'s sentence ("Tap here to join.", "Donate today.")'
    first = line.text.lstrip("(").split()[0].lower().strip(":,/") if line.text.strip("(") else ""
    if first.split("/")[0] in CREDIT_LABELS and not line.is_prose and line.word_count <= 8:
        return "credit", "photo or image credit"
    return None


_YOU_MIGHT = re.compile(r"^you\s+(?:might|may|could|will|would)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)\b", re.I)
"""A teaser label written to the reader: "You might also like", "You may also be interested in"."""
_TAG_LINE = re.compile(r"^(?:tags?|topics?|keywords|filed\s+under)\s*:\s*[^,.;]{2,40}(?:,\s*[^,.;]{2,40})+$", re.I)
"""The page's tags, a label and a list apart by commas: "Topics: North Korea, South Korea, Russia"."""


def _lead_in(line: Line) -> bool:
    """Whether a long line in small letters ends in a colon: a sentence of the text that
    introduces the quotation or the list below it ("The following is an extract from the
    company's letter, reproduced with its consent:"), prose though it has no end mark."""
    return line.text.rstrip().endswith(":") and line.word_count > 12 and line.lower_share >= 0.5


_CREDIT_BAR = re.compile(r"[ \t]+\|[ \t]+")
MAX_CREDIT_PART_WORDS = 12
"""Words of one credit: a name or two after its label, not a sentence."""


_CREDIT_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|and|&|de|da|do|dos|van|von|der)"
_LABELLED_CREDIT = re.compile(r"(?:Reporters?|Reporting|Text|Words|Editing|Editors?|Camera|Video|Photography)"
                              r"[ \t]*:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+" + _CREDIT_NAME_WORD + r")*"
                              r"(?:,[ \t]+[^|,:]{1,40})?")
"""A credit as its label in title case and one name or two, maybe with the reporter's post or
place after a comma: "Reporter: Ana Ruiz, special envoy to Lima", "Camera: Tom Hale", "Text: Bo
Tern, in Mindelo".  A transcript's speaker label is in capitals ("REPORTER: Ana Ruiz said …")."""


_NAMED_POST = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]*,[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}"
                         r"(?:Editor|Correspondent|Reporter|Writer|Columnist|Journalist)s?")
"""A byline with no "By": the writer's name and their post on the paper in title case ("Ana Ruiz,
Contributing Editor", "Tom Hale, Asia Correspondent")."""


def _credit(part: str) -> bool:
    """Whether one part of a line is a byline, a credit "Xed by Name" or a labelled credit."""
    return bool(BYLINE.match(part) or _CREDITED.match(part) or _LABELLED_CREDIT.fullmatch(part)
                or _NAMED_POST.fullmatch(part))


def _credits_row(text: str) -> bool:
    """Whether the line is credits apart by bars, each a short byline ("Text by Ana Ruiz |
    Graphics by Tom Hale and Bo Tern", "Reporting: Ana Ruiz | Camera: Tom Hale"): a map's, a
    graphic's or a report's makers, however long the row."""
    parts = _CREDIT_BAR.split(text)
    return len(parts) > 1 and all(_credit(p) and len(p.split()) <= MAX_CREDIT_PART_WORDS for p in parts)


_PRINTED = re.compile(r"^printed(?:\s+on)?\s*:?\s", re.I)
_PRINT_VIEW = re.compile(r"\S\s+[—–|-]\s+(?:printer[- ]friendly|printable|print)\s+(?:version|view|page)\s*$", re.I)
"""A print view's header, the page's name and the view's: "Apia Chronicle — Printer-friendly
version" (a "Print version" link alone is left to the rules for share rows)."""
MAX_PRINT_WORDS = 10


_CREDIT_BREAK = re.compile(r";|(?<=[a-z])\.[ \t]+(?=[A-Z])")
"""Where one credit of a wire story's credit line ends: at a semicolon ("Reporting by Ana Ruiz;
Editing by Tom Hale") or at a full stop after a name ("Reporting by Ana Ruiz. Additional
reporting by Bo Tern.")."""


def _metadata(line: Line) -> tuple[str, str] | None:
    parts = [p.strip() for p in _CREDIT_BREAK.split(line.text.strip("()"))]
    if len(parts) > 1 and all(_CREDITS.fullmatch(p.rstrip(".")) for p in parts):
        return "byline", "reporting and editing credits"
    if STAMP.match(line.text) and line.word_count <= 24 and find_dates(line.text):
        return "date", "time stamp"  # even ending "… at 6:02 p.m." like a sentence
    if _PRINTED.match(line.text) and line.word_count <= MAX_PRINT_WORDS and find_dates(line.text):
        return "date", "when the page was printed"  # "Printed: 12/05/2026 10:47 a.m.", no date of the article
    if _PRINT_VIEW.search(line.text) and line.word_count <= MAX_PRINT_WORDS:
        return "header", "a print view's header"
    if _credits_row(line.text):  # before prose: a row may end in initials ("| Editing: R.C.")
        return "byline", "byline"
    if line.is_prose:
        # "Medellín, 9 March 2026 - 8:47 p.m.": its "p.m." ends it like a sentence
        return ("date", "a place and a date") if is_place_date_line(line.text) else None
    if _credit(line.text) and line.word_count <= 12:
        return "byline", "byline"
    if _WITH_AGENCIES.search(line.text) and line.word_count <= MAX_AGENCY_BYLINE_WORDS:
        return "byline", "a reporter's name with the agencies' credit"
    dates = find_dates(line.text)
    if line.word_count <= 14 and dates and not _phrase_around(line.text, dates) \
            or line.word_count <= 24 and len(dates) >= 2:
        return "date", "date line"
    if _READING_TIME.search(line.text):
        return "date", "reading time"
    return None


MIN_PHRASE_WORDS = 5
"""Lower-case words beside a date that make a phrase of the text, not a date line:
"An assessment of the information as of 15 November 2024" is a subtitle; a date
line's other words are a weekday, a time, a place or a label."""


def _phrase_around(text: str, dates: list) -> bool:
    for found in reversed(dates):
        text = text[:found.start] + " " + text[found.end:]
    return sum(w[0].islower() for w in text.split() if w[0].isalpha()) >= MIN_PHRASE_WORDS


def _fragment(line: Line) -> tuple[str, str] | None:
    if line.text.endswith(":") and any(w.lower() in ATTRIBUTION_VERBS for w in line.words):
        return None  # "Ed Miliband said:" introduces the quotation below
    if _BREAK_MARK.fullmatch(line.text):
        return "short", "a programme's break, no words of it"
    if _STAGE_DIRECTION.fullmatch(line.text):
        return None  # "[Crosstalk]": a transcript's stage direction is part of the text
    if line.word_count <= 3 and not (line.ends_sentence and line.word_count >= 3):
        return "short", "a fragment of a few words, not a sentence"
    return None


def _boxes(lines: list[Line], kinds: dict) -> None:
    """Boxes of several lines that no line shows alone: a summary box, a list
    of sources, a list of facts, a poll's answers, an embedded social post and a
    teaser list under a label with no colon."""
    for i, line in enumerate(lines):
        kind = kinds.get(line.number, ("",))[0]
        if _SUMMARY_LABEL.match(line.text):
            kinds[line.number] = ("summary", "a summary box's label")
            _mark_run(lines, kinds, i + 1, lambda j: _summarises(lines[j], lines[j + 1:j + 1 + SUMMARY_READ]),
                      ("summary", "a summary box: its line repeats the text"), stop=i + 1 + MAX_SUMMARY_LINES)
        elif _SOURCES_LABEL.match(line.text):
            kinds[line.number] = ("reference", "a list of sources")
            _mark_run(lines, kinds, i + 1, lambda j: YEAR.search(lines[j].text) is not None,
                      ("reference", "a list of sources"))
        elif kind == "poll":
            _mark_run(lines, kinds, i + 1, lambda j: lines[j].word_count <= 4 and not lines[j].is_prose,
                      ("poll", "a poll's answer or button"))
        elif _HANDLE.search(line.text) and line.word_count <= 8:
            _social_post(lines, kinds, i)
    _facts(lines, kinds)
    _teaser_heads(lines, kinds)
    _originals(lines, kinds)


MIN_ITEM_COPIES = 3
"""Lines opening with the same word, numbers aside, that make a template: a channel line
over every post, a cue over every report, a counter under every photo."""


def _item_furniture(lines: list[Line], kinds: dict, title: Line | None) -> None:
    """Lines that are no sentence and open with the same word, digits aside, three times or
    more ("SUPER: Daniel Hsu / Washington", "Reactions: 3.1K …", "CAM2 – PRESENTER"), and
    say different things: the furniture a page sets by every item of a list of items (a post, a
    report, a photo).  A name on its own line repeats whole (a transcript's speaker): no template."""
    keyed: dict[str, list[Line]] = {}
    for line in lines:
        key = _opening(line.text)
        # "ON FISH PRICES", "IN THE NORTH": a heading in capitals opens with a preposition or an
        # article, which no code or cue ("SOT", "CAM2") is
        if line is not title and _LABEL_WORD.fullmatch(key) and not _SECTION_NUMBER.fullmatch(key) \
                and key.lower() not in FUNCTION_WORDS:
            keyed.setdefault(key, []).append(line)
    for group in keyed.values():
        # a speaker's label opens sentences ("QUESTION: Thank you."), a template's never
        if len(group) >= MIN_ITEM_COPIES and len({l.folded for l in group}) == len(group) \
                and not any(l.ends_sentence or l.is_prose or l.text.endswith(":") for l in group):
            for line in group:
                kinds.setdefault(line.number, ("item", "furniture repeated by every item of a list"))


_SECTION_NUMBER = re.compile(r"#[.)]")
"""A numbered heading's number ("1. Size and location"): the text's sections, no template."""
_LABEL_WORD = re.compile(r"[^\W\d_][\w-]*:|[A-Z]{2,}|.*#.*")
"""An opening word that labels what follows: a word and a colon ("SUPER:"), a code in capitals
("SOT"), or one with a number ("21:02", "[A02]", "CAM2"); not a word of a heading ("The", "How")."""


_CUE_MARK = re.compile(r"\d:\d\d|(?<!\s)\s[–/]\s|\(")
"""What a production cue holds besides its words: a duration ("VT HEADLINE SEQUENCE 0:30"), a
dash or a slash between its parts ("VO – SEOUL STATION / NIS BUILDING"), a bracket."""


def _cues(lines: list[Line], kinds: dict) -> None:
    """A line in capitals below the first paragraph, with a duration, a dash, a slash or a bracket
    between its words, is a cue of a script or a running order, not a crosshead: a heading in
    capitals ("RATES UNDER PRESSURE") is words alone."""
    first = next((l.number for l in lines if l.is_prose and l.number not in kinds), None)
    for line in lines:
        if first is None or line.number <= first or kinds.get(line.number, ("short",))[0] != "short" \
                or line.word_count < 2:  # a short fragment may be taken for a heading later
            continue
        if not any(c.islower() for c in line.text) and _CUE_MARK.search(line.text) \
                and not _STAGE_DIRECTION.fullmatch(line.text):
            kinds[line.number] = ("cue", "a cue in capitals, of a script or a running order")


MIN_COLUMN_WORDS, MAX_COLUMN_WORDS = 4, 9
"""Words of a line of a narrow printed column: a page's text copied from a printed page may
take in a few lines of the next column ("hours at the marina will be ex-" / "tended from
December 1, …"), each cut short where the column ends."""


def _column_spills(lines: list[Line], kinds: dict) -> None:
    """Two lines or more in a row, each of a narrow column's width, that open in small letters
    (a sentence's middle) and break off without an end mark, but for the last: another
    column's text, spilled into the page's."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].number not in kinds and _column_line(lines[j]) \
                and (j == i or not lines[j - 1].ends_sentence):
            j += 1
        if j - i >= 2 and lines[i].text[:1].islower() and not lines[j - 2].ends_sentence:
            for line in lines[i:j]:
                kinds[line.number] = ("column", "lines of another printed column, cut short")
        i = max(j, i + 1)


def _column_line(line: Line) -> bool:
    return MIN_COLUMN_WORDS <= line.word_count <= MAX_COLUMN_WORDS and not _BULLET.match(line.text)


def _opening(text: str) -> str:
    return re.sub(r"\d+", "#", text.split(None, 1)[0])


def _originals(lines: list[Line], kinds: dict) -> None:
    """A line in another script right above its translation, a sentence in Latin letters
    (an alert sent in Greek, then in English): the page's text is the translation."""
    for line, below in zip(lines, lines[1:]):
        if line.word_count >= 2 and not _latin(line.text) and below.is_prose and _latin(below.text):
            kinds.setdefault(line.number, ("original", "the original-language copy of the line below"))


def _latin(text: str) -> bool:
    """Whether most of the letters of ``text`` are Latin ones."""
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 >= len(letters)


_SUMMARY_LABEL = re.compile(r"^(?:key\s+(?:points|takeaways|facts)|at\s+a\s+glance|in\s+brief|in\s+short|highlights"
                            r"|summary|story\s+highlights|what\s+you\s+need\s+to\s+know|the\s+short\s+version"
                            r"|tl;\s*dr)\s*:?$", re.I)
"""The label of a box that sums the story up in a few lines above it ("Key points",
"Key takeaways"): its lines are a copy of the text, and so clutter."""
_SOURCES_LABEL = re.compile(r"^(?:sources|references|bibliography|further\s+reading|works\s+cited|citations|notes"
                            r"|footnotes|endnotes)\s*:?(?:\[[a-z ]{1,12}\])?$", re.I)
"""The label of a list of sources, with a wiki's edit mark ("References[edit]")."""
_HANDLE = re.compile(r"^@\w{2,}$|\(@\w{2,}\)(?:\s*·\s*\w+)?$")
"""A social account's handle alone ("@SkylarkAir") or after its name ("Pat
Gelsinger (@PGelsinger) · Follow"): the head of an embedded post."""
_POST_COUNTS = re.compile(r"\b(?:reposts?|retweets?|likes?|quotes?|views?|replies|comments?|bookmarks?|shares?)\b",
                          re.I)
_FACT = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s+\S")
MAX_SUMMARY_WORDS = 25
"""Words of one line of a summary box: a bullet, shorter than the paragraphs it sums up."""
MAX_SUMMARY_LINES = 6
SUMMARY_READ = 40
"""Lines below a summary box's line read for its words: the story's opening."""


def _mark_run(lines: list[Line], kinds: dict, start: int, belongs, kind: tuple[str, str],
              stop: int | None = None) -> None:
    """Mark the lines from ``start`` (up to ``stop``) while ``belongs(index)`` holds."""
    for j in range(start, len(lines) if stop is None else min(stop, len(lines))):
        if not belongs(j):
            return
        kinds[lines[j].number] = kind


def _content_words(line: Line) -> set[str]:
    return {w.lower().strip(".") for w in line.words if len(w) > 2 and w.lower() not in FUNCTION_WORDS}


def _summarises(line: Line, rest: list[Line]) -> bool:
    """A summary box's line: a short sentence most of whose words the text below has."""
    words = _content_words(line)
    if not line.ends_sentence or line.word_count > MAX_SUMMARY_WORDS or not words:
        return False
    below = set().union(*(_content_words(l) for l in rest)) if rest else set()
    return len(words & below) * 2 >= len(words)


def _social_post(lines: list[Line], kinds: dict, i: int) -> None:
    """An embedded social post: the handle line, the account's name above it
    ("Skylark Air"), the post's text below, its time ("9:12 AM · Aug 9, 2025") and
    its counts ("4,381 Reposts 12.7K Quotes")."""
    kind = ("social", "an embedded social post")
    kinds[lines[i].number] = kind
    if i and not lines[i - 1].is_prose and lines[i - 1].word_count <= 4 and "(@" not in lines[i].text:
        kinds[lines[i - 1].number] = kind
    if i + 1 < len(lines):
        kinds[lines[i + 1].number] = kind
    for line in lines[i + 2:i + 4]:
        stamp = line.word_count <= 10 and find_dates(line.text)
        counts = line.word_count <= 8 and _POST_COUNTS.search(line.text) and any(c.isdigit() for c in line.text)
        if not (stamp or counts):
            return
        kinds[line.number] = kind


def _facts(lines: list[Line], kinds: dict) -> None:
    """A list of facts, two lines or more of a short label and a short value ("Court:
    Supremo Tribunal Federal", "Decision date: 08/10/2024"), and the heading above it."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _fact(lines[j]):
            j += 1
        if j - i >= 2:
            for line in lines[i:j]:
                kinds[line.number] = ("facts", "a list of facts: labels and values")
            above = lines[i - 1] if i else None
            if above is not None and kinds.get(above.number, ("",))[0] == "short":
                kinds[above.number] = ("facts", "a list of facts: its heading")
        i = max(j, i + 1)


MAX_FACT_WORDS = 10


def _fact(line: Line) -> bool:
    # a value that ends a sentence is said, not listed: "QUESTION: Thanks, Matt." in a transcript
    if _TAB_FACT.match(line.text) is not None:
        return line.word_count <= MAX_TAB_FACT_WORDS and not line.is_prose and not line.ends_sentence
    return _FACT.match(line.text) is not None and line.word_count <= MAX_FACT_WORDS and not line.is_prose \
        and not line.ends_sentence


_TAB_FACT = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}\t")
"""A data box's row copied from a browser, its label and value apart by a tab ("Location<TAB>Gran
Rosario port complex, …"): the tab marks the value's column, so the value may be longer."""
MAX_TAB_FACT_WORDS = 20


_TEASER_HEADS = frozenset("related more also latest popular trending recommended up read watch see top most".split())
_TEASER_WORDS = frozenset("related recommended trending latest".split())
"""One-word labels of a teaser list ("RELATED")."""
_TEASER_NOUNS = frozenset("""
    analysis coverage stories story articles reading reads news content videos video posts links next
    read from on
    letters notices releases statements updates documents publications
""".split())
"""Last words of a teaser label: a newsroom's ("More stories") and a school's, a council's or a
ministry's ("Related letters", "Latest releases", "More updates")."""


def _teaser_heads(lines: list[Line], kinds: dict) -> None:
    """A label with no colon below the start of the text ("Related analysis", "More
    stories", "Up next") heads a teaser list: it spreads to the headlines under it."""
    first = next((i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds), None)
    if first is None:
        return
    for i in range(first + 1, len(lines)):
        line = lines[i]
        words = [w.lower() for w in line.words]
        labelled = 2 <= len(words) <= 3 and words[0] in _TEASER_HEADS and words[-1] in _TEASER_NOUNS \
            or words and len(words) == 1 and words[0] in _TEASER_WORDS
        if not labelled or line.ends_sentence:
            continue
        kinds[line.number] = ("related", f'teaser label "{line.text}"')
        # the list under it: headlines and their durations, up to the next paragraph
        for below in lines[i + 1:]:
            if below.is_prose:
                break
            kinds.setdefault(below.number, ("related", "a teaser list's line"))


_BREAK_MARK = re.compile(r"\[(?:(?:commercial|ad|advert|advertising|news)[ \t]+)?break\]", re.I)
"""A transcript's mark of a programme's break ("[BREAK]", "[COMMERCIAL BREAK]"): where the
broadcast stopped, unlike a stage direction ("[Crosstalk]"), which says what was heard."""
_STAGE_DIRECTION = re.compile(r"(?:\[[^\[\]]{2,80}\]\s*)+|\([A-Z][a-z]+(?:\s+[a-z]+){0,2}\)")
"""A transcript's stage direction, with its time stamp: "[Crosstalk]", "[00:00:04] [MUSIC]",
and a verbatim record's "(Applause)", "(Mixed reactions)" (not a note in capitals, "(END)")."""


def is_label(line: Line) -> bool:
    """A short name-like line (a publisher or section), not a headline."""
    words = [w for w in line.words if w.lower() not in FUNCTION_WORDS]
    capitalised = all(w[0].isupper() or not w[0].isalpha() for w in words)
    named = any(w.lower().strip(".") in ORGANISATION_WORDS | MEDIA_WORDS for w in words)
    return line.word_count <= 6 and capitalised and named and "," not in line.text


def find_boilerplate(lines: list[Line]) -> tuple[list[Boilerplate], Line | None]:
    """Clutter lines (sorted) and the title line the rules kept, if any."""
    kinds = {l.number: k for l in lines if (k := intrinsic(l))}
    mark_page_notes(lines, kinds)
    mark_ad_copy(lines, kinds)
    _boxes(lines, kinds)
    mark_layout(lines, kinds)
    mark_authors(lines, kinds)
    mark_comments(lines, kinds)
    mark_contents(lines, kinds)
    _spread(lines, kinds)
    title = _title(lines, kinds)
    if title is not None:
        kinds.pop(title.number, None)  # "WATCH: …" heading a video page
        below = lines[lines.index(title) + 1] if title is not lines[-1] else None
        if below is not None and below.word_count >= STANDFIRST_WORDS \
                and kinds.get(below.number, ("", ""))[1].startswith(_SPREAD_REASON):
            del kinds[below.number]  # the standfirst under it, marked only for a widget beside them
    _repeats(lines, kinds, title)
    mark_repeated_standfirst(lines, kinds, title)
    _item_furniture(lines, kinds, title)
    _cues(lines, kinds)
    _column_spills(lines, kinds)
    mark_pull_quotes(lines, kinds)
    _zones(lines, kinds, title)
    _author_notes(lines, kinds)
    _enclosed(lines, kinds, title)
    _list_members(lines, kinds)
    _spread(lines, kinds, title)
    mark_headings(lines, kinds)
    keep_capital_headings(lines, kinds)
    keep_first_numbered_heading(lines, kinds)
    keep_first_heading(lines, kinds)
    keep_abstract_heading(lines, kinds)
    keep_letter_lines(lines, kinds)
    keep_reader_signatures(lines, kinds)
    keep_figures(lines, kinds)
    keep_timelines(lines, kinds)
    keep_update_headings(lines, kinds)
    keep_schedule_entries(lines, kinds)
    keep_correction_headings(lines, kinds)
    keep_quiz_items(lines, kinds)
    keep_counted_headings(lines, kinds)
    keep_contents_headings(lines, kinds)
    keep_signed_comments(lines, kinds)
    keep_slide_items(lines, kinds)
    keep_interview_questions(lines, kinds)
    keep_closing_courtesy(lines, kinds)
    keep_deadlines(lines, kinds)
    keep_short_last_sentence(lines, kinds)
    mark_tickers(lines, kinds)
    found = [Boilerplate(n, reason) for n, (_, reason) in sorted(kinds.items())]
    return found, title


def _title(lines: list[Line], kinds: dict) -> Line | None:
    """The longest headline-like line before the first paragraph (navigation
    links such as "Skip to main content" are headline-like too, but shorter),
    or the headline-like line right above it: a standfirst is often longer
    than the headline it follows.  A photo caption ("Image caption, …",
    "… Photograph: Jane Doe") is no headline.  When every headline-like line
    took its kind only from a widget beside it (rule 4: "Share", "Subscribe"
    around a headline as around a teaser), those lines are the candidates."""
    candidates = _title_candidates(lines, kinds, spread=False) or _title_candidates(lines, kinds, spread=True)
    noted = next((line for line in candidates if _above_page_note(lines, kinds, line)), None)
    if noted is not None:
        return noted  # a wiki's page title, right above its note ("This is the talk page for …")
    longest = max(candidates, key=lambda l: l.word_count, default=None)
    index = candidates.index(longest) if longest is not None else 0
    above = candidates[index - 1] if index else None
    if above is not None and above.number == _previous_number(lines, longest):
        return above
    return longest


def _above_page_note(lines: list[Line], kinds: dict, line: Line) -> bool:
    """Whether the line right under ``line`` is the page's note on itself (`furniture`): a wiki
    sets its note under the page's title, however long the site's tagline above."""
    position = lines.index(line)
    below = lines[position + 1] if position + 1 < len(lines) else None
    return below is not None and below.number == line.number + 1 and kinds.get(below.number) == PAGE_NOTE


def _title_candidates(lines: list[Line], kinds: dict, spread: bool) -> list[Line]:
    candidates: list[Line] = []
    passed = False
    for line in lines:
        if line.is_prose and line.number not in kinds:
            if not passed and not line.ends_sentence and line.word_count <= MAX_LONG_TITLE_WORDS \
                    and not _SENTENCE_BREAK.search(line.text) and not _QUOTE_MARKS.search(line.text):
                return [*candidates, line]  # a long headline, no end mark: a legal act's or a meeting's title
            if candidates or passed:
                break
            passed = True  # a banner or a note above the headline ("⚠ ACTIVE EMERGENCY: …")
            continue
        free = line.number not in kinds or not candidates and _WATCH.match(line.text) is not None \
            or spread and kinds[line.number][1].startswith(_SPREAD_REASON)
        if free and line.is_title_like and not is_label(line) and not _CAPTION.search(line.text):
            candidates.append(line)
    return candidates


_SPREAD_REASON = "headline-like line next to"

MAX_LONG_TITLE_WORDS = 50
_SENTENCE_BREAK = re.compile(r"[.!?]['\"’”)]*\s+[^\s\d]")
_QUOTE_MARKS = re.compile(r"[\"“”]")
"""A long line with a sentence's end or a quotation in it is a paragraph or a caption ("… on 4
December. © Jane Doe"), not a document's title ("… Meeting No. 118 of the Council")."""
"""Words of the longest headline: a document's title runs on ("Council Implementing Regulation
(EU) 2024/3201 of 16 December 2024 implementing …"), a paragraph runs longer."""


_WATCH = re.compile(r"^watch\s*:\s*\S", re.I)
"""A video's headline, "WATCH: …": a teaser's label below the text, but the page's
own title when no headline comes before it (a video page)."""
_CAPTION = re.compile(r"^(?:" + "|".join(sorted(CREDIT_LABELS)) + r")\b[\w ]{0,12},"
                      r"|\b(?:" + "|".join(sorted(CREDIT_LABELS)) + r"|photograph)s?\s*:", re.I)


def _previous_number(lines: list[Line], line: Line) -> int:
    position = lines.index(line)
    return lines[position - 1].number if position else -1


def _repeats(lines: list[Line], kinds: dict, title: Line | None) -> None:
    last_copy: dict[str, int] = {}
    for line in lines:
        last_copy[line.folded] = line.number
    seen_title = False
    for i, line in enumerate(lines):
        if title is not None and line.folded == title.folded:
            if seen_title:
                kinds.setdefault(line.number, ("repeat", f"repeats the title (line {title.number})"))
            seen_title = True
        elif line.folded and last_copy[line.folded] != line.number and (line.is_prose or _heading_copy(line)):
            kinds.setdefault(line.number, ("repeat", f"repeated below at line {last_copy[line.folded]}"))
        elif (later := _summary_of(line, lines[i + 1:i + 1 + len(line.folded) + 1])) is not None:
            kinds.setdefault(line.number, ("repeat", f"shortened copy of the paragraphs from line {later}"))


def _heading_copy(line: Line) -> bool:
    """A headline-like line of three words or more: a list of the page's headings
    ("Key events") repeats the headings of the text below it."""
    return line.is_title_like and line.word_count >= 3


def _summary_of(line: Line, below: list[Line]) -> int | None:
    """A cut-short copy of the text ``below`` ("… in the coming days… "), as a
    page summary repeats the opening: the line number where that text starts.

    Only as much of the text below as the line's length is joined (each line
    below adds one character at least, so that many lines are enough): a
    page of such lines must not join the rest of the page for each of them.
    """
    if not (line.is_prose and line.text.rstrip().endswith(("...", "…"))) or not line.folded:
        return None
    parts, size = [], -1
    for other in below:
        parts.append(other.folded)
        size += len(other.folded) + 1
        if size >= len(line.folded):
            break
    return below[0].number if " ".join(parts).startswith(line.folded) else None


_AUTHOR_NOTE = re.compile(
    r"^(?:About\s+the\s+(?:author|writer)s?\s*:\s*)?(?:The\s+(?:author|writer)\s+"
    r"|(?:(?:Dr|Prof)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\s+)"
    r"(?:covers|reports\s+on|writes\s+(?:about|on|for)|is\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:reporter|correspondent|editor|writer|columnist|journalist|fellow|researcher|contributor|producer)"
    r"|leads\s+(?:the|our)\s+[\w'’-]+\s+(?:work|research|programme|program)\s+on)\b")
"""A note on the writer, perhaps under an "About the author:" label: "Liisa Koskinen covers
energy for …", "Jane Doe is a senior reporter at …", "Ana Ruiz is the Review's security
editor", "Dr. Ingrid Solberg leads the Institute's work on …", or with the writer unnamed: "The
author is the Review's security editor"."""


_OUTLET_NOTE = re.compile(r"^(?:The[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]+){0,4}[A-Z][\w'’.&-]*[ \t]+is[ \t]+an?[ \t]+"
                          r"(?:[\w'’-]+[ \t]+){0,4}(?:news[ \t]+(?:site|website|agency|service|outlet|organi[sz]ation)"
                          r"|newspaper|broadcaster|magazine|news[ \t]+publication)\b[^.!?]*[.!?]?$")
"""A one-sentence note on the outlet that first ran the story, under a copy of it: "The Kestrel
Courier is an independent English-language news site based in Oslo."."""


def _author_notes(lines: list[Line], kinds: dict) -> None:
    """The article's last paragraphs, from the end, while each is a note on the writer or on
    the outlet it was written for (`_OUTLET_NOTE`): the page's, not the story's (an author box
    with no byline to match, a syndicated copy's note on its source)."""
    for line in reversed(lines):
        if line.number in kinds or not line.is_prose or _CONTRIBUTED.match(line.text):
            continue
        if _AUTHOR_NOTE.match(line.text) is not None:
            kinds[line.number] = ("byline", "a note on the writer, after the text")
        elif _OUTLET_NOTE.match(line.text) is not None:
            kinds[line.number] = ("byline", "a note on the outlet, after the text")
        else:
            return


FOOTER_GAP = 3
"""Clutter lines in a row that end the article: one or two paragraphs after
them are the page's ("The BBC is not responsible for …"), more are the article's."""


def _zones(lines: list[Line], kinds: dict, title: Line | None) -> None:
    body = [l.number for l in lines if l.is_prose and l.number not in kinds]
    if not body:
        return
    first, (last, cut) = _first_paragraph(lines, kinds, body, title), _last_paragraph(lines, kinds, body)
    points = _leading_bullets(lines, first)
    for i, line in enumerate(lines):
        if line.number in kinds or (title is not None and line.number == title.number):
            continue
        if line.number < first and not line.is_prose and not _header_text(line, lines[i - 1] if i else None, title) \
                and line.number not in points:
            kinds[line.number] = ("header", "page header before the article's first paragraph")
        elif line.number > last and (cut or not (line.is_prose and line.word_count >= 8)) \
                and not _CONTRIBUTED.match(line.text):
            kinds[line.number] = ("footer", "page footer after the article's last paragraph")


MAX_STANDFIRST_WORDS = 45
"""Most words of a standfirst: a line under the title longer than this is the first paragraph."""


def _first_paragraph(lines: list[Line], kinds: dict, body: list[int], title: Line | None) -> int:
    """The article's first paragraph: past the standfirst right under the title, so that the
    byline and date rows between them ("Dafna TV English | Washington") are page header."""
    if title is None or len(body) < 2:
        return body[0]
    index = lines.index(title) + 1
    below = lines[index] if index < len(lines) else None
    if below is None or below.number != body[0] or below.word_count > MAX_STANDFIRST_WORDS:
        return body[0]
    between = [l for l in lines[index + 1:] if l.number < body[1]]
    # only a byline or a date row right under the standfirst tells a page header from a caption or a box
    if between and len(between) <= MAX_HEADER_ROWS and kinds.get(between[0].number, ("",))[0] in _BYLINE_KINDS:
        return body[1]
    return body[0]


_BYLINE_KINDS = frozenset({"byline", "date"})
MAX_HEADER_ROWS = 10
"""Most lines between a standfirst and the first paragraph that are the page's header rows
(byline, date, share, a key-figures box); a longer run is a live page's list of key events,
whose last heading belongs to the first entry."""


_CONTRIBUTED = re.compile(r"^[A-Z][^.!?]{0,100}?\bcontributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))?"
                          r"(?:\s+from\s+[A-Z][\w ]{0,40})?\.?$")
"""A contributor note ("Alexandra Petkova contributed.", "Reuters contributed to this
report."): the article's own last line, as the annotation keeps it, not the footer's."""


STANDFIRST_WORDS = 8
"""Fewest words of a standfirst: the headline-like line right under the title that
sums the story up ("Zelensky says clashes are days away; Seoul orders …")."""


def _header_text(line: Line, above: Line | None, title: Line | None) -> bool:
    """Whether a line of the page header is the article's: the standfirst right
    under the title, a photo caption with its credit ("Image caption, …",
    "… Photograph: Jane Doe"), a scanned headline's second line (`_title_goes_on`), or a
    transcript's stage direction ("[Wind and rain]")."""
    standfirst = above is not None and above is title and line.word_count >= STANDFIRST_WORDS
    caption = _CAPTION.search(line.text) is not None and line.word_count >= STANDFIRST_WORDS and line.lower_share >= 0.2
    return standfirst or caption or _title_goes_on(line, above, title) \
        or _STAGE_DIRECTION.fullmatch(line.text) is not None  # "[Wind and rain]"


MAX_TITLE_TAIL_WORDS = 12
"""Most words of a headline's second line: a printed headline is short."""


def _title_goes_on(line: Line, above: Line | None, title: Line | None) -> bool:
    """Whether the line goes on with the title above it, which has no end mark: a printed
    headline that a scan breaks over two lines ("NATO holds talks on" / "the Baltic air patrols"),
    its second line opening with a lower-case word."""
    return above is not None and above is title and line.text[:1].islower() \
        and line.word_count <= MAX_TITLE_TAIL_WORDS and not title.text.rstrip().endswith((".", "!", "?", ":", "|"))


def _leading_bullets(lines: list[Line], first: int) -> set[int]:
    """The items of the bulleted list right above the first paragraph: the story's
    summary points under its headline (a wire story's "* Shares fall 14%")."""
    index = next(i for i, l in enumerate(lines) if l.number == first)
    points: set[int] = set()
    while index > 0 and _BULLET.match(lines[index - 1].text):
        index -= 1
        points.add(lines[index].number)
    return points


_EMBEDDED = frozenset({"social", "poll", "facts", "summary", "related", "timed", "box", "running"})
"""Kinds of clutter set inside the text (an embedded post, a poll, a fact box, a
match's key moments, a drawn box, a printed page's running header): a
run of them does not end the article as a footer's run does."""


def _last_paragraph(lines: list[Line], kinds: dict, body: list[int]) -> tuple[int, bool]:
    """The article's last paragraph: prose after a run of `FOOTER_GAP` clutter
    lines ("The BBC is not responsible for …") belongs to the page footer, when the
    run is one that ends an article (`_footer_gap`)."""
    position = {l.number: i for i, l in enumerate(lines)}
    for i in range(1, len(body)):
        between = lines[position[body[i - 1]] + 1:position[body[i]]]
        after = len(body) - i
        if len(between) >= FOOTER_GAP and all(l.number in kinds for l in between) and after <= min(2, i - 1) \
                and _footer_gap([kinds[l.number][0] for l in between]) and not holds_a_table(between) \
                and not attachment_run([kinds[l.number] for l in between]):
            return body[i - 1], True
    return body[-1], False


def _footer_gap(run: list[str]) -> bool:
    """Whether a run of clutter kinds ends the article: one with a line of the
    page's own (a credit, a prompt, a copyright line), not a run of short fragments
    alone (the text's subheadings, a letter's signature: name, town), nor one
    holding a box set inside the text (`_EMBEDDED`: a fact box, timed entries, an
    embedded post) — but for a list of other stories, which ends wire pages
    ("Read next" and its headlines, then the agency's description of itself)."""
    own = any(kind not in _EMBEDDED and kind != "short" for kind in run)
    return own and not any(kind in _EMBEDDED and kind != "related" for kind in run)


def _enclosed(lines: list[Line], kinds: dict, title: Line | None) -> None:
    """A run of lines that are not sentences, below the first paragraph, with clutter
    right above and right below it ("Mentioned in this episode" and its links,
    between chapters and a sponsor line) is clutter too: the text's own headings
    have a paragraph under them.  One pass over the runs."""
    first = next((i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds), None)
    if first is None:
        return
    start = first + 1
    while start < len(lines):
        end = start
        while end < len(lines) and _loose(lines[end], kinds, title):
            end += 1
        if end > start and lines[start - 1].number in kinds and end < len(lines) and lines[end].number in kinds:
            for line in lines[start:end]:
                kinds[line.number] = ("enclosed", "a line between clutter lines, not a sentence")
        start = end + 1


_LISTS = frozenset({"related", "teaser", "cta", "link"})
"""Kinds of clutter that are lists of other pages' headlines."""
MAX_TEASER_WORDS = 15


def _list_members(lines: list[Line], kinds: dict) -> None:
    """A list of links takes in what its rules miss: a headline written as a question
    ("What could the council do with the money?") between a teaser and more clutter,
    and the short label right above a list of arrowed links ("Also on our radar")."""
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if line.number in kinds:
            continue
        question = line.text.endswith("?") and line.word_count <= MAX_TEASER_WORDS
        if question and kinds.get(above.number, ("",))[0] in _LISTS and below.number in kinds:
            kinds[line.number] = ("related", "a teaser's headline, a question")
        elif kinds.get(below.number, ("",))[0] == "link" and not line.is_prose and not line.ends_sentence \
                and line.word_count <= MAX_LABEL_WORDS:
            kinds[line.number] = ("related", "the label of a list of links")


MAX_LABEL_WORDS = 6


def _loose(line: Line, kinds: dict, title: Line | None) -> bool:
    """An unmarked line that is not a sentence of the text, nor a caption written as one
    without its full stop ("Residents queue for water in the town centre on Monday")."""
    sentence = line.word_count >= STANDFIRST_WORDS and line.lower_share >= 0.5  # as long as a standfirst
    return line.number not in kinds and not line.is_prose and not sentence and line is not title \
        and not _CONTRIBUTED.match(line.text) and not _STAGE_DIRECTION.fullmatch(line.text)


def _spread(lines: list[Line], kinds: dict, title: Line | None = None) -> None:
    """Rule 4: headline-like neighbours of a prompt or teaser join it; not the
    run that holds the page's title (its headline block), once the title is known.

    Spreading goes on until nothing changes, and a line looks at the line
    before it first: so a run of unmarked lines that are not prose takes
    the kind of the line before the run when that one spreads, else of the
    line after it.  That is worked out per run, in one pass; spreading one
    line at a time took a pass per line of a long run.
    """
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].number not in kinds and not lines[end].is_prose \
                and not _CONTRIBUTED.match(lines[end].text) and not _BULLET.match(lines[end].text) \
                and not _STAGE_DIRECTION.fullmatch(lines[end].text):  # all three are the article's
            end += 1
        if end == start:
            start += 1
            continue
        # a byline or date line below a run closes the article's own headline block: the
        # headline and standfirst above it take no kind from a widget above them
        closed = end < len(lines) and kinds.get(lines[end].number, ("",))[0] in _HEADLINE_CLOSERS
        kind = (None if closed else _spreading(lines, kinds, start - 1)) or _spreading(lines, kinds, end)
        if kind is not None and not (title is not None and lines[start].number <= title.number < lines[end - 1].number + 1):
            for line in lines[start:end]:
                kinds[line.number] = (kind, f"{_SPREAD_REASON} a {_NAMES[kind]}")
        start = end


_BULLET = re.compile(r"^[*•▪‣◦–-]\s+\w")
"""An item of a bulleted list ("* Q4 EBIT $412 mln vs $655 mln forecast"): the text's
summary points, not a teaser's headline, so no widget's kind spreads to it."""


_HEADLINE_CLOSERS = frozenset({"byline", "date"})


def _spreading(lines: list[Line], kinds: dict, index: int) -> str | None:
    """The kind of ``lines[index]`` when it spreads to its neighbours."""
    if not 0 <= index < len(lines):
        return None
    kind = kinds.get(lines[index].number, ("", ""))[0]
    return kind if kind in _SPREADING else None
