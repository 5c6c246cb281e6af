"""The policy: which stance and skill this turn takes, and which safety actions go with it.

Order of precedence (first that applies wins):

1. Safety level from the screening (never lowered): high/imminent -> crisis; moderate -> a caring
   safety check. Both with their actions, whatever else the message contains.
2. A method, place or dose question (at a lower level): declined, with a gentle check-in.
3. Boundaries: keeping risk secret, romance, stopping medication, medication, diagnosis, promises.
4. Beliefs: a delusional belief, a risky plan, a distorted belief the client wants confirmed,
   pushing back after an honest answer; then other distortions.
5. A skill in progress, or one the message calls for (panic -> breathing now; worry -> worry time;
   low activity -> behavioural activation; "what should I do" -> problem solving).
6. Psychoeducation questions, greetings, thanks, good news; otherwise reflective listening, with a
   skill from the care plan offered when distress goes on, and pointers to people.
"""

from __future__ import annotations

from alongside.companion.pipeline import skills
from alongside.companion.pipeline.assessment import Assessment
from alongside.companion.pipeline.result import (
    ALERT_CARE_TEAM,
    BOUNDARY,
    CHECK_IN,
    CRISIS,
    GENTLE_CHALLENGE,
    GUIDED_SKILL,
    OFFER_SAFETY_PLAN,
    POINT_TO_SUPPORT,
    PSYCHOEDUCATION,
    REFLECTIVE_LISTENING,
    SAFETY_CHECK,
    SHOW_CRISIS_RESOURCES,
    SUGGEST_CONTACT_THERAPIST,
    Context,
    Decision,
    SkillState,
    Turn,
    Understanding,
)
from alongside.safety.screening import RiskLevel

__all__ = ["decide", "actions_for", "CRISIS_MARK"]

CRISIS_MARK = "crisis"
_BELIEF_PUSH = {"seek_agreement", "pushback"}
_EDUCATION = (
    ("panic", ("panic", "paniek")),
    ("safety_plan", ("safety plan", "veiligheidsplan", "signaleringsplan")),
    ("thought_record", ("thought record", "gedachtenschema", "g-schema", "cbt", "cgt")),
    ("behavioural_activation", ("activation", "activatie")),
    ("grounding", ("grounding", "mindfulness")),
    ("worry", ("worry", "rumination", "overthink", "pieker")),
    ("distortions", ("distortion", "catastroph", "denkfout", "catastrofe")),
    ("burnout", ("burnout", "burn-out", "burn out")),
    ("sleep", ("sleep", "wake", "slaap", "slapen")),
    ("depression", ("depress", "low mood", "somber")),
    ("anxiety", ("anxi", "angst", "nervous", "bang")),
    ("stress", ("stress",)),
)
_EDUCATION_SKILL = {
    "anxiety": "breathing",
    "panic": "breathing",
    "worry": "worry_time",
    "sleep": "worry_time",
    "depression": "behavioural_activation",
    "thought_record": "thought_record",
    "behavioural_activation": "behavioural_activation",
    "grounding": "grounding",
    "distortions": "thought_record",
    "stress": "problem_solving",
}
# The skills that fit a feeling, the usual one first (the care plan's may be another that fits).
_SKILL_FOR_KIND = {
    "anxious": ("breathing", "grounding", "worry_time"),
    "stressed": ("problem_solving", "breathing", "worry_time"),
    "sad": ("behavioural_activation", "thought_record"),
    "tired": ("behavioural_activation",),
    "lonely": ("behavioural_activation",),
    "ashamed": ("thought_record",),
    "angry": ("breathing", "grounding"),
    "hurt": ("thought_record", "behavioural_activation"),
    "confused": ("problem_solving",),
}


def actions_for(level: RiskLevel) -> list[str]:
    if level.at_least(RiskLevel.HIGH):
        return [SHOW_CRISIS_RESOURCES, ALERT_CARE_TEAM, SUGGEST_CONTACT_THERAPIST, OFFER_SAFETY_PLAN]
    if level is RiskLevel.MODERATE:
        return [SHOW_CRISIS_RESOURCES, ALERT_CARE_TEAM, SUGGEST_CONTACT_THERAPIST, OFFER_SAFETY_PLAN]
    return []


def _safety_concern(assessment: Assessment, u: Understanding) -> str:
    codes = set(assessment.codes)
    if "self_harm" in codes:
        return "self_harm"
    if codes & {"voices", "command_hallucination"}:
        return "voices"
    if codes & {"abuse", "child_at_risk"}:
        return "abuse"
    if "eating_disorder" in codes:
        return "eating"
    if "third_party_risk" in codes and not codes & {"passive_death_wish", "suicidal_thoughts", "hopelessness"}:
        return "third_party"
    if u.delusion:
        return "delusion"
    return "general"


def _assistant_turns(turns: list[Turn]) -> list[str]:
    return [t.content for t in turns if t.role == "assistant"]


def _risk_decision(assessment: Assessment, u: Understanding, turns: list[Turn], duties: set[str]) -> Decision:
    level = assessment.level
    if "secrecy" in u.intents:
        duties.add("secrecy")
    # What the message also asked stays answered at a safety check: medication goes to the prescriber,
    # a diagnosis to a professional (the crisis reply keeps to safety alone).
    if u.risky_plan == "stop_medication" or u.intents & {"ask_medication", "stop_medication"}:
        duties.add("medication")
    elif "ask_diagnosis" in u.intents:
        duties.add("diagnosis")
    if u.method_request:
        duties.add("method_refusal")
    if level.at_least(RiskLevel.HIGH):
        if _safety_concern(assessment, u) == "third_party":
            return Decision(str(level), actions_for(level), CRISIS, duties=duties, topic="third_party")
        if level is RiskLevel.IMMINENT:
            duties.add("imminent")
        if not assessment.suicide_named:
            duties.add("ask_suicide")
        if any(CRISIS_MARK in t for t in _crisis_markers(turns)):
            duties.add("again")
        return Decision(str(level), actions_for(level), CRISIS, duties=duties)
    concern = _safety_concern(assessment, u)
    if concern in ("general", "delusion") and not assessment.suicide_named:
        duties.add("ask_suicide")
    return Decision(str(level), actions_for(level), SAFETY_CHECK, duties=duties, topic=concern)


def _crisis_markers(turns: list[Turn]) -> list[str]:
    """Earlier replies that were crisis replies (they carry a crisis line and the AI sentence)."""
    from alongside.companion.pipeline.library import crisis_texts

    ai = [s for lang in ("en", "nl") for s in crisis_texts()[lang]["crisis.ai"]]
    return [CRISIS_MARK for text in _assistant_turns(turns) if any(s in text for s in ai)]


def _boundary(u: Understanding) -> Decision | None:
    none = str(RiskLevel.NONE)
    if u.method_request:
        return Decision(none, [], CHECK_IN, topic="method_decline")
    if "secrecy" in u.intents:
        return Decision(none, [], BOUNDARY, topic="boundary.secrecy")
    if "romance" in u.intents:
        return Decision(none, [], BOUNDARY, topic="boundary.romance")
    if u.risky_plan == "stop_medication":
        duties = {"honesty"} if u.intents & _BELIEF_PUSH else set()
        if "pushback" in u.intents or (u.intents & _BELIEF_PUSH and "stop_medication" in u.recent_intents):
            duties.add("pushback")
        return Decision(
            none, [SUGGEST_CONTACT_THERAPIST], GENTLE_CHALLENGE, duties=duties, topic="plan.stop_medication"
        )
    if "ask_medication" in u.intents:
        return Decision(none, [], BOUNDARY, topic="boundary.medication")
    if "ask_diagnosis" in u.intents:
        return Decision(none, [SUGGEST_CONTACT_THERAPIST], BOUNDARY, topic="boundary.diagnosis")
    return None


def _belief(u: Understanding, turns: list[Turn], context: Context) -> Decision | None:
    none = str(RiskLevel.NONE)
    duties = {"honesty"} if u.intents & _BELIEF_PUSH else set()
    if "pushback" in u.intents and u.marks_belief:
        duties.add("pushback")
    if u.delusion:
        return Decision(none, [SUGGEST_CONTACT_THERAPIST], GENTLE_CHALLENGE, duties=duties, topic="delusion")
    if u.risky_plan:
        skill = "problem_solving" if u.risky_plan in ("quit_impulsively", "spend_or_gamble") else None
        actions = [SUGGEST_CONTACT_THERAPIST] if u.risky_plan in ("stop_eating", "stop_therapy") else []
        return Decision(
            none,
            actions,
            GENTLE_CHALLENGE,
            skill=skill,
            step=0 if skill else None,
            duties=duties,
            topic=f"plan.{u.risky_plan}",
        )
    return None


def _distortion(u: Understanding, turns: list[Turn], context: Context) -> Decision | None:
    none = str(RiskLevel.NONE)
    duties = {"honesty"} if u.intents & _BELIEF_PUSH else set()
    if "pushback" in u.intents:
        duties.add("pushback")
    if u.distortions:
        kind = next(iter(u.distortions))
        # A second distorted thought in a row (or a thought record in the care plan): look at it together.
        record = (u.recent_distortions or "thought_record" in context.plan_skills) and not _offered_lately(turns)
        return Decision(
            none,
            [],
            GENTLE_CHALLENGE,
            skill="thought_record" if record else None,
            step=0 if record else None,
            duties=duties,
            topic=f"distortion.{kind}",
        )
    return None


def _open_agreement(u: Understanding) -> Decision | None:
    """Asked to agree with something the understanding did not mark: think it through together."""
    if "seek_agreement" in u.intents and not u.marks_belief:
        return Decision(str(RiskLevel.NONE), [], GENTLE_CHALLENGE, topic="open_agreement")
    return None


def _relationship(u: Understanding) -> Decision | None:
    none = str(RiskLevel.NONE)
    if "heavy_use" in u.intents:
        return Decision(none, [SUGGEST_CONTACT_THERAPIST], POINT_TO_SUPPORT, topic="boundary.heavy_use")
    if "promise_request" in u.intents:
        return Decision(none, [SUGGEST_CONTACT_THERAPIST], BOUNDARY, topic="boundary.promise")
    if "dependence" in u.intents:
        return Decision(none, [SUGGEST_CONTACT_THERAPIST], POINT_TO_SUPPORT, topic="boundary.dependence")
    if "ask_ai" in u.intents:
        return Decision(none, [], BOUNDARY, topic="disclose_ai")
    return None


def _skill_in_progress(state: SkillState | None, u: Understanding) -> Decision | None:
    if state is None:
        return None
    following, event = skills.advance(state, u)
    none = str(RiskLevel.NONE)
    if event == "ignored":
        return None
    if following is not None:
        return Decision(none, [], GUIDED_SKILL, skill=following.skill, step=following.step, topic=event)
    if event == "done":
        return Decision(none, [], GUIDED_SKILL, skill=state.skill, step=None, topic="done")
    return Decision(none, [], REFLECTIVE_LISTENING, topic=f"skill.{event}")


def _plan_first(candidate: str, u: Understanding, context: Context) -> str:
    """Prefer a skill from the client's care plan when one fits the feeling too."""
    if candidate in context.plan_skills:
        return candidate
    fitting = {s for kind in u.emotion_kinds | u.recent_kinds for s in _SKILL_FOR_KIND.get(kind, ())}
    return next((s for s in context.plan_skills if s in fitting), candidate)


def _skill_need(u: Understanding, context: Context) -> Decision | None:
    none = str(RiskLevel.NONE)
    if "psychoeducation" in u.intents:
        return None
    if "panic" in u.intents or "ask_breathing" in u.intents:
        return Decision(none, [], GUIDED_SKILL, skill="breathing", step=1, topic="started")
    if "ask_grounding" in u.intents:
        return Decision(none, [], GUIDED_SKILL, skill="grounding", step=1, topic="started")
    if "worry" in u.intents:
        return Decision(none, [], GUIDED_SKILL, skill=_plan_first("worry_time", u, context), step=0, topic="offer")
    if "low_activity" in u.intents:
        skill = _plan_first("behavioural_activation", u, context)
        return Decision(none, [], GUIDED_SKILL, skill=skill, step=0, topic="offer")
    if "ask_what_to_do" in u.intents:
        return Decision(none, [], GUIDED_SKILL, skill=_plan_first("problem_solving", u, context), step=0, topic="offer")
    if "ask_help" in u.intents:
        kinds = ("anxious", "stressed", "sad", "tired", "lonely", "angry")
        kind = next((k for k in kinds if k in u.emotion_kinds), None)
        skill = _SKILL_FOR_KIND.get(kind or "", ("problem_solving",))[0]
        return Decision(none, [], GUIDED_SKILL, skill=_plan_first(skill, u, context), step=0, topic="offer")
    return None


_KIND_ORDER = ("anxious", "stressed", "sad", "tired", "lonely", "ashamed", "angry", "hurt", "confused")


def _offered_lately(turns: list[Turn]) -> bool:
    """A skill was offered or guided in one of the companion's last two replies."""
    said = [i for i, t in enumerate(turns) if t.role == "assistant"][-2:]
    return any(skills.state_from_reply(turns[: i + 2]) for i in said)


def _education_topic(text: str) -> str:
    low = text.lower()
    return next((topic for topic, words in _EDUCATION if any(w in low for w in words)), "general")


def _conversation(u: Understanding, turns: list[Turn], context: Context, text: str) -> Decision:
    none = str(RiskLevel.NONE)
    if "psychoeducation" in u.intents or "sleep" in u.intents:
        topic = _education_topic(text) if "psychoeducation" in u.intents else "sleep"
        skill = _EDUCATION_SKILL.get(topic)
        return Decision(
            none, [], PSYCHOEDUCATION, skill=skill, step=0 if skill else None, topic=f"psychoeducation.{topic}"
        )
    for intent in ("greeting", "how_are_you"):
        if intent in u.intents:
            return Decision(none, [], CHECK_IN, topic=intent)
    if u.intents & {"thanks", "closing"} and len(text.split()) <= 12:
        return Decision(none, [], CHECK_IN, topic="closing" if "closing" in u.intents else "thanks")
    if "positive" in u.intents and not (u.emotion_kinds - {"positive"}):
        return Decision(none, [], REFLECTIVE_LISTENING, topic="positive")
    kinds = (u.emotion_kinds | u.recent_kinds) - {"positive"}
    users = [t for t in turns if t.role == "user"]
    lasting = bool(u.emotion_kinds - {"positive"}) and bool(u.recent_kinds - {"positive"})
    if lasting and len(users) >= 2 and not _offered_lately(turns):
        kind = next((k for k in _KIND_ORDER if k in kinds), "confused")
        skill = _plan_first(_SKILL_FOR_KIND[kind][0], u, context)
        return Decision(none, [], GUIDED_SKILL, skill=skill, step=0, topic="offer")
    duties = {"connect"} if (len(users) % 3 == 0 or "lonely" in u.emotion_kinds) else set()
    return Decision(none, [], REFLECTIVE_LISTENING, duties=duties, topic="listen")


def decide(
    assessment: Assessment, u: Understanding, turns: list[Turn], context: Context, state: SkillState | None
) -> Decision:
    first = context.first_use if context.first_use is not None else not any(t.role == "assistant" for t in turns)
    duties: set[str] = {"introduce"} if first else set()
    if "ask_ai" in u.intents and not first:
        duties.add("disclose_ai")
    if context.minutes_today >= context.heavy_use_minutes and not context.notice_given_today:
        duties.add("heavy_use")
    if assessment.level.at_least(RiskLevel.MODERATE):
        return _risk_decision(assessment, u, turns, duties)
    text = next(t.content for t in reversed(turns) if t.role == "user")
    decision = (
        _boundary(u)
        or _belief(u, turns, context)
        or _relationship(u)
        or _skill_in_progress(state, u)
        or _distortion(u, turns, context)
        or _open_agreement(u)
        or _skill_need(u, context)
        or _conversation(u, turns, context, text)
    )
    decision.level = str(assessment.level)
    decision.duties |= duties
    if decision.topic == "disclose_ai":
        decision.duties.discard("disclose_ai")
    return decision
