"""Claim relations: the same claim, or a variant with its differences (number, negation, order, entity)."""

from __future__ import annotations

import pytest

from factcheck.link.normalize import normalize
from factcheck.link.relation import SAME, VARIANT, compare, relation
from factcheck.link.scoring import score_pairs


def _decide(a: str, b: str) -> tuple[str | None, tuple[str, ...]]:
    import numpy as np

    score = float(score_pairs([normalize(a), normalize(b)], np.array([[0, 1]]), workers=1)[0])
    found = relation(a, b, score, 85)
    return (None, ()) if found is None else (found[0], found[1].kinds)


def _words(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Produksi beras mencapai 500 ribu ton per tahun", "Produksi beras mencapai 50 ribu ton per tahun", "number"),
        ("Inflasi tahun ini naik 30 persen dari tahun lalu", "Inflasi tahun ini naik 3 persen dari tahun lalu", "number"),
        ("Penahanan berlaku sejak 21 Oktober 2025 di Rutan KPK", "Penahanan berlaku sejak 21 November 2025 di Rutan KPK",
         "number"),
        ("The company lost $915 million in 1995 according to the records",
         "The company lost $916 million in 1995 according to the records", "number"),
        ("Pemerintah tidak akan menaikkan harga BBM tahun ini", "Pemerintah akan menaikkan harga BBM tahun ini",
         "negation"),
        ("Kami belum menerima tawaran resmi dari klub mana pun", "Kami menerima tawaran resmi dari klub mana pun",
         "negation"),
        ("We will not raise taxes on the middle class this year", "We will raise taxes on the middle class this year",
         "negation"),
        ("We won't raise taxes on the middle class this year", "We will raise taxes on the middle class this year",
         "negation"),
        ("Rusia memasok senjata ke Korea Utara untuk perang di Ukraina",
         "Korea Utara memasok senjata ke Rusia untuk perang di Ukraina", "order"),
        ("Russia supplied weapons to North Korea for the war in Ukraine",
         "North Korea supplied weapons to Russia for the war in Ukraine", "order"),
        ("sebagai imbalan atas dukungannya kepada Rusia, Korut mencari bantuan militer",
         "sebagai imbalan atas dukungannya kepada Korut, Rusia mencari bantuan militer", "order"),
        ("Kami telah melihat Rusia menyediakan senjata ke Korea Utara", "Kami telah melihat Rusia menyediakan senjata ke Iran",
         "entity"),
        ("The investigation was carried out by the Inspector General of the Treasury Department",
         "The investigation was carried out by the Inspector General of the Defense Department", "entity"),
    ],
)
def test_each_difference_makes_a_variant(a: str, b: str, kind: str) -> None:
    relation_found, kinds = _decide(a, b)
    assert relation_found == VARIANT and kind in kinds, (relation_found, kinds)


def test_differences_name_the_differing_words_of_both_texts() -> None:
    a, b = "Produksi mencapai 500 ribu ton per tahun", "Produksi mencapai 50 ribu ton per tahun"
    (difference,) = compare(a, b).differences
    assert difference.kind == "number"
    assert _words(a, difference.a) == ["500 ribu"] and _words(b, difference.b) == ["50 ribu"]


def test_a_misquote_just_under_the_threshold_is_still_a_variant() -> None:
    a = "dia bukanlah raja"
    b = "dia adalah raja"
    assert _decide(a, b) == (VARIANT, ("negation",))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jumlah penerima bantuan mencapai 1,5 juta keluarga", "Jumlah penerima bantuan mencapai 1.500.000 keluarga"),
        ("Jumlah penerima bantuan mencapai 1,5 juta keluarga", "Jumlah penerima bantuan mencapai 1.5 million keluarga"),
        ("Inflasi tahun ini naik 30 persen dari tahun lalu", "Inflasi tahun ini naik 30% dari tahun lalu"),
        ("Kami telah melihat Rusia menyediakan senjata ke Korut.",
         "\u201cKami telah melihat Rusia menyediakan senjata ke Korea Utara,\u201d"),
        ("Rusia dan Korea Utara memiliki hubungan yang sangat erat", "Korea Utara dan Rusia memiliki hubungan yang sangat erat"),
        ("Rusia memasok senjata, sementara Korut mengirim amunisi ke garis depan",
         "Korut mengirim amunisi ke garis depan, sementara Rusia memasok senjata"),
        ("Kim Jong Un bertemu Putin di Vladivostok pekan lalu", "Kim Jong-un bertemu Putin di Vladivostok pekan lalu"),
        ("total dana daerah yang mengendap di perbankan mencapai Rp 234 triliun",
         "total dana daerah yang mengendap di perbankan mencapai Rp234.000.000.000.000"),
        ("sebanyak tujuh juta orang menghadiri demo pada Sabtu (18/10/2025)",
         "sebanyak 7 juta orang menghadiri demo pada Sabtu, 18 Oktober 2025"),
        ("Tidak. Belum pernah ada telepon atau tawaran resmi sama sekali",
         "Belum pernah ada telepon atau tawaran resmi sama sekali"),  # a whole sentence cut off
        ("In Tulsa, an unarmed man with his hands in the air. This is just unbearable. And it needs to be intolerable.",
         "In Tulsa, an unarmed man with his hands in the air. This is just unbearable"),  # a cut quote
    ],
)
def test_rewrites_that_keep_the_meaning_are_the_same_claim(a: str, b: str) -> None:
    assert _decide(a, b) == (SAME, ())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("dirinya bukanlah pegawai Pemda Jabar", "dirinya bukan pegawai Pemerintah Daerah Jawa Barat"),
        ("tambang ilegal di kawasan Samboja, Kaltim", "tambang ilegal di kawasan Samboja, Kalimantan Timur"),
        ("Menlu Retno menemui Menteri Luar Negeri Rusia", "Menlu Retno Marsudi menemui Menteri Luar Negeri Rusia"),
    ],
)
def test_short_forms_of_a_name_are_no_entity_difference(a: str, b: str) -> None:
    assert compare(a, b).differences == ()


def test_unrelated_texts_are_not_linked() -> None:
    assert _decide("Harga beras naik lima persen pekan ini di pasar induk",
                   "Tim nasional berlatih keras menjelang pertandingan kualifikasi") == (None, ())
