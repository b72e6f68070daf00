"""A cooperative act its actor says will not happen is a refusal ("X will not attend the talks",
"said it would not provide aid"): PLOVER REJECT (CAMEO 12x), asserted, not a negated future act."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tidings.events.codes import cameo_code
from tidings.events.lexicon import Condition, Cues
from tidings.events.modality import marks
from tidings.knowledge import cached_knowledge, read_table

if TYPE_CHECKING:
    from tidings.events.triggers import Trigger

REFUSALS = "events/refusals.tsv"
REJECT = "REJECT"
# the reading of a ``neg`` row: the extractor takes the negation as said by the type
READS_NEGATION = Condition("neg", frozenset())


@cached_knowledge
def refusal_codes() -> dict[str, str]:
    """PLOVER type of a cooperative act -> CAMEO code of refusing it."""
    codes: dict[str, str] = {}
    for row in read_table(REFUSALS, ("type", "cameo")):
        record = cameo_code(row["cameo"])
        if record is None or record.type != REJECT:
            raise row.error(f"CAMEO code {row['cameo']!r} is not a REJECT code of cameo.tsv")
        codes[row["type"]] = row["cameo"]
    return codes


def as_refusal(t: Trigger, cues: Cues) -> Trigger:
    """``t`` read as a refusal when its actor says it will not do it; else ``t`` itself."""
    code = refusal_codes().get(t.entry.type)
    if code is None or t.entry.reads_negation or t.clause_verb is None:
        return t
    deps = {(c.dep_, c.lower_) for c in t.token.children}
    topic_only = any(d in ("dobj", "obj") for d, _ in deps) and ("prep", "with") not in deps
    if "topic" in t.entry.flags and topic_only:
        return t  # "would not discuss individual cases": no party is refused
    m = marks(t.token, t.clause_verb, cues)
    if not (m.negated and m.future and m.intent_verb) or m.hypothetical or m.alleged:
        return t
    record = cameo_code(code)
    assert record is not None
    entry = replace(
        t.entry,
        type=REJECT,
        cameo=code,
        mode=record.mode,
        context=record.context or t.entry.context,
        conditions=(*t.entry.conditions, READS_NEGATION),
    )
    return replace(t, entry=entry)
