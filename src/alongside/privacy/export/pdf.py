"""A client's record as a PDF for a referral: the between-session summary, charts of mood and of the
questionnaire totals, and the signed notes with their sources. Drawn with fpdf2 (pure Python).

Fonts: a TrueType font is needed for text beyond Latin-1 (quotes, dashes, arrows; Dutch itself is
Latin-1). ``settings.pdf_font`` names one; otherwise DejaVu Sans is looked for where Debian's
``fonts-dejavu-core`` and other systems put it. Without any, the built-in Helvetica is used and
characters outside Latin-1 are replaced, so an export never fails for want of a font.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from fpdf import FPDF

from alongside.config import settings
from alongside.kit import i18n
from alongside.notes.service import facts as note_facts
from alongside.notes.service import reads as note_reads
from alongside.notes.service import text as note_text
from alongside.notes.service.facts import N_
from alongside.privacy.export.record import ClientRecord

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu: fonts-dejavu-core
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",  # Fedora
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
)
FALLBACKS = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "→": "->", "…": "...", "×": "x"}
SCALES = {"phq9": 27, "gad7": 21, "who5": 100}
DISCLAIMER = N_(
    "Only what the client shares is in this record. Alongside supports care; it does not replace clinical judgement."
)


def font_path() -> Path | None:
    if settings.pdf_font is not None:
        return settings.pdf_font if settings.pdf_font.is_file() else None
    return next((Path(p) for p in FONT_CANDIDATES if Path(p).is_file()), None)


class RecordPDF(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        regular = font_path()
        self.unicode = regular is not None
        if regular is not None:
            bold = regular.with_name(regular.stem + "-Bold" + regular.suffix)
            self.add_font("Body", "", str(regular))
            self.add_font("Body", "B", str(bold if bold.is_file() else regular))
            self.family = "Body"
        else:
            self.family = "Helvetica"

    def clean(self, value: str) -> str:
        if self.unicode:
            return value
        for char, plain in FALLBACKS.items():
            value = value.replace(char, plain)
        return value.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.clean(f"{self.footer_text} · {self.page_no()}"), align="C")
        self.set_text_color(0, 0, 0)

    def heading(self, value: str, size: int = 14) -> None:
        self.ln(2)
        self.set_font(self.family, "B", size)
        self.multi_cell(0, size * 0.55, self.clean(value), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, value: str, size: int = 10, bold: bool = False) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        self.multi_cell(0, size * 0.5, self.clean(value), align="L", new_x="LMARGIN", new_y="NEXT")

    def bullet(self, value: str, size: int = 10) -> None:
        self.set_font(self.family, "", size)
        self.set_x(self.l_margin + 3)
        mark = "• " if self.unicode else "- "
        self.multi_cell(0, size * 0.5, self.clean(mark + value), align="L", new_x="LMARGIN", new_y="NEXT")

    def line_chart(self, title: str, series: Sequence[tuple[date, float]], top: float, bottom: float = 0) -> None:
        """Points joined by lines in a framed box, the scale's ends and the first and last date written."""
        if self.get_y() > self.h - 70:
            self.add_page()
        self.para(title, 10, bold=True)
        x0, y0, width, height = self.l_margin + 10, self.get_y() + 2, self.w - self.l_margin - self.r_margin - 12, 38
        self.set_draw_color(150, 150, 150)
        self.rect(x0, y0, width, height)
        self.set_font(self.family, "", 7)
        for value, y in ((top, y0), (bottom, y0 + height)):
            self.text(self.l_margin, y + 1.5, f"{value:g}")
        first, last = series[0][0], series[-1][0]
        span = max((last - first).days, 1)

        def xy(day: date, value: float) -> tuple[float, float]:
            return x0 + width * (day - first).days / span, y0 + height * (top - value) / (top - bottom)

        points = [xy(day, value) for day, value in series]
        self.set_draw_color(31, 95, 139)
        self.set_line_width(0.6)
        if len(points) > 1:
            self.polyline(points)
        self.set_fill_color(31, 95, 139)
        for px, py in points:
            self.ellipse(px - 0.9, py - 0.9, 1.8, 1.8, style="F")
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.text(x0, y0 + height + 4, first.isoformat())
        self.text(x0 + width - 16, y0 + height + 4, last.isoformat())
        self.set_y(y0 + height + 7)


def _summary(pdf: RecordPDF, record: ClientRecord) -> None:
    tr = i18n.translations(record.locale).gettext
    summary = record.summary
    pdf.heading(tr(N_("Summary since the last session")))
    pdf.para(note_reads.period_text(summary, record.locale), 9)
    for section in summary.sections:
        pdf.para(tr(note_reads.SECTION_HEADINGS[section.key]), 10, bold=True)
        if section.status != "shared":
            pdf.bullet(tr(note_reads.STATUS_TEXT[section.status]))
        for fact in section.facts:
            pdf.bullet(f"{fact.text} [{fact.label}]")
    if summary.next_fact is not None:
        pdf.para(tr(N_("Next session")), 10, bold=True)
        pdf.bullet(summary.next_fact.text)


def _charts(pdf: RecordPDF, record: ClientRecord) -> None:
    tr = i18n.translations(record.locale).gettext
    if not record.moods and not record.responses:
        return
    pdf.heading(tr(N_("Charts")))
    if record.moods:
        days = note_facts.daily_means(record.moods, record.tz)
        pdf.line_chart(tr(N_("Mood per day (1–10)")), days, 10, 1)
    for instrument, top in SCALES.items():
        series = [
            (r.completed_at.astimezone(record.tz).date(), float(r.total))
            for r in record.responses or []
            if r.instrument == instrument
        ]
        if series:
            name = note_facts.INSTRUMENT_NAMES[instrument]
            pdf.line_chart(tr(N_("%(name)s total over time")) % {"name": name}, series, top)


def _notes(pdf: RecordPDF, record: ClientRecord) -> None:
    tr = i18n.translations(record.locale).gettext
    pdf.add_page()
    pdf.heading(tr(N_("Signed notes")))
    if not record.notes:
        pdf.para(tr(N_("No signed notes.")))
    for signed in record.notes:
        row, version, content = signed.session, signed.version, signed.content
        heading = note_text.note_heading(
            content["format"], row.starts_at, row.modality.value, row.duration_minutes, record.tz, record.locale
        )  # noqa: E501
        body = note_text.note_text(
            content, locale=record.locale, heading=heading,
            sign_line=note_text.sign_text(version.number, version.signed_at, signed.signer, record.tz, record.locale),
        )  # fmt: skip
        lines = body.splitlines()
        pdf.para(lines[0], 11, bold=True)
        if signed.superseded:
            pdf.para(tr(N_("Replaced by a later amended version.")), 9)
        for line in lines[1:]:
            if not line:
                pdf.ln(1)
            elif line.startswith("- "):
                pdf.bullet(line[2:], 9)
            else:
                pdf.para(line, 10, bold=line in {tr(t) for t in note_text.SECTION_TITLES.values()})
        pdf.ln(3)


def render(record: ClientRecord) -> bytes:
    tr = i18n.translations(record.locale).gettext
    generated = record.generated_at.astimezone(record.tz).strftime("%Y-%m-%d %H:%M")
    pdf = RecordPDF(
        tr(N_("Alongside record of %(name)s, %(when)s")) % {"name": record.client.display_name, "when": generated}
    )
    pdf.set_title(tr(N_("Client record")) + f": {record.client.display_name}")
    pdf.set_creator("Alongside")
    pdf.add_page()
    pdf.heading(tr(N_("Client record")) + f": {record.client.display_name}", 18)
    pdf.para(
        tr(N_("Made on %(when)s by %(name)s, for a referral."))
        % {"when": generated, "name": record.exporter.display_name},
        9,
    )
    shared = [tr(label) for scope, label in SHARED_LABELS.items() if getattr(record.consent, scope)]
    pdf.para(tr(N_("Shared by the client with this therapist: %(scopes)s.")) % {"scopes": ", ".join(shared) or "-"}, 9)
    pdf.para(tr(DISCLAIMER), 8)
    _summary(pdf, record)
    _charts(pdf, record)
    _notes(pdf, record)
    return bytes(pdf.output())


SHARED_LABELS = {
    "checkins": N_("mood check-ins"),
    "questionnaires": N_("questionnaire results"),
    "journal": N_("journal entries marked as shared"),
    "companion": N_("conversations with the companion"),
    "footprint": N_("digital footprint"),
}


def generated_name(record: ClientRecord, suffix: str) -> str:
    day = record.generated_at.astimezone(record.tz).date().isoformat()
    return f"alongside-record-{record.client.id}-{day}.{suffix}"
