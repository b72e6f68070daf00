"""The counting and matching every evaluation suite relies on."""

from __future__ import annotations

import pytest

from tidings.evaluation.cases import sentence_around
from tidings.evaluation.metrics import Counts, Metrics, Ratio, TokenIndex, match_one_to_one, spread


def test_counts_precision_recall_f1() -> None:
    c = Counts()
    c.add(tp=2, predicted=4, gold=3)
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)
    assert c.precision == 0.5
    assert c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_empty_counts_score_zero_not_an_error() -> None:
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
    assert Ratio().value == 0.0


def test_metrics_keep_their_order_and_serialise() -> None:
    m = Metrics()
    m.ratio("accuracy").add(True)
    m.counts("f1").add(1, 1, 2)
    assert [row.name for row in m] == ["accuracy", "f1"]
    assert m.rows["f1"].to_dict()["recall"] == 0.5
    assert m.rows["accuracy"].to_dict()["accuracy"] == 1.0


def test_matching_is_one_to_one_and_maximal() -> None:
    # greedy would give prediction 0 the first gold item and leave prediction 1 unmatched
    ok = {(0, 0), (0, 1), (1, 0)}
    pairs = match_one_to_one(2, 2, lambda p, g: (p, g) in ok)
    assert sorted(pairs) == [(0, 1), (1, 0)]
    # two predictions of the same gold item: only one of them counts
    assert len(match_one_to_one(2, 1, lambda p, g: True)) == 1


TEXT = "The minister said: “We will not sign this deal, not now and not later.”"


def test_exact_span_match_ignores_edge_punctuation() -> None:
    tokens = TokenIndex(TEXT)
    content = TEXT.index("We")
    with_marks = ((content - 1, len(TEXT)),)  # “We … later.”
    bare = ((content, TEXT.index(".”")),)  # We … later
    assert tokens.exact(with_marks, bare)
    assert not tokens.exact(bare, ((content, TEXT.index(", not now")),))


def test_overlap_needs_half_of_the_longer_span() -> None:
    tokens = TokenIndex(TEXT)
    start = TEXT.index("We")
    whole = ((start, len(TEXT)),)  # 12 words
    half = ((start, TEXT.index(" not now")),)  # "We will not sign this deal": 6 words
    less = ((start, TEXT.index(" this deal")),)  # 4 words
    assert tokens.overlap(whole, half)
    assert not tokens.overlap(whole, less)


def test_discontinuous_spans_are_the_words_of_their_pieces() -> None:
    text = "“Stay calm,” she said, “and wait.”"
    tokens = TokenIndex(text)
    pieces = ((1, 10), (text.index("and"), text.index("wait") + 4))
    assert tokens.exact(pieces, ((0, 11), (text.index("“and"), len(text))))
    assert not tokens.exact(pieces, ((0, len(text)),))  # "she said" is not content


def test_sentence_around_and_spread() -> None:
    text = "First one here. The second sentence holds Lima. Third."
    start = text.index("Lima")
    assert sentence_around(text, start, start + 4) == "The second sentence holds Lima."
    assert spread(list(range(10)), 3) == [0, 3, 6]
    assert spread([1, 2], 5) == [1, 2]
    assert spread([1, 2], 0) == []


def test_a_stuck_article_is_abandoned() -> None:
    from tidings.errors import ArticleTimeout
    from tidings.timeouts import time_limit

    with pytest.raises(ArticleTimeout), time_limit(0.05):
        while True:
            pass
