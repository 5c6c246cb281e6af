"""The embedded default responder: no language model, only the team's reply templates and skill
scripts (companion/data), the client's own words reflected back, and the policy's decision.

It answers every stance except crisis (crisis.py) and never repeats a variant within a conversation
while another is left (library.Picker).
"""

from __future__ import annotations

import re

from alongside.companion.pipeline import lexicon_en, lexicon_nl, skills
from alongside.companion.pipeline.crisis import short_lines
from alongside.companion.pipeline.library import Picker
from alongside.companion.pipeline.reflect import reflection
from alongside.companion.pipeline.result import (
    BOUNDARY,
    CHECK_IN,
    GENTLE_CHALLENGE,
    GUIDED_SKILL,
    POINT_TO_SUPPORT,
    PSYCHOEDUCATION,
    REFLECTIVE_LISTENING,
    Context,
    Decision,
    Understanding,
)

__all__ = ["default_reply"]

_TOOK_MORE = re.compile(r"\b(?:took|taken|have taken|swallowed|ingenomen|genomen|geslikt)\b", re.IGNORECASE)


class _Reply:
    """What one stance writes, given the decision, the message and the picker."""

    def __init__(self, decision: Decision, u: Understanding, text: str, context: Context, picker: Picker) -> None:
        self.d, self.u, self.text, self.context, self.p = decision, u, text, context, picker

    @property
    def introduced(self) -> bool:
        return "introduce" in self.d.duties

    def feeling(self) -> list[str]:
        """A reflection of a painful feeling, when the client named one (no content: for stances
        where their words may hold a belief we should not repeat)."""
        if self.u.emotion_kinds - {"positive"}:
            return [reflection(self.text, self.u, self.p, distress=False, content=False)]
        return []

    def distortion_feeling(self) -> list[str]:
        """The feeling that usually comes with the distorted thought ("everyone hates me" -> hurt):
        the feeling is validated, the thought is not."""
        topic = self.d.topic or ""
        if not topic.startswith("distortion."):
            return []
        lexicon = lexicon_nl if self.u.lang == "nl" else lexicon_en
        feeling = lexicon.DISTORTION_FEELINGS.get(topic.removeprefix("distortion."))
        return [self.p.reply("reflect_feeling", feeling=feeling)] if feeling else []

    def offer(self, skill: str) -> list[str]:
        parts = []
        helped = [h for h in self.context.memory_helped if h == skill]
        if helped:
            parts.append(self.p.reply("memory.helped", helped=skills.skill_name(skill, self.u.lang)))
        parts.append(self.p.choose(skills.offer_text(skill, self.u.lang)))
        if skill in self.context.plan_skills:
            parts.append(self.p.reply("skill.from_plan"))
        return parts

    def check_in(self) -> list[str]:
        topic = self.d.topic or "greeting"
        if topic == "method_decline":
            return [self.p.reply("method_decline", lines_short=short_lines(self.context.crisis, self.u.lang))]
        if topic == "greeting" and self.introduced:
            return [self.p.reply("after_intro")]
        return [self.p.reply(topic)]

    def boundary(self) -> list[str]:
        topic = self.d.topic or "disclose_ai"
        if topic == "disclose_ai":
            return [self.p.reply("after_intro")] if self.introduced else [self.p.reply("disclose_ai")]
        parts = self.feeling() + [self.p.reply(topic)]
        if topic == "boundary.medication" and _TOOK_MORE.search(self.text):
            parts.append(self.p.reply("boundary.medication_urgent"))
        return parts

    def challenge(self) -> list[str]:
        parts = self.feeling() or self.distortion_feeling()
        if "pushback" in self.d.duties:
            parts.append(self.p.reply("pushback"))
        elif "honesty" in self.d.duties:
            parts.append(self.p.reply("honesty"))
        parts.append(self.p.reply(self.d.topic or "fallback"))
        if self.d.skill:
            parts.extend(self.offer(self.d.skill))
        return parts

    def listen(self) -> list[str]:
        topic = self.d.topic or "listen"
        if topic in ("positive", "skill.declined", "skill.stopped"):
            return [self.p.reply(topic)]
        parts = [reflection(self.text, self.u, self.p, distress=self.distress)]
        if "connect" in self.d.duties:
            parts.append(self.p.reply("connect"))
        else:
            parts.append(self.p.reply("ask_more" if self.distress else "ask_open"))
        return parts

    @property
    def distress(self) -> bool:
        u = self.u
        return (
            bool((u.emotion_kinds | u.recent_kinds) - {"positive"})
            or self.d.level != "none"
            or bool(u.distortions or u.recent_distortions or "stressor" in u.intents)
        )

    def guide(self) -> list[str]:
        skill, step, lang = self.d.skill or "breathing", self.d.step, self.u.lang
        if self.d.topic == "done":
            return [self.p.choose(skills.done_text(skill, lang, no_therapist=self.p.no_therapist))]
        if step == 0:
            return [reflection(self.text, self.u, self.p, distress=self.distress)] + self.offer(skill)
        parts = self.feeling() if self.d.topic == "started" and step == 1 else []
        return parts + [self.p.choose(skills.step_text(skill, step or 1, lang))]

    def educate(self) -> list[str]:
        parts = self.feeling() + [self.p.reply(self.d.topic or "psychoeducation.general")]
        if self.d.skill:
            parts.extend(self.offer(self.d.skill))
        else:
            parts.append(self.p.reply("ask_open"))
        return parts

    def support(self) -> list[str]:
        return [self.p.reply(self.d.topic or "boundary.dependence")]

    def body(self) -> list[str]:
        handlers = {
            CHECK_IN: self.check_in,
            BOUNDARY: self.boundary,
            GENTLE_CHALLENGE: self.challenge,
            REFLECTIVE_LISTENING: self.listen,
            GUIDED_SKILL: self.guide,
            PSYCHOEDUCATION: self.educate,
            POINT_TO_SUPPORT: self.support,
        }
        return handlers.get(self.d.stance, self.listen)()


def default_reply(decision: Decision, u: Understanding, text: str, context: Context, picker: Picker) -> str:
    """The reply for a non-crisis decision, as one text."""
    writer = _Reply(decision, u, text, context, picker)
    parts: list[str] = []
    if "introduce" in decision.duties:
        parts.append(picker.reply("intro"))
    elif "disclose_ai" in decision.duties:
        parts.append(picker.reply("disclose_ai"))
    parts.extend(writer.body())
    if "heavy_use" in decision.duties and decision.topic != "boundary.heavy_use":
        parts.append(picker.reply("heavy_use"))
    return " ".join(p for p in parts if p)
