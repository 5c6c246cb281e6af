from __future__ import annotations

import pytest

from alongside.llm import redact, restore


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("Mail me at j.smith+x@mail.co.uk please", "j.smith+x@mail.co.uk"),
        ("Bel me op +31 6 1234 5678", "+31 6 1234 5678"),
        ("call 020-123 4567 tomorrow", "020-123 4567"),
        ("I live at 221B Baker Street now", "221B Baker Street"),
        ("Ik woon op Kerkstraat 12a in Utrecht", "Kerkstraat 12a"),
        ("postcode 1234 AB", "1234 AB"),
        ("born on 12-05-1991", "12-05-1991"),
        ("geboren op 3 maart 1990", "3 maart 1990"),
        ("my birthday is March 3, 1990", "March 3, 1990"),
        ("Mijn vriendin Sanne de Jong belde", "Sanne de Jong"),
        ("ik heet Femke", "Femke"),
        ("My boss, Peter, yelled", "Peter"),
    ],
)
def test_identifiers_are_replaced(text, private):
    redacted, mapping = redact(text)
    assert private not in redacted
    assert restore(redacted, mapping) == text


def test_known_names_and_their_parts():
    redacted, _ = redact("Ben and Ben Jansen said hi; Jansen too", names=("Ben Jansen",))
    assert "Ben" not in redacted and "Jansen" not in redacted


def test_everyday_text_and_crisis_numbers_stay():
    text = "On Monday I felt low. Call 113 or 988 if needed; my mum is ill."
    assert redact(text)[0] == text


def test_same_value_same_placeholder():
    redacted, mapping = redact("anna@x.nl wrote; reply to anna@x.nl")
    assert redacted.count("[EMAIL_1]") == 2 and len(mapping) == 1
