"""The instruments' wording, from the data files in ``questionnaires/data`` (English as published,
Dutch as our own translation until it is checked against the published Dutch version)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from alongside.errors import NotFound
from alongside.questionnaires import scoring
from alongside.questionnaires.schemas import InstrumentRead
from alongside.questionnaires.scoring import Instrument

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def _data(instrument: Instrument) -> dict[str, Any]:
    with (DATA_DIR / f"{instrument.value}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def instrument_or_404(name: str) -> Instrument:
    instrument = scoring.instrument_of(name)
    if instrument is None:
        raise NotFound("No such questionnaire.")
    return instrument


def instrument_text(name: str, locale: str | None) -> InstrumentRead:
    """The instrument in ``locale`` (English when we have no such language)."""
    instrument = instrument_or_404(name)
    data = _data(instrument)
    lang = locale if locale in data["languages"] else "en"
    text = data["languages"][lang]
    return InstrumentRead(
        id=instrument.value,
        name=data["name"],
        locale=lang,
        title=text["title"],
        stem=text["stem"],
        options=text["options"],
        items=text["items"],
        difficulty=text.get("difficulty"),
        translation=text["translation"],
        translation_note=text.get("translation_note"),
        score_max=scoring.SCORE_MAX[instrument],
    )


def instrument_name(instrument: str) -> str:
    """The short name, the same in every language (PHQ-9, GAD-7, WHO-5)."""
    return _data(Instrument(instrument))["name"]


def scales() -> dict[str, dict[str, Any]]:
    """Per instrument, what a chart needs: name, maximum score, bands (low, high, code), direction."""
    return {
        i.value: {
            "name": _data(i)["name"],
            "max": scoring.SCORE_MAX[i],
            "bands": scoring.BANDS[i],
            "higher_is_better": i in scoring.HIGHER_IS_BETTER,
        }
        for i in Instrument
    }
