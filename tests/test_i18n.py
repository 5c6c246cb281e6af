"""The Dutch catalogue is complete and safe to render, and the locale is chosen in the right order.

Extraction runs here in-process with babel.cfg, so a template or service message that was added
without a Dutch translation fails this test even when nobody ran scripts/i18n.sh. Fix such a failure
by running scripts/i18n.sh and translating what it lists in src/alongside/locale/nl/LC_MESSAGES/messages.po.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from alongside.kit import i18n

ROOT = Path(__file__).resolve().parent.parent
BABEL_CFG = ROOT / "babel.cfg"
PO_PATH = ROOT / "src" / "alongside" / "locale" / "nl" / "LC_MESSAGES" / "messages.po"
POT_PATH = ROOT / "src" / "alongside" / "locale" / "messages.pot"

# A %-conversion (named or not, `%%` included), or a lone `%` that would break `msgstr % variables`.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa%]|%")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def _label(msgid: str | tuple[str, ...]) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def _problems(message: Message) -> list[str]:
    """What is wrong with one catalogue entry, if anything."""
    problems = []
    ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
    strings = (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
    if message.fuzzy:
        problems.append("is fuzzy")
    if len(ids) == 2 and len(strings) != 2:
        problems.append(f"needs 2 plural forms for nl, has {len(strings)}")
    if not strings or not all(s.strip() for s in strings):
        problems.append("has no Dutch translation")
        return problems
    for index, string in enumerate(strings):
        source = ids[min(index, len(ids) - 1)]  # msgstr[0] ↔ msgid, msgstr[1] ↔ msgid_plural
        if placeholders(string) != placeholders(source):
            problems.append(
                f"msgstr[{index}] placeholders {sorted(placeholders(string).elements())} "
                f"differ from {sorted(placeholders(source).elements())}"
            )
    return problems


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    with PO_PATH.open("rb") as handle:
        return read_po(handle, locale="nl")


@pytest.fixture(scope="module")
def extracted() -> dict[str | tuple[str, ...], list[str]]:
    """msgid → where it was found, from the templates and Python as babel.cfg describes them."""
    with BABEL_CFG.open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(BABEL_CFG))
    found: dict[str | tuple[str, ...], list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, comment_tags=("Translators:",)
    ):
        if isinstance(message, tuple):  # ngettext: (singular, plural[, n]); n is None
            message = tuple(part for part in message if part is not None)
        found.setdefault(message, []).append(f"{filename}:{lineno}")
    return found


def test_extraction_finds_templates_and_service_messages(extracted):
    assert "Log in" in extracted, "no template messages were extracted: check babel.cfg's jinja2 section"
    assert ("%(num)d check-in", "%(num)d check-ins") in extracted
    # Needs babel.cfg's per-section `keywords` (Babel >= 2.17): `raise NotFound("No such client.")`.
    assert "No such client." in extracted, "service messages were not extracted: Babel too old for babel.cfg?"
    assert all(where.startswith("src/alongside/") for places in extracted.values() for where in places), (
        "extraction reached files outside src/alongside"
    )


def test_every_extracted_message_has_a_dutch_translation(catalog, extracted):
    problems = []
    for msgid, places in sorted(extracted.items(), key=lambda item: _label(item[0])):
        key = msgid if isinstance(msgid, str) else msgid[0]
        message = catalog.get(key)
        if message is None:
            problems.append(f"{key!r} ({places[0]}) is not in messages.po: run scripts/i18n.sh")
            continue
        if isinstance(msgid, tuple) and tuple(message.id) != msgid:
            problems.append(f"{key!r} ({places[0]}) has plural {message.id!r} in messages.po, not {msgid!r}")
        problems += [f"{key!r} ({places[0]}) {problem}" for problem in _problems(message)]
    assert not problems, "\n".join(problems)


def test_every_catalogue_entry_is_translated(catalog):
    """Including the hand-maintained entries (errors.py defaults, Pydantic messages, role names)."""
    problems = [
        f"{_label(message.id)!r} {problem}" for message in catalog if message.id for problem in _problems(message)
    ]
    assert not problems, "\n".join(problems)


def test_catalogue_header_and_template_agree(catalog):
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"
    assert catalog.num_plurals == 2
    with POT_PATH.open("rb") as handle:
        template = read_po(handle)
    in_template = {_label(m.id) for m in template if m.id}
    in_catalog = {_label(m.id) for m in catalog if m.id}
    assert in_template == in_catalog, (
        f"messages.pot and messages.po differ; run scripts/i18n.sh. "
        f"Only in .pot: {sorted(in_template - in_catalog)}; only in .po: {sorted(in_catalog - in_template)}"
    )


def test_hand_maintained_messages_are_kept(catalog):
    """Messages Babel cannot find carry a `#. manual:` comment, so scripts/i18n.sh keeps them."""
    manual = {m.id for m in catalog if any(c.startswith("manual:") for c in m.auto_comments)}
    for msgid in (
        "Not found.",
        "Wrong e-mail address or password.",
        "client",
        "therapist",
        "admin",
        "system",
        "Field required",
        "Input should be a valid string",
    ):
        assert msgid in manual, f"{msgid!r} should be a hand-maintained (#. manual:) entry"


def test_every_translation_formats_like_jinja_newstyle_gettext():
    """Jinja's new-style gettext always applies `%` with the call's keywords, even with none."""
    nl = i18n.translations("nl")
    with PO_PATH.open("rb") as handle:
        catalog = read_po(handle, locale="nl")
    for message in catalog:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        names = {name for text in ids for name in re.findall(r"%\((\w+)\)", text)}
        values = {name: 3 for name in names}
        if isinstance(message.id, str):
            outputs = [nl.gettext(message.id)]
        else:
            outputs = [nl.ngettext(ids[0], ids[1], n) for n in (1, 2)]
        for text in outputs:
            text % values  # raises on a stray % or an unknown name


def test_dutch_gettext_and_ngettext():
    nl = i18n.translations("nl")
    assert nl.gettext("Log in") == "Inloggen"
    assert nl.gettext("Who has seen my data") == "Wie heeft mijn gegevens bekeken"
    assert nl.gettext("No such client.") == "Cliënt niet gevonden."
    assert nl.gettext("therapist") == "behandelaar"
    assert nl.ngettext("%(num)d check-in", "%(num)d check-ins", 1) % {"num": 1} == "1 check-in"
    assert nl.ngettext("%(num)d event", "%(num)d events", 2) % {"num": 2} == "2 gebeurtenissen"
    assert i18n.gettext("nl", "Hello, %(name)s") % {"name": "Ben"} == "Hoi Ben"
    # English is the source language: no catalogue, the text comes back as it is.
    assert i18n.translations("en").gettext("Log in") == "Log in"


def test_dutch_template_rendering():
    """The page templates, through kit/web.py's environment, speak Dutch when the locale is nl."""
    from alongside.kit.web import templates

    template = templates.env.from_string(
        '{{ _("Log in") }}|{{ _("Hello, %(name)s", name=who) }}'
        '|{{ ngettext("%(num)d account", "%(num)d accounts", n) }}'
    )
    assert template.render(locale="nl", who="Ben", n=1) == "Inloggen|Hoi Ben|1 account"
    assert template.render(locale="en", who="Ben", n=3) == "Log in|Hello, Ben|3 accounts"


@pytest.mark.parametrize(
    ("preferred", "accept_language", "fallback", "expected"),
    [
        ("en", "nl-NL,nl;q=0.9", "nl", "en"),  # the user's own setting beats the browser
        ("nl", "en-GB,en;q=0.9", "en", "nl"),
        (None, "nl-BE,fr;q=0.8", "en", "nl"),  # a regional Dutch browser gets Dutch
        (None, "nl-be", "en", "nl"),
        (None, "fr-FR,de;q=0.8", "nl", "nl"),  # nothing we speak: the organisation's default
        (None, "fr-FR", "en", "en"),
        (None, None, "nl", "nl"),
        ("de", None, "en", "en"),  # a setting we do not have counts as none
        (None, "", "xx", "en"),  # an unknown default falls back to English
    ],
)
def test_best_locale(preferred, accept_language, fallback, expected):
    assert i18n.best_locale(preferred, accept_language, fallback) == expected
