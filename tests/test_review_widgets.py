"""What the review widgets render, checked on plain data (no app running)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factcheck.link.corroboration import Corroboration, LinkedClaim
from factcheck.models import STATUSES
from factcheck.queries import ClaimFilter, ClaimRow, LinkedSentence
from factcheck.review.screens.main import status_line
from factcheck.review.widgets.claim_list import COLUMNS, ListQuery, header_text, row_text
from factcheck.review.widgets.corroboration import corroboration_text, source_label
from factcheck.review.widgets.labels import STATUS_FILTERS, STATUS_LOOK, one_line

ROW = ClaimRow(
    id=7,
    status="verified",
    speaker="Karine Jean-Pierre dari Gedung Putih",
    outlet="Bisnis.com",
    independent_sources=12,
    assertion="setiap kesepakatan senjata\nantara Korea Utara dan Rusia akan melanggar resolusi",
    published=date(2024, 1, 18),
    article_id=3,
)


def test_every_status_has_a_look_and_a_filter_step() -> None:
    assert set(STATUS_LOOK) == set(STATUSES)
    assert STATUS_FILTERS == (None, *STATUSES)
    assert len({symbol for symbol, _, _ in STATUS_LOOK.values()}) == len(STATUSES)


def test_row_columns_line_up_with_the_header() -> None:
    line = row_text(ROW, 80).plain
    header = header_text(80).plain
    assert len(line) == len(header) == 80
    assert line.startswith("✓  Karine Jean-Pierre d… Bisnis.com       12  setiap kesepakatan senjata antara")
    assert line.endswith("…")
    assessment_column = sum(size for _, size in COLUMNS)
    assert header.index("ASSERTION") == line.index("setiap") == assessment_column
    assert header.index("SRC") + len("SRC") == line.index("12") + 2
    marked = row_text(replace(ROW, variants=1), 80).plain
    assert marked[line.index("12") + 2] == "≠" and line[line.index("12") + 2] == " "


def test_one_line_folds_breaks_and_strips_controls() -> None:
    assert one_line("a\nb\x1b[2J  c\u202e") == "a b c"
    assert one_line(None) == ""


def test_status_line_names_every_filter() -> None:
    query = ListQuery(ClaimFilter(statuses=("false",), outlet="Kompas", speaker="Ryder", search="senjata"), "newest")
    assert status_line(query, (1234, 56)).plain == (
        "factcheck — 1,234 claims · 56 unreviewed · filter: false · outlet: Kompas · speaker: Ryder · "
        "search: “senjata” · sort: newest"
    )
    assert status_line(ListQuery(), None).plain == (
        "factcheck — counting claims… · filter: all · sort: unreviewed first"
    )


def linked(claim_id: int, outlet: str, key: str, score: float = 90.0, *, same: bool = True) -> LinkedClaim:
    return LinkedClaim(claim_id, claim_id * 10, outlet, "Patrick Ryder" if same else "Jung Pak", score, same, key)


def test_corroboration_groups_by_independent_source_and_folds_copies() -> None:
    support = Corroboration(
        links=[
            linked(2, "Antara", "wire:Yonhap", 100.0),
            linked(3, "Pontianak Post", "wire:Yonhap", 100.0),
            linked(4, "Kompas", "outlet:Kompas", 86.0, same=False),
        ],
        independent_sources=3,
    )
    sentences = {
        2: LinkedSentence(2, date(2024, 1, 17), '"Jelas," kata Ryder.'),
        3: LinkedSentence(3, date(2024, 1, 17), '"Jelas," kata Ryder.'),
        4: LinkedSentence(4, None, "Pak menyebut hubungan itu jelas."),
    }
    assert corroboration_text(support, sentences).plain.split("\n") == [
        "3 independent: Yonhap (wire) (2 reports), Kompas",
        "● Yonhap (wire) · 2 reports",
        "  Antara · 2024-01-17 · match 100 · same speaker",
        '    “"Jelas," kata Ryder.”',
        "  Pontianak Post · 2024-01-17 · match 100 · same speaker · copy",
        "● Kompas",
        "  Kompas · no date · match 86 · other speaker: Jung Pak",
        "    “Pak menyebut hubungan itu jelas.”",
    ]
    assert corroboration_text(None, {}).plain.startswith("no other article reports this claim — ingest more")


def test_variants_are_listed_apart_with_their_differing_words() -> None:
    variant = LinkedClaim(claim_id=7, article_id=7, outlet="Tempo", speaker="Budi", score=99.0, same_speaker=True,
                          source_key="outlet:Tempo", relation="variant",
                          differences=({"kind": "number", "this": ["500 ribu"], "other": ["50 ribu"]},))
    support = Corroboration(links=[], corroborating_outlets=[], independent_sources=1, variants=[variant])
    text = corroboration_text(support, {})
    assert text.plain.split("\n") == ["reported differently by", "  Tempo · claim 7 · number: 500 ribu → 50 ribu"]
    highlighted = {text.plain[span.start:span.end]: str(span.style) for span in text.spans}
    assert highlighted["50 ribu"] == "bold reverse" and highlighted["500 ribu"] == "strike"


def test_source_labels() -> None:
    copies = [linked(5, "Tempo", "copy-of:5"), linked(6, "Suara", "copy-of:5")]
    assert source_label("copy-of:5", copies) == "Tempo / Suara (copies of one story)"
    assert source_label("article:9", [linked(9, "", "article:9")]) == "unknown outlet"
    assert source_label("outlet:[b]X[/b]", []) == "[b]X[/b]"
