from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field, model_validator

Distress = Annotated[int, Field(ge=0, le=10, description="0 completely calm … 10 the most distressed imaginable")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

# -- the routine definitions in exercises/data/*.json ------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PhaseDefinition(_Strict):
    phase: Literal["in", "hold", "out"]
    seconds: Annotated[int, Field(ge=1, le=20)]


class RoutineLanguage(_Strict):
    title: Text
    summary: Text
    intro: Text
    outro: Text
    # Breathing routines: what the pacer says in each phase ("Breathe in", "Hold", "Breathe out").
    phase_labels: dict[Literal["in", "hold", "out"], Text] | None = None


class StepLanguage(_Strict):
    title: Text
    body: Text


class StepDefinition(_Strict):
    seconds: Annotated[int, Field(ge=5, le=180)]
    text: dict[Lang, StepLanguage]


class RoutineDefinition(_Strict):
    """One routine as written in its data file: a breathing pattern repeated for a number of cycles,
    or a script of timed steps (grounding, body scan, muscle relaxation); English and Dutch text."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,32}$")]
    kind: Literal["breathing", "grounding", "script"]
    order: int
    phases: list[PhaseDefinition] | None = None
    default_cycles: Annotated[int, Field(ge=1, le=120)] | None = None
    cycle_options: list[Annotated[int, Field(ge=1, le=120)]] | None = None
    steps: list[StepDefinition] | None = None
    text: dict[Lang, RoutineLanguage]

    @model_validator(mode="after")
    def _consistent(self) -> RoutineDefinition:
        missing = [
            lang for lang in LANGUAGES if lang not in self.text or any(lang not in s.text for s in self.steps or [])
        ]
        if missing:
            raise ValueError(f"text missing for {sorted(set(missing))}")
        if self.kind == "breathing":
            if not self.phases or self.steps or self.default_cycles is None or not self.cycle_options:
                raise ValueError("a breathing routine has phases, default_cycles and cycle_options, and no steps")
            used = {p.phase for p in self.phases}
            if not {"in", "out"} <= used:
                raise ValueError("a breathing pattern breathes in and out")
            if self.default_cycles not in self.cycle_options or self.cycle_options != sorted(set(self.cycle_options)):
                raise ValueError("cycle_options are ascending and include default_cycles")
            if any(not t.phase_labels or not used <= t.phase_labels.keys() for t in self.text.values()):
                raise ValueError("every language labels every phase the pattern uses")
        elif not self.steps or len(self.steps) < 2 or self.phases or self.default_cycles or self.cycle_options:
            raise ValueError("a script routine has two or more steps and no breathing pattern")
        return self

    @property
    def cycle_seconds(self) -> int | None:
        return sum(p.seconds for p in self.phases) if self.phases else None

    @property
    def default_seconds(self) -> int:
        """How long the routine takes at its default length."""
        if self.phases:
            return (self.cycle_seconds or 0) * (self.default_cycles or 0)
        return sum(s.seconds for s in self.steps or [])


# -- the API -----------------------------------------------------------------------------------------


class PhaseRead(BaseModel):
    phase: Literal["in", "hold", "out"]
    seconds: int
    label: str


class StepRead(BaseModel):
    title: str
    body: str
    seconds: int


class RoutineRead(BaseModel):
    """A routine in one language. Breathing routines have ``phases`` (one cycle) and a number of cycles
    to choose from; the others have timed ``steps``."""

    id: str
    kind: str
    locale: str
    title: str
    summary: str
    intro: str
    outro: str
    phases: list[PhaseRead] = []
    cycle_seconds: int | None = None
    breaths_per_minute: float | None = None
    default_cycles: int | None = None
    cycle_options: list[int] = []
    steps: list[StepRead] = []
    default_seconds: int


class SessionCreate(BaseModel):
    """One go at a routine. ``distress_before`` is required; ``distress_after`` too, unless the
    routine was stopped early (``completed`` false)."""

    routine: Annotated[str, StringConstraints(max_length=32)]
    distress_before: Distress
    distress_after: Distress | None = None
    completed: bool = True
    started_at: datetime
    finished_at: datetime | None = Field(default=None, description="Default now; up to 48 hours ago.")


class SessionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    routine: str
    started_at: datetime
    finished_at: datetime
    duration_seconds: int
    distress_before: int
    distress_after: int | None
    completed: bool

    @computed_field  # type: ignore[prop-decorator]
    @property
    def change(self) -> int | None:
        """after − before: below zero means less distress afterwards."""
        return None if self.distress_after is None else self.distress_after - self.distress_before


class SessionPage(BaseModel):
    items: list[SessionRead]
    total: int


class ExerciseLogRead(BaseModel):
    """Recent sessions with the routines' titles, and a summary of the distress change over them."""

    items: list[SessionRead]
    total: int
    titles: dict[str, str]
    rated: int  # sessions among ``items`` with both ratings
    completed: int
    average_change: float | None
