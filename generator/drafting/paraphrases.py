"""Phrases of news copy that stand for one word, for `claimmatch`.

    >>> from generator.drafting.claimmatch import stem
    >>> rewrite("We call on the North to bring them home, in return for help")
    'We urge the North to withdraw them , pay help'

`synonyms` reads single words that a style guide would accept in place of
one another ("talks" for "discussions", "welcomed" for "invited",
"reckless" for "irresponsible").  Reporters also restate a fact in a phrase
("bring the troops home" for "withdraw the troops", "in return for" for "in
exchange for", "make up for" for "replace", "fair game" for "a legitimate
target", "called on X to" or "has a responsibility to" for "should", "the
meat grinder" for "cannon fodder", "put the number at" for "estimate"), often
in figures of speech ("used up like shells" and "wave after wave" for cannon
fodder, "borrow soldiers" for relying on them, "a country that is winning
does not need to …" for weakness, "harder to end" for prolonged, "could stop
this tomorrow if it chose to" for influence, "will not fill that hole" for
replacing losses).
`PHRASES` rewrites each phrase into the word it stands for before the key
words are read (and the word groups of `synonyms` applied).  They are
general news vocabulary — diplomatic, military, economic and political
reporting — never the words of one story: every entry is a paraphrase an
editor would let stand in any article, and words with a common other sense
("issue" the noun, "face", "state") are left out.
"""

from __future__ import annotations

import re

_OBJECT = r"((?:[\w'’-]+\s+){0,3}?)"
"""Up to three words between a verb and its particle ("bring his soldiers home")."""

_MONTH_NAMES = ("january|february|march|april|may|june|july|august|september|october|november|december"
                "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")

PHRASES: tuple[tuple[str, str], ...] = (
    # a point in a month or a year is a date, which says when, not what ("at the end of October 2024", "by the
    # start of next year"): not "the end of the war", which is a fact
    (r"\bthe\s+(?:end|beginning|start|middle|close|turn)\s+of\s+(?=(?:" + _MONTH_NAMES + r"|\d{4}"
     r"|(?:the|this|that|last|next)\s+(?:year|month|week))\b)", "the "),
    # a contrast that only repeats the fact the other way round: "a sign of weakness, not strength"
    # (after "days, not months", which says when)
    (r"(?<!days),\s+not\s+(?:of\s+)?(?:(?:a|an|the)\s+)?[\w-]+(?=\s*(?:[.,;!?”\"]|$))", ""),
    # no sign of strength is a sign of weakness ("This is not a sign of Russia's strength")
    (r"\bnot\s+(a\s+sign|a\s+mark|a\s+show|proof)\s+of\s+((?:(?:the|its|their)\s+)?(?:[\w-]*['’]s\s+)?)strength\b",
     r"\1 of \2weakness"),
    # a war one cannot win, or is not winning, is going badly ("proof that Putin cannot win this war with his own
    # army", "is not winning a war of attrition")
    (r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+win\b|\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+winning\b",
     "badly"),
    # the first state to send its army into a war is the first foreign military to join it ("the first state to send
    # its regular army to fight", "the first country to commit ground troops"; "the first country to send aid" is no
    # army)
    (r"\bfirst\s+(?:foreign\s+)?(?:state|country|nation|government|power)\s+to\s+(?:send|deploy|commit|dispatch)\s+"
     r"(?:its\s+)?(?:own\s+)?(?:regular\s+|ground\s+|combat\s+)?(?:army|armed\s+forces|troops|soldiers|forces)\b",
     "first foreign military to join"),
    # troops shipped somewhere are sent there, not supplied ("soldiers were shipped to Russia"; not
    # "moved" or "flown": troops move on their own, and how they travelled is a fact of its own)
    (r"\b((?:soldiers|troops|forces|personnel|men|fighters|units)(?:\s+[\w'’-]+){0,2}?\s+)"
     r"(?:shipped|transported|ferried)\b", r"\1sent"),
    # crossing into a region or across a border is entering it ("crossed into the Kursk region", "their push across
    # the border": entered; not "cross the line", "a cross-border strike" or "push" alone, which is pressure; "crossed
    # into" a country keeps its word)
    (r"\b(?:cross|crosses|crossed|crossing)\s+(?=into\s+the\b|(?:the|a)\s+(?:[\w'’-]+\s+)?border\b)"
     r"|\b(?:push|pushes|pushed|pushing)\s+(?=across\b)", "entered "),
    # an incursion into a place enters it ("launched its incursion into the Kursk region": entered)
    (r"\b(incursions?|invasion)\s+(?=into\b)", r"\1 entered "),
    # troops used against an enemy are used in combat ("before these soldiers are used against us"; troops only:
    # sanctions or a veto "used against" a country are no fighting)
    (r"\b((?:soldiers|troops|forces|units|fighters|them)\s+(?:(?:are|were|be|being|been|is)\s+)?)used\s+against\b",
     r"\1used in combat against"),
    # given gear: "kitted out as Russians"
    (r"\b(?:kitted|fitted)\s+out\b|\boutfitted\b", "given kit"),
    # laying down one's arms or giving oneself up is surrendering ("lay down their weapons and give themselves up"):
    # no weapons given or supplied
    (r"\b(?:lay|lays|laid|laying)\s+down\s+(?:(?:their|its|his|her|your|our)\s+)?(?:arms|weapons)\b"
     r"|\b(?:give|gives|gave|given|giving)\s+(?:themselves|himself|herself|yourselves|yourself|ourselves)\s+up\b",
     "surrender"),
    # air-defence equipment is a weapons technology, not kit ("had sent air-defence equipment to protect the capital":
    # no uniforms and gear for soldiers)
    (r"\b(air[\s-]defen[cs]e)\s+equipment\b", r"\1 technology"),
    # striking far into a country: long-range weapons ("strike targets deep inside Russia")
    (r"\bdeep\s+(?=(?:inside|into|within)\b)", "long-range "),
    # troops deployed or sent to a named place have moved there as well as been sent ("units had been deployed to the
    # Kursk region"): the place, not a country (countries are taken out before), says where they now are; "sent to" a
    # country keeps its one word
    (r"\b(deploy|deploys|deployed|deploying|redeployed|relocated|transferred|dispatched|sent)\s+"
     r"(?=(?:to|into)\s+(?:the\s+)?(?:['’]s\s+)?(?-i:[A-Z][a-z]))", r"\1 moved "),
    # military units are troops: the adjective only says what "units", "personnel" or "servicemen" are ("military
    # units had been deployed to the Kursk region"); not before a thing ("military aircraft", "military aid")
    (r"\bmilitary\s+(?=(?:units?|personnel|servicemen|servicemembers|formations?)\b)", ""),
    # a plane is an aircraft (read here: "plane" would stem as "plan")
    (r"\b(?:air)?planes?\b|\bairliners?\b", "aircraft"),
    # taking part is joining ("take" is a light verb, `claimwords.LIGHT_VERBS`, but not in this phrase)
    (r"\b(?:take|takes|took|taken|taking)\s+part\s+in\b", "join"),
    # fighting on a side is joining it ("a foreign army is fighting on Russia's side")
    (r"\b(?:on|to)\s+(?:the\s+)?(?:(?:[\w-]+(?:['’]s)?|['’]s)\s+){0,2}?side\b", "join"),
    # "planned" between a count (or "during") and its noun is a schedule, not a party's intention ("41 planned
    # operations had been cancelled", "during planned maintenance"); "the planned use of the troops" keeps it
    (r"\b(\d[\d,.]*|during)\s+planned\b(?=\s+[a-z])", r"\1 scheduled"),
    # making a place or a party more dangerous raises the threat it poses or faces ("makes the peninsula more
    # dangerous", "a more dangerous neighbour"): "dangerous" alone only weighs a fact (`claimwords.QUALIFIERS`)
    (r"\b(?:(?:far|much|even)\s+)?more\s+dangerous\b", "raise threat"),
    # meaning to is intending to ("Russia means to put them into the fight")
    (r"\b(?:means|meant|mean)\s+to\b", "intend to"),
    # closer than ever is growing closer ("has never been as close", "deeper than it has been")
    (r"\b(?:has|have)\s+never\s+been\s+(?:as|so)\s+(?:close|strong|deep|good)\b"
     r"|\b(?:closer|stronger|deeper)\s+than\s+(?:ever|it\s+has\s+(?:ever\s+)?been)\b", "grown closer"),
    # a war made harder to end is prolonged, and so is one made to last longer or dragged on ("make it last
    # longer", "makes the war longer", "the war drags on", "drag the war out"; not "a drag on" growth, nor "dragged
    # out of" a car; before "drag", read as drawing in)
    (r"\b(?:harder|more\s+difficult)\s+to\s+end\b"
     r"|\b(?:make|makes|made|making)\s+(?:(?:it|them)\s+last|(?:the|this|that)\s+(?:war|conflict|fighting)(?:\s+last)?)\s+longer\b"
     r"|(?<!\ba\s)\b(?:drag|drags|dragged|dragging)\s+on\b"
     r"|\b(?:drag|drags|dragged|dragging)\s+(?:it|the\s+war|the\s+conflict|the\s+fighting)\s+(?:on|out)\b",
     "prolong"),
    # a war that goes on the longer for it is a prolonged one ("the longer it goes on, the more …", "the longer the
    # war lasts"; the correlative's first half only: "the longer range of the missile" is no war)
    (r"\bthe\s+longer\s+(?:it|they|(?:the|this|that)\s+(?:war|conflict|fighting))\s+(?:goes|go|drags|lasts|continues)"
     r"(?:\s+on)?\b", "prolong"),
    # an end made harder, or pushed further out, is a war prolonged ("makes a negotiated end harder", "pushes the
    # end of the conflict further out"; an end "of the year" is a date, read before)
    (r"\b(?:make|makes|made|making)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?(?:end|settlement|peace)\s+(?:harder"
     r"|more\s+difficult|less\s+likely)\b"
     r"|\b(?:push|pushes|pushed|pushing)\s+the\s+end\s+(?:of\s+(?:the\s+)?(?:war|conflict|fighting)\s+)?"
     r"(?:further|farther)\s+(?:out|away|off)\b", "prolong"),
    # risking a thing is a thing that could happen ("risks drawing more countries in": could draw)
    (r"\b(?:risk|risks|risked|risking)\s+(?=[a-z]+ing\b)", "could "),
    # which war: "the war Russia started against Ukraine" names the war, it does not start one
    (r"\bwar\s+(?:that\s+)?(?:[\w'’-]+\s+){0,2}?(?:started|began|launched|unleashed)\b", "war"),
    # drawing others in: "pull countries far from Europe into the conflict" (before "pull … out")
    (r"\b(?:pull|pulls|pulled|pulling|suck|sucks|sucked|sucking)\s+((?:[\w'’-]+\s+){0,5}?)into\b", r"draw \1into"),
    # drawing others in without "into": "could pull in countries that had kept their distance" ("pull" alone
    # would read as withdrawing)
    (r"\b(?:pull|pulls|pulled|pulling|suck|sucks|sucked|sucking|drag|drags|dragged|dragging)\s+in\b", "draw in"),
    # bringing countries into a war is drawing them in ("bring more countries into it", "brought its neighbours into
    # the conflict"; only countries, into a war or "it": "bring the two countries into talks" is mediation)
    (r"\b(?:bring|brings|brought|bringing)\s+((?:[\w'’-]+\s+){0,2}?(?:countries|states|nations|neighbours|neighbors)"
     r"\s+)into(?=\s+(?:it|(?:the|this|that|a|their|its)\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|fray))\b)",
     r"draw \1into"),
    # neighbours drawn in are countries drawn in ("the more neighbours get pulled in", "pulling in its neighbours";
    # after "pull in" is read as drawing: a neighbour who moves in next door is drawn into nothing)
    (r"\b(?:neighbours|neighbors)\b(?=\s+(?:(?:get|gets|got|are|were|is|was|be|being|been)\s+)?(?:draw|drawn)\s+in\b)"
     r"|(?<=\bdraw\s)(in\s+(?:[\w'’-]+\s+){0,2}?)(?:neighbours|neighbors)\b", r"\1countries"),
    # the next country to join a war is one more drawn in ("makes it easier for the next country to join"; a war, or
    # nothing after "join": "the next country to join the union" joins no war)
    (r"\bthe\s+next\s+(?:country|state|nation|army|power)\s+to\s+join\b"
     r"(?=\s*(?:[.,;:!?”\"]|$)|\s+(?:in|(?:the|this|that)\s+(?:war|conflict|fighting|fray))\b)", "other countries drawn in"),
    # states as "powers": "Asia's powers", "the great powers", and "other states", or "new states" drawn into a
    # war (plural and qualified: "pulling new states into the war", not "more states passed the law"; "emergency
    # powers" are a government's authority, "power" alone is as often electricity, and "state" alone a
    # condition, a federal unit or a verb)
    (r"(?:['’]s|\b(?:world|great|major|regional|foreign|western|nuclear|neighbouring|neighboring|other|asian"
     r"|european))\s+powers\b"
     r"|\b(?:other|third|foreign|asian|european|western)\s+states\b"
     r"|\b(?:new|more)\s+states(?=\s+into\b)", " countries"),
    # states or whole regions drawn into a war are countries drawn in ("could pull in states from other regions",
    # "dragging an entire second region into a European war"; a region drawn into poverty is no party to a war;
    # after "pull in" is read as drawing)
    (r"\b(draw\s+in\s+(?:[\w'’-]+\s+){0,2}?)states\b"
     r"|\b((?:draw|draws|drew|drawn|drawing|drag|drags|dragged|dragging)\s+(?:(?:an?|the|whole|entire|second|another|other|more|new)\s+){0,3})(?:regions?|continents?)"
     r"(?=\s+into\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict|fighting|hostilities)\b)",
     r"\1\2countries"),
    # a war that is no longer a local one, or has gone global, has widened ("This is no longer a European war",
    # "is no longer only a European war", "the war has gone global")
    (r"\bno\s+longer\s+(?:only\s+|just\s+|simply\s+|merely\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?=(?:war|conflict)\b)"
     r"|\b(?:gone|went|goes|going)\s+global\b(?=\W*$|\s*[,.;]|\s+(?:and|now|already)\b)", "widen "),
    # a war that now runs on a second front, or counts as another region's war as well, has widened ("The Ukrainian
    # front is now a Korean front too", "Libya's war is now also a Sahel war"; "too" or "also" must say it is a second
    # one: "is now a frozen conflict" says how it stands, not that it spread)
    (r"\b(?:is|are|has\s+become|have\s+become)\s+now\s+also\s+(?:a|an)\s+[\w-]+\s+(?:front|war|conflict)\b"
     r"|\b(?:is|are|has\s+become|have\s+become)\s+now\s+(?:a|an)\s+[\w-]+\s+(?:front|war|conflict)\s+"
     r"(?:too|as\s+well)\b", "widen war draw in countries"),
    # two regions' wars seen as one theatre have merged: the war has widened ("the war in Europe and the security of
    # Asia are now one theatre"; not "one theatre of the war", which names a part of it)
    (r"\b(?:one|a\s+single)\s+theat(?:re|er)\b(?!\s+of\b)", "widen war draw in countries"),
    # once one foreign army fights, others are hard to keep out: more countries may be drawn in ("it becomes very hard
    # to tell another one to stay out", "impossible to keep the others out")
    (r"\b(?:hard|harder|difficult|impossible)\s+to\s+(?:(?:tell|ask)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:stay|keep)\s+"
     r"|keep\s+(?:[\w'’-]+\s+){0,3}?)out\b", "could draw other countries in"),
    # a war that is no longer someone else's, or cannot stay a local one, has widened ("it is no longer someone else's
    # war", "cannot stay a European war for long", "is becoming a global conflict"; "a world war" names its own)
    (r"\bno\s+longer\s+(?:only\s+|just\s+)?(?:someone|somebody)\s+else['’]s\s+(?=(?:war|conflict|fight)\b)"
     r"|\b(?:cannot|can['’]t|will\s+not|won['’]t)\s+(?:stay|remain)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?=(?:war|conflict)\b)"
     r"|\b(?:becoming|become|becomes|became|turning\s+into|turned\s+into)\s+[“\"]?(?:a|an)\s+global\s+(?=(?:war|conflict)\b)",
     "widen "),
    # a war carried beyond a country's borders draws other countries in ("could pull this war far beyond Ukraine's
    # borders", "risks dragging the conflict beyond Sudan's borders"; not "far beyond Europe", which says how far a
    # threat reaches: the borders must be named, and the war; before "pull" is read as withdrawing)
    (r"\b(?:pull|pulls|pulled|pulling|push|pushes|pushed|pushing|carry|carries|carried|carrying|take|takes|took"
     r"|taking|spread|spreads|spreading|drag|drags|dragged|dragging)\s+(?:this|the|that|its|their)\s+"
     r"(?:war|conflict|fighting)\s+(?:far\s+|well\s+)?beyond\s+(?:(?:the|its|their|[\w'’-]+['’]s|['’]s)\s+)?"
     r"(?:borders?|frontiers?)\b", "widen war draw in other countries "),
    # each new army or state that joins draws more countries in ("Every new army that walks onto that battlefield",
    # "each new country that joins on the Russian side"; "every new member state that joins the union" is left alone:
    # an army or a country joining a side or a battlefield)
    (r"\b(?:every|each|any)\s+new\s+(?:army|country|state|power|ally)\s+(?:that\s+)?"
     r"(?=(?:joins|enters|walks|marches|comes|steps)\b(?:\s+[\w'’-]+){0,3}?\s+(?:battlefield|side|war|conflict|fight|join)\b)",
     "other countries drawn in "),
    # a bare plural of war names wars in general, a stance on any ("rejects the widening of conflicts", "opposes
    # all wars"), not the war a fact is about: read as a word of its own (not "the two wars", "both conflicts")
    (r"\b(of|against|all|any)\s+((?:armed|military|regional|new|further|more)\s+)?(?:wars|conflicts)\b",
     r"\1 \2warfare"),
    # "so far" and "thus far" say until when, not how far ("countries that had so far kept their distance")
    (r"\b(?:so|thus)\s+far\b(?!\s+(?:as|from|away|east|west|north|south|behind|ahead|beyond)\b)", ""),
    # an army stretched thin is a weakened one ("showed how stretched the Russian army had become")
    (r"\b(?:over-?)?stretched(?:\s+thin)?\b(?!\s+(?:out|over|across|along|from|to|into)\b)", "weakened"),
    # withdrawing
    (rf"\b(?:bring|brings|brought|bringing)\s+{_OBJECT}(?:home|back)\b", r"withdraw \1"),
    (rf"\b(?:pull|pulls|pulled|pulling)\s+{_OBJECT}(?:out|back)\b", r"withdraw \1"),
    # taking troops out of a place is withdrawing them ("take its soldiers out of Russia"; troops only: "take the
    # money out of the budget" moves no army)
    (r"\b(?:take|takes|took|taken|taking)\s+((?:(?:its|their|his|the|all|those|these)\s+)?(?:[\w'’-]+\s+)?"
     r"(?:soldiers|troops|forces|fighters|units|men))\s+out\s+of\b", r"withdraw \1 from"),
    # an exchange: what is given in return is a payment ("paid with technology")
    (r"\bin\s+(?:return|exchange)(?:\s+for)?\b", "pay"),
    (rf"\b(?:pay|pays|paid|paying)\s+{_OBJECT}back\b", r"pay \1"),
    # the price or prize of a deal is what one side gets paid ("The real price is technology", "the prize for
    # Pyongyang will be drones"; "the price of oil", "a Nobel prize", "prices rose" are left alone: only the price or
    # prize that *is* a thing)
    (r"\bthe\s+(?:real|true|actual|main|big|biggest|ultimate)\s+(?:price|prize|reward|payoff|pay-off)\s+"
     r"(?:(?:for|to)\s+(?:[\w'’-]+\s+){0,2}?)?(?:is|will\s+be|would\s+be|may\s+be|could\s+be)\b", "pay get"),

    (r"\b(?:repay|repays|repaid|repaying)\b", "pay"),
    # identifying someone as a person or rank is naming them ("identified them as Colonel General …"; not
    # "identified as a threat", which names no one: a pronoun or a name must follow)
    (r"\b(?:identified|identifies|identify|identifying)\s+(?=(?:them|him|her|the\s+(?:three|two|four|men|officers|generals|commanders))\s+as\b)", "named "),
    # equipping ("had been issued uniforms": given; "issue" the noun is no verb)
    (r"\bissued\b", "given"),
    # handing over is giving ("were handed Russian uniforms"; the verb's forms only, not "hand" the noun, nor
    # "handed in" a notice or "handed down" a sentence)
    (r"\b(?:handed|handing|hands\s+over)\b(?!\s+(?:in|down|out)\b)", "given"),
    # clothing someone in a uniform is giving it ("dressing them in Russian uniforms"; needs an object)
    (r"\b(?:dress|dresses|dressed|dressing)\s+(?:them|him|her|(?:the|its|his|their)\s+[\w'’-]+)\s+(?=[“\"]?in\b)",
     "given "),
    # a hole or a gap that newcomers will not fill is a loss they will not make good ("will not fill the hole that
    # Russia digs in its own ranks", "do not fill the holes", "would not fill that gap"; an unnegated "fill the gap"
    # is read next as replacing only)
    (r"(\bnot|\bnever|n['’]t)\s+(?:fill|refill|plug)\s+(?:that|the|this|those|these)\s+(?:holes?|gaps?)\b",
     r"\1 replace losses"),
    # filling a hole or a gap is making good a loss ("a few thousand will not fill that hole"; not "fill the role",
    # nor a gap "in the market" left unread: only the hole itself)
    (r"\b(?:fill|fills|filled|filling|refill|refills|plug|plugs|plugged|plugging)\s+(?:that|the|this|those|these)\s+"
     r"(?:holes?|gaps?)\b", "replace"),
    # raising a thing to a new level is strengthening it ("raise the combined deterrence of our alliance to a new
    # level"; "raise" alone is as often a question or money)
    (r"\b(?:raise|raises|raised|raising|take|takes|took|taking)\s+((?:[\w'’-]+\s+){0,6}?)to\s+a\s+(?:new|higher)\s+"
     r"level\b", r"strengthen \1"),
    # losing men faster than they can be recruited, or more in a month than the newcomers number, is a loss the newcomers
    # will not make good ("Russia is losing men faster than it can recruit them", "loses more men in a month than
    # Pyongyang has sent in total"; a firm "losing customers faster than" is no army: men or soldiers must be lost)
    (r"\b(?:lose|loses|lost|losing)\s+(?:more\s+)?(?:men|soldiers|troops)\s+(?:(?:faster|more\s+quickly)\s+than\s+"
     r"(?:it|they|he|she|[\w'’-]+)\s+(?:can|could)\s+(?:recruit|replace|train|mobilise|mobilize|conscript)\b"
     r"|(?:in\s+(?:a|one|each|every|a\s+single)\s+(?:day|week|month|fortnight)\s+)?than\s+"
     r"(?=(?:[\w'’-]+\s+){0,3}?(?:has|have|had|will|would|can|could)\s+(?:sent|send|deployed|deploy|provided|provide)\b))",
     "lost soldiers, losses no replace "),
    # an army that can no longer replace its dead, or what it loses, has lost more men than it can make good ("could no
    # longer replace its own dead and wounded fast enough", "its recruitment can no longer replace what it loses at the
    # front"; not "cannot replace the old tanks": the dead or what is lost must follow)
    (r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|can\s+no\s+longer|could\s+no\s+longer|unable\s+to)\s+"
     r"(?:replace|make\s+good|make\s+up\s+for)\s+(?:(?:its|his|their|the)\s+)?(?:own\s+)?(?:dead|losses|casualties"
     r"|what\s+(?:it|he|they)\s+(?:loses|lose|lost|has\s+lost|have\s+lost))\b", "lost soldiers, losses no replace"),
    # making good a loss
    (r"\b(?:make|makes|made|making)\s+up\s+(?:for\s+)?", "replace "),
    # how often
    (r"\b(?:a|per|every|each)\s+(?:single\s+)?day\b|\beach\s+and\s+every\s+day\b|\bdaily\b"
     r"|\bon\s+an\s+average\s+day\b", "per_day"),
    # expecting a party to do a thing is an expectation, not only a speech verb ("has said it expects the soldiers
    # to enter combat"): the forecast's word (not "expects" alone, which reports a view)
    (r"\b(?:expect|expects)\b(?=\s+(?:[\w'’-]+\s+){1,3}?to\s)", "expected"),
    # a thing expected soon is expected within days (after "expected": only where an expectation comes before it,
    # "is expected to begin soon"; not "as soon as", "soon after", which say when another thing happens)
    (r"(?<=\bexpected)\b((?:\s+[\w'’-]+){1,6}?\s+)soon\b(?!\s+(?:after|afterwards|as|enough)\b)", r"\1within_days"),
    (r"\bwithin\s+days\b|\bin\s+the\s+coming\s+days\b|\bvery\s+soon\b|\bimminently\b"
     r"|\bdays\s*,?\s+not\s+(?:weeks|months)\b|\ba\s+matter\s+of\s+days\b", "within_days"),
    (r"\bmore\s+(?:often|regularly|frequently)\b", "more_often"),
    # a century
    (r"\b(?:a|one)\s+hundred\s+years\b|\bcentury\b", "century"),
    # legitimate targets
    (r"\bfair\s+(?:game|targets?)\b", "legitimate target"),
    # starting a war
    (r"\b(?:set|sets|setting)\s+off\b", "trigger"),
    # restraining
    (r"\breins?\s+in\b|\breined\s+in\b|\breining\s+in\b", "restrain"),
    # doing to others as one does to one's own men is using them so ("the way they spend their own men", "exactly
    # as he throws his own prisoners", "as it has used its own infantry"; read
    # before "spend their own men" is read as cannon fodder)
    (r"\b(?:the\s+(?:same\s+)?way|just\s+as|exactly\s+as|as)\s+(?:it|they|he|she)\s+(?:(?:had|has|have)\s+)?"
     r"(?:spend|spends|spent|use|uses|used|throw|throws|threw|thrown)\s+(?=(?:its|their|his|her)"
     r"\s+own\b)", "as it has used "),
    # cannon fodder: soldiers used up ("meat grinder", "human waves"; "spend" lives or men, not money)
    (r"\bcannon\s+fodder\b|\bexpendable\b|\bdisposable\b|\bmeat\s+(?:grinder|waves?|assaults?)\b"
     r"|\bhuman\s+waves?\b|\bwave\s+(?:after|upon)\s+wave\b|\b(?:one\s+)?wave\s+after\s+(?:another|the\s+other)\b"
     r"|\bwaves?\s+of\s+(?:[\w-]+\s+){0,3}?(?:recruits|conscripts|convicts|prisoners|infantry|soldiers|troops|men)\b"
     r"|\buntil\s+(?:there\s+(?:are|were)\s+)?none\s+(?:are\s+|were\s+)?left\b"
     r"|\b(?:use|uses|used|using)\s+(?:them\s+)?up\s+(?:like|as)\b", "cannon_fodder"),
    # men sent forward in waves, or until they stop coming back, or whose lives are held cheap, are cannon fodder
    # ("sent forward in waves until they stop coming back", "treating the Koreans' lives as cheaply as"; "in waves"
    # only after sending or attacking: layoffs and refugees come in waves too; lives that are someone's, not one who
    # "lives cheaply")
    (r"\b(?:sent|send|sends|sending|thrown|throw|throws|attack|attacks|attacked|attacking|forward)\s+in\s+waves\b"
     r"|\buntil\s+(?:they|none|no\s+one)\s+(?:stop|stops|stopped)\s+coming\s+back\b", "cannon_fodder"),
    (r"((?:['’]s?|\b(?:their|whose|the|those))\s+)lives\s+(?:(?:are|were|is|was|held|counted|valued|treated)\s+){0,2}"
     r"(?:as\s+)?cheap(?:ly)?\b", r"\1cannon_fodder"),
    # men spent like ammunition are cannon fodder ("spending them like ammunition", "has spent its own prisoners like
    # ammunition"; "like", not "as": a report "used as ammunition" is an argument; after "used up like")
    (r"\b(?:spend|spends|spent|spending|use|uses|used|using)\s+(?:[\w'’-]+\s+){0,3}?like\s+"
     r"(?:ammunition|shells|bullets|cartridges)\b", "cannon_fodder"),
    # men thrown into an assault: "feed the newcomers into the assaults", "will be thrown in first"
    (r"\b(?:throw|throws|threw|thrown|throwing|feed|feeds|fed|feeding)\s+(?:them\s+|(?:the|its|his|their)\s+"
     r"(?:[\w'’-]+\s+)?[\w'’-]+\s+)?(?:in|into|at)\b", "cannon_fodder"),
    (r"\b(?:spend|spends|spent|spending)\s+(?:them|(?:the|its|their|his|her)\s+(?:own\s+)?(?:\w+\s+)?"
     r"(?:lives|soldiers|troops|men|recruits|conscripts|infantry))\b", "cannon_fodder"),
    # a state's own convicts and conscripts, spent before: its own infantry
    (r"\b(?:its|their|his)\s+(?:own\s+)?(?:convicts|prisoners|conscripts|recruits)\b", "its own infantry"),
    # relying on others' soldiers: "turned to", "borrow soldiers", "rent them", "import an army"
    (r"\b(?:turn|turns|turned|turning)\s+to\b|\b(?:rely|relies|relied|relying)\s+(?:up)?on\b"
     r"|\b(?:reliance|dependence|dependency)\s+(?:up)?on\b", "rely"),
    (r"\b(?:borrow|borrows|borrowed|borrowing|rent|rents|rented|renting|import|imports|imported|importing|hire|hires"
     r"|hired|hiring)\b(?=\s+(?:them|(?:(?:an?|the|its|his|their|foreign)\s+){1,2}(?:army|troops|soldiers|men|fighters"
     r"|manpower|infantry)|troops|soldiers|men|fighters|manpower|infantry)\b)", "rely"),
    # going to another party for soldiers is turning to it ("does not go to Kim Jong Un for infantry", "went to Tehran
    # for drones"; not "went to Paris for talks": soldiers, arms or help must follow; a name the matcher took out
    # leaves only spaces)
    (r"\b(?:go|goes|went|going)\s+to\s+(?:[\w'’-]+\s+){0,4}?for\s+(?=(?:(?:more|extra|fresh|foreign|its|his|their)\s+)?"
     r"(?:infantry|troops|soldiers|men|manpower|fighters|reinforcements|weapons|arms|ammunition|shells|drones|help"
     r"|assistance)\b)", "rely on "),
    # bringing in others' soldiers is relying on them ("bringing in a foreign army")
    (r"\b(?:bring|brings|brought|bringing)\s+in\b(?=\s+(?:(?:an?|the|foreign|more)\s+){0,2}(?:army|troops|soldiers"
     r"|fighters|manpower|infantry)\b)", "rely"),
    # one who is winning would not need to: a sign of weakness ("A country that is winning does not
    # have to borrow soldiers", "If the Kremlin were winning its war, it would not need …")
    (r"\bwinning\b(?:\s+(?:its|the|their|his|her|this)\s+war)?\s*,?\s+(?:\w+\s+)?(?:does|do|did|would|will)\s*"
     r"(?:not|n['’]t)\b", "weakness"),
    # a counterfactual of strength says its want: "if Putin had the men, he wouldn't be borrowing them", "would not be
    # knocking … if his own army were in good shape", "if its own recruitment were going well"
    (r"\bif\s+(?:[\w'’-]+\s+){0,3}?had\s+(?:the|enough)\s+(?:men|soldiers|troops|manpower)\b"
     r"|\bif\s+(?:its|his|their)\s+own\s+(?:[\w-]+\s+)?(?:army|forces|troops|recruitment|mobilisation|mobilization)"
     r"\s+(?:were|was)\s+(?:going\s+well|in\s+good\s+shape|strong|winning)\b", "weakness"),
    # being in trouble, or no strong power, is weakness ("would not be reaching out … if he was not in trouble", "is
    # not a strong power"); so is no longer being able to man a war with one's own ("can no longer fill its own
    # ranks", "can no longer feed this war with his own people")
    (r"\b(?:is|are|was|were)(?:\s+not|n['’]t)?\s+in\s+(?:deep\s+|serious\s+)?trouble\b"
     r"|\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:a\s+)?strong\s+(?=(?:power|country|state|army)\b)"
     r"|\b(?:can|could)\s+no\s+longer\s+(?:fill|feed|man|staff|sustain)\b"
     r"(?=(?:\s+[\w'’-]+){0,5}?\s+own\s+(?:ranks|people|men|soldiers|army|troops|infantry)\b)", "weakness "),
    # no side that is winning would need it: "not a power that is winning", "No army that is comfortable goes looking
    # for soldiers" (a party that is winning, unnegated, is left alone, and so is one "not winning friends": the
    # winning must end the clause, or be of the war, or be followed by what it would not do)
    (r"\b(?:not\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:power|country|army|state|side|regime|government)\s+that\s+(?:is|was)\s+"
     r"winning|no\s+(?:[\w-]+\s+)?(?:power|country|army|state|side|regime|government)\s+that\s+(?:is|was|feels)\s+"
     r"(?:winning|comfortable|strong|confident|secure))\b"
     r"(?=\s*(?:[.,;:!?”\"]|$)|\s+(?:(?:the|its|this|his|their)\s+war\b|goes|go|would|does|needs|has)\b)", "weakness"),
    # looking for soldiers abroad is turning to others for them ("goes looking for soldiers on the other side of the
    # world"; not looking for a job or a missing child)
    (r"\b(?:go|goes|went|going)\s+looking\s+for\s+(?=(?:more\s+|fresh\s+|foreign\s+)?(?:soldiers|troops|men|infantry"
     r"|manpower|fighters|recruits)\b)", "rely on "),
    # knocking on a door or reaching out to a party is turning to it for help ("would not be knocking on Pyongyang's
    # door", "reaching out to Pyongyang"; not "reach out" alone)
    (r"\b(?:knock|knocks|knocked|knocking)\s+on\s+(?:[\w'’-]+\s+){0,2}?doors?\b"
     r"|\b(?:reach|reaches|reached|reaching)\s+out\s+to\b", "rely"),
    # running short of one's own men is weakness ("so short of soldiers that", "has run short of its own men")
    (r"\b(?:(?:run|runs|ran|running)\s+(?:short|out)\s+of|short\s+of)\s+(?:(?:its|his|their)\s+)?(?:own\s+)?"
     r"(?:men|soldiers|troops|manpower|infantry)\b", "weakness"),
    # so is one's own men running out, or not finding enough of them ("its own men are running out", "cannot find
    # enough soldiers at home"; "own" or "enough" must say they are one's army: "the men ran out of the building" and
    # "cannot find the men responsible" are left alone)
    (r"\b(?:its|his|their)\s+own\s+(?:men|soldiers|troops|manpower|infantry|reserves)\s+(?:(?:are|is|were|was|have"
     r"|has|had)\s+)?(?:running|run|ran|runs)\s+(?:out|short|low)\b(?!\s+of\b)"
     r"|\b(?:cannot|can['’]t|could\s+not|couldn['’]t|unable\s+to)\s+(?:find|recruit|raise|muster)\s+enough\s+"
     r"(?:men|soldiers|troops|recruits|infantry)\b", "weakness"),
    # needing other countries' soldiers is relying on them ("If Russia needs Koreans in Kursk", "needs foreign
    # troops"; a people's plural, or soldiers: "needs Americans to vote" relies on them too, "needs time" on nothing;
    # not a need denied: "does not need foreign troops")
    (r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)\b(?:need|needs|needed|needing)\s+(?=(?:(?:more|foreign|fresh|extra)\s+)?(?:troops|soldiers|fighters|infantry"
     r"|manpower|(?-i:(?:North\s+|South\s+)?[A-Z][a-z]+(?:ans|ese|is)))\b)", "rely on "),
    # an admission that a thing is so is a sign of it ("an admission that the Kremlin has run short …"; not a
    # hospital's or a museum's admission)
    (r"\ban\s+admission\s+(?=(?:that|of)\b)", "a sign "),
    # shopping for soldiers is relying on others' ("does not go shopping in Pyongyang", "shopping for soldiers")
    (r"\b(?:go|goes|went|going)\s+shopping\b|\bshopping\s+for(?=\s+(?:soldiers|troops|men|infantry|manpower)\b)",
     "rely"),
    # help with a weapons programme is technology passed on ("help with its satellites": technology
    # for satellites)
    (r"\b(?:help|assistance|aid|know-how|expertise)\s+(?:with|on|for)\s+(?:(?:its|their|his|the)\s+)?"
     r"(?:[\w-]+\s+){0,4}?(?:[a-z]+-)?(missiles?|satellites?|space|nuclear|submarines?|rockets?|weapons)\b", r"technology \1"),
    # help named by the weapons it is for is technology passed on, as help "with" them is ("missile and satellite help
    # from a nuclear power", "drone and engine assistance"; not "humanitarian help" nor "food aid": a weapons field must
    # name it)
    (r"\b((?:(?:missile|satellite|nuclear|submarine|rocket|space|drone|engine)s?(?:\s*,\s*|\s+and\s+|\s+or\s+))*"
     r"(?:missile|satellite|nuclear|submarine|rocket|space|drone|engine)s?)\s+(?:help|assistance|aid)\b",
     r"technology \1"),
    # what a state knows about a weapon is its know-how ("what Moscow knows about satellites, submarines and missiles";
    # not what a court "knows about" a suspect: a weapons word must follow within a few words)
    (r"\bwhat\s+(?:[\w'’-]+\s+){0,2}?(?:knows|knew|know)\s+about\b"
     r"(?=(?:\s+[\w'’,-]+){0,3}?\s+(?:missiles?|satellites?|submarines?|rockets?|drones?|nuclear|engines?)\b)",
     "technology for"),
    # an artillery round is a shell ("3.5 million artillery rounds"; "rounds" alone are as often of talks)
    (r"\b(artillery|mortar|tank|howitzer)\s+rounds\b", r"\1 shells"),
    # supplying arms is sending them ("sent Moscow three million shells"; drones and missiles
    # are sent at a target too)
    (r"\b(?:send|sends|sent|sending)\b(?=(?:\s+[\w'’,-]+){0,5}?\s+(?:shells|weapons|arms|munitions|ammunition"
     r"|equipment)\b)", "supply"),
    # an estimate of a count: "put the number at", "puts the toll at", "the figure" ("a figure" may be a person)
    (r"\b(?:put|puts|putting)\s+(?:the|its|their|his|her)\s+(?:\w+\s+)?(?:number|total|figure|count|tally|toll)\b",
     "count"),
    (r"\bthe\s+figures?\b", "count"),
    # a party that has not confirmed or acknowledged a report states its silence, not the fact reported ("North
    # Korea has still not confirmed the deployment", "the Kremlin has neither confirmed nor denied it"): read as one
    # word no registered fact has
    (r"\b(?:has|have|had|did|does|do)(?:\s+(?:still|yet))?(?:\s+not|n['’]t|\s+never)\s+(?:yet\s+)?(?:publicly\s+)?"
     r"(?:officially\s+)?(?:confirmed|acknowledged|admitted|confirm|acknowledge|admit)\b"
     r"|\bneither\s+confirmed\s+nor\s+denied\b|\b(?:declined|refused)\s+to\s+(?:confirm|acknowledge)\b", "unconfirmed"),
    # not thinking a thing will happen is not expecting it ("I don't think Kim will start a war", "Seoul did not
    # believe the North was preparing to …")
    (r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:think|believe|see)\b", "not expect"),
    # pressing someone for a thing is seeking to get it ("would press Moscow for technology"; "press X over" or
    # "to" is pressure to act)
    (r"\b(?:press|presses|pressed|pressing)\s+((?:[\w'’-]+\s+){0,2}?)for\b", r"get \1"),
    # asking someone for a thing likewise ("would ask Moscow for technology"; the name the matcher takes out
    # first leaves a run of spaces); "ask for" with no one asked is wanting ("it would not ask for help")
    (r"\b(?:ask|asks|asked|asking)(?:\s+((?:[\w'’-]+\s+){1,2}?)|\s{2,})for\b", r"get \1"),
    # one who could stop a thing at will has the influence to restrain it ("China could stop this tomorrow if it
    # chose to", "could end this with one phone call"; not a plain "could stop the talks", which says no will)
    (r"\bcould\s+(?:stop|end|halt|put\s+an\s+end\s+to)\s+(?:this|it|that|(?:the|this)\s+(?:war|deployment|fighting))"
     r"(?=\s+(?:tomorrow|overnight|with\s+(?:a|one)\s+(?:single\s+)?(?:phone\s+)?call"
     r"|if\s+(?:it|they|he|she)\s+(?:chose|wanted|wished|decided)))", "has the influence to restrain this"),
    # asking for a transfer is asking the party that would make it, and so seeking to get what passes ("will ask
    # for technology transfers"); "ask for help" with no one asked stays wanting (the fourteenth round's rule)
    (r"\b(?:ask|asks|asked|asking)\s+for\b(?=\s+(?:[\w'’-]+\s+){0,2}?transfers?\b)", "get"),
    # sharing intelligence or experience is cooperating ("would send a delegation to share intelligence", "an
    # exchange of intelligence"): what two parties do together
    (r"\b(?:share|shares|shared|sharing|exchange|exchanges|exchanged|exchanging)\s+(?:of\s+)?(?:(?:its|their|our"
     r"|his|her|battlefield|military)\s+){0,2}(?:intelligence|experience|expertise|lessons)\b", "cooperation"),
    # seeking a thing is seeking to get it, as asking for it is ("is likely to seek Russian help with its missiles";
    # not "seek to" do a thing, nor "seek asylum" or "seek re-election", which no party gives)
    (r"\b(?:seek|seeks|sought|seeking)\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?:help|assistance|aid|technology|know-how"
     r"|weapons|arms|support)\b)", "get"),
    # wanting a thing is seeking to get it, as seeking it is ("what he wants is help with missile re-entry", "wants
    # rocket engines, satellites and submarine technology"); the wish stays beside the getting ("Kyiv wants more
    # military assistance" is a request too); not wanting a party to act ("wants Washington to lift its ban")
    (r"\b(?:want|wants|wanted|wanting)\b(?=\s+(?:most\s+|back\s+|in\s+return\s+)?(?:is\s+|are\s+)?"
     r"(?:[\w'’-]+,?\s+){0,4}?(?:help|assistance|aid|technology|know-how|expertise|weapons|arms)\b)", "want get"),
    # technology given, provided or passed on is technology the other side gets: the giver's side of the same
    # exchange ("Moscow can give him know-how", "was likely to provide North Korea with technology for satellites";
    # only before a word of technology: "given Russian uniforms" stays a supply, and shared expertise is
    # cooperation, read before; "transfer" is as often the noun of a warning, "any transfer of technology")
    (r"\b(?:give|gives|gave|given|giving|provide|provides|provided|providing|transferred|transferring"
     r"|offer|offers|offered|offering|support|supports|supported|supporting|supplied|delivered|sent)\b"
     r"(?=(?:\s+[\w'’-]+){0,5}?\s+(?:technology|technologies|know-how|expertise)\b)", r"\g<0> get"),
    # an appeal to act: "called on Seoul to", "I call once more on", "urged", "demanded that"
    (r"\b(?:call|calls|called|calling)\s+(?:(?:once\s+)?(?:again|more)\s+)?(?:on|upon)\b", "urge"),
    # a call for a party to act is an appeal to it ("Estonia's call for North Korea to take", the name perhaps taken
    # out already by `claimmatch`; not "a call for calm to return" or "called for talks to resume", which ask for a
    # thing, not that a party act)
    (r"\b(?:call|calls|called|calling)\s+for\s+(?=(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}to\s+(?!the\b)[a-z])",
     "urge "),
    (r"\b(?:urged|urges|urging)\b|\b(?:demand|demands|demanded|demanding)(?=\s+(?:that|the|an?)\b)", "urge"),
    # "must" as a demand ("North Korea must withdraw its troops"), not as a conclusion ("must have known") or
    # a need that has come about ("a country that … must now import infantry")
    (r"\bmust\b(?!\s+(?:have|be\s+(?:a|an|the)|surely|now|still|already|also)\b)", "urge"),
    (r"\b(?:should|ought\s+to|(?:has|have|had)\s+(?:a|the)\s+(?:responsibility|duty|obligation)\s+to)\b", "urge"),
)
"""(pattern, replacement): phrases read as the one word they stand for."""

_COMPILED = [(re.compile(pattern, re.I), replacement) for pattern, replacement in PHRASES]


def rewrite(text: str) -> str:
    """``text`` with each phrase of `PHRASES` replaced by the word it stands for."""
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return text
