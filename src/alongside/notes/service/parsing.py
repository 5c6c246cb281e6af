"""Transcripts into numbered lines with speaker labels: pasted or uploaded plain text ("Speaker: text"),
WebVTT captions (webvtt-py) and Word documents (python-docx); and the guess of who is who.

Pure functions: bytes or text in, ``Line``s out, or ``InvalidInput`` (a 422 naming the field)
with a message that says what to do instead. A "line" is a speaker's turn: consecutive caption cues of
the same voice, and text lines without a label after a labelled one, are joined into it, so a note
refers to what someone said rather than to how a captioning tool cut it up.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass

from alongside.errors import InvalidInput
from alongside.notes.models import TranscriptSource

MAX_LABEL = 40
# An optional time stamp ("[00:01:02]", "00:01", "12:03:04.500 -"), then "Label: text".
_TIMESTAMP = r"\[?(?P<start>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]?\s*[-–]?\s*"
_LABELLED = re.compile(
    rf"^\s*(?:{_TIMESTAMP})?(?P<label>[^\W\d_][\w .'’()-]{{0,{MAX_LABEL - 1}}}?)\s*:\s+(?P<text>\S.*)$"
)
_STAMP_ONLY = re.compile(rf"^\s*{_TIMESTAMP}(?P<text>\S.*)$")

THERAPIST_LABELS = frozenset(
    """therapist therapeut therapeute behandelaar counsellor counselor psycholoog psychologist psychotherapeut
    psychotherapist coach interviewer hulpverlener clinician t th""".split()
)
CLIENT_LABELS = frozenset("client patient clientin patientin c cl p pt".split())
ROLES = ("therapist", "client", "other")


@dataclass(frozen=True)
class Line:
    n: int
    speaker: str | None
    text: str
    start: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"n": self.n, "speaker": self.speaker, "text": self.text, "start": self.start}


@dataclass(frozen=True)
class Parsed:
    source: TranscriptSource
    lines: list[Line]


# -- plain text ---------------------------------------------------------------------------------------


def _split_label(raw: str) -> tuple[str | None, str | None, str]:
    """(label, start, text) of one raw line; label None when it has none."""
    found = _LABELLED.match(raw)
    if found and len(found["label"].split()) <= 4:
        return found["label"].strip(), found["start"], found["text"].strip()
    stamp = _STAMP_ONLY.match(raw)
    if stamp:
        return None, stamp["start"], stamp["text"].strip()
    return None, None, raw.strip()


def _labels_in_use(raws: list[str]) -> set[str]:
    """Labels that look like speakers: used on two lines or more, after a time stamp, or a known role
    word. A one-off "Note: she was late" stays text."""
    split = [_split_label(raw) for raw in raws]
    counts = Counter(label for label, _, _ in split if label)
    stamped = {label for label, start, _ in split if label and start}
    return {label for label, count in counts.items() if count >= 2 or label in stamped or role_word(label)}


def lines_from_text(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[Line]:
    """Turns from "Speaker: text" lines; unlabelled lines continue the turn before them. ``known``
    labels are speakers however often they occur (a Word table's first column)."""
    raws = [raw for raw in text.splitlines() if raw.strip()]
    speakers = _labels_in_use(raws) | set(known)
    turns: list[tuple[str | None, str | None, list[str]]] = []
    for raw in raws:
        label, start, body = _split_label(raw)
        if label is not None and label not in speakers:
            label, body = None, (f"{label}: {body}" if start else raw.strip())
        if label is None and turns and turns[-1][0] is not None and start is None:
            turns[-1][2].append(body)
            continue
        turns.append((label, start, [body]))
    return [Line(n, label, " ".join(parts), start) for n, (label, start, parts) in enumerate(turns, 1)]


def lines_from_notes(text: str) -> list[Line]:
    """The therapist's typed notes: one line per non-empty line, no speakers."""
    return [Line(n, None, raw.strip()) for n, raw in enumerate((r for r in text.splitlines() if r.strip()), 1)]


# -- files --------------------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise InvalidInput("This file is not a text file. Upload a .txt, .vtt or .docx file.", field="file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # older Windows exports


def lines_from_vtt(text: str) -> list[Line]:
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        captions = list(webvtt.from_string(text))
    except (MalformedFileError, ValueError, IndexError) as exc:
        raise InvalidInput(
            "This .vtt file could not be read: it must start with WEBVTT and contain timed captions.", field="file"
        ) from exc
    turns: list[tuple[str | None, str, list[str]]] = []
    for caption in captions:
        body = " ".join(part.strip() for part in caption.text.splitlines() if part.strip())
        speaker = caption.voice
        if speaker is None:
            label, _, rest = _split_label(body)
            if label is not None:
                speaker, body = label, rest
        if not body:
            continue
        if turns and turns[-1][0] == speaker and speaker is not None:
            turns[-1][2].append(body)
        else:
            turns.append((speaker, caption.start.split(".")[0], [body]))
    return [Line(n, speaker, " ".join(parts), start) for n, (speaker, start, parts) in enumerate(turns, 1)]


def _docx_text(data: bytes) -> tuple[str, set[str]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InvalidInput(
            "This .docx file could not be read. Save it again as a Word document (.docx) or paste the text.",
            field="file",
        ) from exc
    rows = [p.text for p in document.paragraphs]
    speakers = set()
    for table in document.tables:  # transcripts laid out as a table: speaker | (time |) text
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            if len(cells) >= 2 and cells[0] and cells[-1] and len(cells[0]) <= MAX_LABEL:
                rows.append(f"{cells[0]}: {cells[-1]}")
                speakers.add(cells[0])
    return "\n".join(rows), speakers


def detect_source(filename: str, data: bytes) -> TranscriptSource:
    name = filename.lower()
    if name.endswith(".vtt") or data.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        return TranscriptSource.VTT
    if name.endswith(".docx") or data.startswith(b"PK\x03\x04"):
        return TranscriptSource.DOCX
    if name.endswith((".doc", ".pdf", ".rtf", ".odt", ".pages")) or data.startswith((b"%PDF", b"\xd0\xcf\x11\xe0")):
        raise InvalidInput(
            "This kind of file cannot be read. Upload a .txt, .vtt or .docx file, or paste the text.", field="file"
        )
    return TranscriptSource.TEXT


def parse_upload(filename: str, data: bytes, *, max_bytes: int, max_lines: int) -> Parsed:
    """An uploaded transcript: .txt, .vtt or .docx (by name, else by content)."""
    if not data:
        raise InvalidInput("The file is empty.", field="file")
    if len(data) > max_bytes:
        raise InvalidInput("The file is too large. Split the transcript up or paste it in parts.", field="file")
    source = detect_source(filename, data)
    if source == TranscriptSource.VTT:
        lines = lines_from_vtt(decode_text(data))
    elif source == TranscriptSource.DOCX:
        lines = lines_from_text(*_docx_text(data))
    else:
        lines = lines_from_text(decode_text(data))
    return Parsed(source, _checked(lines, max_lines, "file"))


def parse_text(text: str, source: TranscriptSource, *, max_lines: int) -> Parsed:
    """Pasted "Speaker: text" lines, or typed notes."""
    lines = lines_from_notes(text) if source == TranscriptSource.TYPED else lines_from_text(text)
    return Parsed(source, _checked(lines, max_lines, "text"))


def _checked(lines: list[Line], max_lines: int, field: str) -> list[Line]:
    if not lines:
        raise InvalidInput("No text was found in it.", field=field)
    if len(lines) > max_lines:
        raise InvalidInput("The transcript has too many lines. Split it up.", field=field)
    return lines


# -- who is who ---------------------------------------------------------------------------------------


def _fold(label: str) -> str:
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def role_word(label: str) -> str | None:
    """ "therapist" or "client" for a label that says so (English or Dutch), else None."""
    folded = _fold(label)
    if folded in THERAPIST_LABELS:
        return "therapist"
    if folded in CLIENT_LABELS:
        return "client"
    return None


def guess_roles(labels: list[str], therapist_name: str | None = None) -> dict[str, str]:
    """Label → therapist | client | other. A label that says its role, or the therapist's own name,
    decides; with one therapist found, a single remaining label is the client (and the other way)."""
    own = {_fold(part) for part in (therapist_name or "").split() if part} | {_fold(therapist_name or "")}
    own.discard("")
    roles = {}
    for label in dict.fromkeys(labels):
        roles[label] = role_word(label) or ("therapist" if _fold(label) in own else "other")
    unknown = [label for label, role in roles.items() if role == "other"]
    found = set(roles.values())
    if len(unknown) == 1 and "therapist" in found and "client" not in found:
        roles[unknown[0]] = "client"
    elif len(unknown) == 1 and "client" in found and "therapist" not in found:
        roles[unknown[0]] = "therapist"
    return roles
