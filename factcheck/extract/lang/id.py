"""Indonesian: reporting cues, speaker vocabulary and the constructions of Indonesian news.

The model is spaCy's ``spacy/lang/id/``: everything the engine knows about Indonesian is here,
as data. Entries are lower-case unless noted; lookups lower-case the word first.
"""

from __future__ import annotations

from types import MappingProxyType

from factcheck.extract.lang.base import LanguagePack, NominalObjects, Settings, Vocabulary

# Indonesian nouns formed with pe(N)-…-an, per-…-an or ke-…-an name offices and fields
# ("Penanggulangan", "Kesehatan", "Perjuangan"), never people.
# Nouns in -isasi name processes and fields ("Kaderisasi", "Organisasi"), never people either.
PROCESS_NOUN_PATTERN = r"[a-z]{3,}isasi"
ROLE_NOUN_PATTERN = '(?:pe[mnr]?|pen[gy]|ke)[a-z]{3,}an'

# Cues that follow a quote or a reported clause: `"…," kata X` · `"…," ujarnya`.
# Each also takes the clitic -nya ("katanya") meaning "said he/she".
CLOSING_VERBS: tuple[str, ...] = (
    'kata', 'ujar', 'ucap', 'tambah', 'lanjut', 'tutup', 'jelas', 'ungkap', 'imbuh', 'sambung', 'tutur',
    'tegas', 'terang', 'pungkas', 'sebut', 'papar', 'beber', 'tandas', 'jawab', 'tanya', 'urai', 'tukas',
    'imbau', 'catat', 'tulis', 'sahut', 'teriak', 'sindir', 'seru', 'kilah', 'klaim', 'aku', 'akui', 'harap',
    'sentil', 'timpal', 'cetus', 'ajak', 'pinta', 'kenang', 'bilang', 'tanggap', 'simpul', 'nilai', 'katakan',
    'jelaskan', 'tegaskan',
)
# Closing cues that are also common adjectives/adverbs: need a named speaker or -nya.
AMBIGUOUS_CLOSING: frozenset[str] = frozenset({
    'ajak', 'aku', 'catat', 'harap', 'jelas', 'lanjut', 'nilai', 'pinta', 'seru', 'simpul', 'tambah', 'tanya',
    'tegas', 'terang', 'tutup'
})
# Multi-word closing cues: `"…," demikian bunyi pernyataan bersama …`.
CLOSING_PHRASES: tuple[str, ...] = (
    'demikian tertulis dalam', 'demikian tertulis di', 'tertulis dalam', 'tertulis di',  # a document or a site
    'demikian bunyi', 'demikian isi', 'bunyi', 'demikian kata', 'demikian',
)
# Passive cues after a quote: `"…," pernyataan tersebut ditambahkan`.
PASSIVE_VERBS: tuple[str, ...] = (
    'ditambahkan', 'dikatakan', 'disampaikan', 'ditegaskan', 'dijelaskan', 'diungkapkan', 'dinyatakan',
    'ditulis', 'disebutkan',
)
# Verbs that introduce speech before the speaker's words: `X mengatakan (bahwa) …`, `X mengatakan, "…"`.
SPEECH_VERBS: tuple[str, ...] = (
    'mengeklaim', 'memprediksi', 'mewartakan', 'menginformasikan', 'meyakinkan', 'mengimbuhkan',
    'mengatakan', 'menyatakan', 'menegaskan', 'menekankan', 'memperingatkan', 'menyampaikan', 'mengungkapkan',
    'menjelaskan', 'menyebut', 'menyebutkan', 'menambahkan', 'menuturkan', 'menerangkan', 'memaparkan',
    'mengklaim', 'mengakui', 'mengaku', 'menggarisbawahi', 'melaporkan', 'mengumumkan', 'mengingatkan',
    'membeberkan', 'menandaskan', 'mengungkap', 'mengemukakan', 'mengutarakan', 'berkata', 'bilang', 'menulis',
    'membantah', 'menepis', 'membenarkan', 'mengonfirmasi', 'menuding', 'menuduh', 'berujar', 'bertutur',
    'menjawab', 'berdalih', 'berkilah', 'menyinggung', 'mencontohkan', 'memastikan', 'mencatat', 'menyoroti',
    'menceritakan', 'melanjutkan', 'menyangkal', 'mengutip', 'menukas', 'menimpali',
)
# Of those, verbs that only report speech when followed by a clause marker (bahwa) or a quote;
# without one their object is usually a noun phrase ("mengumumkan perubahan jadwal").
WEAK_SPEECH_VERBS: frozenset[str] = frozenset({
    'menginformasikan', 'meyakinkan',
    'melanjutkan', 'melaporkan', 'membantah', 'membenarkan', 'mencatat', 'menceritakan', 'mencontohkan',
    'menepis', 'mengingatkan', 'mengonfirmasi', 'mengumumkan', 'mengutip', 'menjawab', 'menulis', 'menyinggung',
    'menyoroti'
})
# Verbs glued to the preceding word in some sources ("Bahlil Lahadaliamengatakan").
GLUED_VERBS: tuple[str, ...] = (
    'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'menambahkan', 'mengungkapkan', 'menuturkan',
    'menerangkan',
)
ACCORDING_TO: tuple[str, ...] = ('menurut',)
# Words that join a further report to a cue ("…," kata X, seraya menambahkan bahwa …).
REPORT_LINKS: tuple[str, ...] = ('seraya', 'sambil', 'sembari')
# Clause markers after a reporting verb ("menegaskan bahwa").
CLAUSE_MARKERS: tuple[str, ...] = ('bahwa', 'kalau')
# Prepositions between a reporting verb and its clause marker ("mengatakan kepada wartawan bahwa").
VERB_PREPOSITIONS: tuple[str, ...] = (
    'kepada', 'pada', 'di', 'dalam', 'saat', 'ketika', 'usai', 'melalui', 'lewat',
)

# Studies and reports that say something themselves ("penelitian yang menyatakan …").
STUDY_HEADS: frozenset[str] = frozenset({'penelitian', 'studi', 'riset', 'survei', 'laporan', 'kajian'})

NOMINAL_OBJECTS = NominalObjects(
    nominalisation=ROLE_NOUN_PATTERN,
    nominalisation_nya=rf"{ROLE_NOUN_PATTERN}nya",
    # nominalisations with -nya besides the ke-/pe-…-an forms ("pentingnya kolaborasi")
    nya_forms=frozenset({
        'maknanya', 'pentingnya', 'perlunya', 'urgensinya'
    }),
    # verbs that nearly always take a clause: a bare ke-/pe-…-an noun after them opens one
    say_verbs=frozenset({
        'berkata', 'bertutur', 'berujar', 'bilang', 'memaparkan', 'menambahkan', 'menerangkan', 'mengaku',
        'mengatakan', 'mengklaim', 'menjelaskan', 'menuturkan', 'menyebut', 'menyebutkan'
    }),
    # words that make the words after a nominal object a clause ("kebijakannya akan …"; also with -lah)
    predicate_words=frozenset({
        'ada', 'adalah', 'akan', 'belum', 'bisa', 'boleh', 'bukan', 'cukup', 'dapat', 'hanya', 'harus', 'ialah',
        'ingin', 'justru', 'masih', 'mau', 'merupakan', 'mesti', 'naik', 'penting', 'perlu', 'pun', 'sangat',
        'sedang', 'semata-mata', 'sudah', 'tak', 'telah', 'tetap', 'tidak', 'turun', 'wajib'
    }),
    # subordinators that end a nominal object before any predicate ("pentingnya X agar …")
    object_ends=frozenset({
        'agar', 'demi', 'guna', 'karena', 'sehingga', 'supaya', 'untuk'
    }),
    prefixed_verb=r"(?:me|ber)[a-z]{3,}|(?:di|ter)[a-z]{4,}",
    # words that look like prefixed verbs (me-, ber-, di-, ter-) but are not
    prefix_lookalikes=frozenset({
        'berbagai', 'berita', 'berkas', 'bersama', 'bersih', 'beserta', 'dialog', 'digital', 'dinas', 'dini',
        'direksi', 'direktur', 'diri', 'dirinya', 'diskusi', 'media', 'medis', 'meja', 'menteri', 'merah',
        'mereka', 'terakhir', 'terhadap', 'terkait', 'tersebut', 'terutama'
    }),
)

VOCABULARY = Vocabulary(
    person_pronouns=frozenset({
        'beliau', 'dia', 'dirinya', 'ia', 'nya', 'pihaknya', 'ybs'
    }),
    plural_pronouns=frozenset({
        'kami', 'keduanya', 'ketiganya', 'mereka'
    }),
    anaphoric_determiners=frozenset({
        'ini', 'itu', 'tersebut'
    }),
    group_counts=MappingProxyType({'dua': 2, 'kedua': 2, 'keduanya': 2, 'berdua': 2, 'tiga': 3, 'ketiga': 3, 'ketiganya': 3, 'bertiga': 3, 'empat': 4, 'keempat': 4, 'lima': 5, 'kelima': 5}),
    # Balinese name prefixes, written before a Balinese name word ("I Wayan Diar", "Ni Luh …")
    name_prefixes=frozenset({
        'I', 'Ni'
    }),
    prefixed_names=frozenset({
        'ayu', 'gde', 'gede', 'gusti', 'kadek', 'ketut', 'komang', 'luh', 'made', 'nengah', 'nyoman', 'putu',
        'wayan'
    }),
    role_noun_patterns=(ROLE_NOUN_PATTERN, PROCESS_NOUN_PATTERN),
    alias_links=(
        'atau', 'alias', 'yang akrab disapa', 'yang biasa disapa', 'yang karib disapa', 'yang akrab dipanggil',
        'yang biasa dipanggil', 'akrab disapa', 'biasa disapa', 'akrab dipanggil',
    ),
    title_connectors=frozenset({'dan', 'untuk'}),
    weak_alias_links=frozenset({'atau'}),
    first_person_pronouns=frozenset({'saya', 'aku', 'kami', 'kita'}),
    partitives=('salah satu', 'salah seorang'),
    time_adverbials=('belum lama ini', 'baru-baru ini', 'beberapa waktu lalu', 'tak lama kemudian'),
    quantity_words=frozenset({'persen'}),
    approximators=frozenset({'sebanyak', 'sekitar', 'hampir'}),
    place_prepositions=frozenset({'di', 'ke', 'dari'}),
    reporting_words=frozenset(SPEECH_VERBS) | frozenset(CLOSING_VERBS),
    clitic_cues=frozenset(f"{verb}nya" for verb in CLOSING_VERBS + ACCORDING_TO),
    abbreviations=frozenset({
        'a.n', 'bpk', 'dll', 'dra', 'drs', 'dsb', 'dst', 'gg', 'h', 'hj', 'hlm', 'ibu', 'ir', 'jl', 'jln',
        'kab', 'kec', 'kel', 'kh', 'm.m', 'm.si', 'mgr', 'nm', 'pk', 'prov', 'rp', 's.e', 's.h', 's.pd', 's.t',
        'sdr', 'tbk', 'tgl', 'tsb', 'ttd', 'u.p', 'yth'
    }),
    title_words=frozenset({
        'dokter', 'spesialis', 'psikolog', 'psikiater', 'perawat', 'bidan', 'apoteker',
        'letkol', 'mayjen', 'laksda', 'laksma', 'marsda', 'marsma', 'kapt', 'serma', 'pelda', 'kopda', 'praka',
        'pm', 'saudara', 'saudari', 'tuan', 'nyonya',
        'advokat', 'ahli', 'aipda', 'aiptu', 'ajun', 'akbp', 'akp', 'analis', 'anggota', 'asisten', 'auditor',
        'bapak', 'bek', 'bendahara', 'bendum', 'besar', 'bicara', 'brigadir', 'brigjen', 'bripda', 'bripka',
        'briptu', 'bu', 'bupati', 'cak', 'calon', 'camat', 'dandim', 'danrem', 'dansat', 'dekan', 'deputi',
        'direktorat', 'direktur', 'dirjen', 'dirlantas', 'dirreskrimsus', 'dirreskrimum', 'dirresnarkoba',
        'dirut', 'dosen', 'dr', 'drs', 'dubes', 'duta', 'ekonom', 'eks', 'gelandang', 'gubernur', 'guru', 'gus',
        'h', 'habib', 'hakim', 'hj', 'hukum', 'humas', 'ibu', 'imam', 'inspektur', 'ipda', 'iptu', 'ir',
        'irjen', 'jaksa', 'jampidsus', 'jenderal', 'jubir', 'juru', 'kabag', 'kabareskrim', 'kabid', 'kabiro',
        'kades', 'kadin', 'kadis', 'kadiv', 'kajari', 'kajati', 'kakanwil', 'kakorlantas', 'kang', 'kanit',
        'kapendam', 'kapolda', 'kapolres', 'kapolrestabes', 'kapolri', 'kapolsek', 'kapten', 'kapusdatin',
        'kapuslabfor', 'kapuspen', 'kapuspenkum', 'karo', 'kasad', 'kasal', 'kasat', 'kasatreskrim', 'kasau',
        'kasdam', 'kasi', 'kasipenkum', 'kasipidsus', 'kasubbid', 'kasubdit', 'kepala', 'ketua', 'ketum', 'kh',
        'khusus', 'kiai', 'kiper', 'kolonel', 'kombes', 'komisaris', 'komisioner', 'komjen', 'kompol',
        'koordinator', 'kuasa', 'kyai', 'laksamana', 'letnan', 'lurah', 'manajer', 'mantan', 'marsekal',
        'mayor', 'mbak', 'menag', 'menaker', 'mendag', 'mendagri', 'mendikbud', 'menhan', 'menhub', 'menkes',
        'menkeu', 'menko', 'menkumham', 'menlu', 'menpan', 'menparekraf', 'menperin', 'menpora', 'mensesneg',
        'mensos', 'mentan', 'menteri', 'pak', 'pangdam', 'pangeran', 'pangkostrad', 'panglima', 'paus',
        'pejabat', 'pelatih', 'pemain', 'pemimpin', 'penasehat', 'penasihat', 'pendiri', 'peneliti',
        'pengacara', 'pengamat', 'penjabat', 'penmas', 'perdana', 'pers', 'pimpinan', 'pj', 'pjs', 'plt',
        'politikus', 'politisi', 'presiden', 'prof', 'profesor', 'rektor', 'sekda', 'sekjen', 'sekretaris',
        'sekum', 'sersan', 'sesjen', 'staf', 'striker', 'sultan', 'uskup', 'ustaz', 'wabup', 'wadir', 'wagub',
        'wakapolda', 'wakapolri', 'waketum', 'wakil', 'wali', 'walkot', 'wamen', 'wamenaker', 'wamenlu',
        'wapres'
    }),
    regional_titles=frozenset({
        'bupati', 'camat', 'dandim', 'danrem', 'gubernur', 'kades', 'kajari', 'kajati', 'kakanwil', 'kapolda',
        'kapolres', 'kapolrestabes', 'kapolsek', 'lurah', 'pangdam', 'sekda', 'wabup', 'wagub', 'wakapolda',
        'wali', 'walkot'
    }),
    regional_institutions=frozenset({
        'dikbud', 'disdikbud',
        'bawaslu', 'bpbd', 'desa', 'dinkes', 'disdik', 'dishub', 'dprd', 'kabupaten', 'kanwil', 'kecamatan',
        'kejari', 'kejati', 'kelurahan', 'kodam', 'kodim', 'korem', 'kota', 'kpu', 'kpud', 'lapas', 'mapolda',
        'mapolres', 'mapolsek', 'pa', 'pemkab', 'pemkot', 'pemprov', 'pengadilan', 'pn', 'polda', 'polres',
        'polresta', 'polrestabes', 'polsek', 'provinsi', 'pt', 'rutan', 'satpol'
    }),
    academic_degrees=frozenset({
        'ak', 'ked', 'mag', 'mh', 'mkes', 'mkn', 'mm', 'mpd', 'msi', 'mt', 'se', 'sh', 'sik', 'sip', 'sked',
        'skom', 'sp', 'spd', 'ssi', 'ssos'
    }),
    field_slots=frozenset({
        'bidang', 'divisi', 'fraksi', 'partai', 'seksi', 'subbagian', 'subbidang', 'urusan'
    }),
    non_name_words=frozenset({
        'kabinet',
        'satuan', 'tugas', 'satgas',
        'aceh', 'agama', 'amerika', 'arab', 'as', 'australia', 'badan', 'bali', 'bandung', 'bangka', 'bank',
        'banten', 'bappenas', 'barat', 'bareskrim', 'bawaslu', 'bekasi', 'belitung', 'bengkulu', 'bi', 'bidang',
        'biro', 'bmkg', 'bnn', 'bnpb', 'bogor', 'bpbd', 'bpom', 'bps', 'bulog', 'bumn', 'bupati', 'china',
        'daerah', 'dalam', 'daya', 'demokratik', 'departemen', 'depok', 'dewan', 'digital', 'dinkes', 'disdik',
        'dishub', 'disperindag', 'divisi', 'diy', 'dki', 'dpr', 'dprd', 'dprk', 'dua', 'energi', 'eropa',
        'fraksi', 'gedung', 'gorontalo', 'ham', 'hidup', 'hubungan', 'hukum', 'humas', 'ikn', 'india',
        'indonesia', 'informasi', 'inggris', 'investasi', 'iran', 'israel', 'istana', 'jakarta', 'jambi',
        'jawa', 'jepang', 'jerman', 'kabupaten', 'kalimantan', 'kantor', 'kanwil', 'ke-2', 'ke-7', 'keamanan',
        'kejagung', 'kejaksaan', 'kejari', 'kejati', 'kemenag', 'kemendagri', 'kemendikbud', 'kemenhub',
        'kemenkes', 'kemenkeu', 'kemenkumham', 'kemenlu', 'kemenpan', 'kemensos', 'kementan', 'kementerian',
        'kepulauan', 'kerja', 'kesehatan', 'keuangan', 'khusus', 'kodam', 'kodim', 'komisi', 'komnas',
        'komunikasi', 'konstitusi', 'koordinator', 'korea', 'korem', 'korsel', 'korut', 'kota', 'kpk', 'kpu',
        'kpud', 'ky', 'lampung', 'lapas', 'lingkungan', 'lps', 'luar', 'ma', 'mahkamah', 'makassar', 'malang',
        'malaysia', 'maluku', 'masyarakat', 'medan', 'mineral', 'mk', 'mpr', 'multilateral', 'nasional',
        'negeri', 'nomor', 'ntb', 'ntt', 'ojk', 'otorita', 'palestina', 'papua', 'pariwisata', 'partai', 'pbb',
        'pegunungan', 'pekanbaru', 'pemerintah', 'pemkab', 'pemkot', 'pemprov', 'pendidikan', 'perdagangan',
        'perekonomian', 'perhubungan', 'perindustrian', 'pers', 'pertahanan', 'pertanian', 'pln', 'polda',
        'politik', 'polres', 'polresta', 'polrestabes', 'polri', 'polsek', 'prancis', 'provinsi', 'pusat',
        'putih', 'rakyat', 'rdrk', 'republik', 'ri', 'riau', 'rrc', 'rrt', 'rusia', 'rutan', 'satpol', 'satu',
        'saudi', 'sekda', 'sekutu', 'selatan', 'semarang', 'serikat', 'setda', 'singapura', 'solo', 'sosial',
        'statistik', 'sulawesi', 'sumatera', 'sumatra', 'sumber', 'surabaya', 'tahun', 'tangerang', 'tenaga',
        'tengah', 'timur', 'tiongkok', 'tni', 'ukraina', 'umum', 'uni', 'urusan', 'utara', 'walkot',
        'yogyakarta'
    }),
    sentence_openers=frozenset({
        'ada',
        'bagi', 'bahkan', 'buat', 'dari', 'jika', 'kalau', 'kata', 'kepada', 'ketika', 'menurut', 'meski',
        'namun', 'oleh', 'pesan', 'saat', 'sebelum', 'sejak', 'setelah', 'tapi', 'untuk', 'usai'
    }),
    acronym_non_names=frozenset({
        'bi', 'ham', 'ky', 'ma', 'mk'
    }),
    organization_words=frozenset({
        'antara', 'asosiasi', 'badan', 'bank', 'bareskrim', 'beijing', 'bi', 'bps', 'departemen', 'dinas',
        'direktorat', 'dpr', 'dprd', 'federasi', 'gedung putih', 'institut', 'istana', 'kcna', 'kejagung',
        'kejaksaan', 'kemenag', 'kemendagri', 'kemenkes', 'kemenkeu', 'kemenlu', 'kementerian', 'komisi', 'kpk',
        'kremlin', 'kyiv', 'lembaga', 'moskow', 'mpr', 'ojk', 'organisasi', 'partai', 'pbb', 'pemerintah',
        'pemkab', 'pemkot', 'pemprov', 'pentagon', 'perusahaan', 'polda', 'polres', 'polri', 'polsek', 'pt',
        'pyongyang', 'reuters', 'seoul', 'serikat', 'tni', 'tokyo', 'uni eropa', 'universitas', 'yayasan',
        'yonhap'
    }),
    group_words=frozenset({
        'banyak', 'beberapa', 'bersama', 'dua', 'empat', 'kalangan', 'kedua', 'keduanya', 'keempat', 'kelompok',
        'ketiga', 'ketiganya', 'koalisi', 'masyarakat', 'mereka', 'negara-negara', 'para', 'pejabat-pejabat',
        'peneliti', 'pihak-pihak', 'sejumlah', 'sekutu', 'tiga', 'warga'
    }),
    group_determiners=frozenset({
        'sebagian',
        'ribuan', 'ratusan', 'puluhan', 'belasan', 'jutaan',
        'banyak', 'beberapa', 'dua', 'empat', 'kedua', 'keempat', 'kelima', 'ketiga', 'lima', 'para',
        'sejumlah', 'seluruh', 'semua', 'tiga'
    }),
    coordinators=frozenset({
        'dan', 'lalu', 'sekaligus', 'serta'
    }),
    manner_words=frozenset({
        'dengan', 'sambil', 'sembari', 'seraya', 'yang'
    }),
    determiners=frozenset({
        'sang', 'sebuah', 'seorang', 'si'
    }),
    source_nouns=frozenset({
        'narasumber', 'pejabat', 'saksi', 'sumber', 'warga'
    }),
    document_nouns=frozenset({
        'aturan', 'beleid', 'dokumen', 'pasal', 'peraturan', 'perda', 'permen', 'perpres', 'putusan',
        'regulasi', 'surat', 'undang-undang', 'uu'
    }),
    study_nouns=frozenset({
        'analisis', 'catatan', 'data', 'hasil', 'kajian', 'laporan', 'penelitian', 'riset', 'studi', 'survei'
    }),
    statement_nouns=frozenset({
        'pesan',
        'cuitan', 'keterangan', 'laporan', 'pengakuan', 'penuturan', 'pernyataan', 'postingan', 'rilis',
        'siaran', 'surat', 'ucapan', 'unggahan'
    }),
    speaker_stop_words=frozenset({
        'agar', 'atas', 'bagi', 'bahwa', 'dalam', 'dari', 'demi', 'dengan', 'di', 'dikutip', 'dilansir',
        'ditemui', 'guna', 'hari', 'hingga', 'jika', 'juga', 'kala', 'karena', 'katanya', 'ke', 'kemarin',
        'kembali', 'kemudian', 'kepada', 'kepadanya', 'ketika', 'lagi', 'lalu', 'lewat', 'melalui',
        'menanggapi', 'menegaskan', 'mengatakan', 'mengenai', 'mengutip', 'menjawab', 'menjelaskan', 'menurut',
        'merespons', 'namun', 'oleh', 'pada', 'pekan', 'pula', 'pun', 'saat', 'sambil', 'sampai', 'sebagai',
        'sebagaimana', 'sebelum', 'sebelumnya', 'secara', 'sehingga', 'selaku', 'selepas', 'sembari',
        'sementara', 'seperti', 'setelah', 'seusai', 'soal', 'tadi', 'tentang', 'terkait', 'tetapi', 'ujarnya',
        'usai', 'via', 'yang'
    }),
    tail_words=frozenset({
        'dalam', 'di', 'dikutip', 'dilansir', 'ditemui', 'kala', 'kemarin', 'kepada', 'ketika', 'lewat',
        'melalui', 'pada', 'saat', 'sambil', 'sebagai', 'sebagaimana', 'sebelum', 'sebelumnya', 'selaku',
        'selepas', 'sembari', 'seperti', 'setelah', 'seusai', 'tadi', 'usai', 'via', 'yang'
    }),
    non_speaker_pronouns=frozenset({
        'hal',
        'ini', 'itu'
    }),
    day_names=frozenset({
        'ahad', "jum'at", 'jumat', 'kamis', 'minggu', 'rabu', 'sabtu', 'selasa', 'senin'
    }),
    month_names=frozenset({
        'agustus', 'april', 'desember', 'februari', 'januari', 'juli', 'juni', 'maret', 'mei', 'november',
        'oktober', 'september'
    }),
    speaker_connectors=frozenset({
        'al', 'bin', 'binti', 'dan', 'de', 'der', 'el', 'untuk', 'van'
    }),
    subordinators=frozenset({
        'agar', 'akan', 'apabila', 'belum', 'bila', 'bisa', 'bukan', 'dapat', 'dengan', 'enggan', 'harus',
        'hingga', 'ingin', 'jangan', 'jika', 'kalau', 'karena', 'ketika', 'mau', 'menolak', 'meski', 'meskipun',
        'perlu', 'pernah', 'saat', 'sambil', 'sebelum', 'sehingga', 'sejak', 'sembari', 'sempat', 'setelah',
        'supaya', 'tak', 'tanpa', 'tidak', 'untuk', 'walaupun', 'yang'
    }),
    adverbs=frozenset({
        'akhirnya', 'bahkan', 'baru-baru', 'hanya', 'juga', 'justru', 'kemarin', 'kembali', 'kemudian', 'lagi',
        'lalu', 'langsung', 'lantas', 'pernah', 'pula', 'pun', 'sebelumnya', 'secara', 'sekali', 'sendiri',
        'sudah', 'tadi', 'tegas', 'telah', 'terpisah', 'tetap', 'turut'
    }),
    object_pronouns=frozenset({
        'kami', 'saya'
    }),
    connectives=frozenset({
        'adapun', 'akan tetapi', 'dan', 'dengan demikian', 'di sisi lain', 'karena itu', 'kemudian', 'lalu',
        'lebih lanjut', 'maka', 'namun', 'oleh karena itu', 'sebelumnya', 'selain itu', 'sementara',
        'sementara itu', 'tetapi'
    }),
    non_clause_starts=frozenset({
        'alasan', 'alasannya', 'apa', 'apresiasi', 'aspirasi', 'atas', 'belasungkawa', 'capaian', 'cara',
        'duka', 'dukungan', 'dukungannya', 'hal', 'hasil', 'informasi', 'keberatan', 'kekecewaan',
        'kekecewaannya', 'keluhan', 'keprihatinan', 'keprihatinannya', 'kesiapan', 'kesiapannya', 'komitmen',
        'komitmennya', 'kronologi', 'kronologinya', 'laporan', 'maaf', 'materi', 'mekanisme', 'mengenai',
        'paparan', 'penolakan', 'penolakannya', 'penyebab', 'perihal', 'permintaan', 'permohonan', 'pernyataan',
        'pernyataannya', 'pesan', 'pidato', 'rasa', 'rencana', 'salam', 'sambutan', 'selamat', 'sesuatu',
        'sikap', 'sikapnya', 'soal', 'tentang', 'terima', 'terkait', 'ucapan', 'usulan'
    }),
    post_verb_adverbs=(
        'kembali', 'lagi', 'pula', 'juga',
    ),
    demonstratives=(
        'ini', 'itu', 'tersebut',
    ),
    as_words=frozenset({
        'sebagai', 'selaku'
    }),
    relative_pronouns=frozenset({
        'yang'
    }),
    name_particles=frozenset({
        'bin', 'binti'
    }),
    statement_modifiers=frozenset({
        'bersama', 'resmi', 'tertulis'
    }),
    time_words=frozenset({
        'hari', 'ini', 'lalu', 'pada', 'pekan'
    }),
    list_conjunctions=frozenset({
        'dan', 'serta'
    }),
    source_links=frozenset({
        'dari', 'oleh'
    }),
    caption_markers=(
        'ANTARA FOTO', 'Foto:', 'FOTO:', '(Foto', 'dok.', 'Dok.', '(dok', 'Ilustrasi', 'ilustrasi foto',
    ),
    furniture_prefixes=(
        'baca juga', 'baca selengkapnya', 'lihat juga', 'simak juga', 'simak video', 'artikel terkait',
        'berita terkait', 'pilihan editor', 'editor:', 'penulis:', 'reporter:', 'sumber:',
    ),
    nickname_honorifics=frozenset({
        'aa', 'abah', 'bang', 'bu', 'bung', 'buya', 'cak', 'daeng', 'gus', 'habib', 'kak', 'kang', 'kiai',
        'kyai', 'mas', 'mbah', 'mbak', 'neng', 'ning', 'om', 'pak', 'romo', 'tante', 'teh', 'uda', 'uni',
        'ustaz'
    }),
)

SETTINGS = Settings(
    one_claim_per_report=False,
    canonical_names=True,
    speaker_first_after_quote="name",
    min_indirect_words=2,
    according_max_source_words=10,
    according_source_stops=True,
    clause_may_end_in_quote=True,
    name_before_comma_title=True,
)

PACK = LanguagePack(
    code="id",
    name="Indonesian",
    stopwords=frozenset({
        'ada', 'adalah', 'agar', 'akan', 'atau', 'bagi', 'bahwa', 'belum', 'bisa', 'dalam', 'dan', 'dari',
        'dengan', 'di', 'dia', 'hingga', 'ia', 'ini', 'itu', 'jika', 'juga', 'kami', 'karena', 'kata',
        'katanya', 'ke', 'kepada', 'lebih', 'masih', 'menurut', 'mereka', 'namun', 'oleh', 'pada', 'para',
        'saat', 'sebagai', 'secara', 'sejak', 'serta', 'sudah', 'telah', 'tersebut', 'tidak', 'ujar', 'untuk',
        'yang'
    }),
    verdict_names=MappingProxyType({"verified": "Benar", "disputed": "Diperdebatkan", "false": "Salah"}),
    vocabulary=VOCABULARY,
    settings=SETTINGS,
    speech_verbs=SPEECH_VERBS,
    weak_speech_verbs=WEAK_SPEECH_VERBS,
    closing_verbs=CLOSING_VERBS,
    ambiguous_closing=AMBIGUOUS_CLOSING,
    according_to=ACCORDING_TO,
    clause_markers=CLAUSE_MARKERS,
    verb_prepositions=VERB_PREPOSITIONS,
    closing_phrases=CLOSING_PHRASES,
    closing_clitic="nya",
    passive_verbs=PASSIVE_VERBS,
    glued_verbs=GLUED_VERBS,
    follow_up_report=rf",\s+(?:{'|'.join(REPORT_LINKS)})\s+(?P<verb>[a-z]+)(?![\w-])",
    main_verb=r"(?<![\w-])(?:me|ber)[a-z]{3,}(?![\w-])",
    # "Satgas … yang menyebut …", "Ada penelitian yang menyatakan …" (not "membaca laporan yang
    # mengatakan"): the subject stands before "yang"
    subject_antecedent=rf"(?:[A-Z][\w'’-]*|(?<![\w-])[Aa]da\s+(?:{'|'.join(sorted(STUDY_HEADS))}))\s+(?P<yang>yang)\s+$",
    nominal_objects=NOMINAL_OBJECTS,
    backward_frame=(
        r"(?:Demikian|Begitu(?:lah)?|Hal\s+(?:itu|ini|tersebut))\s+"
        rf"(?P<verb>{'|'.join(PASSIVE_VERBS)}|kata|ujar|ungkap|tutur)(?:\s+oleh)?\s+"
    ),
)
