"""Forecasts a speaker tells as someone else's: "The Bank of England's governor expects
inflation back at 2% by 2027.", "Analysts at Berenberg think the stock doubles by 2028.",
"They say we'll have fusion power by 2028.", "According to the IEA, solar overtakes coal by
2027.", "Official figures project unemployment at 5% next year.", "Most economists expect two
cuts next year."

Such a line is not the speaker's prediction: it is read as a report (factual, as a forecast
told of the past is), with no deadline, and a remark names whose forecast it is, for the
curator to record it for that forecaster or, if the speaker endorses it, to give it a
deadline. The speaker's own stays theirs: "I think, like the governor, that …" (the speaker's
clause), "Analysts expect a cut; I expect none before 2027" (the speaker's clause has the
date), "We expect …" and "Our analysts think …" (the speaker's side: an organisation's house
view, said by one of its own), "Hatzius expects …" in notes about Jan Hatzius (a summary of
the speaker), "I'm told it ships by June" (hearsay passed on as the speaker's expectation:
kept, with a remark). Rule: the project's "a confident wrong answer is the worst answer";
reported speech in English grammar (the reporting clause's subject owns the reported words).
"""

import dataclasses
import datetime
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claims.choices import ClaimKind
from claims.horizons import HorizonKind, HorizonResult
from claims.importing.forecaster_titles import ADDRESS, PRONOUN_SAID, PRONOUN_TOLD, TITLED
from claims.importing.forecasters import person_name
from claims.importing.horizon_readings import read_horizon
from claims.importing.introductions import names_in
from claims.importing.names import (
    CAPITALS,
    initials_of,
    names_same_person,
    person_key,
    possessed,
    untitled,
)
from claims.importing.others_forecasts import (
    anothers_forecast,
    recalls_past_forecast,
    self_told,
)
from claims.importing.quoted_speech import reported_clause, sayer_name, saying
from claims.importing.uncased_forecasts import uncased_forecaster

if TYPE_CHECKING:
    from claims.importing.parsing import Statement

OTHERS_FORECAST = (
    "reports another's forecast (“{who}”): not the speaker's own; no deadline — record it for"
    " that forecaster, or give a deadline if the speaker endorses it"
)
OTHERS_REPORT = (
    "reports what “{who}” said: not the speaker's own words — record it for them if it is a"
    " claim of theirs"
)
TOLD_BY = (
    "told by {teller}: {who}'s {what} as {teller} reports it, not in {who}'s own words —"
    " check it is theirs, and its deadline if it counts from when they said it"
)
OTHERS_DATE = (
    "reports another's forecast (“{who}”) and its date; the speaker's own forecast beside it"
    " has none: give its deadline, or record the other for that forecaster"
)
HEARSAY = (
    "hearsay (“{words}”): passed on as the speaker's expectation; check it is theirs, and its"
    " deadline"
)

# A cheap look first, at the line in lower case: one with none of the verbs, nouns or sources
# of the shapes below (``_VERB``, ``_ACCORDING``, ``_THEIR_FORECAST``, ``_BY_AGENT``) is read no
# further. Case-sensitive words after a word boundary: far quicker than the shapes. The
# speaker's own "I think", the commonest, is no cue.
_CUE = re.compile(
    r"\b(?:expect|predict|forecast|project|(?<!i )(?<!we )(?<!i don't )(?<!i do )think|thought"
    r"|believ|reckon|say|said|see|saw"
    r"|anticipat|estimat|accord|per|pric|call|pencil|betting|tipped|view|opinion|words|base"
    r"|consensus|outlook|model|target|guidance|dot|scenario|tell|told|claim|argu|insist|warn"
    r"|impl|confident|convinced|sure|certain|looking for|hear|has (?:us|it|them)|swear|swore|vow"
    r"|adamant|advised|assured|informed|briefed|wrote|writes|posted|tweeted|promis|pledg)"
)

# Words a line may open with before its subject: "And, you know, analysts expect …".
_LEAD = (
    r"(?i:(?:(?:and|but|so|well|now|look|also|still|meanwhile|plus|yet|of course|you know"
    r"|i mean|right now|currently|today|at the moment|for now|interestingly|notably|anyway"
    rf"|okay|ok|oh|again|remember|mind you|frankly|honestly|fwiw|for what it's worth|{ADDRESS}|btw"
    r"|by the way|incidentally)\b[,]?\s+"
    # When or where it was said, set off by a comma: "Last week, …", "In that speech, …".
    r"|(?:last|earlier|later|yesterday|recently|in|on|at|during|back|this)\b[^,;:.!?]{0,40},\s+"
    # … or said before "he" or "she" without the comma: "On a podcast today he said …".
    r"|(?:in|on|at|during|this|last|earlier)\b[^,;:.!?]{0,40}?\s+(?=(?:he|she)\s)"
    # How it came to be said, set off by a comma: "Speaking at the Dortwell Mobility Summit,
    # …", "Asked on Bloomberg TV whether the hatchback would ever make money, …".
    r"|(?:speaking|writing|asked|pressed|interviewed|appearing|testifying|posting|talking"
    r"|presenting|responding|replying)\b[^,;:.!?]{0,120},\s+"
    # … or said without the comma: "Last week the chief executive …", "Yesterday the IEA …".
    r"|(?:last\s+(?:week|month|year|night|time)|yesterday|earlier\s+(?:today|this\s+\w+)"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+(?=the\s)"
    # … or dated without the comma: "On 12 May the minister …", "In February 2023 your
    # former secretary …".
    r"|(?:on|in|since)\s+(?:(?:early|mid|late)[-\s])?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?\s+"
    r"(?=(?:the|your|his|her|their|its|our|my)\s))*)"
)
# A name as written: "Berenberg", "Goldman Sachs", "Bank of England", "IEA", "S&P Global";
# not a capitalised determiner ("The governor expects …" may be the speaker, summarised).
_NOT_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|Our|My|We|Their|His|Her|Its|I|And|But|So|Well|Now"
    r"|Look|Also|Still|Yet|Plus|Oh|Okay|Ok|Then|Meanwhile|Honestly|Frankly|If|When|Let['’]s"
    r"|Don['’]t|Do|Does|Did|Just|Never|Always|Please|Maybe|Perhaps)\b)"
)
_NAME = (
    rf"(?:{_NOT_NAME}[{CAPITALS}][\w&.'’-]*(?:\s+(?:of|for|and|&|de|du|der|von)?\s*"
    rf"(?!I\b|I['’])[{CAPITALS}][\w&.'’-]*){{0,4}})"
)
# Those whose forecasts a speaker tells: people by trade, markets, official numbers.
_GROUP = (
    r"(?:analysts|economists|strategists|forecasters|experts|investors|traders|markets|market"
    r"|pundits|commentators|observers|insiders|officials|scientists|researchers|bankers"
    r"|brokers|bulls|bears|sceptics|skeptics|critics|optimists|pessimists|people|folks"
    r"|everyone|everybody|futures|pollsters|polls|surveys|respondents|consensus|street"
    r"|figures|forecasts|projections|estimates|models|policymakers|central bankers|bookmakers"
    r"|bookies|odds|punters|academics|engineers|doctors|epidemiologists|climatologists"
    r"|climate scientists|physicists|researchers|the experts|the pundits|the markets"
    r"|the market|the consensus|the street|wall street|the city|democrats|republicans"
    r"|lawmakers|legislators|senators|landlords|developers|executives"
    # Bodies of a trade, in the plural: "The network operators say …", "Lenders expect …".
    r"|operators|regulators|utilities|suppliers|manufacturers|lenders|insurers|carriers"
    r"|retailers|airlines|carmakers|automakers|housebuilders|builders|unions|companies|firms"
    # A trade as one body: "The industry tells us that wholesale prices will ease …".
    r"|industry|the sector|the trade)"
)
# How many of them: "Most economists", "Some analysts", "Official figures".
_HOW_MANY = (
    r"(?i:(?:most|many|some|several|all|other|a few|few|a lot of|lots of|plenty of"
    r"|the majority of|a majority of|half of|half the|nearly all|almost all|virtually all"
    r"|a number of|a growing number of|more and more|the|top|leading|independent|private"
    r"|private-sector|mainstream|sell-side|official|outside|bank|government|city"
    r"|professional|serious|smart|many other|most other|other|their|his|her)\s+)?"
)
# Their roles when named by an organisation's possessive: "The Bank of England's governor".
_ROLE = (
    r"(?:governor|chair|chairman|chairwoman|president|ceo|cfo|chief executive|chief economist"
    r"|economists?|strategists?|analysts?|team|boss|head|founder|minister|secretary"
    r"|spokes(?:person|man|woman)|forecasters?|staff|researchers|models?|survey|poll"
    r"|forecasts?|projections?|scientists|experts|officials|traders|desk|house view"
    r"|predecessor|successor|deputy|adviser|advisor)"
)
# People the speaker knows by name, and those a side hires to forecast for it.
_KNOWN = (
    r"colleague|co-author|coauthor|friend|deputy|counterpart|predecessor|successor|mentor"
    r"|supervisor|opposite number|former colleague|neighbou?r|brother|sister|cousin|uncle|aunt"
    r"|brother-in-law|sister-in-law|father|mother|dad|mum|mom|wife|husband|boss|manager|son"
    r"|daughter|flatmate|roommate|housemate|classmate|teammate|co-?founder|business partner"
    r"|partner|accountant|lawyer|agent|editor|coach"
)
_HIRED = r"consultants|advisers|advisors|auditors|actuaries|valuers|modellers|modelers"
# What a body is, said before its name.
_KIND_OF_BODY = (
    r"firm|company|consultancy|bank|agency|group|think[ -]tank|institute|regulator|operator"
    r"|broker|brokerage|fund|lab|laboratory|startup|utility|union|association|watchdog"
    r"|publisher|newspaper|network|insurer|lender|developer|carrier|airline|manufacturer"
)
_PANEL = (
    r"panel|commission|taskforce|task force|inquiry|tribunal|council|authority|watchdog"
    r"|regulator|committee|review|forum|institute|office|agency"
)
_SOME_OF = r"some|many|most|several|a few|a lot|lots|plenty|half|a number|a couple|one|two|few"
_PEERS = r"colleagues|peers|members|friends|competitors|rivals|critics|students|readers|listeners"
# A department a colleague is named by: "Fintan Roche in finance".
_DEPARTMENT = (
    r"(?:finance|sales|legal|marketing|ops|operations|procurement|treasury|accounts|compliance"
    r"|strategy|product|engineering|research|hr|it)\b"
)
# Who the forecast is of, said first: a group (with where they work), a named organisation
# or person, or one of their roles. Not "we", "our", "my": the speaker's side.
_SUBJECT = (
    rf"(?P<who>{_HOW_MANY}(?:(?i:network|grid|energy|mortgage|water|rail|bus|power|gas"
    rf"|electricity|phone|telecoms|car|housing|big|major|largest|bond|stock|equity|futures"
    rf"|oil|rates|swaps|options|credit)\s+)?(?i:{_GROUP})"
    rf"(?:\s+(?i:at|from|in|with|polled by|surveyed by|of)\s+"
    rf"(?:the\s+)?{_NAME})?"
    # Where they are: "economists across the country", "Democrats on the committee".
    r"(?i:\s+(?:across|around|on|in)\s+the\s+(?:country|world|committee|industry|sector"
    r"|market|city|region|house|senate|board|street)"
    # "Most forecasters on Wall Street", "the consensus among the large banks"
    r"|\s+on\s+wall\s+street|\s+in\s+the\s+city|\s+among\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:banks|forecasters|economists|analysts|strategists|investors|traders|lenders))?"
    # Those the speaker hears from: "Everyone I talk to in DC", "people I speak to".
    rf"(?i:\s+(?:i|we)\s+(?:talk|speak)\s+to)?(?:\s+(?i:in|at)\s+(?:the\s+)?{_NAME})?"
    rf"|{TITLED}{_NAME}|(?:the\s+|The\s+)?{_NAME}(?:['’]s\s+(?:own\s+)?(?:[a-z-]+\s+){{0,2}}?(?i:{_ROLE})"
    rf"|\s+(?i:{_GROUP}|{_ROLE})"
    # A person with where they work: "Lorraine Pham at Quillfeather Research is forecasting",
    # "Marco on the sales team thinks".
    rf"|(?<=[a-z])\s+(?:at|from)\s+(?:the\s+)?{_NAME}(?:\s+(?:office|team|desk|branch|campaign"
    r"|party|group|bank|council|board|unit))?"
    r"|(?<=[a-z])\s+(?i:on|in)\s+(?i:the|our|my)\s+(?:[a-z-]+\s+)?(?i:team|desk|board|side)"
    # "Fintan Roche in finance reckons …": a colleague by their department.
    rf"|(?<=[a-z])\s+in\s+{_DEPARTMENT})?"
    rf"|(?i:they|people)(?=\s+(?:say|reckon|tell|claim)\b)"
    # The speaker's side's office holder named after it: "Our chairman, Gunnar Thorvik, …".
    rf"|(?i:my|our)\s+(?:[a-z-]+\s+)?(?i:{_ROLE})(?=,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_NAME},)"
    # A body's office holder: "the chief executive of Nordmark Gas", "the head of the IEA".
    rf"|(?:the\s+|The\s+)(?:[a-z-]+\s+){{0,2}}?(?i:{_ROLE})\s+(?i:of|at)\s+(?:the\s+)?{_NAME}"
    # … of a body named in lower case, the holder named after it: "The head of the port
    # authority, Dr Anneli Kask, …".
    rf"|(?:the\s+|The\s+)(?:[a-z-]+\s+){{0,2}}?(?i:{_ROLE})\s+(?i:of|at)\s+(?:the\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}?[a-z-]+(?=,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_NAME},)"
    # A third party's role, by its possessive: "their CEO", "its chief economist".
    rf"|(?i:their|his|her|its)\s+(?:[a-z-]+\s+){{0,2}}?(?i:{_ROLE})"
    # Named with what it is first: "The consulting firm Halden Energy", "the think tank
    # Ember"; and some of the speaker's peers: "some of my colleagues", "many of our members".
    rf"|(?:the\s+|The\s+)?(?:[a-z-]+\s+){{0,2}}?(?i:{_KIND_OF_BODY})\s+{_NAME}"
    rf"|(?i:{_SOME_OF})\s+of\s+(?i:my|our|the)\s+(?:[a-z-]+\s+)?(?i:{_KNOWN}|{_GROUP}|{_PEERS})"
    r"(?i:\s+(?:i|we)\s+(?:talk|speak)\s+to)?"
    # Someone the speaker knows, by name: "My colleague Dr Teodor Lind thinks …"; and those
    # the speaker's side hires, who forecast on their own account: "Our consultants, Fenwick
    # Marsh Associates, expect …" (not "Our analysts think …": the side's own).
    rf"|(?i:my|our|a)\s+(?:[a-z-]+\s+)?(?i:{_KNOWN})s?,?\s+"
    rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?{_NAME}"
    rf"|(?i:a|my|our)\s+(?:[a-z-]+\s+)?(?i:{_KNOWN})(?i:\s+of\s+(?:mine|ours))?"
    rf"(?:\s+(?i:at|from)\s+(?:the\s+)?{_NAME})?"  # "My old boss at Northmoor, Harriet Lund,"
    rf"|(?i:our|my|the\s+council's|the\s+city's|the\s+company's)\s+(?:external\s+|outside\s+)?"
    rf"(?i:{_HIRED})(?:,\s+[^,;.!?]{{2,50}},)?"
    # A body named by what it does: "the fuel poverty advisory panel", "the state's
    # independent fiscal commission" (not "the committee" alone: the speaker's side).
    rf"|(?:the|The)\s+(?:[\w'’-]+\s+){{1,3}}(?i:{_PANEL})"
    # … or any of the side's people so named: "My chief engineer, Oddvar Lunde, swears …".
    rf"|(?i:my|our|your)\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+(?=,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_NAME},))"
)
# The verbs of holding a forecast, with the adverbs said between.
_VERB = (
    r"(?i:(?:(?:also|now|still|already|widely|broadly|generally|mostly|all|apparently"
    r"|reportedly|confidently|firmly|clearly|seem to|seems to|appear to|appears to|wrongly"
    r"|keeps?(?=\s+(?:telling|saying|insisting|claiming|predicting))"
    r"|mistakenly|naively|optimistically|bravely|boldly|always|often|once|repeatedly)\s+)*"
    r"(?P<verb>expects?|expected|predicts?|predicted|forecasts?|forecasted|projects?|projected"
    r"|thinks?|thought|believes?|believed|reckons?|reckoned|says?|said|anticipates?"
    r"|estimates?|estimated|sees?|saw|tells? (?:us|me)|told (?:us|me)|claims?|claimed"
    r"|argues?|argued|insists?|warns?|warned|calls? for|called for|pencils? in|pencilled in"
    # Written or promised where it was published: "wrote that …", "posted that …".
    r"|wrote\s+that|writes\s+that|posted\s+that|posts\s+that|tweeted\s+that|promised|promises"
    r"|pledged|pledges"
    r"|penciled in"
    r"|prices? in|imply|implies|telling\s+(?:the\s+board|everyone|people|investors|staff|us)"
    r"|saying|insisting|claiming|predicting"
    # Sworn or vowed: "swears we'll have a 1,500-cycle pack by April".
    r"|swears?|swore|vows?|vowed|is\s+adamant|was\s+adamant"
    # "told parliament yesterday that …", "told the assembly's committee on 20 February that"
    r"|(?:tells?|told|informed|informs|assured|assures|advised|advises|briefed|briefs)\s+"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,8}?\s+(?=that\b"
    # … or what was told, straight after: "told the board last week he expects …", "tells
    # the Ledger the bridge "will reopen …"", "told Reuters the line would open …".
    r"|(?:he|she|they|it|we)(?:\s+(?:expects?|expected|thinks?|believes?|sees?|will|would|is"
    r"|was)\b|['’](?:ll|d)\b)|(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,4}?[\"“]?(?:will|would|is\s+going"
    r"|was\s+going)\b)"
    # "The consensus is that Brent settles around $70", "Consensus has the median up 3.5%"
    r"|(?:is|was)\s+that|(?:has|had)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:up"
    r"|down|at|above|below|around|rising|falling|flat)(?=\s)"
    r"|(?:is|are|were|was)\s+(?:now\s+|still\s+|all\s+|already\s+)?(?:expecting"
    r"|predicting|forecasting|projecting|pricing(?:\s+in)?|betting(?:\s+on|\s+that)?|warning"
    r"|calling for|pencil(?:l)?ing in|looking for|saying|telling us|(?:pretty\s+|very\s+)?"
    r"(?:confident|convinced|sure|certain))|(?:has|have)\s+(?:long\s+)?(?:pencil(?:l)?ed in"
    r"|predicted|forecast|projected|said|told\s+(?:us|me)|argued|warned|called for)))\b"
)
# "Analysts at Berenberg think the stock doubles by 2028."
# What a sentence may say of its forecaster between the name and the verb: "Helga Strand, who
# runs the regional grid operator, said …", "Helga Strand, the operator's chief, said …".
_APPOSITIVE = (
    r"(?:(?:,\s+(?:(?i:who|whom|whose|which)\s+[^,;:]{2,80}?"
    rf"|(?i:the|a|an|its|their|our|his|her)\s+[^,;:]{{2,60}}?|{_NAME}"
    # An office without its article: "Cllr Nkechi Adeyemi, cabinet member for transport, says"
    r"|(?:[a-z-]+\s+){0,2}(?:member|minister|secretary|director|leader|chair|head|spokes"
    r"(?:person|man|woman)|officer|councill?or|economist|analyst)(?:\s+(?:for|of|at)\s+"
    r"[^,;:]{2,40}?)?)){1,2},)?"  # two: "Her chair, Gillian Ostrowski, a former deputy …, told"
)
# A deed told between the forecaster and the saying: "Harriet Vance, the energy minister, stood
# up at our industry dinner in June and said …", "The governor took questions and said …".
_DEED = (
    r"(?:\s+(?:(?:stood|got)\s+up|came\s+(?:on|in|over|up|out|along)|went\s+on|walked|turned"
    r"|took\s+(?:the\s+)?(?:stage|floor|mic|microphone|podium|questions)|rose|sat(?:\s+down)?"
    r"|leaned\s+over|popped\s+(?:in|up|by)|dropped\s+by)\b[^,;:.]{0,60}?\s+and)?"
)
_SAID_FIRST = re.compile(rf"^{_LEAD}{_SUBJECT}{_APPOSITIVE}{_DEED}\s+{_VERB}")
_PRONOUN_SAID = re.compile(rf"^{_LEAD}{PRONOUN_SAID}")
# … after a clause that named them, set off by a comma or a colon: "Spoke to Marcus
# Lindqvist this morning, he reckons …", "Jonas Pfeilmann went further: he sees …".
_PRONOUN_SAID_AFTER = re.compile(rf"^[^,;:]{{2,100}}[,:]\s+{PRONOUN_SAID}")
# "According to the IEA, solar overtakes coal by 2027.", "In the IMF's view, …".
_ACCORDING = re.compile(
    rf"^{_LEAD}(?:(?i:according to|in the (?:view|words|opinion|estimation) of)\s+|(?i:per)\s+"
    r"(?=[A-Z]))"
    r"(?P<who>[^,;]{2,60}?)\s*,"
    rf"|^{_LEAD}(?i:in)\s+(?P<whose>(?:the\s+|The\s+)?{_NAME}|(?i:{_GROUP}))['’]s?\s+"
    r"(?i:view|opinion|words|estimation|telling|forecasts?|projections?|models?),"
)
# "The OBR's forecast has unemployment at 5% next year.", "Goldman's base case is two cuts."
_THEIR_FORECAST = re.compile(
    rf"^{_LEAD}(?P<who>(?:the\s+|The\s+)?{_NAME}|(?i:the\s+)?(?i:{_GROUP}))['’]s?\s+"
    r"(?i:(?:(?:latest|new|own|central|current|updated|official|revised|main)\s+)*"
    r"(?:forecasts?|projections?|outlook|base case|baseline|view|call|target|estimates?|models?"
    r"|dot plot|dots|scenario|expectations?|predictions?|guidance|house view)\s+"
    r"(?:is|are|has|have|shows?|sees?|puts?|calls? for|implies|imply|points? to|assumes?|says?"
    r"|projects?|expects?|pencils? in)\b)"
)
# Told last: "…, according to the IMF.", "…, analysts say.", "…, says Goldman."
_SAID_LAST = re.compile(
    r",\s*(?:(?i:according to)\s+(?P<according>[^,;]{2,60}?)"
    rf"|{_SUBJECT}\s+{_VERB}|(?i:says|said|reckons|predicts|argues|warns)\s+"
    rf"(?P<whom>(?:the\s+|The\s+)?{_NAME}(?:['’]s\s+[a-z]+)?|(?i:{_GROUP})))\s*[.!]*[”\"’']?$"
)
# "Inflation is expected by the Bank to be back at 2% by 2027."
_BY_AGENT = re.compile(
    r"\b(?i:is|are|was|were)\s+(?i:(?:widely|now|still|generally)\s+)?(?i:expected|forecast"
    r"|projected|predicted|tipped|seen|pencil(?:l)?ed in)\s+by\s+"
    rf"(?P<who>(?:the\s+|The\s+)?{_NAME}|{_HOW_MANY}(?i:{_GROUP}))\s+(?i:to|at|for|as)\b"
)
# Told by someone, the speaker passing it on: "I am advised by the Partnership's chief
# engineer, Callum Ferriby, that the structure will be ready …", "We have been assured by
# Halden Energy that …".
_ADVISED_BY = re.compile(
    rf"^{_LEAD}(?i:i|we)\s+(?i:am|are|was|were|have\s+been|'ve\s+been|’ve\s+been|had\s+been)"
    r"\s+(?i:(?:reliably\s+)?(?:advised|told|informed|assured|briefed))\s+by\s+"
    r"(?P<who>[^;:]{2,100}?),?\s+that\b"
)
# The speaker's side said first, or a pronoun for the speaker: never another's.
_OWN_SIDE = re.compile(
    r"^(?i:we|us|our|my|i|me|the company|the group|the firm|the business|management|the board"
    r"|the committee|the team)\b"
)
# The speaker's own people who forecast on their own account: "my colleague Dr Lind", "our
# consultants, Fenwick Marsh Associates" (``_KNOWN``, ``_HIRED``).
_OURS_OUTSIDE = re.compile(
    rf"^(?i:my|our|a)\s+(?:[a-z-]+\s+)?(?i:{_KNOWN}|(?:external\s+|outside\s+)?(?:{_HIRED}))"
)
# Those who name no forecaster: a summary's pronoun, history, the speaker's reasoning.
_NOBODY = re.compile(
    r"^(?i:he|she|it|this|that|these|those|there|history|experience|logic|common sense|the data"
    r"|the maths?|the numbers|the evidence|the chart|nobody|no one|nothing|one|you|either"
    # "According to plan, the plant opens by 2027": a plan, not a forecaster.
    r"|plan|the plan|schedule|the schedule|the timetable|timetable)\b"
)
# The speaker siding with it: "… and I agree", "I think they're right", "so do I".
_ENDORSED = re.compile(
    r"\b(?:i|we)\s+(?:(?:also|too|still|do|would|'d|fully|totally|strongly|broadly|tend to"
    r"|happen to|very much|completely|entirely)\s+)*(?:agree|concur|share|side|think so"
    r"|think (?:they're|they are|he's|he is|she's|she is|that's|it's) (?:right|correct)"
    r"|(?:am|'m|are|'re) with|expect the same|see it the same|back (?:that|it|them))\b"
    r"|\b(?:and|so)\s+do\s+(?:i|we)\b|\b(?:me|us)\s+too\b|\b(?:rightly|correctly)\b"
    r"|\b(?:is|are|'s|'re)\s+(?:quite\s+|absolutely\s+|probably\s+)?right\b"
    r"(?!\s+(?:now|here|there|away|after|before|on|at|in|about|around)\b)"
)
# The speaker doubting it: then it is only theirs, told.
_DISAGREED = re.compile(
    r"\b(?:disagree|doubt|not (?:so |that |entirely |at all )?(?:sure|convinced|persuaded)"
    r"|sceptical|skeptical|wrong|mistaken|unconvinced|dubious|fantasy|nonsense|wishful"
    r"|(?:don't|do not|can't|cannot) (?:buy|see|agree)|don't think so|wouldn't bet"
    r"|won't happen|not going to happen|(?:too|overly) (?:optimistic|pessimistic)|we'll see)\b"
)
# Where the speaker's own clause may begin after the reported one.
_CONTRAST = re.compile(
    r";|\s[—–]\s|\s--\s|,?\s+(?:but|whereas|however|though|although)\b,?|,\s+while\b"
    # ", and that margins will recover" goes on with their words; ", and it will" is one's own.
    r"|,\s+and\b(?!\s+that\b)"
    r"|(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)[.!?]\s+"  # "Mr. Speaker, …" ends no sentence
)
# The speaker's own forecast in a clause of its own: "I expect none before 2027".
_OWN_FORECAST = re.compile(
    r"\b(?:i|we)\s+(?:(?:still|really|personally|actually|do|don't|do not)\s+)*(?:think|expect"
    r"|predict|forecast|reckon|believe|bet|see|'d|would|guess|suspect)\b|\b(?:i|we)'d\b"
    r"|\bmy\s+(?:\w+\s+)?(?:bet|guess|view|forecast|call|base case|money)\b"
    r"|\b(?:will|won't|'ll|going to|gonna|shall)\b"
)
# Hearsay passed on as the speaker's own expectation: "I'm told it ships by June".
_HEARSAY = re.compile(
    r"\b(?:i'm|i am|we're|we are|i've been|i have been|we've been|we have been)\s+"
    r"(?:now\s+|reliably\s+|being\s+)?told\b|\bi(?:'m| am) hearing\b|\bi hear\b|\bword is\b",
    re.IGNORECASE,
)
# "Goldman sees …" or "Europe sees …": only a trade's or a role's "see" is a forecast's.
_SEE = frozenset(["see", "sees", "saw"])
_TRADE = re.compile(rf"\b(?i:{_GROUP}|{_ROLE})\b")
_POSSESSIVE_END = re.compile(r"['’]s$")
_HEARSAY_CUE = re.compile(r"told|hear|[Ww]ord is")


# Reporting verbs that are nouns too: "House prices in the north will fall", "Energy
# forecasts for 2027 are too high", "Jobless claims will rise", "Margin calls for funds
# will spike": the capitalised word before is the noun's modifier, not a forecaster.
_NOUN_VERBS = frozenset(
    (
        *("price", "prices", "forecast", "forecasts", "project", "projects", "estimate"),
        *("estimates", "call", "calls", "claim", "claims", "pencil", "pencils"),
    )
)
# What follows such a noun: a few words of a place, a time or a thing ("in the north", "for
# 2027", "at the pump"), then the sentence's own verb. A reporting verb is followed by what
# is forecast instead ("prices in two cuts by June", "forecasts that …").
_NOUN_GOES_ON = re.compile(
    r"\s+(?:(?:in|for|at|of|across|on|from|over|around|near|outside|within|into|among)\s+"
    r"(?:(?!(?:that|which|who|as|because|since|while|when|if|and|but|so|once|until|after"
    r"|before|then)\b)[\w'’&.%$-]+\s+){1,5}?)?"
    r"(?:(?:probably|likely|still|already|also|really|just|all|both|could|would|might|may"
    r"|should|will|won't|can't)\s+)*"
    r"(?:will|won't|would|could|should|may|might|must|can|shall|are|is|were|was|aren't"
    r"|isn't|have|has|had|haven't|hasn't|don't|doesn't|didn't|keep|keeps|kept|remain|remains"
    r"|stay|stays|look|looks|seem|seems|need|needs|go|goes|went|continue|continues|fall|falls"
    r"|fell|rise|rises|rose|drop|drops|dropped|climb|climbs|climbed|jump|jumps|jumped|soar"
    r"|soars|surge|surges|slide|slides|slip|slips|plunge|plunges|crash|crashes|recover"
    r"|recovers|rebound|rebounds|double|doubles|halve|halves|hit|hits|reach|reaches|peak"
    r"|peaks|top|tops|ease|eases|eased|increase|increases|decline|declines|grow|grows|grew"
    r"|persist|persists|spike|spikes|collapse|collapses|come|comes|came)\b",
    re.IGNORECASE,
)
_DETERMINED = re.compile(r"(?i:the|a|an|most|many|some|all|other)\s")


def _a_noun(text: str, found: re.Match) -> bool:
    """Whether the reporting verb ``found`` read (``_SAID_FIRST``) is a noun after the
    subject's word ("House prices in the north will fall": "prices" is the subject, no
    verb): one of ``_NOUN_VERBS``, not after a trade or a group that can hold a forecast
    ("Markets price in two cuts", "The market prices in two cuts" are reports; "Analyst
    estimates for 2027 will come down" is no report), and the sentence's own verb after
    it (``_NOUN_GOES_ON``)."""
    verb, who = found.group("verb").split()[0], found.group("who")
    if verb.lower() not in _NOUN_VERBS:
        return False
    if _TRADE.search(who) and (verb[-1:] != "s" or _DETERMINED.match(who)):
        return False  # "Markets price in …", "The market prices in …": theirs, told
    return _NOUN_GOES_ON.match(text, found.start("verb") + len(verb)) is not None


@dataclasses.dataclass(frozen=True)
class Told:
    """Whose forecast a line tells (``who``, as written), and whether the speaker's own
    clause beside it forecasts too, without a date of its own (``own_undated``)."""

    who: str
    own_undated: bool = False


def _pronoun_sayer(text: str) -> str:
    """The pronoun a line of speech opens with as the sayer or holder of its words ("She
    also pointed out that …", "He's at 3.5% by …": ``PRONOUN_SAID``), or ""."""
    found = _PRONOUN_SAID.match(text) or _PRONOUN_SAID_AFTER.match(text)
    return (found["who"] or found["at"]) if found else ""


_TITLE_BEFORE = re.compile(rf"{TITLED}$")


def _with_title(name: str, text: str) -> str:
    """``name`` with the title or office ``text`` writes right before it ("Professor Helga
    Strand"), or ``name`` alone."""
    at = text.find(name)
    title = _TITLE_BEFORE.search(text, 0, at) if at > 0 else None
    return text[title.start() : at] + name if title else name


def _said_by(text: str, *, speech: bool = False) -> str:
    """Who the line says the forecast is of, as written, or "" (``_SAID_FIRST`` and the
    other shapes above); "" for the speaker's side or nobody. In a turn of ``speech`` a
    pronoun that says or holds it is another ("she", ``PRONOUN_SAID``)."""
    if speech and (pronoun := _pronoun_sayer(text)):
        return pronoun
    first = _SAID_FIRST.match(text)
    found = (
        # "The OBR's forecast has unemployment at 5%": the OBR's, before "X has … at" reads it
        (("'" in text or "’" in text) and _THEIR_FORECAST.match(text))
        or (first if first is None or not _a_noun(text, first) else None)
        or _ACCORDING.match(text)
        or (" by " in text and _BY_AGENT.search(text))
        or ("," in text and _SAID_LAST.search(text))
        or (" by " in text and _ADVISED_BY.match(text))
    )
    quoted = saying(text) if not found and text[:1] in "“\"‘'" else None
    if not found and not (quoted and quoted.name):
        return ""
    # ""…," Rafael Quintero, who ran the project, told me." (``quoted_speech.saying``), with
    # the title written before the name: "Professor Helga Strand"
    said = found.groupdict() if found else {"who": _with_title(quoted.name, text)}
    who = said.get("who") or said.get("whose") or said.get("whom") or said.get("according")
    who = _POSSESSIVE_END.sub("", who.strip(" ,"))  # "The OBR's forecast has …": the OBR's
    if (
        _OWN_SIDE.match(who)
        and not _OURS_OUTSIDE.match(who)
        and not _office_then_name(who, text)
        and not _NAMED_BETWEEN_COMMAS.match(text, text.find(who) + len(who))
    ):
        # "Our chairman, Gunnar Thorvik, told …" names a person: theirs; "Our biggest
        # customer, Halden Energy, swears …": the customer's, not the side's
        return ""
    if _NOBODY.match(who) and not PRONOUN_TOLD.match(text):  # "She told us she expects …"
        return ""
    if (said.get("verb") or "").lower() in _SEE and not _TRADE.search(who):
        return ""  # "Europe sees growth of 1%": it will undergo it, not foresee it
    return who


_WORKPLACE = re.compile(r"\s+(?:at|from)\s+.*$")
# A name's firm after it, named: "Priya Hallorann of Coastline Asset Management", "Dev
# Kothari at Kestrel".
_EMPLOYER = re.compile(
    rf"\s+(?:(?:at|from)\s+(?:the\s+)?(?=[{CAPITALS}])|of\s+(?:the\s+)?(?=(?:[{CAPITALS}][\w&.'’-]*"
    r"\s+){0,4}(?:Bank|Capital|Management|Partners|Group|Research|Securities|Institute"
    r"|University|Associates|Advisors|Advisers|Economics|Analytics|Consulting|Asset|Assets"
    r"|Investments|Fund|Foundation|Council|Agency|Authority|Ministry|Department|Association"
    r"|Federation|Union|Commission|Office|Board|Trust|Society|Inc|Ltd|LLC|plc|Markets"
    r"|Insurance|Holdings|Energy|Motors|Labs|Institution)\b))"
)
_OFFICE_FIRST = re.compile(rf"^{TITLED}(?={_NAME}$)")
_OFFICE_COMMA_NAME = re.compile(
    rf",\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?(?P<name>{_NAME})$"
)
_NAMED_BETWEEN_COMMAS = re.compile(rf",\s+{_NAME},")


def _is_speaker(who: str, speaker: str) -> bool:
    """Whether ``who`` names ``speaker``: "Hatzius", "Goldman's Hatzius", "Analyst Keiko
    Mori" of a summary in the speaker's own notes."""
    if not speaker:
        return False
    person = _WORKPLACE.sub("", possessed(who)[0] or who)  # "Ana Ruiz at Kestrel": Ana Ruiz
    if names_same_person(person, speaker):
        return True  # "Hatzius", "de Vries" of Pieter de Vries
    if person.isupper() and initials_of(person, speaker):
        return True  # "TRC expects …" in minutes of Tomás Ruiz-Castillo, listed as "TRC"
    said, full = person_key(person), person_key(speaker)
    return bool(full) and said.endswith(f" {full}")


def _speaker_before(text: str, pronoun: str, speaker: str) -> bool:
    """Whether the clause before ``pronoun`` (the sayer ``_pronoun_sayer`` found in
    ``text``) names ``speaker``, so that the pronoun stands for them: "Ines is less
    cautious: she expects …" of Ines Marchbank."""
    at = re.search(rf"\b{pronoun}\b", text)
    if at is None or not speaker:
        return False
    return any(_is_speaker(name, speaker) for name in names_in(text[: at.start()]))


def _reported_words(text: str) -> str:
    """The clause a sentence opening with its sayer reports ("She adds that the IEA expects
    …" → "the IEA expects …"), or "" when it opens with none."""
    if not text[:1].isupper() or (" that " not in text and ": " not in text):
        return ""
    found = reported_clause(text)
    return found[2] if found else ""


def _sayer(text: str, *, speech: bool, uncased: bool = False) -> str:
    """Who ``text`` says said or holds its words, as written (``_said_by``), also after a
    label and its colon ("Town hall notes: Gareth Pomfrey said …"); ``uncased``: also a
    forecaster named in captions without capitals ("the eia now says …")."""
    who = _said_by(text, speech=speech) or (uncased and uncased_forecaster(text)) or ""
    if not who and ": " in text:
        who = _said_by(text.split(": ", 1)[1], speech=speech)
    return who


def told_forecast(
    text: str, *, said_on: datetime.date, speaker: str = "", speech: bool = False
) -> Told | None:
    """Whose forecast ``text`` tells, or None when it is the speaker's own: no forecaster
    named, the speaker's side ("We expect …", "Our analysts think …"), the speaker
    themselves named (``speaker``: "Hatzius expects …" in notes about Jan Hatzius), the
    speaker endorsing it ("… and I agree", "Like the governor, I …"), or the speaker's own
    clause beside it holding the date ("Analysts expect a cut; I expect none before 2027").
    ``said_on`` dates that clause's horizon. In a turn of ``speech`` (not a summary in
    notes) a pronoun that says or holds a forecast is another's: "In that speech, she said
    she expects …" (``forecaster_titles.PRONOUN_SAID``)."""
    if not _CUE.search(text.lower()) and not (speech and _pronoun_sayer(text)):
        return None
    who = _sayer(text, speech=speech, uncased=True)
    # "Ines is less cautious: she expects …" in lines of Ines's: hers
    own = who.lower() in ("he", "she") and _speaker_before(text, who, speaker)
    if not who or own or _is_speaker(who, speaker):
        # "She adds that the IEA expects demand to triple by 2030.": the sayer's report of
        # another's forecast, in the clause after the reporting verb.
        clause = _reported_words(text)
        who = _said_by(clause) if clause else ""
        text = clause or text
    if not who or _is_speaker(who, speaker):
        return None
    lowered = text.lower().replace("’", "'")
    if _ENDORSED.search(lowered):
        return None
    contrast = _CONTRAST.search(lowered)
    rest = lowered[contrast.end() :] if contrast else ""
    if not rest or _DISAGREED.search(rest) or not _OWN_FORECAST.search(rest):
        return Told(who)
    if read_horizon(rest, said_on=said_on).kind == HorizonKind.DATED:
        return None  # the speaker's own clause holds the date
    return Told(who, own_undated=True)


def reported_sayer(text: str, *, speaker: str = "", speech: bool = False) -> str:
    """Who a line reports as having said or held its words, as written ("Gareth Pomfrey
    said we'll have the hub open by October 2026." → "Gareth Pomfrey"), or "" when it
    names no sayer, the sayer is the speaker or the speaker's side, or the speaker sides
    with it ("… and I agree"). ``speech`` as for ``told_forecast``. Rule: reported speech
    in English grammar, as for forecasts told (the module's docstring)."""
    if not _CUE.search(text.lower()) and not (speech and _PRONOUN_SAID.match(text)):
        return ""
    who = _sayer(text, speech=speech)
    if not who or _is_speaker(who, speaker):
        return ""
    return "" if _ENDORSED.search(text.lower().replace("’", "'")) else who


def others_date_left_out(
    text: str, horizon: HorizonResult, *, said_on: datetime.date, speaker: str = ""
) -> HorizonResult:
    """``horizon`` (read in ``text``), or no deadline when its date is another's beside the
    speaker's own undated forecast ("Markets expect cuts in June, but inflation will stay
    sticky."): the date is not the speaker's (``told_forecast``). Used wherever a claim's
    deadline is read from its words, so that editing them or deriving deadlines again never
    gives the speaker the other's date."""
    if horizon.kind != HorizonKind.DATED:
        return horizon
    told = told_forecast(text, said_on=said_on, speaker=speaker)
    if told is None or not told.own_undated:
        return horizon
    rule = f"'{horizon.phrase}' is the date of another's forecast, not the speaker's"
    return HorizonResult(HorizonKind.NONE, None, None, "", rule)


def _noted(statement: "Statement", remark: str) -> "Statement":
    note = "; ".join(n for n in (statement.note, remark) if n)
    return dataclasses.replace(statement, note=note)


# Words before a name that make it a person's: a title, an office, a relation to the
# speaker (``_KNOWN``: "My colleague Henrik Dahlgaard", "secretary Anwen Strade", "Acme CEO
# Jo Park").
_OFFICES = (
    rf"(?:{_KNOWN}|founder|secretary|minister|director|chief|economist|analyst|strategist"
    r"|professor|dr|ceo|cfo|cto|coo|chair|chairman|chairwoman|president|governor|mayor"
    r"|senator|councill?or|head|reporter|correspondent|advis[eo]r|researcher"
    r"|scientist|spokes(?:person|man|woman)|member|leader|engineer|manager|officer|architect"
    r"|planner|accountant|lawyer|counsel)"
)
_PERSON_BEFORE = re.compile(rf"\b{_OFFICES}\b", re.IGNORECASE)
# An office's last word before the name says the name is the office's body: "head of
# planning at", "chief economist of", "adviser to".
_BODY_AFTER = re.compile(r"\b(?:at|of|for|from|with|in|to|by)\s*$", re.IGNORECASE)
# A pronoun after the name that makes it a person's ("Helga Strand, who runs …", "… and he
# thinks"), before any that makes it a body's ("…, tells us they expect", "… expects its").
_PERSONAL = re.compile(r"\b(?:(?P<person>he|she|his|her|him|who)|they|them|its|their|which)\b")


# A sayer named between commas after their office, opening the sentence: "The Governor, Dr
# Helen Marsh, told the committee that she expects …", "The chief executive of the market
# operator, Mr Daniel Kerr, said in December that he expects …".
_OFFICE_THEN_NAME = re.compile(
    # When it was said may come first: "Last week the chief executive of Nordmark Gas, …".
    r"^(?:(?i:(?:last|earlier|yesterday|this|on|in)\b[^,;:]{0,30}?,?\s+)(?=the\s|our\s|your\s))?"
    # … or by whose office it is: "Mirren's predecessor, Gerrit Falk, told this newsletter".
    rf"(?P<office>(?:(?:The|Our|Their|Its|His|Her|My|Your|the|our|your)\s+"
    rf"|[{CAPITALS}][\w-]+['’]s\s+)"
    r"[^,;:]{2,90}?),\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+)?"
    rf"(?P<name>[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,2}}),\s+"
    r"(?:(?:a|an|the)\s+[^,;:]{2,60}?,\s+)?"  # "…, a former deputy chair of the regulator,"
    r"(?:(?:also|always|often|once|has|have|had)\s+)?"
    # A deed before the saying: "…, sat where you are sitting and told this committee …".
    r"(?:(?:sat|stood|got\s+up|rose|came)\b[^,;:.]{0,60}?\s+and\s+)?"
    r"(?:said|says|told|tells|informed|informs|assured|assures|advised|advises|briefed"
    r"|wrote|writes|warned|predicted|forecast|estimated|projected|expects|believes|thinks"
    r"|reckons|swears|swore|vows|vowed)\b"
)


def _office_then_name(who: str, text: str) -> str:
    """The person a sentence names between commas after their office when ``who`` (the
    told forecaster, as written) is that office or a pronoun: "Helen Marsh" of "The
    Governor, Dr Helen Marsh, told … that she expects …", or of ``who`` itself: "the
    Partnership's chief engineer, Callum Ferriby"; "" otherwise."""
    after = _OFFICE_COMMA_NAME.search(who)
    if after and _PERSON_BEFORE.search(who[: after.start()]) and person_name(after["name"]):
        return after["name"]
    found = _OFFICE_THEN_NAME.match(text)
    if found is None or not _PERSON_BEFORE.search(found["office"]):
        return ""
    if who.lower() not in ("he", "she") and not found["office"].lower().startswith(who.lower()):
        return ""
    return found["name"] if person_name(found["name"]) else ""


# Words before a name that make it someone the speaker met: "Spoke to Marcus Lindqvist",
# "Just off a call with …", "had coffee with …" (not where they work, after "at": "Spoke to
# Piet Varlanden at Kessin Roasting").
_MET = re.compile(
    r"\b(?:spoke|spoken|speaking|talked|talking|chatted|met|call|coffee|lunch|dinner|drinks"
    r"|meeting|interview)\s+(?:to|with)\s+(?:(?!(?:at|from|of|in|for)\s)[\w'’]+\s+){0,4}?$",
    re.IGNORECASE,
)


def person_named(text: str, speaker: str) -> str:
    """The last person ``text`` names in full as a person, not ``speaker``
    (``people_named``); "" when it names none so. What "he" or "she" in the speaker's next
    line stands for."""
    people = people_named(text, speaker)
    return people[-1] if people else ""


def people_named(text: str, speaker: str) -> list[str]:
    """The people ``text`` names in full as people, not ``speaker``, in order, each once: a
    title, an office or a relation before the name ("Ashby's chief economist, Oliver
    Strand", "ECB Executive Board member Ilse Vandermeer"), meeting them ("Spoke to Marcus
    Lindqvist at Pellow Energy"), or "he", "she" or "who" after it. Empty when none."""
    found: list[str] = []
    for name in names_in(text):
        bare = untitled(sayer_name(name) or name)  # "Transport Secretary Amara Lindqvist"
        if " " not in bare or not person_name(bare) or _is_speaker(bare, speaker):
            continue
        at = text.find(name)
        before, after = text[max(0, at - 60) : at], text[at + len(name) :]
        close = " ".join(before.split()[-_CLOSE_WORDS:])  # "member", not "member X gave"
        pronoun = _PERSONAL.search(after)
        if bare not in found and (
            bare != name
            # "the head of planning at Skarnes Transmission": an office's body, not its holder
            or (_PERSON_BEFORE.search(close) and not _BODY_AFTER.search(close))
            or ((office := _OFFICE_AFTER.match(after)) and _PERSON_BEFORE.search(office.group()))
            or _MET.search(before)
            or (pronoun and pronoun["person"])
        ):
            found.append(bare)
    return found


_CLOSE_WORDS = 4  # an office or a relation stands within these many words before the name


# A name after an office's "of": the body the office holder works for.
_OF_BODY = re.compile(r"\b(?:of|at|for|from)\s+(?:the\s+)?$", re.IGNORECASE)
# An office between commas right after a name: "Harriet Vance, the energy minister, said …",
# "Ines Dufour, chief economist of Caldera Bank, called".
_OFFICE_AFTER = re.compile(r",\s+(?:(?:the|a|an|our|my|his|her|their|its)\s+)?[^,;:]{2,60}?,")


def person_told(who: str, text: str = "") -> str:
    """The person ``who`` names (whose forecast ``text`` tells, as written: ``Told.who``),
    by their full name: "My colleague Henrik Dahlgaard" → "Henrik Dahlgaard", "Finance
    Minister Teodor Balasz" → "Teodor Balasz", "Professor Ailsa Drummond" → "Ailsa
    Drummond", "Helga Strand" of "Helga Strand, who runs …". Two capitalised words may
    as well be a firm ("Corrin Homes", "Halvorsen Rail tells us they expect …"): only a
    title, an office or a relation before the name, a department after it ("Fintan Roche
    in finance"), or "he", "she" or "who" after it before "they" or "its", makes it a
    person's. The person named between commas after an office ("The Governor, Dr Helen
    Marsh, told … that she expects …") is who the office or the pronoun stands for. "" for
    a pronoun, a body, a firm, a surname alone ("Councilmember Ruiz"), several names or no
    such sign."""
    if named := _office_then_name(who, text):
        return named
    # "Dev Kothari at the Civic office": the person, not where they work; "Council leader
    # Ambrose Keel": the person after their office.
    names = names_in(_WORKPLACE.sub("", who))
    employer = _EMPLOYER.search(who)  # "Priya Hallorann of Coastline Asset Management"
    if employer and len(names) != 1:
        names = names_in(who[: employer.start()])
    if len(names) > 1 and (held := sayer_name(who)) and len(names_in(held)) == 1:
        names = names_in(held)
    office_first = _OFFICE_FIRST.match(who)
    if office_first and len(names) > 1:  # "Regional transit commissioner Odile Marchand"
        names = names_in(who[office_first.end() :])
    if len(names) != 1:
        return ""
    written = names[0]
    name = untitled(sayer_name(written) or written)  # "Professor Ailsa Drummond"
    titled = name != written
    if " " not in name or not person_name(name):
        return ""
    at = who.find(written)
    before, beside = (who[:at], who[at + len(written) :]) if at >= 0 else ("", "")
    colleague = re.match(rf"\s+in\s+{_DEPARTMENT}", beside)  # "Fintan Roche in finance"
    if _OF_BODY.search(before):  # "the chief executive of Nordmark Gas": the body, no person
        return ""
    after = text[text.find(name) + len(name) :] if name in text else ""
    pronoun = _PERSONAL.search(after)
    office = _OFFICE_AFTER.match(after)  # "Harriet Vance, the energy minister, said …"
    if (
        titled
        or office_first
        or colleague
        or (employer and employer.start() == at + len(written))  # a person of a firm
        or _PERSON_BEFORE.search(before)
        or (office and _PERSON_BEFORE.search(office.group()))
        or (pronoun and pronoun["person"])
    ):
        return name
    return ""


def others_forecast_marked(
    statement: "Statement",
    horizon: HorizonResult,
    speaker: str,
    said_on: datetime.date,
    *,
    speech: bool = False,
    said_before: Sequence[str] = (),
) -> tuple["Statement", str, HorizonResult]:
    """``(statement, kind, horizon)`` for a line read as a prediction: another's forecast,
    told (``told_forecast``), is factual, its horizon kept as read without a deadline and
    ``OTHERS_FORECAST`` among the remarks; beside the speaker's own undated forecast, a
    prediction without the other's deadline nor its horizon phrase (``OTHERS_DATE``).
    Hearsay the speaker passes on as theirs stays a prediction, with ``HEARSAY``. Otherwise
    all three as given, the kind a prediction. ``speaker`` is the name the line is given
    to; ``said_on`` when it was said; ``speech`` whether the line is a turn of speech, in
    which "she said …" is another's (``told_forecast``); ``said_before`` the speaker's lines
    just before, oldest first: the last person they name in full (``person_named``) is whom
    "he" or "she" there means."""
    text = statement.text
    told = told_forecast(text, said_on=said_on, speaker=speaker, speech=speech)
    if told is None and statement.forecaster:  # "Goldman: oil at $100 by 2027" in notes
        told = Told(statement.forecaster)
    if told is None and (other := anothers_forecast(text)) and not _is_speaker(other, speaker):
        told = Told(other)  # "the IEA expects …", "Highways told me …": told
    if told is None:
        hearsay = _HEARSAY.search(text) if _HEARSAY_CUE.search(text) else None
        if hearsay:
            statement = _noted(statement, HEARSAY.format(words=hearsay.group()))
        return statement, ClaimKind.PREDICTION, horizon
    person = "" if told.own_undated else person_told(told.who, text)
    pronoun = not person and told.who.lower() in ("he", "she")
    if pronoun:  # "Just off a call with Oliver Strand." then "He expects the first cut in June"
        # … or named earlier in the same line: "Jonas Pfeilmann at Halvorsen Bank went further
        # in a client note: he sees …".
        before = re.split(rf"\b{told.who}\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
        named = (person_named(line, speaker) for line in (before, *reversed(said_before)))
        person = next((name for name in named if name), "")
    if person and not _is_speaker(person, speaker):
        # "My colleague Henrik Dahlgaard is convinced … by 2035": his, as the speaker tells it.
        remark = TOLD_BY.format(teller=speaker or "the speaker", who=person, what="forecast")
        if pronoun:
            remark += f"; “{told.who}” is read as {person}, whom the speaker named just before"
        return (
            _noted(dataclasses.replace(statement, speaker=person), remark),
            ClaimKind.PREDICTION,
            horizon,
        )
    if told.own_undated:
        kind, remark = ClaimKind.PREDICTION, OTHERS_DATE.format(who=told.who)
    else:
        kind, remark = ClaimKind.FACTUAL, OTHERS_FORECAST.format(who=told.who)
    if horizon.kind != HorizonKind.NONE:
        rule = f"'{horizon.phrase}' is the date of another's forecast, not the speaker's"
        # Beside the speaker's own forecast the phrase is not its horizon: kept, a later
        # edit or re-derivation would give the speaker the other's deadline.
        phrase = "" if told.own_undated else horizon.phrase
        horizon = HorizonResult(HorizonKind.NONE, None, None, phrase, rule)
    return _noted(statement, remark), kind, horizon


# Backshifted reported speech: what the sayer said "will" happen, told as "would" or "was
# going to" ("… told Bloomberg the dollar would lose its reserve status"). Not "would have"
# (a past that did not happen) nor a wish ("would like", "would rather").
_BACKSHIFT = re.compile(
    r"\b(?:would|was\s+going\s+to|were\s+going\s+to)\s+(?!have\b|like\b|love\b|rather\b"
    r"|prefer\b|be\s+(?:wrong|a\s+mistake|foolish|unwise)\b)",
    re.IGNORECASE,
)
# The sayer's side as the reported clause's subject, then an act it undertakes: "the
# government would build 1.5 million homes", "the company would open two plants".
_UNDERTAKING = re.compile(
    r"^(?:we|the\s+(?:government|company|firm|group|bank|city|council|administration|ministry"
    r"|department|board|business|party))\s+(?:would|was\s+going\s+to|were\s+going\s+to)\s+"
    r"(?:\w+ly\s+)?(?:build|publish|start|open|close|launch|deliver|introduce|hire|cut|raise"
    r"|invest|spend|complete|begin|release|ship|issue|create|expand|double|halve|reduce|pay"
    r"|submit|present|table|legislate|review|scrap|abolish|end|set\s+up|bring\s+forward"
    r"|fund|restore|return|sell|buy|list|repay|meet|hit|reach)\b",
    re.IGNORECASE,
)
# Who holds an office that speaks for a government or a company, in the same sentence.
_SPEAKS_FOR = re.compile(
    r"\b(?:minister|secretary|chancellor|mayor|president|premier|governor|chief\s+executive"
    r"|ceo|chair(?:man|woman)?|founder|cfo|spokes(?:person|man|woman))\b",
    re.IGNORECASE,
)


def sayers_forecast(text: str, speaker: str) -> str:
    """The kind of a line given to the sayer it names first, whose reported clause is
    backshifted: "Mohamed El-Erian told Bloomberg the dollar would lose its reserve status
    "within a generation"." under Mohamed El-Erian is his forecast (``ClaimKind.PREDICTION``);
    "Housing minister Priya Raman told parliament that the government would build 1.5 million
    homes by …" under Priya Raman, the sayer speaking for their side, is an undertaking
    (``ClaimKind.COMMITMENT``). "" when the line is no such line, or is given to someone
    else (then it is another's forecast, told). Rule: reported speech shifts "will" back to
    "would" after a past reporting verb; the words are the sayer's forecast as said."""
    if not speaker or (" would " not in text and " going to " not in text):
        return ""
    found = reported_clause(text)
    if found is None or not _is_speaker(found[0], speaker):
        return ""
    clause = found[2]
    if recalls_past_forecast(clause):  # "WL recalled that in 2024 she had predicted …"
        return ""
    shifted = _BACKSHIFT.search(clause)
    if shifted is None or shifted.start() > _MAX_SUBJECT:
        return ""
    if _UNDERTAKING.match(clause) and (
        clause[:2].lower() == "we" or _SPEAKS_FOR.search(text[: len(text) - len(clause)])
    ):
        return ClaimKind.COMMITMENT
    return ClaimKind.PREDICTION


# How far into the reported clause its "would" may be: its subject's length.
_MAX_SUBJECT = 80


def others_report_marked(
    statement: "Statement", speaker: str = "", *, speech: bool = False
) -> "Statement":
    """A factual line that tells what a firm or someone unnamed said ("British house prices
    fell 1.4% …, mortgage lender Ashworth Building Society said on Tuesday."; its
    ``forecaster``), with ``OTHERS_REPORT`` among its remarks: the speaker reports it, the
    words are not theirs. One that tells another's aim or forecast, told to the speaker
    ("Kestrel's own engineers told me they're targeting late 2027"; ``self_told``) and not
    by ``speaker``, gets ``OTHERS_FORECAST``. As it is when it names no such sayer or says
    so already. In a turn of ``speech``, a line a pronoun says ("She also pointed out that
    …", ``forecaster_titles.PRONOUN_SAID``) is another's words too."""
    who = statement.forecaster
    if not who and speech:
        who = _pronoun_sayer(statement.text)
    if not who:
        teller = self_told(statement.text)
        if teller and teller not in statement.note and not _is_speaker(teller, speaker):
            return _noted(statement, OTHERS_FORECAST.format(who=teller))
    if not who or who in statement.note:
        return statement
    return _noted(statement, OTHERS_REPORT.format(who=who))
