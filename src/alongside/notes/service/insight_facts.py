"""The insights' part of the between-session summary: the strongest patterns in the client's data up
to the end of the period (at most three: the lowest q first, then the largest effect), each as the
sentence the insights page shows, worded for the therapist ("the client's mood").

Read only when the client shares check-ins with the therapist, through the insights service (404
without consent; it audits the read, and footprint factors appear only with consent for the
footprint). Each fact links to the client's insights page, where the numbers behind it are.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.insights.service.client import client_insights
from alongside.notes.service import facts as f
from alongside.notes.service.facts import N_

TOP = 3
LABEL_INSIGHTS = N_("Patterns in the client's data up to %(end)s")
INSIGHT = N_("Pattern: %(sentence)s")
INSIGHTS_NONE = N_("No pattern in the client's data stands out from chance.")
MIN_DAYS = 14  # as the insights engine: below this, nothing is said at all


def insight_facts(session: Session, actor: Actor, client_id: int, ctx: f.FactContext) -> list[f.Fact] | None:
    """The facts, or None while there are fewer than 14 days with a check-in (nothing to say yet)."""
    view = client_insights(session, actor, client_id, locale=ctx.locale, now=ctx.end).to_dict(ctx.locale, "client")
    if view["days_with_mood"] < MIN_DAYS:
        return None
    label = (LABEL_INSIGHTS, ctx.span())
    ranked = sorted(view["patterns"], key=lambda p: (p["q"], -abs(p["effect"])))[:TOP]
    if not ranked:
        return [f.make_fact(ctx, "insights", "measures", "insights", INSIGHTS_NONE, {}, label, "insights")]
    return [
        f.make_fact(
            ctx, f"insights:{i}", "measures", "insights", INSIGHT, {"sentence": p["sentence"]}, label, "insights"
        )
        for i, p in enumerate(ranked)
    ]
