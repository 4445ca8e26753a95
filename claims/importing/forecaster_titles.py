"""How a forecaster a speaker reports is introduced, besides by name alone (``attribution``).

A chamber's speaker opens by addressing the chair ("Mr. Speaker, the budget officer told the
committee that …", "Madam President, …"); a forecaster is named with their office first, in
lower case as running text writes it ("Port director Halina Werth told a breakfast that …",
"finance minister Ana Roy expects …"), or with the office then the name set off by commas
("the Parliamentary Budget Officer, Ingrid Solberg-Haines, told the committee that …"). The
patterns here are pieces of ``attribution``'s: ``ADDRESS`` opens a line, ``TITLED`` goes
before a name's pattern. A pronoun that tells the speaker a forecast ("She told us she
expects a recession …") is someone else, whoever she is: the speaker would say "I"
(``PRONOUN_TOLD``). In a turn of speech, not a summary in notes, so is a pronoun that says,
holds or has a forecast ("In that speech, she said she expects growth to slow …", "He has us
reaching break-even in Q1 2027"): ``PRONOUN_SAID``. Source of the shapes: the Hansards'
"Mr. Speaker," openings, news style's lower-case titles before names, and hosts passing on a
guest's forecast.
"""

import re

ADDRESS = r"(?:mr\.?|madam|madame)\s+(?:speaker|president|chair|chairman|chairwoman|chairperson)"
# An office written before a name: "port director", "finance minister", "chief economist".
_OFFICE = (
    r"director|minister|governor|mayor|president|chair|chairwoman|chairman|secretary"
    r"|commissioner|spokes(?:person|man|woman)|ceo|cfo|officer|analyst|economist|strategist"
    r"|professor|adviser|advisor|superintendent|manager|executive|leader|member|councill?or"
    r"|deputy|chancellor|premier|treasurer|founder|co-founder|cofounder|editor"
)
# The office, and before it what it is of: "Foxley CEO", "battery-materials analyst",
# "Regional transit commissioner", "Hallstrom Energy chief strategist", "Ampora founder".
TITLED = (
    rf"(?:(?:the\s+|The\s+)?(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:[A-Za-z][\w-]*\s+){{0,2}}?"
    rf"(?i:{_OFFICE})\s+)"
)
# "She told us …", "He tells me …", "They told us …": the speaker is who was told.
PRONOUN_TOLD = re.compile(
    r"^(?:(?:and|but|so|now)\s+)?(?:she|he|they)\s+(?:told|tells?)\s+(?:us|me)\b", re.I
)
# "In that speech, she said she expects …", "And he reckons …", "She has us reaching …": a
# pronoun reporting or holding a forecast, read only in a turn of speech (in notes "she" is
# the appearance's speaker, summarised). The words before it are ``attribution``'s lead.
PRONOUN_SAID = (
    r"(?P<who>(?i:she|he))\s+(?i:(?:also|later|then|now|still|already|even|actually|clearly)\s+)*"
    r"(?i:said|says|told\s+(?:us|me|the\s+\w+|\w+)|tells\s+(?:us|me|\w+)|expects|expected"
    r"|predicts|predicted|forecasts|forecast|thinks|thought|reckons|reckoned|believes|believed"
    r"|warned|warns|argued|argues|insisted|insists|estimated|estimates|projected|projects"
    r"|pointed\s+out|points\s+out|noted|notes|added|adds|explained|stressed|acknowledged"
    r"|conceded|admitted|reminded\s+(?:us|me|\w+)|made\s+the\s+point"
    r"|has\s+(?:us|it|them|the\s+\w+)\s+(?:at|reaching|hitting|back|getting|breaking|down|up"
    r"|above|below|finishing|ending)"
    r"|is\s+(?:expecting|predicting|forecasting|calling\s+for|pencilling\s+in|confident"
    r"|convinced|sure))\b"
    # A forecaster's number, as desks say it: "He's at 3.5% by the end of the year".
    r"|(?P<at>(?i:she|he))(?:['’]s|\s+is)\s+at\s+(?=[-+$£€]?\d)"
)
