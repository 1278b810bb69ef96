"""Full-text search over claims (assertion + speaker name): FTS5 on SQLite, tsvector on PostgreSQL.

Words match in any case and as prefixes; a name the linker knows (``factcheck/link/aliases.json``)
matches any of its variants, so ``Korut`` finds claims saying Korea Utara, DPRK or Pyongyang.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from sqlalchemy import TextClause, text

from factcheck.fts import PG_VECTOR

# A search: units that must all match; a unit matches when any of its alternatives does. An
# alternative is a phrase of words and whether its last word matches as a prefix: a word typed
# does ("senjat" finds "senjata"), a name's variants are whole words ("AS" must not find "asing").
Phrase = tuple[str, ...]
Unit = tuple[tuple[Phrase, bool], ...]
_WORD = re.compile(r"[^\W_]+")
_SHORT_ACRONYM = 3  # acronyms this short ("AS", "UN", "ROK") are names only when typed in capitals


def _words(text: str) -> Phrase:
    return tuple(_WORD.findall(text.casefold()))


@lru_cache(maxsize=1)
def _alias_table() -> tuple[re.Pattern[str], dict[str, Unit]]:
    """A pattern finding any name variant of the linker's alias table in a query, and variant → all its variants."""
    from factcheck.link.normalize import ALIASES_PATH

    groups = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))["aliases"].values()
    variants: dict[str, Unit] = {}
    exact: list[str] = []
    folded: list[str] = []
    for group in groups:
        phrases = tuple(dict.fromkeys((_words(variant), False) for variant in group if _words(variant)))
        for variant in group:
            variants[" ".join(_words(variant))] = phrases
            short = variant.isupper() and len(variant.replace(".", "")) <= _SHORT_ACRONYM
            (exact if short else folded).append(variant)
    alternatives = sorted(folded, key=len, reverse=True)
    names = "|".join(r"\s+".join(map(re.escape, v.split())) for v in alternatives)
    acronyms = "|".join(map(re.escape, sorted(exact, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:(?i:{names})|{acronyms})(?!\w)"), variants


def search_units(query: str) -> list[Unit]:
    """The units of a user's search: a name the linker knows stands for all its variants
    ("Korut" → Korea Utara, Korut, DPRK, …); every other word is a unit of its own."""
    pattern, variants = _alias_table()
    units: list[Unit] = []
    at = 0
    for match in pattern.finditer(query):
        units += [(((word,), True),) for word in _words(query[at : match.start()])]
        units.append(variants[" ".join(_words(match.group(0)))])
        at = match.end()
    units += [(((word,), True),) for word in _words(query[at:])]
    return list(dict.fromkeys(units))


def _fts5(units: list[Unit]) -> str:
    """An FTS5 query: units joined by AND, alternatives by OR, each phrase quoted (``"senjat"*``: a prefix)."""
    return " AND ".join(
        "(" + " OR ".join(f'"{" ".join(phrase)}"' + ("*" if prefix else "") for phrase, prefix in unit) + ")"
        for unit in units
    )


def _tsquery(units: list[Unit]) -> str:
    """The same search as a PostgreSQL tsquery (``korea <-> utara``: a phrase; ``senjat:*``: a prefix)."""
    return " & ".join(
        "(" + " | ".join(" <-> ".join(phrase) + (":*" if prefix else "") for phrase, prefix in unit) + ")"
        for unit in units
    )


def search_condition(dialect: str, query: str) -> TextClause:
    """A SQL condition on ``claim``: claims whose assertion or speaker matches every unit of ``query``
    (on PostgreSQL also claims whose speaker's name contains the query as typed)."""
    units = search_units(query)
    if not units:
        return text("1 = 0")
    if dialect == "sqlite":
        return text("claim.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q)").bindparams(q=_fts5(units))
    return text(
        f"({PG_VECTOR} @@ to_tsquery('simple', :q) "
        "OR claim.speaker_id IN (SELECT id FROM speaker WHERE name ILIKE '%' || :name || '%'))"
    ).bindparams(q=_tsquery(units), name=query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))


def search_rank(dialect: str, query: str) -> TextClause:
    """An expression ordering the claims matching ``query`` best first (ascending)."""
    units = search_units(query)
    if not units:
        return text("claim.id")  # nothing can match: any order will do
    if dialect == "sqlite":
        # bm25 is lower for a better match; a word in the speaker's name weighs as much as two in the assertion
        return text(
            "(SELECT bm25(claim_fts, 1.0, 2.0) FROM claim_fts WHERE claim_fts MATCH :rank_q AND claim_fts.rowid = claim.id)"
        ).bindparams(rank_q=_fts5(units))
    return text(f"-ts_rank({PG_VECTOR}, to_tsquery('simple', :rank_q), 1)").bindparams(rank_q=_tsquery(units))
