from __future__ import annotations

import tidings
from tidings.layout import find_blocks


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in find_blocks(text)]


def test_bullets_caption_credit_headings_and_signoff() -> None:
    text = (
        "  • Ministers agree to meet again\n\n"
        "A soldier walks past a damaged school in Kharkiv, on March 3, 2022.\n\n"
        "Photo: Example Agency\n\n"
        "The two ministers met in Geneva on Monday and agreed to talk again.\n\n"
        "Next Steps\n\n"
        "They will meet in May.\n\n"
        "— With assistance by A. Writer\n"
    )
    kinds = [k for k, _ in _kinds(text)]
    assert kinds == ["bullet", "caption", "credit", "body", "heading", "body", "signoff"]


def test_dateline_is_cut_from_the_first_paragraph() -> None:
    for opening in ("BERLIN, Nov 29, 2022 - ", "ANKARA, Oct 14 (Wire) - ", "WASHINGTON (AP) — "):
        text = opening + "The government pledged aid on Tuesday.\n\nMore followed."
        kinds = _kinds(text)
        assert kinds[0] == ("dateline", opening)
        assert kinds[1] == ("body", "The government pledged aid on Tuesday.")


def test_no_dateline_in_ordinary_sentences() -> None:
    text = "NATO said on Monday - in a statement - that it would meet.\n\nAnother paragraph."
    assert _kinds(text)[0][0] == "body"


def test_a_short_line_without_a_full_stop_is_a_heading_only_in_title_case() -> None:
    assert _kinds("Security Zones\n\nThey met.")[0][0] == "heading"
    assert _kinds("The envoys met in Oslo yesterday")[0][0] == "body"


def test_the_publishers_notes_are_not_coded() -> None:
    text = (
        "The mayor said the bridge would reopen.\n\n"
        "Editor’s note: Mayor Roe has repeatedly attacked the press.\n\n"
        "Correction: An earlier version gave the wrong date.\n\n"
        "This story has been updated with a statement from the council."
    )
    assert [k for k, _ in _kinds(text)] == ["body", "note", "note", "note"]
    doc = tidings.extract(text)
    assert [q.cue.text for q in doc.quotes if q.cue] == ["said"]
    assert not doc.events
