"""Claims as JSON objects (the ``jsonl`` export contract): ``jsonl`` one per line, ``json`` one array.

Keys come in the contract's order; text is written as is (``ensure_ascii=False``)
except the line separators U+0085, U+2028 and U+2029, which are escaped so that no
reader splits a record in two.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.export.records import ClaimRecord, Link

_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def claim_object(record: ClaimRecord) -> dict[str, Any]:
    """The export object of one claim."""
    return {
        "id": record.id,
        "article_id": record.article_id,
        "article_source": record.article_source,
        "article_url": record.article_url,
        "article_title": record.article_title,
        "outlet": record.outlet,
        "wires": list(record.wires),
        "published": record.published.isoformat() if record.published else None,
        "speaker": record.speaker,
        "speaker_text": record.speaker_text,
        "speaker_role": record.speaker_role,
        "verb": record.verb,
        "kind": record.kind,
        "assertion": record.assertion,
        "sentence": record.sentence,
        "start": record.start,
        "end": record.end,
        "status": record.status,
        "note": record.note,
        "links": [_link(link) for link in record.links],
        "corroborating_outlets": list(record.corroborating_outlets),
        "independent_sources": record.independent_sources,
        "group_id": record.group_id,
        "assignee": record.assignee,
    }


def _link(link: Link) -> dict[str, Any]:
    item: dict[str, Any] = {"claim_id": link.claim_id, "outlet": link.outlet, "score": link.score,
                            "same_speaker": link.same_speaker, "relation": link.relation}
    if link.relation == "variant":
        item["differences"] = [{"kind": d["kind"], "this": list(d["this"]), "other": list(d["other"])}
                               for d in link.differences]
    return item


def dumps(value: Any, indent: int | None = None) -> str:
    """``value`` as JSON text: UTF-8 characters kept, line separators escaped."""
    return json.dumps(value, ensure_ascii=False, indent=indent).translate(_LINE_SEPARATORS)


def render_jsonl(records: Sequence[ClaimRecord]) -> str:
    """One JSON object per line, per claim."""
    return "".join(dumps(claim_object(r)) + "\n" for r in records)


def render_json(records: Sequence[ClaimRecord]) -> str:
    """The claim objects as one JSON array."""
    return dumps([claim_object(r) for r in records], indent=2) + "\n"
