"""Narration that tells what someone said or did: "Jensen Huang said …", "According to
Sam Altman, …", "Tom Keene pushed back on the timeline", "He then asked about Europe."

Patterns only; whose words a line is, the notes reader (``notes``) decides.
"""

import re

NARRATION = re.compile(
    r"^(?:\(?\s*)(?:(?:the\s+)?(?:host|interviewer|moderator|presenter)\s+)?"
    r"(?:asked|asks|asking|wondered|wonders|wanted to know|wants to know|pushed back|"
    r"pushes back|pressed|presses|questioned|raised|raises|brought up|brings up|"
    r"followed up|follows up|turned to|turns to|on)\b",
    re.IGNORECASE,
)
# What a host does in an interview, told by the notes ("Tom Keene pushed back on the timeline").
REPORTING_VERB = re.compile(
    r"\s+(?:(?:then|also|again|later|briefly)\s+)?"
    r"(?:asked|asks|wondered|wonders|wanted to know|wants to know|pushed back|pushes back|"
    r"pressed|presses|questioned|questions|challenged|challenges|raised|raises|brought up|"
    r"brings up|interjected|interjects|noted that|notes that|followed up|follows up|"
    r"turned to|turns to|cut in|cuts in|jumped in|jumps in|introduced|introduces|"
    r"opened with|opens with|closed with|closes with)\b",
    re.IGNORECASE,
)
# What someone does in the conversation, not in the world: asking, pressing, pushing back.
# ("raised" and "noted that" are left out: "She raised prices", "He noted that rates will
# fall" tell of the world or of the words said.)
CONVERSATION_VERB = re.compile(
    r"\s+(?:(?:then|also|again|later|briefly|immediately|first|finally|quickly|repeatedly)\s+)?"
    r"(?:asked|asks|wondered|wonders|wanted to know|wants to know|"
    # "pushed back the launch" tells of the world, "pushed back on it" of the conversation.
    r"(?:pushed|pushes) back(?!\s+(?:the|its|their|his|her|a|an|our|plans|launch|deadline)\b)|"
    r"pressed|presses|questioned|challenged|interjected|interjects|followed up|follows up|"
    r"turned to|turns to|cut in|cuts in|jumped in|jumps in|countered|counters|"
    r"changed the subject|moved on to|moves on to|returned to|returns to|"
    r"brought up|brings up|(?:raised|raises) the (?:question|issue|point|topic|subject)|"
    # Acts of the conversation that carry no words of their own: "Tracy pushed back on the
    # housing call.", "Ben agreed.", "Ada joked about the deck." ("agreed that rates will
    # fall", "agreed to sell" tell words or a promise: not these).
    r"(?:agreed|agrees|disagreed|disagrees|objected|objects)(?!\s+(?:that|to)\b)"
    r"(?!\s*[—–:]\s*\S|\s+-{1,2}\s+\S)|"
    r"(?:joked|jokes|laughed|laughs|nodded|nods|(?:shrugged|shrugs)(?!\s+off)|sighed|demurred|hesitated|"
    r"interrupted|interrupts|chimed in|chimes in|piped up|pipes up|weighed in|weighs in|"
    r"stepped in|steps in|dodged|dodges|deflected|deflects|sidestepped|sidesteps|"
    r"took issue|takes issue|thanked|apologi[sz]ed|changes the subject|"
    r"declined to (?:comment|answer|say|give|put|name|be drawn)|"
    r"refused to (?:comment|answer|say|give|put|name|be drawn)|"
    r"wrapped up|wraps up|moderated|moderates|"
    r"(?:opened|opens|closed|closes|chaired|chairs|adjourned|adjourns|convened|convenes)\s+"
    r"the\s+(?:meeting|session|call|discussion|panel|debate|q&a|floor)))(?![\w-])",
    re.IGNORECASE,
)
TOLD_SUBJECT = re.compile(
    r"(?:he|she|they|(?:the\s+)?(?:host|hosts|interviewer|moderator|presenter|anchor|guest|"
    r"panel|panelists|panellists|interviewee)"
    # Someone from the floor, unnamed: "A student asked whether …", "One attendee pressed her".
    r"|(?:a|an|one|another|someone in the|a member of the)\s+(?:young\s+|local\s+)?"
    r"(?:student|attendee|audience member|audience|reader|listener|caller|questioner|"
    r"journalist|reporter|man|woman|person|viewer|investor|analyst))",
    re.IGNORECASE,
)
MAX_SUBJECT_WORDS = 3
ROLE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:host|hosts|interviewer|moderator|presenter|anchor)\b", re.IGNORECASE
)
# Words that tell someone else's words: "Jensen Huang said …", "According to Sam Altman, …".
NAME_WORDS = (
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:van|de|von|der|da|di|le|la|bin|al)?\s*[A-Z][\w.'’-]*){0,3})"
)
SAYS = (
    # Not a headline's passive: "Agreement expected to add £30 million in 2026", "Sales
    # forecast to rise" tell what is expected of the subject, not what it expects.
    r"(?:said|says|say|saying|thinks|thought|believes|believed|predicted(?!\s+to\b)|predicts|"
    r"predict|expects|expected(?!\s+to\b)|argued|argues|argue|claimed|claims|claim|told|tells|"
    r"warned|warns|warn|reckons|reckoned|estimated(?!\s+(?:to|at)\b)|estimates|"
    r"forecast(?!\s+to\b)|forecasts|wrote|writes|insisted|insists|"
    r"suggested|suggests|stated|states|stress|stressed|stresses|"
    # "added" as saying, not as gaining: "Ampora added 41 sites in April".
    r"(?:added|adds)(?!\s+(?:[\d$£€]|(?:a|an|another|more|some|over|nearly|almost|about"
    r"|around|roughly|just|only|its|their|his|her|new|two|three|four|five|ten|dozens|hundreds"
    r"|thousands)\b))|add(?= that)|"
    r"pointed out|"
    r"points out|maintains|maintained|noted|notes|note|admitted|admits|conceded|concedes|"
    r"acknowledged|acknowledges|agreed that|agrees that|disagreed that|replied that|"
    r"replies that|responded that|responds that|answered that|answers that|countered that|"
    # "Ana disagreed — she thinks …", "Devon interrupted: "…"": the words after the dash.
    r"(?:agreed|disagreed|objected|countered|pushed back|interjected|interrupted|cut in|"
    r"chimed in|replied|responded|answered)(?=\s*[—–:]\s*\S|\s+-{1,2}\s+\S)|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underlines|"
    r"reiterated|reiterates|repeated|repeats|asserted|asserts|explained|explains|"
    r"made (?:it )?clear|makes (?:it )?clear|"
    # "was clear that", "is adamant that": a frame of reported words, like "said that".
    r"(?:was|is|were|are|has been|had been|seemed|seems|remained|remains)\s+(?:very\s+|quite\s+|"
    r"pretty\s+|absolutely\s+)?(?:clear|adamant|emphatic|firm|confident|convinced|certain|"
    r"sure|insistent|unequivocal|explicit|categorical|blunt|candid|upfront|open|frank)"
    r"(?=\s+(?:that|about|on|in)\b))"
)
# Verbs that give a forecast as a figure or a date: "put AGI "five to ten years away"",
# "pegged the odds at 40 percent".
PUTS = r"(?:put|puts|pegged|pegs|placed|places|gave|gives|set|sets)"
# A word before a name saying what someone is ("Analyst Keiko Mori said …").
ROLE_BEFORE = (
    r"(?:(?:analyst|economist|strategist|host|guest|moderator|panelist|panellist|reader|"
    r"investor|founder|minister|chair|ceo|reporter|columnist|professor|dr\.?)\s+)?"
)
REPORTED = [
    re.compile(rf"^according to {NAME_WORDS}\s*,", re.IGNORECASE),
    # "Keiko Mori called that "a fantasy" and said orders fell": saying, second in a clause.
    re.compile(
        rf"^{ROLE_BEFORE}{NAME_WORDS}\s+(?:called|dismissed|described|rejected|welcomed|"
        rf"laughed off|shrugged off|praised|criticised|criticized|mocked)\b[^.!?]{{0,80}}?"
        rf"\s+and\s+(?:also\s+|then\s+)?{SAYS}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{ROLE_BEFORE}{NAME_WORDS}\s+(?:(?:also|then|later|once|has|had|have|has long|"
        rf"repeatedly|went on to|goes on to|"
        rf"(?:was|is) (?:careful|quick|keen|eager|right|at pains) to)\s+)*"
        rf"{SAYS}\b"
    ),
    # "Demis Hassabis, speaking on the Hard Fork podcast (10 Sept), put AGI "five to ten
    # years away"": a clause of where or when between the name and the saying.
    re.compile(
        rf"^{NAME_WORDS},\s+(?:speaking|writing|asked|interviewed|appearing|talking|presenting|"
        rf"testifying|in an? |on |at |during |meanwhile|later|again)[^;]{{0,120}}?,\s+"
        rf"(?:also\s+|then\s+)?(?:{SAYS}|{PUTS})\b"
    ),
    # "In a long interview with Stratechery Sam Altman said …", "Asked about drug discovery,
    # he said …": where, when or what about, then who said it.
    re.compile(
        rf"^(?i:in|on|at|during|speaking|writing|interviewed|asked|talking|appearing|"
        rf"testifying|later|meanwhile|pressed|questioned|when asked)\b[^.;:]{{0,120}}?[\s,]"
        rf"(?P<name>he|she|[A-Z][\w'’-]+(?:\s+(?:van|von|de|der|da|di|le|la|bin|al))*"
        rf"\s+[A-Z][\w'’-]+)\s+(?:also\s+|then\s+)?(?:{SAYS}|{PUTS})\b"
    ),
    # "Arvind Narayanan's new essay argues …": a piece of theirs says it.
    re.compile(
        rf"^{NAME_WORDS}['’]s\s+(?:(?:new|latest|recent|long|short|viral|much-shared)\s+)*"
        rf"(?:essay|post|paper|piece|column|op-ed|letter|blog post|newsletter|tweet|thread|"
        rf"book|report|memo|note|talk|keynote|testimony|substack|video|podcast)\s+"
        rf"(?:also\s+)?{SAYS}\b"
    ),
    re.compile(
        rf"^{NAME_WORDS}['’]s\s+(?:view|argument|position|point|claim|prediction|forecast|"
        rf"take|thesis|bet|case|expectation|guess|belief)\s+is\b"
    ),
]
# Someone unnamed said it: "An anonymous account claimed …", "One insider said …".
UNNAMED_REPORTED = re.compile(
    rf"^(?P<who>(?:an?|one|some|another|the|several|two|three)\s+(?:anonymous\s+|unnamed\s+|"
    rf"unverified\s+|random\s+|verified\s+|senior\s+)?(?:account|user|poster|commenter|source|"
    rf"critic|reader|follower|troll|person|insider|official|executive|analyst|trader)s?)\s+"
    rf"(?:(?:also|then|later)\s+)?{SAYS}\b",
    re.IGNORECASE,
)
# Capitalised words that start a sentence without naming anyone.
NOT_SOMEONE = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "people",
        "everyone",
        "everybody",
        "nobody",
        "someone",
        "somebody",
        "analysts",
        "critics",
        "experts",
        "most",
        "many",
        "some",
        "others",
        "the",
        "a",
        "an",
        "and",
        "but",
        "so",
        "then",
        "also",
        "my",
        "our",
        "his",
        "her",
        "their",
        "its",
        "if",
        "when",
        "what",
        "why",
        "how",
        "one",
        "no",
        "not",
        "investors",
        "economists",
        "markets",
        "everything",
        "nothing",
    ]
)
