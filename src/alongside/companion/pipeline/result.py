"""The vocabulary of one companion turn: what comes in (turns and context), what the understanding
step found, what the policy decided and the reply that goes out.

Plain dataclasses and strings: the pipeline runs with or without a database (the command line runs
it statelessly), and every value travels as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ACTIONS",
    "SKILLS",
    "STANCES",
    "Context",
    "Decision",
    "Reply",
    "SkillState",
    "Turn",
    "Understanding",
]

# Actions the caller (page, app, command line) carries out beside the reply, in this order.
SHOW_CRISIS_RESOURCES = "show_crisis_resources"
ALERT_CARE_TEAM = "alert_care_team"
SUGGEST_CONTACT_THERAPIST = "suggest_contact_therapist"
OFFER_SAFETY_PLAN = "offer_safety_plan"
ACTIONS = (SHOW_CRISIS_RESOURCES, ALERT_CARE_TEAM, SUGGEST_CONTACT_THERAPIST, OFFER_SAFETY_PLAN)

# Stances the policy can take (docs/companion.md describes each).
CRISIS = "crisis"
SAFETY_CHECK = "safety_check"
BOUNDARY = "boundary"
GENTLE_CHALLENGE = "gentle_challenge"
REFLECTIVE_LISTENING = "reflective_listening"
GUIDED_SKILL = "guided_skill"
CHECK_IN = "check_in"
PSYCHOEDUCATION = "psychoeducation"
POINT_TO_SUPPORT = "point_to_support"
STANCES = (
    CRISIS,
    SAFETY_CHECK,
    BOUNDARY,
    GENTLE_CHALLENGE,
    REFLECTIVE_LISTENING,
    GUIDED_SKILL,
    CHECK_IN,
    PSYCHOEDUCATION,
    POINT_TO_SUPPORT,
)

# Skills from the care plan that the companion can guide.
SKILLS = ("thought_record", "behavioural_activation", "problem_solving", "grounding", "breathing", "worry_time")


@dataclass(frozen=True, slots=True)
class Turn:
    role: str  # "user" or "assistant"
    content: str


@dataclass(frozen=True, slots=True)
class SkillState:
    """Where a guided skill stands: ``step`` 0 means offered and not yet started."""

    skill: str
    step: int

    def to_dict(self) -> dict[str, Any]:
        return {"skill": self.skill, "step": self.step}


@dataclass(slots=True)
class Context:
    """What the pipeline may know beyond the conversation. Every field is optional: the command line
    runs with none of them (statelessly); the web app fills them from the client's data."""

    lang: str | None = None
    country: str | None = None
    # The crisis lines to give (the safety domain's entry for the country, an organisation's
    # override included); looked up from the shipped file when None.
    crisis: dict[str, Any] | None = None
    # Skills in the client's care plan (ids from SKILLS) and the titles of their goals.
    plan_skills: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    has_safety_plan: bool | None = None
    # Whether the client has a therapist in their care team (False: on the waiting list, so risk goes to the
    # organisation's intake team and the replies speak of the intake team; None: unknown, today's wording).
    has_therapist: bool | None = None
    # The client's memory summary (recent themes, what has helped), already in words.
    memory_themes: tuple[str, ...] = ()
    memory_helped: tuple[str, ...] = ()
    # Minutes spent talking with the companion today, and whether the heavy-use notice was given today.
    minutes_today: float = 0.0
    heavy_use_minutes: int = 60
    notice_given_today: bool = False
    # Whether this is the client's first conversation ever (None: no earlier reply in these turns).
    first_use: bool | None = None
    # The skill in progress, when the caller stored it (else it is read from the last reply).
    skill_state: SkillState | None = None
    # Names the client mentioned or that belong to them (redacted before text leaves the installation).
    names: tuple[str, ...] = ()


@dataclass(slots=True)
class Understanding:
    """What the last client message is about. ``distortions`` are the cognitive distortions found
    (with the words that showed each); ``risky_plan`` and ``delusion`` mark beliefs and plans the reply
    must not agree with."""

    lang: str
    intents: set[str] = field(default_factory=set)
    emotions: list[str] = field(default_factory=list)  # the client's own feeling words, in order
    emotion_kinds: set[str] = field(default_factory=set)  # sad, anxious, angry, ...
    topics: list[str] = field(default_factory=list)
    distortions: dict[str, str] = field(default_factory=dict)  # kind -> the words that showed it
    risky_plan: str | None = None  # the kind of plan (stop_medication, drink, revenge, ...)
    delusion: bool = False
    method_request: bool = False
    answer: str | None = None  # "yes", "no" or "stop" when the message answers a question
    recent_kinds: set[str] = field(default_factory=set)  # feelings of the client's previous two messages
    recent_distortions: set[str] = field(default_factory=set)  # distortions in those messages
    recent_intents: set[str] = field(default_factory=set)  # intents of those messages

    @property
    def marks_belief(self) -> bool:
        """A belief or plan the reply must not simply agree with."""
        return bool(self.distortions) or self.delusion or self.risky_plan is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "intents": sorted(self.intents),
            "emotions": self.emotions,
            "emotion_kinds": sorted(self.emotion_kinds),
            "topics": self.topics,
            "distortions": sorted(self.distortions),
            "risky_plan": self.risky_plan,
            "delusion": self.delusion,
            "method_request": self.method_request,
        }


@dataclass(slots=True)
class Decision:
    """The policy's choice for this turn."""

    level: str
    actions: list[str]
    stance: str
    skill: str | None = None
    step: int | None = None
    # What the reply must do besides its stance (e.g. "introduce", "disclose_ai", "heavy_use", "ask_suicide").
    duties: set[str] = field(default_factory=set)
    topic: str | None = None  # the boundary, challenge or psychoeducation topic


@dataclass(slots=True)
class Reply:
    text: str
    level: str
    actions: list[str]
    stance: str
    skill: str | None
    lang: str
    responder: str  # "default", "crisis", "llm" or "safe" (a replacement after a failed check)
    step: int | None = None
    replaced: bool = False
    failures: list[str] = field(default_factory=list)
    signals: list[dict[str, str]] = field(default_factory=list)
    understanding: Understanding | None = None
    duties: set[str] = field(default_factory=set)

    def to_output(self) -> dict[str, Any]:
        """The command line's answer: {"reply", "safety": {"level", "actions"}, "stance", "skill"}."""
        return {
            "reply": self.text,
            "safety": {"level": self.level, "actions": list(self.actions)},
            "stance": self.stance,
            "skill": self.skill,
        }
