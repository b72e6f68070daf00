from __future__ import annotations

import pytest

from tidings.errors import BadDate, InputError
from tidings.reading import article_id, decode, normalize_date, read_source, split_headline


def test_headline_is_first_line() -> None:
    title, body = split_headline("Leaders Meet in Geneva\n\nThe two leaders met on Monday.\n")
    assert title == "Leaders Meet in Geneva"
    assert body.startswith("The two leaders")


def test_single_paragraph_has_no_headline() -> None:
    assert split_headline("Officials met in Rome on Monday.") == (
        None,
        "Officials met in Rome on Monday.",
    )


def test_stable_id_ignores_whitespace() -> None:
    assert article_id("A  b\nc", "x") == article_id("A b c", "x")
    assert article_id("A b c", "x") != article_id("A b c", "y")
    assert article_id("whatever", url="http://e.org/1") == article_id("other", url="http://e.org/1")


def test_dates() -> None:
    assert normalize_date("2017-05-02T10:11:12Z") == "2017-05-02"
    assert normalize_date("") is None
    with pytest.raises(BadDate):
        normalize_date("May 2")


def test_binary_and_bad_utf8_name_the_input() -> None:
    with pytest.raises(InputError, match=r"f\.bin"):
        decode(b"\x00\x01\x02", "f.bin")
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(b"caf\xe9 au lait", "latin1.txt")


def test_jsonl_bad_line_does_not_stop_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"title": "A", "text": "One.", "published": "2017-05-02"}\n'
        "{not json\n"
        '{"title": "B"}\n'
        '{"text": "Two.", "date": "2017-05-03"}\n',
        encoding="utf-8",
    )
    items = list(read_source(str(path)))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert "s.jsonl:2" in str(items[1]) and "s.jsonl:3" in str(items[2])
    assert items[3].published == "2017-05-03"  # type: ignore[union-attr]


def test_no_break_spaces_become_spaces_without_moving_offsets() -> None:
    from tidings.reading import make_article

    article = make_article("A plan\u00a0to meet in\u202fGeneva.")
    assert article.text == "A plan to meet in Geneva."
    assert len(article.text) == len("A plan\u00a0to meet in\u202fGeneva.")
