"""Words the claim-relation check reads, Indonesian and English together (matching keys, casefolded)."""

from __future__ import annotations

NEGATORS = frozenset({
    # Indonesian
    "tidak", "tak", "bukan", "belum", "jangan", "tanpa", "enggak", "nggak", "gak", "ndak", "tiada",
    "tidaklah", "bukanlah", "belumlah", "takkan",
    # English ("n't" and "cannot" are split into "not" by the tokenizer)
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
})

COORDINATORS = frozenset({"dan", "serta", "maupun", "atau", "and", "or", "with", "dengan"})

_MONTH_NAMES = (
    ("januari", "january", "jan"), ("februari", "february", "feb", "pebruari"), ("maret", "march", "mar"),
    ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("agustus", "august", "agu", "aug"), ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
    ("november", "nopember", "nov"), ("desember", "december", "des", "dec"),
)
_AMBIGUOUS = {"may", "mar", "jan", "jun", "jul", "des"}  # also ordinary words (or names) in one of the languages
MONTHS = {name: f"month{i}" for i, names in enumerate(_MONTH_NAMES, 1) for name in names if name not in _AMBIGUOUS}

# Capitalised at the start of a sentence but never a name: pronouns, determiners, conjunctions,
# prepositions, common sentence openers.
NOT_ENTITIES = frozenset("""
aku saya kami kita kamu anda engkau dia ia beliau mereka kalian ini itu tersebut sini situ sana
yang dan atau tetapi tapi namun sedangkan sementara karena sebab jika kalau apabila bila agar supaya
untuk bagi dengan dari ke di pada dalam oleh tentang terhadap sejak hingga sampai seperti
ada akan sudah telah sedang masih harus bisa dapat mau ingin perlu juga pun lagi hanya saja sangat
semua setiap para banyak beberapa sebagian salah seluruh kemudian lalu selain bahkan apalagi
jadi maka oleh karena itu menurut kata ujar ya iya oke baik mari ayo nah memang justru
apa siapa mengapa kenapa bagaimana kapan dimana mana berapa
i we you he she it they me us him her them my our your his its their this that these those
the a an and or but so if when while because as of to in on at by for from with about into
there here what who why how which where is are was were be been will would can could should
may might must do does did have has had yes well also just only even still then now
""".split())

# Speaker strings that name nobody in particular: a second such "speaker" of one origin is no
# second source (pronouns, quantifiers, documents, bare roles).
UNRESOLVED_SPEAKER_WORDS = frozenset("""
dia ia beliau nya dirinya pihaknya mereka keduanya ketiganya kami kita saya aku kamu anda
he she him her they we i you it this that
salah satu seorang sejumlah beberapa banyak para ribuan ratusan puluhan semua seluruh sebagian warga
one some many several all most
dokumen tertulis laporan surat pernyataan keterangan rilis siaran pers data catatan tersebut itu ini
document statement report release letter filing
presiden wakil menteri menko menlu mendagri juru bicara jubir kepala ketua direktur pejabat sekretaris
gubernur bupati wali kota walikota anggota pengamat pakar ahli sumber pihak kepolisian polisi
president minister spokesman spokeswoman spokesperson official officials source sources secretary
director chief head analyst expert
pak bu bapak ibu mr mrs ms dr
""".split())
# Titles dropped before comparing two spellings of one person's name ("Menlu Retno" / "Retno Marsudi").
NAME_TITLES = frozenset("""
presiden wakil menteri menko menlu mendagri gubernur bupati jenderal letjen mayjen brigjen kapolri
kapolda ketua kepala direktur juru bicara jubir sekretaris pak bu bapak ibu dr prof ir haji hj h
president minister secretary senator governor general gen mr mrs ms dr prof sir
""".split())
