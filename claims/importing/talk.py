"""The talk around the claims of spoken documents: podcasts, radio, Parliament, chats, panels.

The running of a recording and its trouble ("You're on mute."), courtesies paid before an
answer ("The hon. Lady is right to press me.", "I thank my hon. Friend for her question."),
small talk about oneself ("Bit of a cold, so apologies for the voice."), a lead-in to the
next subject ("So, the headline number."), the running of a show around a break ("And we're
back."), agreement or disagreement naming no content ("I don't share that view.", "I
couldn't agree more."), declining to promise ("No, not promising a date I can't control.")
and the speaker standing by what they said ("I really believe that."). None is a claim: the
claim is the sentence before or after. ``chatter`` reads these shapes (``is_filler``,
``is_housekeeping``, ``is_prompt``, ``declines_to_promise``) and
``fragments`` the words that only add to the sentence before (``adds_to_before``).

Each pattern is matched against a whole statement, bare (``wording._bare``), after a cheap
look at its first word; the callers set aside a name it is said to. Pure, no state.
"""

import re

from claims.importing.wording import _FIRST_WORD, normalise

# The speaker standing by what they just said, bare (``_bare``), naming none of it: "I
# really believe that.", "I'm sure of it.", "Mark my words.", "You can take that to the
# bank.", "That's my prediction." ("I promise." and "You have my word." make a promise of
# it: ``parsing``'s ``_DECLARED_PROMISE``.)
AFFIRMATION = (
    r"(?:(?:and|but|so|well|yes|yeah|oh|honestly|frankly|look|i mean|no) )*(?:"
    r"(?:i )?(?:(?:really|truly|honestly|genuinely|firmly|absolutely|do|fully|sincerely"
    r"|100 percent) )*(?:believe|mean) (?:that|it|this)"
    r"|(?:i'm|i am) (?:(?:absolutely|completely|totally|quite|pretty|very|100 percent|dead"
    r"|fairly|really) )*(?:sure|certain|convinced|confident|positive) (?:of|about|on) (?:it"
    r"|that|this)"
    r"|(?:i'd|i would|i'll|i will|you can|you could) (?:put money|bet (?:money|my house|my"
    r" (?:life|shirt|mortgage|reputation|career|job))|stake my (?:reputation|career|life|house"
    # Staking an office on it is a pledge, not a bet: "I'll stake my job on that."
    r"|job|seat|position))"
    r" on (?:it|that|this)"
    r"|(?:i'd |i would )?bet on (?:it|that)|(?:you can )?count on (?:it|that)"
    r"|(?:you can )?take (?:it|that) to the bank|(?:you can )?quote me(?: on (?:it|that|this))?"
    r"|mark my words|you (?:heard|read) it here first|(?:i'm )?calling it(?: now)?"
    r"|i stand by (?:it|that|this)|(?:i have |i've got |there's |there is )?no doubt(?: about"
    r" (?:it|that)| in my mind)?|without (?:a |any )?doubt|no question(?: about (?:it|that))?"
    r"|hand on heart|believe (?:me|it)|trust me(?: on (?:this|that))?"
    r"|(?:that's|that is) my (?:prediction|bet|call|forecast|guess)(?:,? and i(?:'d| would)"
    r" (?:be )?(?:happy|glad|delighted|love) to be (?:proved |proven )?wrong)?"
    # What was just said declared the plan: "That's not a hope, that's the plan."
    r"|(?:(?:that's|that is|it's|it is) not (?:a|just a|our) (?:hope|wish|guess|dream"
    r"|prediction|forecast),? )?(?:that's|that is|it's|it is) (?:the|our) plan"
    r")(?: (?:really|honestly|absolutely|though|anyway|frankly|folks|mate|guys|100 percent))*"
)

# The running of a recording, and its technical trouble: "Okay, I think we're live.", "We're
# getting some echo.", "Let me share my screen.", "You're on mute.", "Can you hear me?". Matched
# against the whole statement, bare (``_bare``), with what may open each phrase set aside.
_ON_AIR_PHRASE = (
    r"(?:(?:so|well|and|ok|okay|oh|alright|all right|right|um+|uh+|sorry|hi|hey|hello|yeah"
    r"|great|perfect|cool|i think|it looks like|looks like|it seems|seems like)\s)*(?:"
    r"(?:we're|we are|i'm|i am|you're|you are|are we|am i) (?:now )?(?:live|on air|recording"
    r"|rolling|streaming)(?: now| again)?"
    r"|(?:we're|we are|i'm|i am|you're|you are) (?:getting|hearing|picking up) (?:some |a bit of "
    r"|a little |an |a lot of |lots of )?(?:echo|feedback|lag|static|noise|background noise"
    r"|delay)(?: \w+){0,3}"
    r"|(?:can|could) (?:you|everyone|everybody|people|y'all|you all) (?:hear|see) (?:me|us|my"
    r" screen|the screen|that|this|my slides)(?: okay| ok| alright| now| all right)?"
    r"|(?:let me|i'll|i will|i'm going to|i'm gonna) (?:just )?(?:share|stop sharing|unshare"
    r"|unmute|mute) (?:my |the )?(?:screen|slides|deck|mic|microphone)?"
    r"|(?:you're|you are|i think you're|i think you are|you're still|you are still) (?:on mute"
    r"|muted|frozen|breaking up|cutting out|lagging|echoing)"
    r"|(?:you|it) (?:cut|froze|dropped) out(?: there| a bit| for a second)?"
    r"|(?:sorry )?(?:my|the|your) (?:connection|internet|wifi|wi-fi|audio|mic|microphone|video"
    r"|camera|sound)(?: is|'s|’s| was| keeps| seems| just) [\w' ]{1,30}"
    # "I'm going to drop and dial back in", "let me rejoin", "I've got a hard stop at 10:30"
    r"|(?:i'm|i am|i'll|i will|let me) (?:going to |gonna |just )?(?:(?:drop|hop)(?: off)? and"
    r" (?:dial|call|join|jump|come) back(?: in| on)?|rejoin|dial back in|call back in)"
    r"|(?:i've|i have|i) (?:got )?(?:a )?hard stop(?: at [\w: .]{1,8}| in [\w ]{1,15})?"
    r"|we (?:lost|seem to have lost) (?:you|him|her|them|the \w+)"
    r"|(?:testing|test)(?: testing| one two| 1 2| 123)*"
    r"|(?:everyone's|everybody's|everyone is|everybody is|we're all|we are all) here"
    r"|let's (?:get started|get going|start|begin|kick off|kick things off)(?: then| now)?"
    r"|(?:let's|we'll) (?:give|wait) (?:it|people|everyone|folks) (?:a|another) (?:minute|moment"
    r"|second|few minutes|couple of minutes)(?: \w+){0,4}"
    r"|(?:i'll|let me) (?:drop|post|put) (?:the|a) links? in the chat"
    r"|sorry (?:about|for) (?:that|the (?:delay|noise|echo|interruption|wait|technical \w+))"
    r"|welcome back(?: to (?:the|our) (?:show|podcast|program|programme|stream|episode))?"
    r"(?: everyone| everybody| folks| all)?"
    # "Sorry, I was muted.", "Sorry, the dog has decided this is the moment.", "One sec.",
    # "Sorry, one sec, my dog is losing his mind at the mail carrier."
    r"|(?:sorry )?i (?:was|am|'m) (?:on mute|muted|frozen|having (?:some )?(?:audio|wifi"
    r"|connection) (?:issues|trouble|problems))"
    r"|(?:sorry )?(?:the|my) (?:dog|cat|kids?|baby|doorbell|neighbou?rs?|builders?)"
    r" (?:has decided|decided|is barking|just (?:woke|walked|came)|is at the door|is going mad"
    r"|is losing (?:his|her|its|their) mind|is going (?:crazy|nuts|wild)"
    r"|needs (?:out|feeding|walking)|wants (?:out|attention))(?![\w' ]*\b(?:will|won't"
    r"|going to)\b)[\w' ]{0,40}"
    r"|one sec(?:ond)?|bear with me(?: a (?:sec|second|moment))?"
    # "Hi, sorry, I'm on my phone, the app keeps asking me to verify.", "Sorry, I think
    # someone's unmuted", "there's an echo."
    r"|(?:i'm|i am) (?:on|using) (?:my|the|a) (?:phone|mobile|tablet|ipad|train|bus)"
    r"(?: today| now)?"
    r"|(?:so )?if i (?:drop|cut) (?:out|off)(?: that's why)?"
    r"|(?:the|my) (?:link|invite|audio|video|camera|mic) (?:wasn't|isn't|won't|didn't|doesn't)"
    r" (?:working|work|load|loading|connect|open)(?: for me)?"
    r"|(?:(?:the|this|my) )?(?:app|teams|zoom|browser|laptop|computer|headset|headphones)"
    r" (?:keeps (?:asking|crashing|freezing|dropping|kicking|logging|signing|cutting"
    r"|restarting|updating|buffering)|won't (?:let|load|connect|open|start)|isn't (?:working"
    r"|loading|connecting)|(?:just )?(?:crashed|froze|died|logged me out|kicked me out))"
    r"(?![\w' ]*\b(?:will|going to)\b)[\w' ]{0,30}"
    r"|(?:someone's|someone is|somebody's|somebody is|someone has|somebody has) (?:unmuted"
    r"|not muted|not on mute|on speaker|got an echo)"
    r"|there's (?:an |some |a bit of |a lot of |a little )?(?:echo|feedback|static|noise"
    r"|background noise|lag|delay)(?: on (?:the|your|my) (?:line|end|mic))?"
    r")"
)
# Several run together, as unpunctuated captions give them: "okay we're live can you hear me".
ON_AIR = re.compile(rf"^{_ON_AIR_PHRASE}(?: {_ON_AIR_PHRASE})*$")

# The running of a show around a break, and agreement naming no content: "And we're back.",
# "Right, where were we", "Quick break.", "I couldn't agree more.", "You're absolutely
# right.", "That's not the case." Not "We're back to pre-pandemic levels." (a claim).
_BREAK_OR_AGREEMENT = (
    # Back from a break, and where the talk was: "And we're back.", "Right, where were we".
    r"(?:right |ok |okay |so )?(?:we're|we are) back(?: again| now| with (?:you|us)"
    r"| in the studio| on air)?(?: everyone| everybody| folks)?"
    r"|(?:right |ok |okay |so |now )?where (?:were we|was i)"
    r"|(?:(?:a|time for a|we'll take a|we're going to take a) )?(?:quick |short |brief )break"
    r"|(?:stick with us|don't go anywhere|back (?:after|in) (?:this|a (?:moment|minute|sec))"
    r"|(?:we'll be )?back after these messages)"
    # Agreement with no content of its own: "I couldn't agree more.", "You're absolutely right."
    r"|(?:i )?(?:couldn't|could not) agree (?:more|with you more)"
    r"|i agree (?:entirely|completely|wholeheartedly|totally|100 percent|with (?:that|you|all of"
    r" that|every word)(?: entirely| completely| 100 percent)?)"
    r"|(?:you're|you are|she's|she is|he's|he is) (?:absolutely |quite |so |dead |completely"
    r" |entirely |exactly )?right"
    r"|(?:that's |that is )?(?:exactly|absolutely|quite|precisely|entirely) right|hear hear"
    r"|spot on|well said|(?:i )?couldn't have put it better(?: myself)?|precisely"
    r"|(?:that's|that is) not (?:the case|quite right|how i see it|what i said|my view"
    r"|my reading|accurate|correct)"
    # The running of a meeting or a show: "Let's take a five minute break.", "Recording will
    # continue.", "That concludes this session.", "First item is the tram update.", "Up
    # next, the cost of rebuilding.", "Stay with us.", "Very helpful, thanks."
    r"|(?:let's|let us|we'll|we will|we're going to|we are going to|i'll|i will|i'm going to)"
    r" (?:now |just )?(?:take|have|break for|pause for) (?:a |an )?(?:(?:five|ten|fifteen"
    r"|twenty|short|quick|brief|comfort|\d+)[ -]?(?:minute |min )?)?(?:break|recess|pause"
    r"|adjournment)(?: (?:there|now|here|for lunch))?"
    r"|(?:the )?recording (?:will )?(?:continue|continues|resume|resumes|stop|stops)"
    r"(?: (?:now|after the break|shortly))?"
    r"|(?:that|this) (?:concludes|ends|closes|brings to an end) (?:this|the|our|today's"
    r"|tonight's) (?:(?:evidence|question|public|oral evidence) )?(?:session|meeting|hearing"
    r"|item|business|q&a|questions|part of the meeting|part of the agenda)"
    r"|(?:so )?(?:the |our )?(?:first|next|last|final) (?:item|agenda item|item on the agenda"
    r"|speaker)(?: is| will be|,|:)? (?!.*\b(?:will|won't|would)\b)[\w' &-]{1,60}"
    r"|(?:up next|coming up|still to come|after the break|later in the (?:show|programme"
    r"|program|hour))(?!.*\b(?:will|won't|would)\b) [\w' &-]{1,80}"
    r"|stay (?:with us|tuned)"
    r"|(?:(?:very|really|most|super|extremely) )?(?:helpful|useful|clear|interesting)"
    r" (?:thanks|thank you)(?: (?:very much|so much))?"
    r"|(?:thanks|thank you)(?: very much| so much)? (?:that's|that is|that was) (?:(?:very"
    r"|really|most|super) )?(?:helpful|useful|clear)"
    # A chair's and a witness's procedure: "Next question please.", "We are short of time,
    # so I will move us on.", "Apologies for that.", "I want to be straight with you.", an
    # interviewer's "We will hold you to that."
    r"|(?:can we have |let's have |let's take |we'll take )?(?:the )?next question(?: please)?"
    # A chair taking questions from the floor: "Right, let's open it up.", "The gentleman in
    # the green jacket, yes, you.", "If you could give your name for the record."
    r"|let's (?:open it up|open (?:it|things) up to (?:the floor|questions|the room)"
    r"|take (?:some )?questions(?: from the floor)?|go to (?:the floor|questions))(?: now)?"
    r"|(?:if you could |could you |can you |please )?(?:give|state|say) (?:us )?your name"
    r"(?: and [\w ]{1,30})?(?: for the record)?(?: please)?"
    r"|(?:yes )?(?:the )?(?:gentleman|lady|woman|man|person|gent|chap|young man|young woman)"
    r" (?:in|at|by|with|on|near) (?:the )?[\w ]{1,30}(?: (?:yes|yeah))?(?: you)?"
    r"|(?:we're|we are) (?:a (?:bit|little) )?(?:short of|running (?:short of|out of)|out of)"
    r" time(?: (?:so|and) (?:i'll|i will|let me|let's|we'll|we will) (?:move (?:us )?on"
    r"|wrap up|be brief|press on|keep (?:it|this) short))?"
    r"|(?:my )?apologies (?:for|about) (?:that|this|the delay|the confusion|the wait)"
    r"|sorry (?:about|for) (?:that|this|the delay|the confusion)"
    r"|(?:i want to|i'm going to|let me|i'll|i will) be (?:straight|honest|clear|frank|upfront"
    r"|open|candid) with you(?: all)?(?: (?:here|on this|today))?"
    r"|(?:we|we'll|we will|i|i'll|i will) (?:hold|keep) you to (?:that|it)"
    # Consent and thanks with no content: "That's fine for me.", "Happy to help.", "Good
    # idea, go ahead.", "Anyway, love the show."
    r"|(?:that's|that is|that'd be|that would be) (?:fine|ok|okay|good|great) (?:for|by|with)"
    r" (?:me|us)|(?:fine|ok|okay) (?:by|with) (?:me|us)|(?:always )?happy to help"
    r"|(?:good|great) (?:idea|call) (?:go ahead|go for it)|(?:anyway )?(?:love|loved) the show"
)
# What a bare disagreement is with, naming no content: "that", "that view", "the
# hon. Gentleman's characterisation", and what may be said around it.
_STANCE_OBJECT = (
    r"(?:that|this|it|any of that|all of that|(?:that|this|those|these|the|your|his|her|their"
    r"|(?:the|my) (?:right )?(?:hon|honourable|honorable|noble) (?:lady's|gentleman's|member's"
    r"|friend's))(?: [\w-]+)? (?:view|premise|characteri[sz]ation|analysis|assessment|argument"
    r"|framing|claim|figures?|numbers?|narrative|description|picture|account|reading"
    r"|interpretation|logic|comparison|criticism|charge|accusation|suggestion|conclusion"
    r"|point|assumption|idea|notion|thesis|take|line|position)(?: (?:of|on|about) (?:the|this"
    r"|that|his|her|their|our|my|its) [\w-]+(?: [\w-]+)?)?)"
)
_RESPECTFULLY = (
    r"(?:(?:no |well |look |sorry |but |and )*(?:with (?:the greatest |great |all due )?respect"
    r"|respectfully|i'm afraid|sadly|frankly|honestly)? ?)"
)
_FIRMLY = r"(?:(?:simply|just|really|frankly|certainly|honestly|genuinely|entirely|totally) )?"
_STANCE_TAIL = (
    r"(?: (?:at all|entirely|i'm afraid|with respect|for a (?:moment|second|minute)|either"
    r"|completely|i'm sorry|frankly|respectfully|though))*"
)
_DISAGREEMENT = (
    r"(?:"
    # A disagreement that names no content: "I don't share that view.", "I reject that
    # characterisation.", "With respect, I see it differently." The content, if any, is the
    # next sentence's ("I don't share that view: rents will fall" is read whole).
    rf"{_RESPECTFULLY}(?:"
    rf"i {_FIRMLY}(?:don't|do not|can't|cannot|wouldn't|would not|won't) (?:share|accept|buy"
    rf"|agree with|recogni[sz]e|subscribe to|go along with|endorse) {_STANCE_OBJECT}"
    rf"|i {_FIRMLY}(?:reject|dispute|disagree with|take issue with|challenge|question)"
    rf" {_STANCE_OBJECT}"
    r"|i (?:see|view|read) (?:it|that|this|things) (?:(?:very|rather|a bit|a little|quite)"
    r" )?differently"
    r"|i (?:take|have|hold) (?:a |an )?(?:(?:very|rather|slightly|somewhat|quite|entirely)"
    r" )?(?:different|opposite|contrary) view"
    r"|i beg to differ|i (?:wouldn't|would not) go (?:that|so) far|i'm not (?:sure|convinced)"
    r" i agree(?: with (?:that|you))?|i'm not convinced(?: (?:by|of) (?:that|it))?"
    r"|(?:we'll |we will |we )?(?:have to |must )?agree to disagree"
    rf"){_STANCE_TAIL}"
    r")"
)
_STANCE = re.compile(
    rf"^(?:(?:so|well|and|ok|okay|oh|yeah|yes|no|right)\s)*(?:{_BREAK_OR_AGREEMENT}"
    rf"|{AFFIRMATION}|{_DISAGREEMENT})$"
)
# The words a stance, an affirmation or a break can open with (a cheap test first).
_STANCE_OPENERS = frozenset({
    "so", "well", "and", "ok", "okay", "oh", "yeah", "yes", "no", "right", "now", "a", "we're",
    "we", "where", "time", "we'll", "quick", "short", "brief", "stick", "don't", "back", "i",
    "couldn't", "could", "you're", "you", "she's", "she", "he's", "he", "that's", "that",
    "exactly", "absolutely", "quite", "precisely", "entirely", "hear", "spot", "but",
    "honestly", "frankly", "look", "i'm", "i'd", "i'll", "bet", "count", "take", "quote", "mark",
    "calling", "there's", "there", "without", "hand", "believe", "trust", "with", "respectfully",
    "sadly", "sorry", "truly", "genuinely", "firmly", "do", "fully", "sincerely", "100",
    "let's", "let", "recording", "the", "this", "our", "first", "next", "last",
    "final", "up", "coming", "still", "after", "later", "stay", "very", "really", "most",
    "super", "extremely", "helpful", "useful", "clear", "interesting", "thanks", "thank",
    "can", "apologies", "my", "if", "please", "give", "state", "gentleman", "lady", "woman",
    "man", "person", "gent", "chap", "young", "fine", "happy", "always", "good", "great",
    "anyway", "love", "loved",
})  # fmt: skip


def bare_stance(bare: str) -> bool:
    """Whether ``bare`` (a statement bare, ``wording._bare``) is only agreement or
    disagreement naming no content ("i don't share that view", "i couldn't agree more"),
    the speaker standing by what they said ("i really believe that": ``AFFIRMATION``) or the
    running of a show around a break ("and we're back")."""
    words = bare.split(" ", 1)
    return words[0] in _STANCE_OPENERS and _STANCE.match(bare) is not None


# Whom a courtesy is paid to, bare: "the hon. Lady", "my right hon. Friend", "the Member for
# Halifax", "she", "Mr Baxter", "Dave".
_ADDRESSEE = (
    r"(?:(?:the|my) (?:right )?(?:(?:hon|honourable|honorable|noble|learned|gallant)"
    r"(?: and (?:learned|gallant))? )?(?:lady|gentleman|member|friend|baroness|lord|colleague"
    r"|senator|councillor|congressman|congresswoman|questioner|caller|member opposite"
    r"|(?:prime |deputy prime )?minister|secretary of state|chair|chairman|chairwoman"
    r"|speaker|witness|panel|committee)"
    r"(?: for [\w' -]{1,40}?)?|she|he|you|they|your (?:caller|listener)|(?:mr|mrs|ms|miss|dr"
    r"|councillor|senator) [\w'-]+|[\w'-]+)"
)
# What a speaker is thanked for, bare: "her question", "securing this debate".
_THANKED_FOR = (
    r"(?:(?:her|his|their|your|the|that|this|a|an|those|these) )?(?:(?:very|really|most"
    r"|extremely) )?(?:(?:important|excellent|thoughtful|kind|helpful|pertinent|good|further"
    r"|supplementary|urgent|detailed|constructive|persistent|tireless|continued|ongoing"
    r"|typically \w+|characteristically \w+) )*(?:questions?|intervention|contribution"
    r"|comments?|remarks|interest|work|campaigning|tenacity|points?|words|welcome|support"
    r"|persistence|diligence|advocacy|scrutiny|giving way|asking|coming|joining us|being here"
    r"|answers?|reply|response|statement"
    r"|raising (?:this|that|it|the (?:matter|issue|question|point))"
    r"|(?:securing|tabling|calling) (?:this|the|today's|this important) (?:debate|urgent"
    r" question|question|motion)|advance sight of (?:the|his|her|their) (?:statement|question"
    r"|speech))(?: (?:on|about|in|to|with) (?:this|the|these|that) (?:matter|issue|subject"
    r"|debate|house|area|question|front|campaign)s?)?(?: (?:today|again|as (?:ever|always)))?"
)
_AILMENT = (
    r"(?:(?:i've got|i have|i've had|i've|i'm (?:nursing|fighting|getting over|recovering"
    r" from)|(?:just |still )?getting over|fighting|nursing|got|have) )?(?:a |an |bit of a "
    r"|a bit of a |a touch of |a bit of |a little |a slight |a stinking |a horrible |a heavy "
    r"|a nasty |the tail end of a )?(?:cold|cough|sore throat|frog in my throat|hay ?fever|flu"
    r"|bug|lurgy|chest infection|croaky voice|sniffles?)(?: today| this week| at the moment)?"
)
# What a speaker says sorry for about their own state or surroundings: "the voice", "the
# background noise", "being late".
_OWN_TROUBLE = (
    r"(?:voice|cold|croak|cough|coughing|noise|background noise|background|echo|dog|dogs|kids"
    r"|children|baby|traffic|building work|construction|builders?|delay|lateness|late|late start"
    r"|connection|line|audio|sound|video|camera|hair|outfit|mess|lighting|interruptions?"
    r"|sirens?|wait|waiting|sniffles?|chaos|state of (?:me|my \w+)|sound of my voice)"
)
# Courtesies paid before an answer, and small talk about oneself: none is a claim, and the
# answer after them is read on its own. "The hon. Lady is right to press me.", "I thank my
# hon. Friend for her question.", "I am grateful to the hon. Gentleman.", "My hon. Friend
# makes an important point.", "I hear what the hon. Lady says.", "Bit of a cold, so
# apologies for the voice.", "Sorry, I'm a bit late.", "Excuse the background noise.",
# "Very well, thanks for asking." Matched against the statement bare (``_bare``). Not "The
# hon. Lady is right that the line was late." (a claim endorsed), nor "I'm sorry to say the
# line won't open before 2029." (a claim said with regret).
_COURTESY_OR_SMALL_TALK = re.compile(
    r"^(?:(?:so|and|well|ok|okay|now|look|first|firstly|can i say|may i say|let me say)"
    r"(?: of all)? )*(?:"
    rf"(?:{_ADDRESSEE} (?:is|are|was|were)|she's|he's|you're|they're) (?:(?:absolutely|quite"
    r"|entirely|perfectly|of course|always|so|completely|very) )*(?:right|correct|entitled"
    r"|within (?:her|his|their|your) rights) to (?:press|raise|ask|push|highlight|question"
    r"|challenge|bring up|draw attention to|put|pursue|probe|scrutini[sz]e|hold|keep"
    r"|be (?:concerned|frustrated|angry|worried|impatient|sceptical|skeptical))"
    r"(?!.*\b(?:will|won't|would|is|are|was|were|has|have|had|can|could|should|because"
    r"|but|since)\b)(?: [\w'-]+){0,8}"
    r"|(?:(?:may|can|could) i |let me |i (?:must|want to|should|would like to) |i'd like to "
    r"|i )?(?:(?:first|also|just|warmly|sincerely|genuinely) )*(?:(?:begin|start) by )?"
    r"(?:thank(?:ing)?|congratulat(?:e|ing)|commend(?:ing)?|pay(?:ing)? tribute to)"
    rf" (?:{_ADDRESSEE})(?: (?:once again|again|warmly|sincerely))?(?: for {_THANKED_FOR})?"
    r"|(?:i'm|i am|we're|we are) (?:(?:very|most|extremely|so|really|genuinely) )?grateful"
    rf"(?: to {_ADDRESSEE})?(?: for {_THANKED_FOR})?"
    rf"|{_ADDRESSEE} (?:makes|raises|has made|has raised|made|raised|asks|has asked|poses|puts)"
    r" (?:a |an |the |some )?(?:(?:very|really|most|extremely|perfectly|entirely|typically"
    r"|characteristically) )*(?:important|fair|good|valid|powerful|serious|excellent|reasonable"
    r"|pertinent|interesting|legitimate|great|proper|sensible|thoughtful) (?:point|question"
    r"|challenge|observation)s?(?: (?:there|again|as (?:ever|always)|today))?"
    rf"|i (?:hear|have heard|heard|note|understand) what {_ADDRESSEE} (?:says|is saying|said"
    r"|has said)"
    r"|i (?:understand|recogni[sz]e|share|appreciate) (?:the|her|his|their|your|(?:the|my)"
    r" (?:right )?(?:hon|honourable) (?:lady's|gentleman's|member's|friend's)) (?:(?:real|deep"
    r"|understandable) )?(?:frustration|concerns?|anger|impatience|strength of feeling"
    r"|interest)(?: (?:entirely|completely|fully|on this|about this))?"
    r"|(?:i'm )?glad you (?:asked|raised (?:that|this|it))(?: (?:that|me that|the question))?"
    # Small talk about oneself: an ailment, an apology for one's voice, lateness, noise.
    rf"|{_AILMENT}"
    rf"|(?:{_AILMENT}(?: so| and)? )?(?:(?:my )?apologies|(?:(?:i'm|i am|so|really|very) )*sorry"
    r"|excuse me|forgive me|pardon me|i apologi[sz]e|please (?:excuse|forgive)(?: me)?"
    r"|excuse|forgive)"
    r"(?: (?:in advance|again))?(?:(?: (?:for|about))? (?:the|my|that|this|all the|any|a bit of"
    rf" the|being|having|if) (?:[\w'-]+ ){{0,2}}?{_OWN_TROUBLE}(?: (?:today|again|in the"
    r" background))?)?(?: everyone| all| folks)?"
    r"|(?:sorry |apologies )?(?:i'm|i am) (?:(?:a (?:bit|little|few minutes|couple of minutes)"
    r"|slightly|running|so|very) )*(?:late|behind)(?: (?:today|again|everyone|all))?"
    r"|(?:i'm|i am) (?:(?:a bit|a little|slightly|still|quite|very) )?(?:under the weather|hoarse"
    r"|croaky|jet-?lagged|rusty|losing my voice)(?: today| this morning)?(?: so (?:bear with me"
    r"|apologies|forgive me|sorry))?"
    r"|(?:sorry to keep you waiting|thanks for your patience|thank you for your patience"
    r"|bear with me(?: (?:a|one) (?:second|moment|sec|minute))?|one (?:second|moment|sec)"
    r"|hang on(?: a (?:second|moment|sec))?|long time no see|how are you(?: doing)?(?: today)?"
    r"|how's it going|how are things)"
    r"|(?:i'm |i am |doing |all |very |really |pretty |not too |not )?(?:well|good|fine|great"
    r"|bad|ok|okay|alright|all right)(?: thanks| thank you)(?: for asking)?(?: (?:and|how about"
    r"|what about) you)?"
    r")$"
)
# The words a courtesy or small talk can open with (a cheap test first).
_COURTESY_OPENERS = frozenset({
    "so", "and", "well", "ok", "okay", "now", "look", "first", "firstly", "can", "may", "let",
    "the", "my", "she", "he", "you", "they", "your", "mr", "mrs", "ms", "miss", "dr",
    "councillor", "senator", "she's", "he's", "you're", "they're", "could", "i", "i'd", "i'm",
    "we're", "we", "glad", "i've", "just", "still", "getting", "fighting", "nursing", "got",
    "have", "a", "an", "bit", "cold", "cough", "sore", "frog", "hay", "hayfever", "flu", "bug",
    "apologies", "sorry", "excuse", "forgive", "pardon", "please", "thanks", "thank", "bear",
    "one", "hang", "long", "how", "how's", "doing", "all", "very", "really", "pretty", "not",
    "good", "fine", "great", "bad", "alright",
})  # fmt: skip
_MAX_COURTESY_WORDS = 24


def courtesy_or_small_talk(bare: str) -> bool:
    """Whether ``bare`` (a statement bare, ``wording._bare``, without a name it is said to)
    is a courtesy paid before an answer or small talk about oneself
    (``_COURTESY_OR_SMALL_TALK``): "the hon lady is right to press me", "bit of a cold so
    apologies for the voice"."""
    words = bare.split()
    if not words or len(words) > _MAX_COURTESY_WORDS or words[0] not in _COURTESY_OPENERS:
        return False
    return _COURTESY_OR_SMALL_TALK.match(bare) is not None


# A lead-in to the next subject, a question without a question mark: "So, the headline
# number.", "So, the big one: housing.", "Next up, rates.", "Turning now to transport.",
# "Second item, the Line 4 extension.", "Okay, fare capping." The
# subject it names is a few words with no verb and no figure: "The headline number is
# 84,000.", "The headline number: 84,000." and "Next up, rates rose again." are claims.
_LEAD_IN = re.compile(
    r"^(?:(?:so|ok|okay|now|and|well|right|all right|alright|then|first|finally|lastly)"
    r"[,.:]?\s+)*(?:"
    r"(?:next\s+up|first\s+up|up\s+next|first\s+off|moving\s+on(?:\s+to)?|turning"
    r"(?:\s+now)?\s+to|on\s+to|onto|now\s+to|and\s+now\s+to|which\s+brings\s+(?:me|us)"
    r"\s+to|that\s+brings\s+(?:me|us)\s+to)[,:—–-]?\s+(?P<subject>[^.!?:;,—–]{1,40})"
    r"|(?:the|this|that|one|today's|tonight's|this\s+week's|our\s+next|the\s+next)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:numbers?|figures?|questions?|topic|subject|one|story|headlines?"
    r"|news|item|elephant\s+in\s+the\s+room|business|stat|statistic)"
    r"(?:\s*[:—–-]\s*(?P<named>[^.!?:;,—–]{1,40}))?"
    # A meeting's agenda read out: "First item, ridership.", "Second item, the Line 4
    # extension.", "Last point: fares."
    r"|(?:first|second|third|fourth|fifth|next|last|final|another|other)\s+(?:item|point"
    r"|topic|thing|subject|issue)\s*[,:—–-]\s*(?P<item>[^.!?:;,—–]{1,40})"
    # A turn to the next subject, its few words after "Okay," or "Right,": "Okay, fare
    # capping.", "Right, the depot."
    r"|(?:so|ok|okay|right|alright|all\s+right),\s+(?P<bare>[^.!?:;,—–]{1,30})"
    r")[.!…]*$"
)
_LEAD_IN_OPENERS = frozenset({
    "so", "ok", "okay", "now", "and", "well", "right", "all", "alright", "then", "first",
    "finally", "lastly", "next", "up", "moving", "turning", "on", "onto", "which", "that",
    "the", "this", "one", "today's", "tonight's", "our", "second", "third", "fourth",
    "fifth", "last", "final", "another", "other",
})  # fmt: skip
_MAX_SUBJECT_WORDS = 4
# A verb in the past (the clause of a claim): "Next up, rates rose again."
PAST_WORD = re.compile(
    r"\b(?:\w+ed|rose|fell|grew|went|came|saw|said|hit|won|lost|made|took|got|began|sold"
    r"|bought|paid|left|kept|told|found|gave|ran|cut|spent|met|set|put)\b"
)


# Declining to promise, and nothing promised: "No, not promising a date I can't control.",
# "I can't promise anything.", "No promises.", "I won't make promises I can't keep." (a
# refusal to forecast is ``forecasts.refuses_to_forecast``'s). Matched against the statement
# bare (``_bare``): "I can't promise a date, but we will try by spring." says more, and is
# read whole.
_NO_PROMISE = re.compile(
    r"^(?:(?:no|look|sorry|well|honestly|and|but|so|ha|haha|lol|again)\s)*"
    r"(?:(?:i'm|i am|we're|we are) )?(?:(?:just|really|simply|certainly|definitely) )?"
    r"(?:not (?:(?:going to|gonna|about to|in a position to) )?(?:promising|promise"
    r"|mak(?:e|ing) (?:any )?promises|commit(?:ting)? to)"
    r"|(?:i|we) (?:(?:just|really|simply|certainly) )?(?:can't|cannot|won't|will not|couldn't"
    r"|wouldn't|don't|do not) (?:promise|make (?:any )?promises|guarantee)"
    r"|no promises)"
    r"(?: (?:you|anyone|people|voters|residents|that))?"
    r"(?: (?:a|an|any|the|that|specific|precise|exact|firm|hard|fixed))*"
    r"(?: (?:date|dates|deadline|timeline|timetable|anything|that|it|this|year|outcome|result"
    r"|number|figure|promises))?"
    r"(?: on (?:it|that|this))?"
    r"(?:(?: that| which)? (?:i|we) (?:can't|cannot|couldn't|won't|can not|don't|do not)"
    r" (?:control|keep|guarantee|deliver|be sure of))?"
    r"(?: (?:today|now|here|yet|on air|right now|at this stage|i'm afraid|sorry|though"
    r"|mate|folks))*$"
)


# A name with a number in it, no figure: "Line 4", "Route 9", "Q3", "Terminal 2".
_NUMBERED_NAME = re.compile(r"\b[A-Z][a-z]+ \d{1,3}\b(?![.,]?\d|\s*(?:%|percent))|\bQ[1-4]\b")


def lead_in_subject(text: str) -> str | None:
    """The subject a lead-in names ("So, the big one: housing." → "housing"; "So, the
    headline number." → ""), or None when ``text`` is no lead-in (``_LEAD_IN``): a figure,
    a verb in the past or more than a few words make it a claim. Whether the subject holds
    another verb is the caller's to judge (``chatter._FINITE``)."""
    first = _FIRST_WORD.search(text)
    if first is None or first.group().lower().replace("’", "'") not in _LEAD_IN_OPENERS:
        return None
    found = _LEAD_IN.match(normalise(text).strip())
    if found is None:
        return None
    if any(c.isdigit() for c in _NUMBERED_NAME.sub("", text)):
        return None  # "The headline number: 84,000."; "Second item, the Line 4 extension." is one
    if found["bare"] and not _names_a_subject(found["bare"]):
        return None  # "Okay, prices fall.": a clause, not a subject named
    named = (found["subject"] or found["named"] or found["item"] or found["bare"] or "").strip()
    if len(named.split()) > _MAX_SUBJECT_WORDS or PAST_WORD.search(named):
        return None
    return named


# What makes the few words after "Okay," a clause rather than a subject: a pronoun, or a
# verb of change in its plain form at the end ("Okay, prices fall.", "Right, we win.").
_CLAUSE_WORDS = frozenset({
    "i", "we", "you", "they", "he", "she", "it", "fall", "rise", "win", "lose", "crash",
    "grow", "drop", "close", "open", "go", "stay", "come", "return", "double", "halve",
    "collapse", "recover", "improve", "work", "fail", "happen", "change", "end", "start",
    "begin", "stop", "slow", "soar", "surge", "climb", "dip", "rally", "hold", "matter",
    "agree", "disagree", "lag", "slip", "shrink", "spike", "peak",
})  # fmt: skip


def _names_a_subject(words: str) -> bool:
    """Whether the few words after "Okay," name a subject ("fare capping", "the depot")
    rather than say a clause ("prices fall", "we win")."""
    split = words.split()
    return not any(word in _CLAUSE_WORDS for word in split) and len(split) <= 3


def no_promise(bare: str) -> bool:
    """Whether ``bare`` (a statement bare, without a name it is said to) only declines to
    promise (``_NO_PROMISE``): "no not promising a date i can't control"."""
    return len(bare.split()) <= _MAX_PROMISE_WORDS and _NO_PROMISE.match(bare) is not None


_MAX_PROMISE_WORDS = 16
