"""Smaller rules of attribution grammar, used by `attribution`.

    >>> in_relative_clause("officers whom Ukraine", (0, 21)), role_phrase("Fundy Link's general manager")
    (True, True)

* Speech acts no verb of `lexicon.ATTRIBUTION_VERBS` names (`MORE_SPEECH_ACTS`):
  "described the soldiers as an admission that …", "voiced concern that …",
  "repeated on Wednesday that …", "has assured me that …";
* participles that attribute only with "that" (`THAT_PARTICIPLE`): a judge's
  "…, holding that the operator had shown …";
* "put it" with a manner and a colon: the words after the colon, quoted or not
  (`colon_after_put_it`);
* verbs that attribute nothing: inside a relative clause of a noun phrase
  ("whatever Pyongyang says", "the officers whom Ukraine believes command the
  force": `in_relative_clause`), a plural noun before "of" ("estimates of the
  force": `noun_before_of`), a capitalised word of a name ("the United States
  assessed": `in_name`);
* an inverted subject that is a role, so that a name in apposition after it
  holds it ("said Fundy Link's general manager, Arnaud Thériault": `role_phrase`).
"""

from __future__ import annotations

import re

from .attitudeverbs import attitude_clause
from .lexicon import RESTATING_VERBS

FORECAST_VERBS = frozenset("expected expects predicted predicts forecast forecasts".split())
"""Verbs of a forecast of a thing with a to-infinitive ("She expected traffic to stabilise
…"): the forecast is its subject's statement, the subject part of its words."""

_FORECAST_OBJECT = (r"\s+(?!to\b|that\b|him\b|her\b|them\b)(?:the\s+|a\s+|an\s+)?[a-z][\w-]*"
                    r"(?:\s+[a-z][\w-]*)?\s+to\s+[a-z]")
"""What a forecast verb needs after it: a thing and a to-infinitive ("traffic to stabilise"; "it to
be connected by October", the thing named in the sentence before)."""
FORECAST_OF_THING = re.compile(_FORECAST_OBJECT)
"""`_FORECAST_OBJECT`, matched right after the verb."""

MORE_SPEECH_ACTS = (
    # "described the soldiers as an admission that …", "which he has described as a legitimate …"
    r"\b(?:described|describes|labelled|labels|labeled|branded|brands)(?=(?:\s[^,;.:“”\"]{1,60}?)?\sas\s+"
    r"(?:a|an|the|proof|evidence|[a-z]+(?:s|ed|ing|al|ive|ous|ic|ful)\b))"
    # "voiced concern that …", "expressed the hope that …": a feeling stated aloud
    r"|\b(?:voiced|voices|expressed|expresses)\s+(?:(?:the|his|her|its|their|our|deep|grave|serious|growing"
    r"|strong)\s+){0,2}(?:concern|alarm|hope|fear|doubt|confidence|regret|dismay)s?(?=\s+that\b)"
    # "repeated that …", "reiterated on Wednesday that …": a restating verb with the words alone
    r"|\b(?:repeated|repeats|reiterated|reiterates|restated|restates|reaffirmed|reaffirms)"
    r"(?=\s+(?:on\s+[^,;.:“”\"]{1,20}?\s+)?that\b)"
    # "repeated his call on Washington to lift …", "renewed her appeal upon donors to give …": the call's
    # addressee between the noun and its to-infinitive ("call for"/"that"/"to" is `attribution._SPEECH_ACT`'s)
    r"|\b(?:" + "|".join(sorted(RESTATING_VERBS)) + r")\s+(?:his|her|its|their|our|the|a|an)\s+(?:[a-z-]+\s+)?"
    r"(?:calls?|appeals?|pleas?)(?=\s+(?:on|upon)\s+[^,;.:“”\"]{1,60}?\bto\s+[a-z])"
    # "has assured me that …", "reminded reporters that …": a verb of telling someone, with its object
    r"|\b(?:assured|assures|reminded|reminds)(?=\s+(?:me|us|him|her|them|reporters|journalists|(?:the\s+)?[a-z]+)"
    r"\s+that\b)"
    # "She expected traffic to stabilise around 65 ships …", "predicts prices to fall": a forecast of a thing
    r"|\b(?:" + "|".join(sorted(FORECAST_VERBS)) + r")(?=" + _FORECAST_OBJECT + ")"
    # "She reports that about 55 per cent …": after a pronoun "reports" is a verb, not the noun
    r"|(?:(?<=\b[Hh]e\s)|(?<=\b[Ss]he\s)|(?<=\b[Tt]hey\s))(?:reports|report)(?=\s+that\b)"
    # "The delays, she went on, were …", "…, he continued, …": a pronoun and a verb of going on between
    # commas inside a sentence interrupt the words they attribute, as ", she said," does
    r"|(?:(?<=,\s[Hh]e\s)|(?<=,\s[Ss]he\s)|(?<=,\s[Tt]hey\s))(?:went\s+on|continued)(?=,\s)"
    # "spoke of “several hundred” casualties", "now speaks of close to 11,000 soldiers", "had spoken a few days
    # earlier of …": words or a figure reported, quoted or counted in the object ("speaks of desperation" is a sign)
    r"|\b(?:spoke|spoken|speaks)(?=(?:\s+(?:(?:a\s+few|a|two|three|several)\s+)?(?:days?|weeks?|months?)\s+(?:earlier|before|ago)"
    r"|\s+(?:earlier|later|again|publicly|openly|repeatedly|yesterday|today))?\s+of\s+[^,;.:“”\"]{0,60}?[“\"\d])"
    # "doubts that Russia will …": a doubt is a view, stated
    r"|\b(?:doubts|doubted)(?=\s+(?:that|whether)\b)"
    # "does not expect a war …", "doesn't believe the talks …", "does not expect South Korea to …": a view
    # held the other way is still held, of a thing or of a named party
    r"|\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:expect|believe|think)(?=\s+[A-Za-z])")
"""Alternatives of `attribution._SPEECH_ACT`: each needs what makes it speech after it
("as" a thing, "that"), so that "described the scene", "expressed the sample" and "the
win assured them" (no one who speaks: `attribution._speech_act`) attribute nothing."""

_THAT_PARTICIPLES = frozenset("""
    holding ruling finding concluding stating asserting acknowledging admitting conceding contending maintaining
""".split())
_TELLING_PARTICIPLES = frozenset("telling informing assuring reminding".split())
THAT_PARTICIPLE = r",\s+(?:(?:" + "|".join(sorted(_THAT_PARTICIPLES)) + r")(?=\s+that\b)" \
    r"|(?:" + "|".join(sorted(_TELLING_PARTICIPLES)) + r")(?=\s+[^,;.:“”\"]{1,60}?\sthat\b))"
"""Participles that attribute a statement only with "that" after them: a judge's
"…, holding that the operator had shown …" (not "holding talks", "ruling party");
one that tells someone, with the people told between ("…, telling reporters in
Moscow that …": not "telling the story")."""

REQUEST_PARTICIPLE = r",\s+(?:pressing|pushing|appealing|pleading|lobbying)(?=\s+(?:again\s+)?for\b)"
"""Participles of asking for a thing ("…, pressing for an invitation to join the alliance"):
what the subject of the clause before asks for (not "pressing ahead")."""

_PUT_IT = re.compile(r"\b(?:put|puts)\sit(?:\s[a-z]+ly\b|\s(?:this|that)\sway\b|\sto\s(?:me|us|him|her|them)\b)"
                     r"[^:;“”\"]{0,40}?(?P<colon>:)\s")
""""Austin put it bluntly on 31 October: if they join …": "put it" with a manner ("bluntly",
"this way", "to me") says that words follow the colon, quoted or not ("put it on the
table: …" is no speech)."""
_OF_AFTER = re.compile(r"\s+of\b")
_FREE_RELATIVE = re.compile(r"(?:whatever|whoever|whichever|what)\s", re.I)
"""A subject opening with a free relative ("whatever Pyongyang says", "what the minister
said"): the clause is a noun phrase of the sentence, not an attribution of its words."""
_OBJECT_RELATIVE = re.compile(r"(?<!\bof\s)\bwhom\b")
"""An object relative before the verb ("the officers whom Ukraine believes command …",
not "some of whom said"): the verb is in a clause describing a noun, and what it
"says" is part of the sentence's own words."""


_PRESENTED = re.compile(r"\b(?:presented|presents|outlined|outlines|summarised|summarized|summarises|summarizes)"
                        r"\s(?:the|its|his|her|their)\s(?:results?|findings?|figures|outcome)\b"
                        r"[^:;“”\"]{0,100}?(?P<colon>:)\s")
"""A presenter's findings after a colon: "The Executive Secretary presented the results of
the consultation on a parking scheme: 386 households replied, …" — the figures are theirs,
as a minute or a report writes them, quoted or not ("presented the plans: …" gives no findings)."""


def colon_after_put_it(text: str) -> int | None:
    """The colon after "put it" and its manner (`_PUT_IT`), or after presented findings
    (`_PRESENTED`), whose words follow it, if any."""
    found = _PUT_IT.search(text) or _PRESENTED.search(text)
    return found.start("colon") if found is not None else None


_CONTACT_RELATIVE = re.compile(r"(?:the|a|an|this|that)\s+[a-z][\w-]*\s+(?:the|its|his|her|their)\s+\S")
"""A noun and a relative clause with no pronoun ("the project the Authority says it needs"):
one determiner's noun phrase straight after another's, with no preposition between."""


def in_relative_clause(text: str, subject: tuple[int, int]) -> bool:
    """Whether a verb's subject words put it inside a relative clause of a noun phrase:
    a free relative opening them, an object relative among them, or a contact clause
    (`_CONTACT_RELATIVE`)."""
    return _FREE_RELATIVE.match(text, *subject) is not None or _OBJECT_RELATIVE.search(text, *subject) is not None \
        or _CONTACT_RELATIVE.match(text, *subject) is not None


def noun_before_of(text: str, end: int) -> bool:
    """Whether "of" follows a word ending at ``end``: "estimates of the force" is a noun."""
    return _OF_AFTER.match(text, end) is not None


def in_name(words: list[re.Match[str]], i: int) -> bool:
    """Whether the word at ``i`` is part of a capitalised name, not a verb: "the United
    States assessed", "Member States said" ("States" is no "states")."""
    return i > 0 and words[i].group()[:1].isupper() and words[i - 1].group()[:1].isupper()


def role_phrase(words: str) -> bool:
    """Whether an inverted subject is a role, not a name, so that a name in apposition
    after it says who holds it: in lower case ("our chief executive") or ending in a
    word in lower case ("Fundy Link's general manager")."""
    return words[:1].islower() or words.split()[-1][:1].islower()


MAX_POST_WORDS = 12
"""Words of a post in apposition before a relative clause on its organisation."""
_THING_RELATIVE = re.compile(r"(?:which|whose)\s")
_POST = re.compile(r"(?:the\s+|a\s+|its\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:of|at|for)\s+[A-Z]")


def describes_the_noun_before(aside: str, apposition_start: str) -> bool:
    """Whether a relative clause on a thing ("which runs 120 lorries") follows a post
    in apposition that ends with an organisation's name ("general manager of
    Transportes Chiquitano SRL"): the clause describes the organisation, and the
    subject before the post is the person who speaks, not the post."""
    return _THING_RELATIVE.match(apposition_start) is not None and len(aside.split()) <= MAX_POST_WORDS \
        and _POST.match(aside) is not None


_AUXILIARIES = frozenset("is are was were will would could should can may might must has have had does did do".split())


def opens_a_clause(words: str) -> bool:
    """Whether the words after the comma of "according to X, …" make a clause (a verb
    in lower case among them: "VeloNed will not need new equity"), not a name in
    apposition ("his lawyer, Marisol Ortega")."""
    return any(w in _AUXILIARIES for w in words.split()) or attitude_clause(words)


_NAMED_COLON = re.compile(r"(?P<name>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){1,3}):\s(?=[a-z][^“”\"\n:]{0,80}[“\"])")
"""A whole name and a colon opening a sentence, then words in lower case leading to a
quotation: "Dmitry Peskov: cooperation with Pyongyang “is not directed …”"."""


def named_colon(text: str) -> tuple[tuple[int, int], int, int] | None:
    """(the name's span, the colon's offset, the quotation's offset) when the sentence
    ``text`` opens with a person's whole name and a colon that sums up what they said,
    a quotation of their words in it (a thread's or a liveblog's shorthand for "X
    said"): the quotation is theirs, the reporter's summary before it is not ("cooperation
    with Pyongyang").  Not a transcript's label, whose speaker's words open with a
    capital ("TOM HALE: The …")."""
    found = _NAMED_COLON.match(text)
    if found is None:
        return None
    quote = _QUOTE_MARK.search(text, found.end())
    return found.span("name"), found.end("name"), quote.start()


_QUOTE_MARK = re.compile(r"[“\"]")


OCCASION = re.compile(r"\b(?:used|uses|took|takes|seized|seizes)\s(?:[^,;.:“”\"]{1,60}?\s)?(?P<to>to)\s"
                      r"(?P<verb>(?:warn|say|argue|insist|stress|declare|claim|tell\s[a-z]+)(?=\s+that\s)"
                      # "used a speech to accuse the United States of pushing …": the charge is the words
                      r"|accuse(?=\s[^,;.:“”\"]{1,60}?\sof\s[a-z]))")
"""An occasion used to speak: "Yoon used a session on global governance to warn that …",
"took the opportunity to stress that …" — the words after "that" are the subject's, as
after ", warning that"; so is the charge of "used a speech to accuse Japan of reviving
militarism", the accused and the "of" phrase."""



_QUOTED_NAME_WORDS = 4
"""Words a quoted name may have: "Iqtisod", "Our Common Future"."""


def quoted_name_before(text: str, start: int, quoted: list[tuple[int, int]]) -> int | None:
    """Where the opening mark of a quoted name just before a verb at ``start`` is
    ("the research centre “Iqtisod” said …"), else None: a quotation of a few
    capitalised words with no punctuation before its closing mark names something
    in the subject; the words a verb follows inverted end with a comma, a question
    or an exclamation mark ("“…,” said Lee")."""
    for a, b in quoted:
        if start - 3 <= b <= start and not text[b:start].strip(" ”\"’'"):
            inner = text[a:b].strip("“”\"‘’'")
            words = inner.split()
            if 0 < len(words) <= _QUOTED_NAME_WORDS and words[0][:1].isupper() \
                    and inner.rstrip()[-1:] not in ",.?!;:—–-":
                opening = a if text[a:a + 1] in "“\"‘'" else a - 1
                return opening if opening > 0 else None
    return None


JOINT_BEFORE = re.compile(r"(?:,\s*(?:and|but|though|although|while|whereas)|;)\s+$")
"""A comma and a conjunction (or a semicolon) between the reporter's clause and a frame:
"…, and X said", "… part of the region, though commanders say …" (searched in a short window)."""
_THAT_WORD = re.compile(r"\bthat\b")


def ends_relayed_words(text: str, outer_end: int, words: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether an "according to" frame at ``start``–``end`` ends the sentence inside the
    that-clause (``words``) a frame ending at ``outer_end`` introduces: the speaker relays
    the source ("Zelenskyy …, adding that more than 12,000 soldiers were in Russia
    according to Ukrainian intelligence"), and the words stay theirs."""
    if not words or not words[0][0] <= start or text.find(",", end) != -1:
        return False
    # "used a speech to accuse the United States of …, according to KCNA": the charge needs no "that"
    return _THAT_WORD.search(text, outer_end, words[0][0]) is not None \
        or _CHARGE_END.search(text, max(0, outer_end - len("accuse")), outer_end) is not None


_CHARGE_END = re.compile(r"\baccuse$")
"""An occasion's verb of a charge ending the outer frame (`OCCASION`): its words follow with no "that"."""


COUNTERFACTUAL = re.compile(r"\b(?:would|could|should|might)\s+(?:not\s+|never\s+)?have\s+$", re.I)
"""A modal perfect right before a speech verb: "the work … would have added about 3.6
hectares", "the plan could have told us more" — what did not happen, or a verb of
quantity ("added 3.6 hectares"), never words somebody said: no frame.  Searched in
the text that ends at the verb (its `\\b` keeps it from backtracking over spaces)."""
