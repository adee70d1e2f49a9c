"""Who says each statement, on an invented article with every attribution pattern.

``fixtures/draft/speakers.txt`` (not a seed, not an evaluation article) is
drafted against the mini registry ``fixtures/draft/registry``; the expected
speaker and registered claim of each statement are in
``speakers.expected.yaml``.  ``fixtures/draft/speaker-cases.yaml`` holds short
invented articles, one attribution rule each, with every candidate's quote and
speaker.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.drafting.drafter import draft_article
from generator.drafting.transcript import label_name
from generator.loader import load_corpus
from generator.validate import validate

FIXTURES = Path(__file__).parent / "fixtures" / "draft"
ARTICLE = FIXTURES / "speakers.txt"
EXPECTED = yaml.safe_load((FIXTURES / "speakers.expected.yaml").read_text(encoding="utf-8"))
CASES = yaml.safe_load((FIXTURES / "speaker-cases.yaml").read_text(encoding="utf-8"))
"""Invented articles and the quote and speaker of each candidate claim, in order."""


@pytest.fixture(scope="module")
def draft():
    corpus, problems = load_corpus(FIXTURES / "registry")
    assert problems == []
    return draft_article(ARTICLE.read_text(encoding="utf-8"), "seeds/x.txt", corpus)


def candidate(draft, words: str):
    found = [c for c in draft.claims if words in c.quote]
    assert len(found) == 1, [c.quote for c in draft.claims]
    return found[0]


@pytest.mark.parametrize("item", EXPECTED["claims"], ids=lambda item: item["quote"][:40])
def test_speaker_and_registered_claim(draft, item: dict) -> None:
    claim = candidate(draft, item["quote"])
    assert (claim.by, claim.claim) == (item["by"], item.get("claim"))


def test_every_statement_is_proposed_but_those_that_state_nothing(draft) -> None:
    quotes = " | ".join(c.quote for c in draft.claims)
    assert [words for words in EXPECTED["not_proposed"] if words in quotes] == []
    assert len(draft.claims) == len(EXPECTED["claims"]) + 1  # and "The UN Secretary-General called for restraint"


def test_a_registered_person_under_another_spelling_is_matched_once(draft) -> None:
    known = {p.id: p for p in draft.people if p.known}
    for person_id, aliases in EXPECTED["people"].items():
        assert known[person_id].new_aliases == tuple(aliases)
    assert "volodymyr-zelensky" not in {p.id for p in draft.people}
    assert known["volodymyr-zelenskyy"].name == "Volodymyr Zelenskyy"
    assert "another spelling of \"Volodymyr Zelenskyy\"" in known["volodymyr-zelenskyy"].reason
    assert "add 'Volodymyr Zelensky', 'Zelensky' to the aliases of content/people/volodymyr-zelenskyy.md" in draft.notes


def test_reasons_name_the_resolution(draft) -> None:
    assert "speaker: 'he' → Mark Rutte, last named speaker, line 3" in candidate(draft, "every inch").reason
    assert ("speaker: 'The NATO chief' → Mark Rutte, introduced as \"NATO Secretary General Mark Rutte\", line 2"
            in candidate(draft, "fighter jets").reason)
    assert ("speaker: 'The UN Secretary-General' → António Guterres, registered role "
            "\"Secretary-General of the United Nations\"" in candidate(draft, "drawing more countries").reason)
    assert "the reporter's own words" in candidate(draft, "began in March").reason


def test_a_registered_claim_comes_with_its_score_reasons_and_the_next_two(draft) -> None:
    claim = candidate(draft, "at least 12 drones")
    # the denial shares no word now: the drones it denies are opposed, not stated (`claimopposition`)
    assert [m.claim for m in claim.matches] == ["drones-entered-estonia", "allies-send-air-defence-to-estonia",
                                                "russia-denies-drone-launches"]
    assert claim.matches[2].shared == "entities EE; no telling word; opposed dron"
    assert claim.matches[0].shared == "numbers 12; entities EE; words airspac, arriv, dron"


def test_json_gives_null_for_the_reporters_own_words(draft) -> None:
    claims = {c["quote"]: c for c in draft.as_json()["claims"]}
    reporter = candidate(draft, "began in March").quote
    assert claims[reporter]["by"] is None


def test_the_written_draft_passes_the_checks(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "registry" / "content", tmp_path / "content")
    assert main(["--root", str(tmp_path), "draft", str(ARTICLE)]) == 0
    result = validate(tmp_path)
    assert result.ok, [str(p) for p in result.problems]
    brief = next(iter(result.corpus.briefs))
    by_quote = {c.quote: c for c in brief.citations}
    assert by_quote["The incursions began in March, when three drones crashed near the town of Narva"].by \
        == "Draft: the reporter's own words"
    assert by_quote["at least 12 drones had entered Estonian airspace on Saturday night"].claim == "drones-entered-estonia"
    text = (tmp_path / "content" / "briefs" / f"{brief.slug}.md").read_text(encoding="utf-8")
    assert "# registered claim drones-entered-estonia (score 0.97: numbers 12; entities EE; words airspac, arriv, " \
           "dron); next: allies-send-air-defence-to-estonia -0.05, russia-denies-drone-launches -0.05" in text
    assert "add to its aliases: Volodymyr Zelensky, Zelensky" in text
    new = [c.claim for c in brief.citations if c.claim not in result.corpus.claims or
           result.corpus.claims[c.claim].status == "proposed"]
    assert new and all(len(claim) <= 40 and claim.count("-") <= 5 for claim in new)


@pytest.mark.parametrize("paragraph, name", [
    ("VOLODYMYR ZELENSKYY (translated): Very soon, within days, our soldiers will be facing them.", "VOLODYMYR ZELENSKYY"),
    ("ANTONY BLINKEN, US SECRETARY OF STATE: If they are sent into battle, they become targets.", "ANTONY BLINKEN"),
    ("Amina Yusuf, resident of Kisumu (translated): The water came in the night.", "Amina Yusuf"),
    ("President Ferdinand Marcos Jr.: We evacuated everyone we could.", "President Ferdinand Marcos Jr."),
    ("TOM HALE, U.S. DEFENSE SECRETARY: We have seen them.", "TOM HALE"),  # an abbreviation ends no sentence
    ("The minister said: we will not stop.", None),
    ("He arrived late. Then he said: no.", None),
])
def test_a_transcript_label_names_its_speaker(paragraph: str, name: str | None) -> None:
    assert label_name(paragraph) == name


TRANSCRIPT = """\
Ministers meet at the Pentagon
Defense Secretary Tom Hale and South Korea's defense minister, Park Ji Hoon, spoke to reporters on Wednesday.
Transcript
TOM HALE, U.S. DEFENSE SECRETARY: We have seen the soldiers given new rifles by Moscow.
HALE: Moscow has been taking shells from the North for more than a year.
PARK JI HOON, SOUTH KOREAN DEFENSE MINISTER (through interpreter): The North is not sending its young men for free.
PARK (through interpreter): Park Chung Hee built this army, and we must prepare for the threat.
HALE: The soldiers will be a party to this war if they cross the border.
"""


def test_a_one_word_label_is_the_last_person_labelled_with_that_name() -> None:
    claims = draft_article(TRANSCRIPT, "seeds/x.txt").claims
    assert [(c.quote, c.by) for c in claims[1:]] == [
        ("We have seen the soldiers given new rifles by Moscow", "tom-hale"),
        ("Moscow has been taking shells from the North for more than a year", "tom-hale"),
        ("The North is not sending its young men for free", "park-ji-hoon"),
        ("Park Chung Hee built this army", "park-ji-hoon"),  # the label, not the name inside the words
        ("we must prepare for the threat", "park-ji-hoon"),
        ("The soldiers will be a party to this war if they cross the border", "tom-hale"),
    ]


ROLE_FIRST = """\
Union warns of faster mine closures
Miners will lose their jobs faster than anyone has planned for, the head of the country's largest mining union warned on Monday.
Piotr Nowak, who leads the union in the region, said about 75,000 people still work in the mines.
Ukraine's ambassador to the United Nations told the Security Council that 2,100 soldiers had been flown to the region.
Ivan Petrenko said the soldiers had spent weeks at ranges in the east.
"Arms are not off the table, and what happens next depends on the North," Nowak told a nationally televised news conference marking the midpoint of the talks.
"""


def test_a_role_given_before_the_name_is_the_person_who_speaks_next() -> None:
    assert [(c.quote, c.by) for c in draft_article(ROLE_FIRST, "seeds/x.txt").claims] == [
        ("Miners will lose their jobs faster than anyone has planned for", "piotr-nowak"),
        ("about 75,000 people still work in the mines", "piotr-nowak"),
        ("2,100 soldiers had been flown to the region", "ivan-petrenko"),  # "the ambassador to …"
        ("the soldiers had spent weeks at ranges in the east", "ivan-petrenko"),
        # "told" and whom, however long, after the words
        ("Arms are not off the table, and what happens next depends on the North", "piotr-nowak"),
    ]


def test_a_role_after_a_speaker_with_no_role_of_their_own_is_that_speaker() -> None:
    text = ("Alliance chief speaks in Brussels\n"
            "Standing next to Tom Hale at the headquarters in Brussels, Anna Berg said the soldiers were not sent "
            "for nothing.\n"
            "\"In return, the North is getting help with its missiles,\" the alliance chief said.\n"
            "The storm closed the airport for two days.\n"
            "The alliance's secretary general said on Thursday that six allies had offered equipment.\n")
    claims = draft_article(text, "seeds/x.txt").claims
    assert [(c.quote, c.by) for c in claims] == [
        ("the soldiers were not sent for nothing", "anna-berg"),
        ("In return, the North is getting help with its missiles", "anna-berg"),
        ("The storm closed the airport for two days", ""),
        ("six allies had offered equipment", "The alliance's secretary general"),  # not the sentence before
    ]
    assert "speaker: 'the alliance chief' → Anna Berg, the speaker of the sentence before, line 2" in claims[1].reason


def test_a_board_member_is_a_role() -> None:
    text = ("Carmaker to cut costs\nKarl Weber, the board member for human resources, did not confirm the number "
            "of plants. The board member said the company needed to cut costs by several billion euros.\n")
    assert [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt").claims][1:] == [
        ("the company needed to cut costs by several billion euros", "karl-weber")]


def test_a_person_named_only_in_transcript_labels_is_found_and_speaks() -> None:
    text = ("Ministers meet at the Pentagon\nTranscript\n"
            "DANA WHITFIELD, ABN ANCHOR: The two ministers met today for their annual talks.\n"
            "AMINA YUSUF (translated): The water came in the night and took everything.\n"
            "REPORTER: Is it true?\n")
    draft = draft_article(text, "seeds/x.txt")
    assert [p.name for p in draft.people] == ["Dana Whitfield", "Amina Yusuf"]
    assert [(c.quote, c.by) for c in draft.claims] == [
        ("The two ministers met today for their annual talks", ""),  # an anchor's narration: the broadcaster's
        ("The water came in the night and took everything", "amina-yusuf")]


def test_the_words_before_an_inverted_verb_are_its_statement_however_short() -> None:
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    text = "“It was chaos,” said Tom Hale, who runs the village inn."
    # "It was chaos" is too short to be a claim; "who runs the village inn" describes the speaker
    assert parse_statements(text, quoted_spans(text)) == []


def test_whom_the_words_were_told_to_is_not_part_of_them() -> None:
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    for text, words in [
            ("Adam Krol told reporters the authority had hired temporary operators.",
             "the authority had hired temporary operators"),
            ("A senior officer told The Harbour Gazette the troops had left the port.",
             "the troops had left the port"),
            ("Ines Varga told the council the budget would balance by spring.",
             "the budget would balance by spring")]:
        assert [text[s.start:s.end] for s in parse_statements(text, quoted_spans(text))] == [words]


def test_the_n_year_old_is_the_person_last_named() -> None:
    text = ("Commission under fire\n"
            "Commission chair Ines Varga rejected the claim on Tuesday morning.\n"
            "The 61-year-old said every ballot had been counted twice.\n")
    assert [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt").claims][-1] == (
        "every ballot had been counted twice", "ines-varga")


def test_expressed_with_a_noun_object_is_an_act() -> None:
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    text = "“We will not sell the port,” she said, adding that three companies had already expressed interest."
    assert [text[s.start:s.end] for s in parse_statements(text, quoted_spans(text))] == [
        "We will not sell the port", "three companies had already expressed interest"]


def test_a_photo_credit_is_no_statement() -> None:
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    for text in ("Photo by Luc Claessens/Belga", "(Photo: Kevin Tran/Lakeside Tribune)", "Image: Ana Ruiz/Reuters."):
        assert parse_statements(text, quoted_spans(text)) == []


def test_a_plural_noun_that_spells_a_speech_verb_is_a_noun() -> None:
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    text = "The regulator said it would watch closely how the airline handled refund and compensation claims."
    assert [text[s.start:s.end] for s in parse_statements(text, quoted_spans(text))] == [
        "it would watch closely how the airline handled refund and compensation claims"]


RECORD = """\
Harbour dredging debate
President. – The next item is the debate on harbour dredging.
Ines Varga, on behalf of the Greens. – Madam President, the dredging will destroy the oyster beds. The Commission says the work is urgent.
(Applause)
Tom Hale (ECR). – (PL) Madam President, we need the deeper channel for the ferries.
President. – Thank you, Mr Hale. I close the debate on the dredging.
"""


def test_a_verbatim_records_speaker_heading_speaks_every_statement_of_the_speech() -> None:
    assert [(c.quote, c.by) for c in draft_article(RECORD, "seeds/x.txt").claims] == [
        ("President. – The next item is the debate on harbour dredging", ""),  # the chair, named by role alone
        ("Ines Varga, on behalf of the Greens. – Madam President, the dredging will destroy the oyster beds",
         "ines-varga"),
        ("the work is urgent", "ines-varga"),  # what the speaker relays is hers
        ("Tom Hale (ECR). – (PL) Madam President, we need the deeper channel for the ferries", "tom-hale"),
        ("I close the debate on the dredging", "")]  # a new turn, of nobody named: not Tom Hale's


INTERVIEW = """\
Interview: the harbour master
The Harbour Gazette: How long will the dredging of the channel take?
Tom Hale: About six months, if the weather holds. The ministry says the work will take longer.
We have hired two dredgers from Rotterdam and we expect them in May.
The Harbour Gazette: And what will the dredging cost?
Tom Hale: The budget for the whole channel is 40 million euros.
Tom Hale was appointed harbour master of the port in 2019.
"""


def test_a_labelled_turn_goes_on_into_a_paragraph_that_speaks_in_the_first_person() -> None:
    # Speakers by line: how a sentence is cut into clauses (`clauses`) is not what this shows.
    assert list(dict.fromkeys((c.line, c.by) for c in draft_article(INTERVIEW, "seeds/x.txt").claims)) == [
        (3, "tom-hale"),  # "About six months, …", "the work will take longer"
        (4, "tom-hale"),  # "We have hired two dredgers …": no label, his turn
        (6, "tom-hale"),  # "The budget for the whole channel is 40 million euros"
        (7, "")]          # narration after the interview


@pytest.mark.parametrize("paragraph, turn", [
    ("We have hired two dredgers and expect them in May.", True),
    ("(Applause)", False),
    ("Catch-the-eye procedure", False),  # a heading: no full stop
    ("Tom Hale was appointed harbour master in 2019.", False),
    ("“We will win,” the banner read.", False),  # the first person only inside a quotation
])
def test_what_goes_on_with_a_turn(paragraph: str, turn: bool) -> None:
    from generator.drafting.speakers import continues_turn
    assert continues_turn(paragraph) is turn


def test_a_paragraph_between_two_labelled_turns_goes_on_with_the_first() -> None:
    from generator.drafting.transcript import turn_continuations
    assert turn_continuations([
        "TOM HALE: The channel is silting up.",
        "The dredgers clear a metre a week.",      # no first person, but a label follows: Hale's
        "(Crosstalk)",                              # a stage direction: nobody's
        "ANA RUIZ: Go on.",
        "We will need a second dredger.",           # the first person: Ruiz's
        "Hale was appointed in 2019.",              # narration after the last turn
    ]) == [False, True, False, False, True, False]


@pytest.mark.parametrize("paragraph, label", [
    ("Ines Varga, on behalf of the Greens. – Madam President, we object.", ("Ines Varga", 39)),
    ("Tom Hale (ECR). – (PL) Madam President, we object.", ("Tom Hale", 18)),
    ("TOM HALE, ANCHOR: Good evening.", ("TOM HALE", 18)),
    ("President. – The debate is closed.", ("President", 13)),
    ("The port reopened on Monday. – Officials said so.", None),  # a sentence, not a heading
    ("REP. ANA RUIZ (D-ORE.): The hearing will come to order.", ("REP. ANA RUIZ", 24)),  # a title in capitals
    ("LT. GEN. (RET.) TOM HALE: Thank you.", ("LT. GEN. TOM HALE", 26)),  # "LT." ends no sentence in "LT. GEN."
])
def test_a_speaker_label_and_where_its_words_start(paragraph: str, label) -> None:
    from generator.drafting.speakers import label_span
    assert label_span(paragraph) == label


def test_a_role_phrase_with_a_possessive_pronoun_and_a_prime_minister_as_a_leader() -> None:
    text = ("Ferry operator cuts routes\n"
            "The ferry operator will cut three routes from April, its chief executive said on Tuesday.\n"
            "\"We cannot run empty ships,\" Chief Executive Lars Moe told a news conference.\n"
            "Danish Prime Minister Ana Lind said the islands would keep one crossing a day.\n"
            "The Danish leader said the state would pay for the winter timetable.\n")
    claims = draft_article(text, "seeds/x.txt").claims
    assert [(c.quote, c.by) for c in claims] == [
        ("The ferry operator will cut three routes from April", "lars-moe"),
        ("We cannot run empty ships", "lars-moe"),
        ("the islands would keep one crossing a day", "ana-lind"),
        ("the state would pay for the winter timetable", "ana-lind")]


def test_a_subject_starts_after_a_subordinating_conjunction() -> None:
    text = ("Sanctions\n"
            "The talks collapsed after the port authority said it would raise the fees by a third.\n")
    assert [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt").claims][-1] == (
        "it would raise the fees by a third", "The port authority")


def test_a_title_is_not_read_across_a_line_break() -> None:
    text = ("Hospital strike\nHealth Minister Paulo Reis spoke on Monday.\n"
            "The minister said the pay scale was out of date.\n")
    claims = draft_article(text, "seeds/x.txt").claims
    assert claims[-1].by == "paulo-reis"
    assert 'introduced as "Health Minister Paulo Reis", line 2' in claims[-1].reason


QUESTIONS = """\
Q&A: the engineer who wants to move the port
Ines Varga, the engineer behind the plan to move the harbour, spoke to us about costs and critics.
Q: Why move the port at all?
A: The channel is silting up faster than we can dredge it. Within ten years, no large ship will get in.
Q: And the money?
A: The move will cost 300 million euros, half of what dredging would.
We have the money lined up from the regional fund.
Ines Varga is an engineer at the port authority.
"""


def test_an_answer_label_is_the_person_the_interview_names_most() -> None:
    assert [(c.quote, c.by) for c in draft_article(QUESTIONS, "seeds/x.txt").claims][1:] == [
        ("A: The channel is silting up faster than we can dredge it", "ines-varga"),
        ("Within ten years, no large ship will get in", "ines-varga"),
        ("A: The move will cost 300 million euros, half of what dredging would", "ines-varga"),
        ("We have the money lined up from the regional fund", "ines-varga"),
        ("Ines Varga is an engineer at the port authority", "")]


def test_a_label_with_a_title_before_a_surname_is_that_person() -> None:
    text = ("Department press briefing\n"
            "Spokesperson Matthew Lind briefed reporters in Washington.\n"
            "MR LIND: We have seen reports that 3,000 more soldiers have crossed the border.\n"
            "QUESTION: Will the United States send more aid?\n"
            "MR LIND: We have already sent 200 million dollars this month.\n")
    assert [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt").claims][1:] == [
        ("We have seen reports that 3,000 more soldiers have crossed the border", "matthew-lind"),
        ("We have already sent 200 million dollars this month", "matthew-lind")]


def test_generic_heads_stand_for_one_another_and_a_lower_case_title_is_read_whole() -> None:
    text = ("Election row\n"
            "Opposition leader Kari Holm, 48, said her party would take the case to court.\n"
            "The opposition chief said the courts were not independent.\n")
    claims = draft_article(text, "seeds/x.txt").claims
    assert [(c.quote, c.by) for c in claims] == [
        ("her party would take the case to court", "kari-holm"),
        ("the courts were not independent", "kari-holm")]
    assert 'introduced as "Opposition leader Kari Holm", line 2' in claims[1].reason


def test_a_plural_noun_spelling_a_speech_verb_introduces_words_only_with_that_or_a_colon() -> None:
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    text = "Asked about the pact, he said the two sovereign states and their allies were not a threat."
    assert [text[s.start:s.end] for s in parse_statements(text, quoted_spans(text))] == [
        "the two sovereign states and their allies were not a threat"]


def test_a_persons_figures_or_statement_say_what_the_person_says() -> None:
    text = ("Water crisis\n"
            "Water Minister Ana Lind visited the reservoir on Monday.\n"
            "According to the minister's figures, consumption has fallen by 12%.\n"
            "Lind's statement said the dam was safe for another decade.\n"
            "The ministry's own data show consumption rising by 3%, the union said.\n")
    assert [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt").claims][1:] == [
        ("consumption has fallen by 12%", "ana-lind"),
        ("the dam was safe for another decade", "ana-lind"),
        ("The ministry's own data show consumption rising by 3%", "The union")]


def test_it_is_the_organisation_a_sentence_before_had_as_its_subject() -> None:
    text = ("Port fees\n"
            "The European Commission raised the port fees on Monday. It said the money would pay for dredging.\n")
    claims = draft_article(text, "seeds/x.txt").claims
    assert [(c.quote, c.by) for c in claims] == [
        ("The European Commission raised the port fees on Monday", ""),
        ("the money would pay for dredging", "european-commission")]


RELEASE = """\
Media release: new bushfire funding
The Minister for Emergency Management, the Hon. Jane Doherty MP, today announced $40 million for bushfire recovery.
Quotes attributable to Minister Doherty:
"This funding will help 12 towns rebuild their halls and schools."
"We will not leave anyone behind."
Quotes attributable to Fire Commissioner Rob Tanner:
"Crews have worked for 60 days straight."
"""


def test_quotes_attributable_to_a_person_are_theirs() -> None:
    draft = draft_article(RELEASE, "seeds/x.txt")
    assert [p.name for p in draft.people] == ["Jane Doherty", "Rob Tanner"]  # not "Emergency Management"
    assert [(c.quote, c.by) for c in draft.claims][1:] == [
        ("This funding will help 12 towns rebuild their halls and schools", "jane-doherty"),
        ("We will not leave anyone behind", "jane-doherty"),
        ("Crews have worked for 60 days straight", "rob-tanner")]


def test_it_is_a_body_a_sentence_before_had_as_its_subject_even_after_a_label() -> None:
    text = ("Pilots strike\nTranscript\n"
            "INES VARGA, ANCHOR: The pilots say the new rosters are unsafe for the night shifts.\n"
            "INES VARGA: The Harbour Corporation, which employs them, disputes that. It says the rosters are "
            "within the safety limits.\n")
    assert [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt").claims][-1] == (
        "the rosters are within the safety limits", "harbour-corporation")  # the organisation it proposes


@pytest.mark.parametrize("paragraph, label", [
    ("[00:00:32] [CLIP] TOM HALE: We believe the channel will open in May.", ("TOM HALE", 28)),
    ("(12:04) INES VARGA, HOST: Welcome back.", ("INES VARGA", 26)),
    ("00:12:04 Q: Will it open?", ("Q", 12)),
    ("[00:00:04] [MUSIC]", None),
])
def test_a_time_stamp_or_a_cue_before_a_label_is_passed_over(paragraph: str, label) -> None:
    from generator.drafting.transcript import label_span
    assert label_span(paragraph) == label


@pytest.mark.parametrize("text, spans", [
    ("“We will appeal. It was wrong.", [(1, 30)]),  # opened, never closed: to the end
    ('Tom said "we will appeal.', [(10, 25)]),
    ("“Lies, he said", []),  # the text stops short of a sentence's end
    ('wrong," he said.', []),  # a straight mark after a word closes an earlier quotation
    ("“We will appeal,” he said.", [(1, 16)]),
])
def test_a_quotation_no_mark_closes_runs_to_the_end(text: str, spans: list) -> None:
    from generator.drafting.quotations import quotations
    assert quotations(text) == spans


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["name"])
def test_speaker_case(case: dict) -> None:
    """A case of `speaker-cases.yaml`: every candidate's quote and ``by``, in order."""
    assert [[c.quote, c.by] for c in draft_article(case["text"], "seeds/x.txt").claims] == case["claims"]


@pytest.mark.parametrize("sentence, frames", [
    ("In her view, the notice clause is unclear.", [("in the view of", "according", "her")]),
    ("In Ruiz's opinion, the plan fails.", [("in the view of", "according", "Ruiz")]),
    ("In the words of the harbour master, the channel is closed.", [("in the view of", "according", "the harbour master")]),
    ("In her view of the deal, the terms are fair.", []),  # the view is of a thing
    ("In the view of most, the terms are fair.", []),  # nobody who speaks
    ("Mr Kovar's view was that the pilots were tired.", [("view was", "before", "Mr Kovar's view")]),
    ("His position is that the strike is legal.", [("position is", "before", "His")]),
    ("The judge found the evidence \"thin and late\".", [("found", "before", "The judge")]),
    ("The divers found the wreck at dawn.", []),  # found no words
    ("She called, to ask for the money promised for the pier.", []),  # "promised" after its noun
])
def test_views_findings_and_participles(sentence: str, frames: list) -> None:
    from generator.drafting.attribution import find_frames, quoted_spans
    found = find_frames(sentence, quoted_spans(sentence))
    assert [(f.verb, f.form, sentence[f.subject[0]:f.subject[1]]) for f in found] == frames
