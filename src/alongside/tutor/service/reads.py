"""The tutor's read models for the API and the pages, built from the service's views."""

from __future__ import annotations

from alongside.tutor.models import TutorReport
from alongside.tutor.schemas import (
    CitedTurn,
    CorrectionRead,
    FeedbackItemRead,
    FeedbackRead,
    ReportItem,
    ReportRead,
    SupervisionRead,
    TrendPointRead,
    TrendRead,
    TurnRead,
)
from alongside.tutor.service.feedback import Item
from alongside.tutor.service.reports import ReportView, Trend
from alongside.tutor.service.summaries import MITI_THRESHOLDS
from alongside.tutor.service.supervision import Overview, SupervisionItem


def cited(view: ReportView, item: Item) -> list[CitedTurn]:
    turns = [view.by_turn[n] for n in item.turns if n in view.by_turn]
    return [CitedTurn(n=t["n"], role=t["role"], text=t["text"]) for t in turns]


def report_item(report: TutorReport) -> ReportItem:
    return ReportItem(
        id=report.id, session_id=report.session_id, transcript_id=report.transcript_id, session_at=report.session_at,
        language=report.language, created_at=report.created_at, summary=report.summary,
    )  # fmt: skip


def report_read(view: ReportView) -> ReportRead:
    r, contested = view.report, view.contested

    def feedback_item(item: Item) -> FeedbackItemRead:
        return FeedbackItemRead(kind=item.kind, title=item.title, body=item.body, turns=cited(view, item),
                                example=item.example)  # fmt: skip

    turns = [
        TurnRead(**{k: t.get(k) for k in ("n", "role", "text", "mi", "empathy", "answers")},
                 evidence=t.get("evidence") or {}, hidden=bool(t.get("hidden")),
                 contested=sorted(d for n, d in contested if n == t["n"]))
        for t in view.turns
    ]  # fmt: skip
    return ReportRead(
        **report_item(r).model_dump(), therapist_id=r.therapist_id, model=r.model, updated_at=r.updated_at,
        client_words=view.client_words, miti_thresholds=MITI_THRESHOLDS, turns=turns,
        corrections=[CorrectionRead(id=c.id, turn=c.turn, dimension=c.dimension, model_code=c.model_code,
                                    therapist_code=c.therapist_code,
                                    comment=c.comment if view.client_words else None, created_at=c.created_at)
                     for c in view.corrections],
        feedback=FeedbackRead(source=view.feedback.source, note=view.feedback.note,
                              strengths=[feedback_item(i) for i in view.feedback.strengths],
                              suggestions=[feedback_item(i) for i in view.feedback.suggestions]),
    )  # fmt: skip


def trend_read(trend: Trend) -> TrendRead:
    return TrendRead(
        therapist_id=trend.therapist_id, therapist_name=trend.therapist_name,
        points=[TrendPointRead(**vars(p)) for p in trend.points],
    )  # fmt: skip


def _supervision(item: SupervisionItem, *, given: bool, me_name: str) -> SupervisionRead:
    r = item.row
    return SupervisionRead(
        id=r.id, therapist_id=r.therapist_id, supervisor_id=r.supervisor_id, status=r.status,
        therapist_name=me_name if given else item.other.display_name,
        supervisor_name=item.other.display_name if given else me_name,
        created_at=r.created_at, responded_at=r.responded_at, revoked_at=r.revoked_at,
    )  # fmt: skip


def supervisions_read(overview: Overview, me_name: str) -> dict:
    return {
        "given": [_supervision(i, given=True, me_name=me_name) for i in overview.given],
        "received": [_supervision(i, given=False, me_name=me_name) for i in overview.received],
    }


# -- the trend as small charts ---------------------------------------------------------------------------

CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 320, 120, 28
CHART_FIGURES = {  # figure: (top of the scale, is a share)
    "reflection_to_question": (3.0, False),
    "complex_reflection_share": (1.0, True),
    "open_question_share": (1.0, True),
    "therapist_talk_share": (1.0, True),
}


def trend_charts(trend: Trend) -> list[dict]:
    """Per figure, the SVG coordinates of its points (None values skipped), the top of the scale and
    the MITI fair/good lines where MITI sets them. Values above the top are drawn at the top."""
    charts = []
    n = len(trend.points)
    inner_w, inner_h = CHART_WIDTH - 2 * CHART_PAD, CHART_HEIGHT - 2 * CHART_PAD

    def x(i: int) -> float:
        return CHART_PAD + (inner_w * i / (n - 1) if n > 1 else inner_w / 2)

    def y(value: float, top: float) -> float:
        return CHART_PAD + inner_h * (1 - min(value, top) / top)

    for name, (top, share) in CHART_FIGURES.items():
        points = [
            {"x": round(x(i), 1), "y": round(y(p.figures[name], top), 1), "value": p.figures[name],
             "at": p.session_at, "report_id": p.report_id}
            for i, p in enumerate(trend.points) if p.figures.get(name) is not None
        ]  # fmt: skip
        lines = []
        if name in MITI_THRESHOLDS:
            fair, good = MITI_THRESHOLDS[name]
            lines = [{"band": "fair", "y": round(y(fair, top), 1)}, {"band": "good", "y": round(y(good, top), 1)}]
        charts.append({
            "name": name, "share": share, "top": top, "points": points, "lines": lines,
            "path": " ".join(f"{p['x']},{p['y']}" for p in points),
            "width": CHART_WIDTH, "height": CHART_HEIGHT, "pad": CHART_PAD, "bottom": CHART_HEIGHT - CHART_PAD,
        })  # fmt: skip
    return charts
