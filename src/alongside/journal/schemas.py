from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator

Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20000)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
PromptId = Annotated[str, StringConstraints(strip_whitespace=True, max_length=64, pattern=r"^[a-z0-9-]+$")]
Step = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
# The feelings a thought record offers (the client may also give their own word). Ids are English words,
# so safety screening reads a chosen feeling as it reads one typed in English.
EMOTIONS: dict[str, dict[str, str]] = {
    "anxious": {"en": "anxious", "nl": "angstig"},
    "sad": {"en": "sad", "nl": "verdrietig"},
    "angry": {"en": "angry", "nl": "boos"},
    "ashamed": {"en": "ashamed", "nl": "beschaamd"},
    "guilty": {"en": "guilty", "nl": "schuldig"},
    "frustrated": {"en": "frustrated", "nl": "gefrustreerd"},
    "disappointed": {"en": "disappointed", "nl": "teleurgesteld"},
    "hurt": {"en": "hurt", "nl": "gekwetst"},
    "lonely": {"en": "lonely", "nl": "eenzaam"},
    "stressed": {"en": "stressed", "nl": "gestrest"},
    "hopeless": {"en": "hopeless", "nl": "hopeloos"},
    "jealous": {"en": "jealous", "nl": "jaloers"},
}


def emotion_id(value: str) -> str:
    """A feeling from the list, named in any language, becomes its id; the client's own word stays."""
    wanted = value.casefold()
    for key, labels in EMOTIONS.items():
        if wanted == key or wanted in (label.casefold() for label in labels.values()):
            return key
    return value


Emotion = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40), AfterValidator(emotion_id)
]
Intensity = Annotated[int, Field(ge=0, le=100)]


class ThoughtRecordContent(BaseModel):
    """The steps of a CBT thought record, in the order the form asks them."""

    situation: Step
    automatic_thought: Step
    emotion: Emotion
    intensity_before: Intensity
    evidence_for: Step
    evidence_against: Step
    balanced_thought: Step
    intensity_after: Intensity


class ThoughtRecordCreate(ThoughtRecordContent):
    shared: bool = False
    prompt_id: PromptId | None = None


class EntryCreate(BaseModel):
    title: Title | None = None
    body: Body
    shared: bool = False
    prompt_id: PromptId | None = None


class EntryUpdate(BaseModel):
    title: Title | None = None
    body: Body | None = None
    shared: bool | None = None
    # Only for entries of kind "thought_record": all the steps again.
    thought_record: ThoughtRecordContent | None = None


class EntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    kind: str = "entry"
    title: str | None
    body: str
    thought_record: ThoughtRecordContent | None = None
    prompt_id: str | None = None
    shared: bool
    written_at: datetime
    updated_at: datetime | None
    risk_level: str | None = None

    @field_validator("thought_record", mode="before")
    @classmethod
    def _parse_stored(cls, value: Any) -> Any:
        """The table keeps the steps as encrypted JSON text."""
        return json.loads(value) if isinstance(value, str) else value


class EntryPage(BaseModel):
    items: list[EntryRead]
    total: int


class PromptOfferRead(BaseModel):
    """A prompt offered to the client, in their language, with why it was chosen."""

    prompt_id: str
    text: str
    purposes: list[str]
    reason: str
    reason_code: str
    locale: str
    shown_at: datetime
    thought_record: bool = Field(description="The prompt invites a guided thought record.")
