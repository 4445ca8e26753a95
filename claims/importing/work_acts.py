"""Acts a colleague takes on in an operations chat, said in the first person's future.

``agency`` reads "I'll send …", "I'll get the report to the board …" as the speaker's own
act; people running an incident say a few more in their own words:

- a piece of work handed over by a time: "I'll have the post-event report to the ops
  committee by Friday", "we'll have the figures to you tomorrow", "I'll have it over to
  finance by noon" (``HANDED``);
- a call or a meeting joined, a number passed on: "I'll join it and give them the same
  number", "I'll join the 10 o'clock call", "I'll give them the revised ETR" (``JOINED``,
  ``PASSED_ON``);
- a check run again, an agreement taken down: "I'll rerun them tonight", "I'll rerun the
  load tests", "I'll get that in writing from him by tomorrow" (``RERUN``).

Not acts: an outcome ("I'll have to wait", "we'll have a problem", "I'll have the answer
soon" is no handing over to anyone), joining a side or a view ("I'll join the queue of
critics" is no call), giving a view ("I'll give them credit"). Source of the shapes:
incident channels of utilities and operations teams, copied from team chats. Pure regular
expressions on ``normalise``'s lower-cased text, matched right after the subject's future
(``agency._ACT_AFTER``).
"""

# A thing handed over to someone: "have the post-event report to the ops committee".
HANDED = (
    r"have (?!to\b)(?:the |my |our |a |an |it |them |that |this )(?:[\w'-]+ ){0,5}?"
    r"(?:(?:over )?to|with) (?:the |you\b|him\b|her\b|them\b|finance\b|legal\b|ops\b|everyone\b"
    r"|your\b)"
)
# A call or a meeting joined: "join it", "join the call", "join the 10 o'clock call".
JOINED = (
    r"join (?:it|them|in)\b(?! (?:the )?(?:queue|chorus|ranks|critics)\b)"
    r"|join (?:the |this |that |our |tomorrow's |today's )(?:[\w':-]+ ){0,3}?(?:call|meeting"
    r"|bridge|briefing|huddle|session|standup|stand-up|review)\b"
)
# A figure passed on to people: "give them the same number", "give the board the new ETR".
PASSED_ON = (
    r"give (?:them|him|her|you|everyone|the (?:board|council|committee|team|customers"
    r"|press|school board)) (?:the |our |an? |my )(?:[\w'-]+ ){0,3}?(?:number|figure|figures"
    r"|estimate|etr|eta|time|date|update|numbers)\b"
)
# A check run again, or an agreement taken down: "rerun them tonight", "rerun the load
# tests", "get that in writing from him".
RERUN = (
    r"re-?run (?:them|it|those|these|the (?:[\w'-]+ ){0,3}?(?:tests?|checks?|numbers|figures"
    r"|analysis|jobs?|migration|script|report|benchmarks?|queries|query))\b"
    r"|get (?:it|that|this|those|them|the (?:[\w'-]+ ){0,2}?(?:agreement|dates?|figures?"
    r"|numbers?|terms|sign-off|approval)) in writing\b"
)
WORK_ACT = rf"(?:{HANDED}|{JOINED}|{PASSED_ON}|{RERUN})"
