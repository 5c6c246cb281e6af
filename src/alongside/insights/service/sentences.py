"""Plain English and Dutch sentences for patterns and trends.

Every sentence describes an association in the client's own data and never a cause: "seemed"/"leek",
a 95% interval, the number of days behind it, and a reminder that a pattern is not proof. Dutch uses a
decimal comma and a thousands point. Factor names are column names, shown with "_" as a space and
not translated; a ``_hours``/``_minutes`` suffix becomes the unit ("sleep_hours" → "1 hour more sleep").
"""

from __future__ import annotations

from datetime import date

from alongside.insights.service.patterns import Association

LANGS = ("en", "nl")
OUTCOMES = {
    "en": {"mood": "mood", "anxiety": "anxiety", "energy": "energy"},
    "nl": {"mood": "stemming", "anxiety": "angst", "energy": "energie"},
}
UNITS = {
    "hours": ("hour", "hours", "uur", "uur"),
    "h": ("hour", "hours", "uur", "uur"),
    "minutes": ("minute", "minutes", "minuut", "minuten"),
    "min": ("minute", "minutes", "minuut", "minuten"),
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
WEEKDAYS = {
    "en": ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
NOT_PROOF = {
    ("en", "you"): " This is a pattern in your own data, not proof that one causes the other.",
    ("nl", "you"): " Dit is een patroon in je eigen gegevens, geen bewijs dat het een het ander veroorzaakt.",
    ("en", "client"): " A pattern in the client's own data, not proof that one causes the other.",
    ("nl", "client"): " Een patroon in de eigen gegevens van de cliënt, geen bewijs dat het een het ander veroorzaakt.",
}
PERSONS = ("you", "client")  # the client reads "your mood"; their therapist "the client's mood"


def whose(name: str, lang: str, person: str) -> str:
    """ "your mood" / "the client's mood"; "je stemming" / "de stemming van de cliënt"."""
    if lang == "nl":
        return f"je {name}" if person == "you" else f"de {name} van de cliënt"
    return f"your {name}" if person == "you" else f"the client's {name}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def number(value: float, lang: str, digits: int = 1) -> str:
    """1234.5 → "1,234.5" (en) or "1.234,5" (nl); a minus sign for negatives."""
    text = f"{abs(value):,.{digits}f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("−" if value < 0 and text.strip("0.,") else "") + text


def _step_text(step: float) -> str:
    return f"{step:,.0f}" if step >= 1 else f"{step:g}"


Labels = dict[str, dict[str, str]]  # factor → {"en": ..., "nl": ...}: how the product names a column


def _amount(test: Association, lang: str, labels: Labels | None = None) -> str:
    """What "more of the factor" means: "1 hour more sleep", "2,000 more steps", "alcohol". A label
    from ``labels`` replaces the column name (without its unit suffix for a slope)."""
    named = (labels or {}).get(test.factor, {}).get(lang)
    label = named or test.factor.replace("_", " ").strip()
    if not test.is_slope:
        return label
    step = _step_text(test.step) if lang == "en" else number(test.step, "nl", 0 if test.step >= 1 else 2)
    head, _, suffix = test.factor.rpartition("_")
    if head and suffix in UNITS:
        one_en, many_en, one_nl, many_nl = UNITS[suffix]
        unit = (one_en if test.step == 1 else many_en) if lang == "en" else (one_nl if test.step == 1 else many_nl)
        rest = named or head.replace("_", " ")
        return f"{step} {unit} more {rest}" if lang == "en" else f"{step} {unit} meer {rest}"
    return f"{step} more {label}" if lang == "en" else f"{step} meer {label}"


def pattern_sentence(test: Association, lang: str = "en", labels: Labels | None = None, person: str = "you") -> str:
    """One pattern as a sentence; the interval is given for the size of the difference, in its direction."""
    size, low, high = abs(test.effect), test.ci_low, test.ci_high
    if test.effect < 0:
        low, high = -test.ci_high, -test.ci_low
    outcome = OUTCOMES[lang].get(test.outcome, test.outcome.replace("_", " "))
    amount = _amount(test, lang, labels)
    if lang == "nl":
        when = f"Op dagen na een dag met {amount}" if test.lag else f"Op dagen met {amount}"
        way = "hoger" if test.effect > 0 else "lager"
        zero = "; geen verschil is ook goed mogelijk" if low <= 0 else ""
        counts = _counts_nl(test)
        body = (
            f"{when} leek {whose(outcome, lang, person)} gemiddeld {number(size, lang)} punt {way} te zijn "
            f"(95%-BI {number(low, lang)} tot {number(high, lang)}{zero}; {counts})."
        )
    else:
        when = f"On days after a day with {amount}" if test.lag else f"On days with {amount}"
        way = "higher" if test.effect > 0 else "lower"
        zero = "; no difference is also plausible" if low <= 0 else ""
        points = "point" if number(size, lang) == "1.0" else "points"
        body = (
            f"{when}, {whose(outcome, lang, person)} seemed {number(size, lang)} {points} {way} on average "
            f"(95% CI {number(low, lang)} to {number(high, lang)}{zero}; {_counts_en(test)})."
        )
    return body + NOT_PROOF[lang, person]


def _counts_en(test: Association) -> str:
    if not test.is_slope:
        return f"{test.n_with} such days against {test.n_without}"
    median = number(test.median, "en", 2).rstrip("0").rstrip(".")
    return f"{test.n_with} days above the median of {median} against {test.n_without} at or below it"


def _counts_nl(test: Association) -> str:
    if not test.is_slope:
        return f"{test.n_with} zulke dagen tegen {test.n_without}"
    median = number(test.median, "nl", 2).rstrip("0").rstrip(",")
    return f"{test.n_with} dagen boven de mediaan van {median} tegen {test.n_without} op of eronder"


def long_date(day: date, lang: str) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def shift_sentence(outcome: str, shift, lang: str = "en", person: str = "you") -> str:
    """A level shift (``trends.Shift``) or, with ``shift=None``, the statement that none stands out."""
    name = OUTCOMES[lang].get(outcome, outcome)
    if shift is None:
        if lang == "nl":
            return (
                f"Er valt geen blijvende verandering in het niveau van {whose(name, lang, person)} op boven de "
                "dagelijkse schommelingen."
            )
        return (
            f"No lasting change in the level of {whose(name, lang, person)} stands out from the day-to-day ups "
            "and downs."
        )
    when, size = long_date(shift.day, lang), abs(shift.size)
    before, after = number(shift.before, lang), number(shift.after, lang)
    if lang == "nl":
        way = "hoger" if shift.size > 0 else "lager"
        return (
            f"Rond {when} lijkt {whose(name, lang, person)} van niveau veranderd: gemiddeld {before} daarvoor "
            f"en {after} daarna ({number(size, lang)} punt {way})."
        )
    way = "higher" if shift.size > 0 else "lower"
    return (
        f"Around {when} {whose(name, lang, person)} seems to have changed level: {before} on average before and "
        f"{after} after ({number(size, lang)} points {way})."
    )


def rhythm_sentence(outcome: str, rhythm, lang: str = "en", person: str = "you") -> str:
    """The weekly rhythm (``trends.Rhythm``): its high and low days, or that it is within noise."""
    name = OUTCOMES[lang].get(outcome, outcome)
    if not rhythm.distinguishable:
        if lang == "nl":
            return (
                f"De verschillen tussen weekdagen in {whose(name, lang, person)} zijn niet groter dan toeval zou geven."
            )
        return f"The differences between weekdays in {whose(name, lang, person)} are no larger than chance would give."
    high = max(range(7), key=lambda k: rhythm.deviation[k])
    low = min(range(7), key=lambda k: rhythm.deviation[k])
    up, down = number(rhythm.deviation[high], lang), number(rhythm.deviation[low], lang)
    if lang == "nl":
        return (
            f"{_capital(whose(name, lang, person))} lijkt een weekritme te volgen: het hoogst op "
            f"{WEEKDAYS[lang][high]} (+{up} ten opzichte van {'je' if person == 'you' else 'het'} gemiddelde) en "
            f"het laagst op {WEEKDAYS[lang][low]} ({down})."
        )
    return (
        f"{_capital(whose(name, lang, person))} seems to follow a weekly rhythm: highest on {WEEKDAYS[lang][high]} "
        f"(+{up} compared with {'your' if person == 'you' else 'their'} average) and lowest on "
        f"{WEEKDAYS[lang][low]} ({down})."
    )
