"""Word lists used by segmentation and attribution, Indonesian and English, kept in one place.

Everything here is data: reporting verbs, titles and roles, pronouns, organisation and
group markers, abbreviations and the function words that end a speaker phrase.
Entries are lower-case unless noted; lookups lower-case the word first.
"""

from __future__ import annotations

# --- Sentence segmentation -------------------------------------------------------------

# Tokens (lower-case, without their final period) after which a period does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    # English
    "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "cmdr", "adm", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "no", "nos", "vs", "etc",
    "inc", "corp", "ltd", "co", "dept", "univ", "approx", "est", "fig", "vol", "pp", "art", "ch",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "ave", "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c",
    "u.s.a", "ph.d", "b.a", "m.a",
    # Indonesian
    "h", "hj", "ir", "drs", "dra", "kh", "jl", "jln", "gg", "kec", "kab", "kel", "prov", "tbk",
    "dll", "dsb", "dst", "tsb", "yth", "a.n", "u.p", "s.h", "s.e", "s.pd", "m.si", "m.m", "s.t",
    "bpk", "ibu", "sdr", "hlm", "tgl", "pk", "ttd", "rp", "nm", "mgr",
})

# --- Reporting verbs ---------------------------------------------------------------------

# Cues that follow a quote or a reported clause: `"…," kata X` · `"…," ujarnya`.
# Each also takes the clitic -nya ("katanya") meaning "said he/she".
ID_CLOSING_VERBS: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tambah", "lanjut", "tutup", "jelas", "ungkap", "imbuh", "sambung",
    "tutur", "tegas", "terang", "pungkas", "sebut", "papar", "beber", "tandas", "jawab", "tanya",
    "urai", "tukas", "imbau", "catat", "tulis", "sahut", "teriak", "sindir", "seru", "kilah",
    "klaim", "aku", "akui", "harap", "sentil", "timpal", "cetus", "ajak", "pinta", "kenang",
    "bilang", "tanggap", "simpul", "nilai", "katakan", "jelaskan", "tegaskan",
)
# Closing cues that are also common adjectives/adverbs: need a named speaker or -nya.
ID_AMBIGUOUS_CLOSING: frozenset[str] = frozenset({
    "jelas", "tegas", "terang", "lanjut", "tutup", "harap", "aku", "nilai", "seru", "ajak", "pinta",
    "tanya", "catat", "tambah", "simpul",
})
# Multi-word closing cues: `"…," demikian bunyi pernyataan bersama …`.
ID_CLOSING_PHRASES: tuple[str, ...] = ("demikian bunyi", "demikian isi", "bunyi", "demikian kata", "demikian")
# Passive cues after a quote: `"…," pernyataan tersebut ditambahkan`.
ID_PASSIVE_VERBS: tuple[str, ...] = (
    "ditambahkan", "dikatakan", "disampaikan", "ditegaskan", "dijelaskan", "diungkapkan", "dinyatakan",
    "ditulis", "disebutkan",
)

# Verbs that introduce speech before the speaker's words: `X mengatakan (bahwa) …`, `X mengatakan, "…"`.
ID_SPEECH_VERBS: tuple[str, ...] = (
    "mengatakan", "menyatakan", "menegaskan", "menekankan", "memperingatkan", "menyampaikan",
    "mengungkapkan", "menjelaskan", "menyebut", "menyebutkan", "menambahkan", "menuturkan",
    "menerangkan", "memaparkan", "mengklaim", "mengakui", "mengaku", "menggarisbawahi",
    "melaporkan", "mengumumkan", "mengingatkan", "membeberkan", "menandaskan", "mengungkap",
    "mengemukakan", "mengutarakan", "berkata", "bilang", "menulis", "membantah", "menepis",
    "membenarkan", "mengonfirmasi", "menuding", "menuduh", "berujar", "bertutur", "menjawab",
    "berdalih", "berkilah", "menyinggung", "mencontohkan", "memastikan", "mencatat", "menyoroti",
    "menceritakan", "melanjutkan", "menyangkal", "mengutip", "menukas", "menimpali",
)
# Of those, verbs that only report speech when followed by a clause marker (bahwa) or a quote;
# without one their object is usually a noun phrase ("mengumumkan perubahan jadwal").
ID_WEAK_SPEECH_VERBS: frozenset[str] = frozenset({
    "mencatat", "menyoroti", "menyinggung", "mencontohkan", "menceritakan", "mengingatkan",
    "membantah", "menepis", "menjawab", "menulis", "membenarkan", "mengonfirmasi", "mengumumkan",
    "melaporkan", "mengutip", "melanjutkan",
})
# Verbs glued to the preceding word in some sources ("Bahlil Lahadaliamengatakan").
ID_GLUED_VERBS: tuple[str, ...] = ("mengatakan", "menyatakan", "menegaskan", "menjelaskan", "menambahkan",
                                   "mengungkapkan", "menuturkan", "menerangkan")
ID_ACCORDING_TO: tuple[str, ...] = ("menurut",)
# Words that join a further report to a cue ("…," kata X, seraya menambahkan bahwa …).
ID_REPORT_LINKS: tuple[str, ...] = ("seraya", "sambil", "sembari")

EN_SPEECH_VERBS: tuple[str, ...] = (
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
    "writing", "announce", "announces", "announced", "announcing", "state", "states", "stated",
    "stating", "add", "adds", "added", "adding", "ask", "asks", "asked", "asking", "argue", "argues",
    "argued", "arguing", "claim", "claims", "claimed", "claiming", "explain", "explains", "explained",
    "explaining", "note", "notes", "noted", "noting", "insist", "insists", "insisted", "insisting",
    "declare", "declares", "declared", "declaring", "testify", "testifies", "testified", "testifying",
    "tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted", "report", "reports",
    "reported", "reporting", "acknowledge", "acknowledges", "acknowledged", "acknowledging", "warn",
    "warns", "warned", "warning", "urge", "urges", "urged", "urging", "call", "calls", "called",
    "calling", "describe", "describes", "described", "describing", "suggest", "suggests",
    "suggested", "suggesting", "reply", "replies", "replied", "replying", "respond", "responds",
    "responded", "responding", "continued", "concede", "concedes", "conceded", "conceding", "admit",
    "admits", "admitted", "admitting", "emphasize", "emphasizes", "emphasized", "emphasizing",
    "stress", "stresses", "stressed", "stressing", "promise", "promises", "promised", "promising",
    "predict", "predicts", "predicted", "predicting", "charge", "charges", "charged", "charging",
    "allege", "alleges", "alleged", "alleging", "complain", "complains", "complained", "complaining",
    "deny", "denies", "denied", "denying", "confirm", "confirms", "confirmed", "confirming",
    "recall", "recalls", "recalled", "recalling", "mention", "mentions", "mentioned", "mentioning",
    "remark", "remarks", "remarked", "assert", "asserts", "asserted", "asserting", "contend",
    "contends", "contended", "contending", "repeat", "repeats", "repeated", "repeating",
    "pointed out", "points out", "has said", "have said", "had said", "also said",
    "call for", "calls for", "called for", "calling for", "call on", "calls on", "called on", "calling on",
)
# English verbs that need `that`, a comma or a quote to report speech; without one their object
# is usually a noun phrase ("posted a video", "confirmed the date").
EN_WEAK_SPEECH_VERBS: frozenset[str] = frozenset({
    "ask", "asks", "asked", "asking", "continued", "post", "posts", "posted", "report", "reports",
    "reported", "reporting", "promise", "promises", "promised", "promising", "deny", "denies",
    "denied", "denying", "confirm", "confirms", "confirmed", "confirming", "recall", "recalls",
    "recalled", "recalling", "repeat", "repeats", "repeated", "repeating", "state", "states",
    "note", "notes", "add", "adds", "tell", "say", "write", "claim", "call", "charge", "remark",
    "remarks", "stress", "stresses", "reply", "respond", "warn", "urge", "admit", "tweet", "tweets",
    "assert", "contend", "predict", "complain", "allege", "concede", "declare", "describe",
    "suggest", "explain", "insist", "argue", "acknowledge", "emphasize", "mention", "testify",
    "announce",
})
# Of those, base forms that report speech after a plural subject ("Many lawmakers say …")
# even without `that`; the other base forms are also common nouns ("a claim", "the state").
EN_PLURAL_PRESENT_VERBS: frozenset[str] = frozenset({
    "say", "tell", "write", "warn", "urge", "admit", "assert", "contend", "predict", "complain",
    "allege", "concede", "declare", "suggest", "explain", "insist", "argue", "acknowledge",
    "emphasize", "testify", "announce",
})
# Asking verbs and the words that open the question they report ("asked whether …").
EN_ASK_VERBS: frozenset[str] = frozenset({"ask", "asks", "asked", "asking"})
EN_QUESTION_WORDS: frozenset[str] = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})
# Words right before an English -ing reporting verb that make it a report ("is claiming",
# "by saying", "and adding"); after a noun it only describes it ("a letter saying …").
EN_PARTICIPLE_LINKS: frozenset[str] = frozenset({
    "is", "are", "was", "were", "be", "been", "am", "by", "while", "after", "before", "without", "when",
    "also", "and", "then", "even", "not", "keeps", "kept", "continues", "continued", "started", "began",
    "from", "of", "repeatedly", "publicly", "again", "now",
})
# Verbs that come before a described speaker ("…, said a spokesman"); after the others a
# lower-case phrase is an object ("…, noted the rule"), so they need a name there.
EN_INVERTING_VERBS: frozenset[str] = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes"})
EN_ACCORDING_TO: tuple[str, ...] = ("according to",)

# --- Pronouns and anaphora ---------------------------------------------------------------

ID_PERSON_PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau", "nya", "dirinya", "pihaknya", "ybs"})
ID_PLURAL_PRONOUNS: frozenset[str] = frozenset({"mereka", "keduanya", "ketiganya", "kami"})
EN_PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
EN_PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "we"})
# The pronoun of a newspaper, a report or an institution ("…,” it added."): resolved like "they".
EN_THING_PRONOUN = "it"
# English pronouns that name a person of one gender, and titles and role words that give it away.
PRONOUN_GENDERS: dict[str, str] = {"he": "m", "him": "m", "she": "f", "her": "f"}
GENDERED_WORDS: dict[str, str] = {
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "spokeswoman": "f", "congresswoman": "f",
    "chairwoman": "f", "businesswoman": "f", "councilwoman": "f", "woman": "f", "mother": "f", "wife": "f",
    "daughter": "f", "sister": "f", "grandmother": "f", "queen": "f", "princess": "f", "actress": "f",
    "mr": "m", "spokesman": "m", "congressman": "m", "chairman": "m", "businessman": "m",
    "councilman": "m", "man": "m", "father": "m", "husband": "m", "son": "m", "brother": "m",
    "grandfather": "m", "king": "m", "prince": "m", "actor": "m",
}
# Demonstratives that make a noun phrase point back ("diplomat AS tersebut", "the official").
ID_ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({"tersebut", "itu", "ini"})
# Numerals and plural markers that open a group speaker ("ketiga negara", "para pejabat").
GROUP_DETERMINERS: frozenset[str] = frozenset({
    "para", "tiga", "ketiga", "dua", "kedua", "empat", "keempat", "lima", "kelima", "beberapa",
    "sejumlah", "banyak", "seluruh", "semua", "two", "three", "four", "several", "many", "some",
    "both", "all",
})
# How many parties a counting group word stands for ("ketiga negara" = three, "mereka berdua" = two).
GROUP_COUNTS: dict[str, int] = {
    "dua": 2, "kedua": 2, "keduanya": 2, "berdua": 2, "tiga": 3, "ketiga": 3, "ketiganya": 3, "bertiga": 3,
    "empat": 4, "keempat": 4, "lima": 5, "kelima": 5, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5,
}
# Words that join a verb to an earlier subject ("…, serta mencatat bahwa …").
COORDINATORS: frozenset[str] = frozenset({"serta", "dan", "sekaligus", "lalu", "and", "then", "but"})
# Words before a verb that hand the subject back to the main clause ("dengan mengatakan").
MANNER_WORDS: frozenset[str] = frozenset({"dengan", "sambil", "seraya", "sembari", "by", "while", "yang"})
# Balinese name words that follow the name prefix "I" ("I Made Parwita"), which is not a numeral then.
BALINESE_NAMES: frozenset[str] = frozenset({
    "made", "wayan", "nyoman", "ketut", "gusti", "putu", "komang", "kadek", "gede", "nengah", "gde",
    "luh", "ayu",
})
# Balinese name prefixes, written before a name word of BALINESE_NAMES ("I Wayan Diar", "Ni Luh …").
BALINESE_PREFIXES: frozenset[str] = frozenset({"I", "Ni"})
# Roman numerals, which are capitalised but never part of a name ("KPK Wilayah V").
ROMAN_NUMERALS: frozenset[str] = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"})
# Determiners that open a speaker phrase ("seorang pejabat", "the source"); dropped from names.
DETERMINERS: frozenset[str] = frozenset({
    "seorang", "sang", "si", "sebuah", "the", "a", "an", "another", "one",
})
# Nouns for unnamed sources ("a campaign source", "sumber internal").
SOURCE_NOUNS: frozenset[str] = frozenset({
    "source", "sources", "official", "officials", "insider", "insiders", "person", "people",
    "witness", "witnesses", "sumber", "narasumber", "saksi", "warga", "pejabat", "percent",
    "prosecutors", "lawmakers", "investigators", "authorities", "scientists", "economists", "activists",
    "advocates", "protesters", "residents", "observers", "historians", "doctors", "lawyers", "attorneys",
    "members", "executives", "organizers", "parents", "workers", "senators", "legislators", "diplomats",
    "officers", "proponents", "opponents", "advisers", "advisors", "strategists", "pollsters",
    "someone", "somebody", "everyone", "nobody", "respondents",
})
# Documents that "say" something themselves ("bunyi beleid tersebut"): speakers, never pointers.
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "beleid", "aturan", "peraturan", "pasal", "undang-undang", "uu", "regulasi", "perpres", "permen",
    "perda", "dokumen", "putusan", "surat", "law", "bill", "document", "ruling",
})
# Words for studies and data that front their source ("penelitian Harvard Medical School").
STUDY_NOUNS: frozenset[str] = frozenset({
    "data", "laporan", "catatan", "riset", "penelitian", "studi", "survei", "hasil", "kajian", "analisis",
    "study", "survey", "report", "research", "analysis",
})
# Nouns naming a statement rather than a speaker ("kata pernyataan tersebut").
STATEMENT_NOUNS: frozenset[str] = frozenset({
    "pernyataan", "keterangan", "rilis", "siaran", "statement", "release", "surat", "unggahan",
    "cuitan", "postingan", "laporan", "report", "letter", "memo", "penuturan", "pengakuan", "ucapan",
})

# --- Titles and roles --------------------------------------------------------------------

# Words (lower-case) that form a title or role before a name. Multi-word titles are split into
# their words; role phrases may run over several capitalised words ("Menteri Luar Negeri").
TITLE_WORDS: frozenset[str] = frozenset({
    # Indonesian
    "presiden", "wakil", "wapres", "menteri", "menlu", "menkeu", "mendagri", "menhan", "menkes",
    "mendikbud", "menko", "menpan", "menag", "mensesneg", "menkumham", "menparekraf", "mentan",
    "menpora", "menaker", "menhub", "menperin", "mendag", "wamen", "wamenlu", "mensos", "wamenaker", "juru",
    "bicara", "jubir", "duta", "besar", "dubes", "sekretaris", "sekjen", "sesjen", "kepala",
    "ketua", "direktur", "dirut", "direktorat", "gubernur", "wagub", "bupati", "wabup",
    "wali", "walkot", "camat", "lurah", "kapolri", "kapolda", "kapolres", "kapolsek", "kapolrestabes",
    "wakapolri", "wakapolda", "kabid", "kasubdit", "kasat", "kasatreskrim", "kanit", "kasi", "kabag",
    "kadis", "kadin", "humas", "panglima", "pangdam", "kasad", "kasal", "kasau", "jaksa",
    "jampidsus", "kajati", "kajari", "hakim", "mayor", "jenderal", "letnan", "kolonel", "brigjen",
    "irjen", "komjen", "kombes", "akbp", "kompol", "ajun", "komisaris", "laksamana", "marsekal",
    "kapten", "sersan", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu",
    "bripda", "pers", "anggota", "pimpinan", "pemimpin", "koordinator", "asisten",
    "staf", "khusus", "ahli", "pengamat", "ekonom", "analis", "peneliti", "dosen", "guru",
    "profesor", "prof", "dr", "ir", "drs", "h", "hj", "kh", "ustaz", "gus", "habib", "pak", "bu", "kang", "cak", "mbak",
    "bapak", "ibu", "mantan", "eks", "calon", "plt", "pj", "pjs", "penjabat", "senator",
    "legislator", "politikus", "politisi", "pejabat", "kuasa", "hukum", "pengacara", "advokat",
    "manajer", "general", "manager", "chief", "officer", "ceo", "cfo", "coo", "founder", "pendiri",
    "komisioner", "deputi", "inspektur", "auditor", "bendahara", "perdana", "penasihat", "penasehat",
    "pangeran", "sultan", "paus", "uskup", "imam", "kiai", "kyai", "rektor", "dekan", "pelatih",
    "striker", "kiper", "bek", "gelandang", "pemain", "dirjen", "kakanwil",
    "kapuspen", "kapuspenkum", "karo", "penmas", "kadiv", "kabareskrim", "dansat", "danrem",
    "dandim", "kasdam", "kapendam", "pangkostrad", "sekda", "kades", "ketum", "waketum", "sekum",
    "bendum", "kasipidsus", "kasipenkum", "kapusdatin", "kabiro", "kakorlantas",
    "dirlantas", "dirreskrimum", "dirreskrimsus", "dirresnarkoba", "wadir", "kasubbid", "kapuslabfor",
    # English
    "president", "vice", "secretary", "minister", "prime", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "governor", "sen", "rep", "representative",
    "congressman", "congresswoman", "chairman", "chairwoman", "chair", "director", "deputy",
    "gen", "lt", "col", "adm", "admiral", "judge", "justice", "attorney", "candidate",
    "nominee", "former", "ex", "campaign", "adviser", "advisor", "aide", "strategist",
    "analyst", "pollster", "professor", "mr", "mrs", "ms", "speaker", "leader", "majority",
    "minority", "whip", "press", "communications", "communication", "executive", "host",
    "commentator", "economist", "official", "officials", "staff", "staffer", "presidential",
    "democratic", "republican", "gop", "state", "house", "white", "sheriff", "commissioner",
    "senior", "top", "lawyer", "counsel", "head", "council", "delegate", "rev",
    "pope", "king", "queen", "prince",
})
# Titles that name a jurisdiction right after them ("Gubernur Riau Abdul Wahid").
REGIONAL_TITLES: frozenset[str] = frozenset({
    "gubernur", "wagub", "bupati", "wabup", "wali", "walkot", "kapolda", "kapolres", "kapolsek",
    "kapolrestabes", "kajati", "kajari", "pangdam", "danrem", "dandim", "camat", "lurah", "sekda",
    "kades", "wakapolda", "kakanwil", "governor", "mayor", "sheriff",
})
# Institutions named after their area ("Kejari Jember", "Polresta Mataram"): after one of these
# (or a regional title) the next capitalised word is a place, not a name.
REGIONAL_INSTITUTIONS: frozenset[str] = frozenset({
    "kejari", "kejati", "polda", "polres", "polresta", "polrestabes", "polsek", "pemkot", "pemkab",
    "pemprov", "dprd", "kpu", "kpud", "bawaslu", "kanwil", "kodam", "korem", "kodim", "lapas",
    "rutan", "bpbd", "disdik", "dinkes", "dishub", "satpol", "pn", "pt", "pa", "pengadilan",
    "kabupaten", "kota", "provinsi", "kecamatan", "kelurahan", "desa", "mapolda", "mapolres", "mapolsek",
})
# Academic degrees written after a name ("Ari Wibowo SH", "Supangat PhD"), never part of it;
# compared without their dots ("S.H." → "sh").
ACADEMIC_DEGREES: frozenset[str] = frozenset({
    "sh", "se", "mh", "mm", "msi", "mpd", "spd", "sik", "skom", "mt", "phd", "ssos", "sip", "mkes",
    "ked", "mba", "msc", "ma", "llm", "ak", "cpa", "sked", "mkn", "ssi", "sp", "mag",
})
# Words after which a capitalised word names a field of work or a party, not a person
# ("Kepala Bidang Hortikultura", "Fraksi Golkar").
FIELD_SLOTS: frozenset[str] = frozenset({
    "bidang", "divisi", "seksi", "subbidang", "subbagian", "urusan", "fraksi", "partai",
})
# Indonesian nouns formed with pe(N)-…-an, per-…-an or ke-…-an name offices and fields
# ("Penanggulangan", "Pengendalian", "Kesehatan", "Perjuangan"), never people.
ROLE_NOUN_PATTERN = r"(?:pe[mnr]?|pen[gy]|ke)[a-z]{3,}an"
# Capitalised words that belong to places and institutions, never to a person's name.
NON_NAME_WORDS: frozenset[str] = frozenset({
    "satu", "dua",  # rank grades: "Brigadir Satu", "Letnan Dua"
    "nomor", "tahun", "lingkungan", "hidup",
    "amerika", "serikat", "korea", "utara", "selatan", "rusia", "china", "tiongkok", "jepang",
    "indonesia", "ri", "as", "pbb", "uni", "eropa", "inggris", "prancis", "jerman", "ukraina",
    "israel", "palestina", "iran", "arab", "saudi", "malaysia", "singapura", "australia", "india",
    "luar", "negeri", "dalam", "pertahanan", "keuangan", "keamanan", "nasional", "dewan", "gedung",
    "putih", "departemen", "kementerian", "kantor", "pers", "urusan", "multilateral", "khusus",
    "republik", "rakyat", "demokratik", "provinsi", "kabupaten", "kota", "daerah", "pusat",
    "jawa", "barat", "timur", "tengah", "jakarta", "dki", "sumatera", "sumatra", "kalimantan",
    "sulawesi", "papua", "maluku", "bali", "ntt", "ntb", "banten", "aceh", "riau", "jambi",
    "bengkulu", "lampung", "gorontalo", "yogyakarta", "diy", "kepulauan", "bangka", "belitung",
    "pegunungan", "daya", "pekanbaru", "surabaya", "bandung", "medan", "semarang", "makassar",
    "bekasi", "bogor", "depok", "tangerang", "solo", "malang", "polda", "polres", "polri", "tni",
    "kpk", "bps", "dpr", "dprd", "mpr", "bi", "ojk", "bumn", "kemenkeu", "kemendagri", "istana",
    "humas", "bidang", "divisi", "biro", "badan", "komisi", "partai", "fraksi", "umum", "bank",
    "pemerintah", "pemprov", "pemkot", "pemkab", "bareskrim", "kejaksaan", "kejagung",
    "mahkamah", "konstitusi", "bupati", "perdagangan", "perindustrian", "pertanian", "kesehatan",
    "pendidikan", "perhubungan", "pariwisata", "sosial", "energi", "sumber", "mineral", "investasi",
    "hukum", "ham", "agama", "tenaga", "kerja", "koordinator", "perekonomian", "politik",
    "hubungan", "masyarakat", "informasi", "komunikasi", "digital", "statistik", "nsc",
    "state", "department", "house", "senate", "congress", "white", "united", "states", "u.s.",
    "us", "new", "york", "washington", "national", "security", "council", "defense", "foreign",
    "affairs", "homeland", "justice", "treasury", "democratic", "republican", "party", "campaign",
    "committee", "fbi", "cia", "gop", "dnc", "rnc", "korsel", "korut", "rrt", "rrc", "dprk", "rdrk",
    "sekutu", "kemenlu", "ke-2", "ke-7", "kejari", "kejati", "polresta", "polrestabes", "polsek",
    "kpu", "kpud", "bawaslu", "kanwil", "kodam", "korem", "kodim", "lapas", "rutan", "bpbd",
    "disperindag", "dinkes", "dishub", "disdik", "satpol", "bappenas", "bulog", "pln", "kemenkes",
    "kemenag", "kemendikbud", "kemenkumham", "kemensos", "kementan", "kemenhub", "kemenpan",
    "otorita", "ikn", "komnas", "bnpb", "bmkg", "bpom", "bnn", "lps", "mk", "ma", "ky",
    "walkot", "setda", "sekda", "north", "south", "east", "west", "america", "american",
    "russia", "russian", "europe", "european", "africa", "african", "asia", "britain", "british",
})

# Capitalised words that open a sentence or clause and never start a name ("If Donald Trump …",
# "Once in my early 20s …", "Menurut Rano …").
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "if", "once", "having", "unlike", "despite", "although", "though", "when", "while", "after", "before",
    "since", "as", "but", "and", "so", "yet", "still", "then", "in", "on", "at", "for", "with", "from", "by",
    "during", "the", "a", "an", "this", "that", "these", "those", "it", "there", "even", "because", "like",
    "tapi", "namun", "menurut", "setelah", "sebelum", "usai", "saat", "ketika", "sejak", "bahkan", "meski",
    "jika", "kalau", "buat", "bagi", "untuk", "dari", "oleh", "kepada", "pesan", "kata",
})

# Acronyms among those words that are also surnames when not written in capitals ("HAM", "Ham").
ACRONYM_NON_NAMES: frozenset[str] = frozenset({"ham", "ma", "mk", "ky", "bi"})

# --- Organisations and groups ------------------------------------------------------------

# A speaker phrase whose words include one of these is an organisation.
ORGANIZATION_WORDS: frozenset[str] = frozenset({
    "gedung putih", "kremlin", "pentagon", "direktorat", "kementerian", "kemendagri", "kemenkeu", "kemenlu",
    "kemenkes", "kemenag", "pemerintah", "pemprov", "pemkot", "pemkab", "polri", "polda", "polres",
    "polsek", "tni", "kpk", "bps", "dpr", "dprd", "mpr", "bi", "ojk", "kejagung", "kejaksaan",
    "bareskrim", "departemen", "badan", "komisi", "partai", "dinas", "bank", "pt", "perusahaan",
    "istana", "lembaga", "organisasi", "yonhap", "reuters", "kcna", "antara", "white house",
    "ministry", "department", "committee", "campaign", "agency", "council", "government",
    "administration", "company", "office", "commission", "fbi", "cia", "police", "school", "university",
    "universitas", "institute", "institut", "center", "centre", "foundation", "yayasan", "association",
    "asosiasi", "federation", "federasi", "union", "serikat", "coalition", "network", "pyongyang",
    "washington",
    "moskow", "beijing", "tokyo", "seoul", "kyiv", "pbb", "un", "nato", "uni eropa",
})
# Words that make a speaker phrase a group: plural determiners, numerals, collectives.
GROUP_WORDS: frozenset[str] = frozenset({
    "para", "tiga", "ketiga", "dua", "kedua", "empat", "keempat", "beberapa", "sejumlah", "banyak",
    "negara-negara", "pejabat-pejabat", "mereka", "sekutu", "bersama", "warga", "masyarakat",
    "pihak-pihak", "kalangan", "kelompok", "koalisi", "officials", "sources", "experts", "analysts",
    "critics", "both", "three", "two", "several", "many", "some", "they", "supporters", "voters",
    "leaders", "aides", "allies", "democrats", "republicans", "polls", "researchers", "keduanya",
    "ketiganya", "peneliti",
})

# --- Speaker phrase boundaries -----------------------------------------------------------

# Lower-case words that end a speaker phrase read forwards after a cue ("kata Watson kepada …").
SPEAKER_STOP_WORDS: frozenset[str] = frozenset({
    # Indonesian
    "di", "dalam", "kepada", "pada", "saat", "ketika", "usai", "seusai", "selepas", "setelah",
    "sebelum", "sebelumnya", "tentang", "mengenai", "terkait", "soal", "melalui", "lewat", "via",
    "dikutip", "seperti", "yang", "sambil", "sembari", "kemarin", "ke", "dari", "dengan", "secara",
    "hari", "sebagaimana", "menurut", "ditemui", "kala", "tadi", "pekan", "selaku", "sebagai",
    "kembali", "lagi", "pula", "juga", "pun", "lalu", "kemudian", "menjawab", "menanggapi",
    "merespons", "menjelaskan", "mengatakan", "menegaskan", "kepadanya", "dilansir", "mengutip",
    "sementara", "namun", "tetapi", "karena", "sehingga", "agar", "jika", "bahwa", "atas", "oleh",
    "bagi", "demi", "guna", "hingga", "sampai", "ujarnya", "katanya",
    # English
    "in", "at", "on", "to", "during", "after", "before", "when", "while", "of", "from", "with",
    "by", "for", "as", "that", "who", "which", "last", "this", "earlier", "later", "recently",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "about", "because", "and", "but", "adding", "saying", "told", "said",
    "says", "through", "then", "also", "without", "like", "though", "although", "unless",
})
# Words that open the circumstance after a closing cue ("…, kata X di Jakarta, Senin").
TAIL_WORDS: frozenset[str] = frozenset({
    "di", "dalam", "kepada", "pada", "saat", "ketika", "usai", "seusai", "selepas", "setelah",
    "sebelum", "sebelumnya", "melalui", "lewat", "via", "dikutip", "seperti", "sebagaimana", "sambil",
    "sembari", "kemarin", "ditemui", "kala", "tadi", "yang", "selaku", "sebagai", "dilansir",
    "in", "at", "on", "to", "during", "after", "before", "when", "while", "through", "last", "this",
    "earlier", "later", "yesterday", "today", "tonight", "recently", "as", "from", "with", "by",
})
# English words that open an apposition or a new clause after a cue and a comma
# ("…, said Brian Baker, a longtime adviser" · "…, he said, and …"): the claim ends before the cue.
EN_AFTER_CUE_WORDS: frozenset[str] = frozenset({
    "a", "an", "the", "who", "whose", "which", "as", "and", "but", "while", "though", "although",
    "because", "since", "now", "then", "both", "also", "even", "before", "after", "when",
})
# Words after a comma that end an English reported clause: the writer's relative clause or a
# new clause ("X said A, which forced her …" · "X said A, and B happened").
EN_CLAUSE_BREAK_WORDS: frozenset[str] = frozenset({
    "which", "who", "whose", "and", "but", "while", "although", "though",
})
# Words that open an English sentence with a phrase rather than a clause ("During his years in
# office, Obama said, …"); the cue that follows such a phrase introduces the claim.
EN_FRONTED_WORDS: frozenset[str] = frozenset({
    "during", "in", "at", "on", "after", "before", "following", "since", "over", "under", "amid",
    "despite", "speaking", "asked", "pressed", "throughout", "for", "with",
})
# Possessive determiners: with only these and articles a phrase names nobody ("of their").
POSSESSIVES: frozenset[str] = frozenset({"his", "her", "its", "their", "our", "my", "your", "whose"})
# Pronouns that never name a speaker ("It goes without saying").
NON_SPEAKER_PRONOUNS: frozenset[str] = frozenset({"it", "this", "that", "there", "what", "which", "ini", "itu"})
# Day names that may follow a speaker after a comma ("kata X, Senin (20/10)"); end the phrase.
DAY_NAMES: frozenset[str] = frozenset({
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# Month names, which open a date rather than a speaker.
MONTH_NAMES: frozenset[str] = frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "january", "february", "march", "june", "july",
    "august", "october", "december",
})
# Words allowed in a speaker phrase despite being lower-case function words ("Duta Besar AS untuk PBB").
SPEAKER_CONNECTORS: frozenset[str] = frozenset({"dan", "untuk", "bin", "binti", "van", "de", "der",
                                                "al", "el", "of", "the", "and", "&"})
# Prepositions inside the name of an institution, between capitalised words ("Commission on
# Presidential Debates", "Center for American Progress"), read backwards from a verb.
NAME_PREPOSITIONS: frozenset[str] = frozenset({"on", "for", "at"})
# Words before a reporting verb that mean the verb is not the main clause's speech act.
SUBORDINATORS: frozenset[str] = frozenset({
    "yang", "ketika", "saat", "setelah", "sebelum", "karena", "jika", "apabila", "bila", "kalau",
    "meski", "meskipun", "walaupun", "sejak", "agar", "supaya", "hingga", "sehingga", "untuk",
    "akan", "tidak", "tak", "belum", "bukan", "jangan", "pernah", "sempat", "ingin", "mau", "bisa",
    "dapat", "harus", "perlu", "enggan", "menolak", "dengan", "sambil", "sembari", "tanpa",
    "who", "which", "if", "although", "to", "not", "never",
    "would", "could", "should", "will", "might", "may", "can", "didn't", "doesn't", "don't",
    "won't", "refused", "declined", "n't", "as",
})
# Adverbs and short phrases between a subject and its verb ("Miller juga menegaskan kembali").
ADVERBS: frozenset[str] = frozenset({
    "juga", "pun", "kemudian", "lalu", "sebelumnya", "kembali", "telah", "sudah", "pula", "lantas",
    "turut", "bahkan", "sendiri", "tetap", "pernah", "justru", "hanya", "sekali", "lagi", "akhirnya",
    "langsung", "tegas", "kemarin", "baru-baru", "secara", "terpisah", "tadi", "also", "later",
    "previously", "then", "has", "have", "had", "again", "recently", "earlier", "repeatedly",
    "once", "publicly", "privately", "flatly", "however", "often", "frequently", "still", "now",
    "reportedly", "bluntly", "forcefully", "simply", "finally", "already", "just", "actually",
    "is", "are", "was", "were", "be", "been", "being", "did", "does", "do", "long", "further",
})
# English auxiliaries and modals: a subject phrase containing one has swallowed a verb.
ENGLISH_AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "shall", "should", "may", "might", "must", "began", "went",
})
# Object pronouns that cannot be the speaker after an inverted cue ("told me").
OBJECT_PRONOUNS: frozenset[str] = frozenset({
    "me", "us", "him", "her", "them", "you", "it", "i", "we", "saya", "kami",
})
# Sentence-opening connectives skipped before a subject or before "Menurut".
CONNECTIVES: frozenset[str] = frozenset({
    "sementara", "sementara itu", "namun", "tetapi", "akan tetapi", "selain itu", "adapun",
    "kemudian", "lalu", "sebelumnya", "oleh karena itu", "karena itu", "dengan demikian", "maka",
    "dan", "di sisi lain", "lebih lanjut", "but", "and", "however", "meanwhile", "still", "yet",
    "so", "also",
})
# Clause markers after a reporting verb ("menegaskan bahwa", "said that").
ID_CLAUSE_MARKERS: tuple[str, ...] = ("bahwa", "kalau")
EN_CLAUSE_MARKERS: tuple[str, ...] = ("that",)
# First words after a reporting verb that show no reported clause follows: feelings expressed
# ("menyatakan keprihatinan"), a statement delivered ("menyampaikan pernyataan"), a topic ("tentang").
NON_CLAUSE_STARTS: frozenset[str] = frozenset({
    "pernyataan", "pernyataannya", "tentang", "mengenai", "soal", "terkait", "perihal", "atas",
    "pesan", "materi", "laporan", "aspirasi", "keluhan", "salam", "ucapan", "permohonan", "usulan",
    "informasi", "hasil", "sambutan", "pidato", "paparan", "alasan", "alasannya", "penyebab", "cara",
    "mekanisme", "kronologi", "kronologinya", "rencana", "capaian",
    "hal", "sesuatu", "apa", "about", "of", "on", "something", "nothing", "anything",
    "keprihatinan", "keprihatinannya", "dukungan", "dukungannya", "duka", "belasungkawa",
    "terima", "apresiasi", "sikap", "sikapnya", "kesiapan", "kesiapannya", "komitmen",
    "komitmennya", "penolakan", "penolakannya", "kekecewaan", "kekecewaannya", "keberatan",
    "selamat", "permintaan", "maaf", "rasa", "condolences", "concern", "concerns", "support",
    "sympathy", "regret", "gratitude", "thanks",
})

# A reporting verb's object that is a noun phrase, not a clause: nominalisations with -nya
# ("pentingnya kolaborasi", "kegeramannya terhadap …") besides the ke-/pe-…-an forms of ROLE_NOUN_PATTERN.
ID_NOMINAL_NYA: frozenset[str] = frozenset({"pentingnya", "perlunya", "urgensinya", "maknanya"})
# Verbs that nearly always take a clause, so a bare ke-/pe-…-an noun after them opens one
# ("mengatakan kebijakan itu …"); only a -nya nominalisation is a noun phrase after them.
ID_SAY_VERBS: frozenset[str] = frozenset({
    "mengatakan", "berkata", "bilang", "menuturkan", "menjelaskan", "menerangkan", "menambahkan", "berujar",
    "bertutur", "memaparkan", "mengaku", "mengklaim", "menyebut", "menyebutkan",
})
# Words that make the words after a nominal object a clause ("kebijakannya akan …"; also with -lah).
ID_PREDICATE_WORDS: frozenset[str] = frozenset({
    "akan", "sudah", "telah", "tidak", "tak", "bukan", "harus", "bisa", "dapat", "masih", "sedang", "belum",
    "adalah", "ialah", "merupakan", "perlu", "mesti", "wajib", "boleh", "ingin", "mau", "hanya", "pun", "naik",
    "turun", "ada", "sangat", "cukup", "justru", "tetap", "penting", "semata-mata",
})
# Subordinators that end a nominal object before any predicate ("pentingnya X agar …").
ID_OBJECT_ENDS: frozenset[str] = frozenset({"untuk", "demi", "agar", "supaya", "sehingga", "karena", "guna"})
# Words that look like prefixed verbs (me-, ber-, di-, ter-) but are not.
ID_PREFIX_LOOKALIKES: frozenset[str] = frozenset({
    "berbagai", "bersama", "beserta", "terhadap", "tersebut", "terkait", "terutama", "terakhir", "dinas",
    "diri", "dirinya", "digital", "diskusi", "dini", "direktur", "direksi", "dialog", "merah", "medis",
    "media", "mereka", "menteri", "meja", "berita", "berkas", "bersih",
})
# Words joining a full name to the nickname it goes by ("Saifullah Yusuf atau Gus Ipul").
ID_ALIAS_LINKS: tuple[str, ...] = (
    "atau", "alias", "yang akrab disapa", "yang biasa disapa", "yang karib disapa", "yang akrab dipanggil",
    "yang biasa dipanggil", "akrab disapa", "biasa disapa", "akrab dipanggil",
)
# Honorifics that open a nickname ("Gus Ipul", "Cak Imin", "Kang Emil").
NICKNAME_HONORIFICS: frozenset[str] = frozenset({
    "gus", "cak", "kang", "mbak", "mas", "bung", "bang", "abah", "mbah", "ning", "neng", "uda", "uni", "daeng",
    "kak", "pak", "bu", "om", "tante", "ustaz", "habib", "romo", "buya", "kiai", "kyai", "teh", "aa",
})

# --- Small grammar words used by the cue patterns -----------------------------------------

# Adverbs right after a reporting verb ("menegaskan kembali bahwa", "said again that").
POST_VERB_ADVERBS: tuple[str, ...] = ("kembali", "lagi", "pula", "juga", "again", "also", "repeatedly",
                                      "publicly")
# Prepositions that open a phrase between a reporting verb and its clause marker
# ("mengatakan kepada wartawan bahwa", "said in a statement that").
ID_VERB_PREPOSITIONS: tuple[str, ...] = (
    "kepada", "pada", "di", "dalam", "saat", "ketika", "usai", "melalui", "lewat",
)
EN_VERB_PREPOSITIONS: tuple[str, ...] = ("on", "in", "at", "during", "to", "after", "before")
# Demonstratives that close a noun phrase ("program ini", "pria kelahiran Jawa Tengah ini").
DEMONSTRATIVES: tuple[str, ...] = ("ini", "itu", "tersebut", "this", "that")
# Verbs whose object is the hearer ("told reporters that").
TELL_VERBS: frozenset[str] = frozenset({"told", "tells", "tell"})
# Prepositions that open a phrase between a reporting verb and its quote ("says of Clinton, “…”").
EN_QUOTE_PREPOSITIONS: frozenset[str] = frozenset({"of", "about", "to", "in", "on", "at", "during", "after"})
# Hearers after "told" that are not names ("…, she told me.").
HEARERS: frozenset[str] = frozenset({"me", "us", "him", "her", "them", "reporters", "journalists", "supporters"})
# "X selaku juru bicara", "X as spokesman": a role after the name.
AS_WORDS: frozenset[str] = frozenset({"selaku", "sebagai", "as"})
# Relative pronouns that open a clause inside an apposition.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"which", "who", "whose", "yang"})
# Lower-case particles inside personal names ("Ahmad bin Ali").
NAME_PARTICLES: frozenset[str] = frozenset({"bin", "binti", "van", "de"})
# Words between a statement noun and its authors ("pernyataan bersama AS dan Sekutu").
STATEMENT_MODIFIERS: frozenset[str] = frozenset({"bersama", "resmi", "tertulis", "joint"})
# Words of a time phrase between a subject and its verb ("X pada hari Selasa mengatakan").
TIME_WORDS: frozenset[str] = frozenset({"pada", "hari", "ini", "pekan", "lalu", "on"})
# Conjunctions that join the parties of a group ("Korsel, AS dan Jepang").
LIST_CONJUNCTIONS: frozenset[str] = frozenset({"dan", "serta", "and"})
# Words between a study noun and its source ("data dari BPS", "report by the FBI").
SOURCE_LINKS: frozenset[str] = frozenset({"dari", "oleh", "from", "by"})

# --- Furniture -----------------------------------------------------------------------------

# Markers of a photo caption credit ("… REUTERS/Name", "Foto: …").
CAPTION_MARKERS: tuple[str, ...] = (
    "REUTERS/", "AFP/", "AP Photo", "ANTARA FOTO", "Foto:", "FOTO:", "(Foto", "/Pool", "via REUTERS",
    "Getty Images", "dok.", "Dok.", "(dok", "Ilustrasi", "ilustrasi foto", "Photo:", "Photograph:",
)
# Lines that start like page furniture ("Baca juga: …", "SCROLL TO CONTINUE").
FURNITURE_PREFIXES: tuple[str, ...] = (
    "baca juga", "baca selengkapnya", "lihat juga", "simak juga", "simak video", "scroll to continue",
    "artikel terkait", "berita terkait", "read more", "read the rest", "related:", "advertisement",
    "pilihan editor", "editor:", "penulis:", "reporter:", "sumber:", "copyright", "©", "editor’s note",
    "editor's note",
)
