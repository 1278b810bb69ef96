"""Language detection: Indonesian and English as before; other languages named, not read as Indonesian."""

from __future__ import annotations

import pytest

from factcheck.ingest.language import detect_language
from factcheck.pipeline import analyse
from factcheck.document import RawArticle

FRENCH = ("Le gouvernement a annoncé que les travaux commenceront le mois prochain. Selon le ministre, "
          "les pêcheurs sont reçus par le maire et ils ont été informés de la durée des travaux.")


@pytest.mark.parametrize(("text", "code"), [
    (FRENCH, "fr"),
    ("El gobierno dijo que las obras del puerto comenzarán el próximo mes y que los pescadores "
     "tendrán un lugar para sus barcos, según el ministro, que también habló con la prensa.", "es"),
    ("Die Regierung sagte, dass die Arbeiten im Hafen im nächsten Monat beginnen und die Fischer "
     "auch einen Platz für ihre Boote bekommen, wurde bei dem Treffen mit der Presse gesagt.", "de"),
    ("Menteri itu mengatakan harga beras akan turun bulan depan karena stok di gudang sudah cukup.", "id"),
    ("The minister said that rice prices will fall next month because the stock is enough.", "en"),
    ("Jakarta", "id"),
])
def test_detects(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_other_language_gets_no_claims() -> None:
    analysis = analyse(RawArticle(source="x", text=f'{FRENCH}\n"Nous sommes prêts", a déclaré le directeur.'))
    assert analysis.article.language == "fr" and analysis.claims == [] and analysis.sentences
