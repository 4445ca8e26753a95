"""Structure, stage directions and chatter that are no claims: formal welcomes by the speakers
themselves, a live blog's housekeeping, courtroom procedure, a presenter's notes to self,
sign-offs, caption chit-chat; stage tags within a line are dropped from the quote."""

import pytest

from claims.importing.asides import Asides, without_stage_tags
from claims.importing.classify import is_candidate, is_filler
from claims.importing.introductions import host_self_introduction


@pytest.mark.parametrize(
    "text",
    [
        # A formal welcome whose subject is "I" or "we".
        "Good afternoon, the Vice-President and I welcome you to our press conference.",
        "Good morning, the Governor and I welcome you to this press briefing.",
        "We are delighted to welcome you to our Capital Markets Day.",
        "On behalf of the board, I welcome you to our annual general meeting.",
        "Good evening, and we welcome you all to the 2026 investor forum.",
        # Captions' welcome, unpunctuated and run together.
        "good morning everyone and welcome to orbit dev day 2025 it's so great to see all of you"
        " here in san jose",
        "hello everybody welcome to the build keynote it's great to see you all here today",
        # A live blog's housekeeping.
        "All times CEST.",
        "All times are local.",
        "All times ET.",
        "Refresh for updates.",
        "Please refresh the page for the latest updates.",
        "That's it for the morning session.",
        "That's all for today's live blog.",
        "Signing off at 5pm ET.",
        "We're signing off for the day.",
        # Sign-offs.
        "Thank you, and see you at the drinks reception.",
        "Thanks all, see you after lunch.",
        # Courtroom procedure.
        "Objection, Your Honor.",
        "Objection, Your Honour, calls for speculation.",
        "Objection sustained.",
        "Please be seated.",
        "All rise.",
        "We'll take a fifteen-minute recess.",
        "We will take a short recess until 2 pm.",
        "The court is adjourned until tomorrow.",
        "DIRECT EXAMINATION BY MR. SMITH:",
        "CROSS-EXAMINATION BY MS. OKONJO:",
        "Mr. Smith, call your next witness.",
        "Daniel Smith for the United States.",
        "Adaeze Okonjo for Nimbus Search, Your Honor.",
        "The United States calls Dr. Elena Voss.",
        "The defense calls Mr. Tomas Reyes.",
        "We are here for day three of the remedies hearing.",
        "United States v. Nimbus Search LLC, Civil Action No. 24-1187",
        "Harlow v. Meridian Bank, Case No. 2:25-cv-0193",
        # A presenter's notes to self.
        "Thank everyone for coming, mention the livestream.",
        "read it, do not ad-lib.",
        "Read it verbatim.",
        "Expect questions on China tariffs; answer with the pipeline slide.",
        "Expect pushback on the Spain write-down.",
        "Then point to the margin bridge slide.",
        # Caption chit-chat.
        "i know that sounds crazy",
        "I know, it sounds ambitious.",
        "trust me that sounds insane",
        # A host naming themselves with the show.
        "I'm Nadia Khoury, and this is The Evening Brief.",
        "I'm Tom Reyes and you're listening to Rate Watch.",
    ],
)
def test_structure_and_chatter_are_not_proposed(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: claims in the same words.
        "We welcome you to a world where rates will fall by 2027.",
        "The Court will rule on remedies by the end of the summer.",
        "We will take a break from rate hikes in 2026.",
        "Expect rates to fall by 2027.",
        "That is it for rate hikes this year, I think.",
        "Tax cuts for the rich will pass by 2026.",
        "Orbit two will ship in the first half of next year.",
        "I'm Nadia Khoury, and this is why rates will fall by 2027.",
        "I know that rates will fall next year.",
        "We are here for the long haul on rates.",
        "Our share of the German rooftop market is now 14 percent.",
    ],
)
def test_claims_in_the_same_words_stay_proposed(text):
    assert is_candidate(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'm Nadia Khoury, and this is The Evening Brief.", "Nadia Khoury"),
        ("Good evening. I'm Nadia Khoury, and this is The Evening Brief.", "Nadia Khoury"),
        ("Hello, I'm Tom Reyes and you're listening to Rate Watch.", "Tom Reyes"),
        ("This is Maya Chen, and welcome to Market Hour.", "Maya Chen"),
        ("I'm sure, and this is key.", ""),
        ("I'm Nadia Khoury.", ""),
        ("Prices will fall, and this is The Evening Brief's view.", ""),
    ],
)
def test_a_host_names_themselves_with_the_show(text, name):
    assert host_self_introduction(text) == name


def test_a_host_self_introduction_is_filler_only_when_whole():
    assert is_filler("I'm Nadia Khoury, and this is The Evening Brief.")
    assert not is_filler("Rents will fall. I'm Nadia Khoury, and this is The Evening Brief.")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "- [pause] Our share of the German rooftop market is now 14 percent.",
            "- Our share of the German rooftop market is now 14 percent.",
        ),
        (
            "- [CLICK] Safe-harbour slide: read it, do not ad-lib.",
            "- Safe-harbour slide: read it, do not ad-lib.",
        ),
        (
            "Oil below $60 by Q1 if OPEC keeps adding barrels. (edited)",
            "Oil below $60 by Q1 if OPEC keeps adding barrels.",
        ),
        (
            "We will reach 20 GW [beat] by fiscal 2030. [next slide]",
            "We will reach 20 GW by fiscal 2030.",
        ),
        ("(pause) Storage will be half of new revenue.", "Storage will be half of new revenue."),
        ("[CLICK]", ""),
        # A note to self after the words to expect.
        (
            "- Analysts think our 2030 target is too ambitious; answer with the pipeline slide.",
            "- Analysts think our 2030 target is too ambitious.",
        ),
        (
            "Margins will rise — point to the bridge chart",
            "Margins will rise.",
        ),
        ("- Margins will rise; the slide shows why.", "- Margins will rise; the slide shows why."),
        # Brackets that are words: kept.
        (
            "Revenue (ex-FX) will grow 8 percent next year.",
            "Revenue (ex-FX) will grow 8 percent next year.",
        ),
    ],
)
def test_stage_tags_within_a_line_are_dropped(line, kept):
    assert Asides().screen(line).text == kept


def test_stage_tags_are_looked_for_only_in_brackets():
    assert without_stage_tags("We pause the buyback in 2026.") == "We pause the buyback in 2026."
    assert without_stage_tags("Margins grow [PAUSE] next year.") == "Margins grow next year."
