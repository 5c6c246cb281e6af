#!/usr/bin/env bash
# Re-extract the translatable messages and bring the Dutch catalogue up to date.
#
# Usage (from anywhere; the script works from the repository root):
#
#     scripts/i18n.sh
#
# then translate every new or fuzzy entry in src/alongside/locale/nl/LC_MESSAGES/messages.po
# (search for `msgstr ""` and `#, fuzzy`; remove the fuzzy flag once the translation is right) and run
#
#     PYTHONPATH=src .venv/bin/python -m pytest tests/test_i18n.py -q
#
# which fails while any message is untranslated or fuzzy, or a placeholder differs.
# Nothing is compiled: kit/i18n.py compiles the .po in memory when the app starts.
#
# What it does:
#   1. `pybabel extract` with babel.cfg (templates and src/alongside/**.py) writes
#      src/alongside/locale/messages.pot, sorted by msgid, with source locations.
#   2. Hand-maintained messages are added to that .pot (see below).
#   3. `pybabel update` merges the .pot into src/alongside/locale/nl/LC_MESSAGES/messages.po
#      (created when missing). Entries no longer in the .pot are dropped.
#
# Hand-maintained messages. Some English text reaches a template's `_(message)` without ever being
# inside a call that Babel can find: class defaults in errors.py (`message = "Not found."`), dicts in
# errors.py and care/pages.py, LoginFailed's message, Pydantic's validation messages, the role names
# that `_(user.role.value)` / `_(row.role)` translate. They live in messages.po itself, each with an
# extracted comment that starts with "manual:", for example
#
#     #. manual: errors.py, NotFound's default message
#     msgid "Not found."
#     msgstr "Niet gevonden."
#
# Step 2 copies every such entry (from the current messages.po) into the .pot, after the extracted
# ones, so `pybabel update` keeps them instead of marking them obsolete, and they stay together at the
# end of both files. To add one, append an entry like the above to messages.po and run this script; to
# drop one, delete it from messages.po. (A plain `pybabel update` without step 2 would make them
# obsolete: always use this script.)
#
# Needs Babel >= 2.17 (per-section `keywords` in babel.cfg) in .venv, or set PYTHON to another
# interpreter that has Babel and Jinja2.
set -euo pipefail

cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
LOCALE_DIR=src/alongside/locale
POT=$LOCALE_DIR/messages.pot
PO=$LOCALE_DIR/nl/LC_MESSAGES/messages.po

"$PYTHON" - <<'PY'
import sys

import babel

if tuple(int(part) for part in babel.__version__.split(".")[:2]) < (2, 17):
    sys.exit(f"scripts/i18n.sh needs Babel >= 2.17 (babel.cfg's per-section keywords); found {babel.__version__}")
PY

mkdir -p "$LOCALE_DIR/nl/LC_MESSAGES"
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

# 1. Extract. Comments in templates/code that start with "Translators:" become `#.` notes.
"$PYTHON" -m babel.messages.frontend --quiet extract \
    --mapping-file=babel.cfg \
    --output-file="$POT" \
    --sort-output \
    --add-comments=Translators: \
    --project=Alongside \
    --version="$VERSION" \
    --copyright-holder="Alongside contributors" \
    .

# 2. Carry the hand-maintained ("manual:") entries of messages.po into the .pot.
"$PYTHON" - "$POT" "$PO" <<'PY'
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

MARK = "manual:"
pot_path, po_path = Path(sys.argv[1]), Path(sys.argv[2])
with pot_path.open("rb") as handle:
    pot = read_po(handle)
added = 0
if po_path.exists():
    with po_path.open("rb") as handle:
        po = read_po(handle, locale="nl")
    for message in po:
        if not message.id:
            continue
        if not any(c.startswith(MARK) for c in message.auto_comments):
            continue
        marks = list(message.auto_comments)  # all of them: a long comment is wrapped over several lines
        existing = pot.get(message.id, message.context)
        if existing is None:
            pot.add(message.id, "", auto_comments=marks, context=message.context)
            added += 1
        else:  # also found by extraction: keep the mark, so it stays if the call site goes away
            existing.auto_comments.extend(c for c in marks if c not in existing.auto_comments)
with pot_path.open("wb") as handle:
    write_po(handle, pot)  # extracted messages stay sorted; the manual block follows them
print(f"{len(pot)} messages in {pot_path} ({added} hand-maintained)")
PY

# 3. Merge into the Dutch catalogue. A new or changed msgid may come back as a fuzzy guess from the
#    closest old one: check it, and remove the `#, fuzzy` line once the Dutch is right. (No
#    `--previous`: Babel reads its `#|` lines back as translator comments that then never go away.)
#    Messages that are gone are dropped (`--ignore-obsolete`): git has them.
"$PYTHON" -m babel.messages.frontend --quiet update \
    --input-file="$POT" \
    --output-dir="$LOCALE_DIR" \
    --domain=messages \
    --locale=nl \
    --init-missing \
    --ignore-obsolete

"$PYTHON" - "$PO" <<'PY'
import sys

from babel.messages.pofile import read_po

with open(sys.argv[1], "rb") as handle:
    catalog = read_po(handle, locale="nl")
todo = [m.id for m in catalog if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else (m.string,)))]
print(f"{sys.argv[1]}: {len([m for m in catalog if m.id])} messages, {len(todo)} to translate or check")
for msgid in todo:
    print(f"  - {msgid if isinstance(msgid, str) else msgid[0]!r}")
PY
