"""CAMEO codes with their PLOVER type, mode, context and Goldstein score; QuadClass per type."""

from __future__ import annotations

from dataclasses import dataclass

from tidings.knowledge import cached_knowledge, read_table
from tidings.models import PLOVER_TYPES

CAMEO_TABLE = "events/cameo.tsv"

# PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict.
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    type: str  # PLOVER type
    mode: str | None
    context: tuple[str, ...]
    goldstein: float
    description: str


def _split_context(value: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in value.replace(";", ",").split(",") if c.strip())


@cached_knowledge
def cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes of ``events/cameo.tsv`` (user files may add or override codes)."""
    codes: dict[str, CameoCode] = {}
    for row in read_table(CAMEO_TABLE, ("cameo", "type", "goldstein")):
        code, kind = row["cameo"], row["type"]
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise row.error(f"CAMEO code {code!r} is not 2 to 4 digits")
        if kind not in PLOVER_TYPES:
            raise row.error(f"{kind!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            raise row.error(f"Goldstein score {row['goldstein']!r} is not a number") from None
        if not -10.0 <= goldstein <= 10.0:
            raise row.error(f"Goldstein score {goldstein} is outside -10..10")
        codes[code] = CameoCode(
            code=code,
            type=kind,
            mode=row.get("mode") or None,
            context=_split_context(row.get("context")),
            goldstein=goldstein,
            description=row.get("description"),
        )
    return codes


def cameo_code(code: str) -> CameoCode | None:
    """The record of a CAMEO code, or of its nearest listed ancestor ("0873" -> "087")."""
    codes = cameo_codes()
    while code:
        if code in codes:
            return codes[code]
        code = code[:-1] if len(code) > 3 else ""
    return None


def quad_class(plover_type: str) -> int | None:
    return QUAD_CLASS.get(plover_type)
