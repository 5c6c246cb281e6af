"""Where the bars and points of the weekly figures chart go, computed here rather than in the template."""

from __future__ import annotations

from typing import Any

WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 640, 220, 34, 26, 10


def week_chart(rows: list[Any]) -> dict[str, Any]:
    """Bars: referrals per week (with drop-outs and deterioration stacked inside); a line: the median
    days to the intake review. Both on their own scale; the table beside the chart has the numbers."""
    if not rows:
        return {"bars": [], "line": "", "width": WIDTH, "height": HEIGHT, "max_count": 0, "max_days": 0}
    plot_w, plot_h = WIDTH - PAD_LEFT - 8, HEIGHT - PAD_BOTTOM - PAD_TOP
    step = plot_w / len(rows)
    max_count = max(1, max(r.referrals for r in rows))
    days = [r.median_days_to_review for r in rows if r.median_days_to_review is not None]
    max_days = max(days, default=0) or 1
    bars, points = [], []
    for i, r in enumerate(rows):
        x = PAD_LEFT + i * step
        h = plot_h * r.referrals / max_count
        dropped = plot_h * r.dropped_out / max_count
        bars.append(
            {
                "x": round(x + step * 0.15, 1),
                "w": round(step * 0.7, 1),
                "y": round(PAD_TOP + plot_h - h, 1),
                "h": round(h, 1),
                "dropped_y": round(PAD_TOP + plot_h - dropped, 1),
                "dropped_h": round(dropped, 1),
                "label": r.week[-3:],
                "label_x": round(x + step / 2, 1),
                "show_label": i % max(1, len(rows) // 8) == 0,
            }
        )
        if r.median_days_to_review is not None:
            y = PAD_TOP + plot_h - plot_h * r.median_days_to_review / max_days
            points.append(f"{round(x + step / 2, 1)},{round(y, 1)}")
    return {
        "bars": bars,
        "line": " ".join(points),
        "width": WIDTH,
        "height": HEIGHT,
        "baseline": PAD_TOP + plot_h,
        "max_count": max_count,
        "max_days": round(max_days, 1),
        "pad_left": PAD_LEFT,
        "pad_top": PAD_TOP,
    }
