"""What a language pack holds: its words, its cue patterns and the settings the engine reads.

The attribution engine never asks which language it reads; it asks the pack. A pack has two
parts:

* :class:`Vocabulary` — words that help read speaker phrases, names, roles and places. News in
  one language names the people, offices and places of others ("Wakil Presiden Program
  Worldwide Mobile Device Trackers IDC"), so the engine reads the union of the vocabularies of
  every registered language (:func:`factcheck.extract.lang.shared_vocabulary`).
* the cue lists and :class:`Settings` of the language itself — which verbs report speech, how
  a clause is introduced, and which constructions the language has.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_EMPTY: frozenset[str] = frozenset()


def _no_counts() -> Mapping[str, int]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Vocabulary:
    """Words a language contributes to reading speaker phrases (lower-case unless noted)."""

    # sentence segmentation: tokens after which a period does not end a sentence
    abbreviations: frozenset[str] = _EMPTY
    # pronouns and anaphora
    person_pronouns: frozenset[str] = _EMPTY
    plural_pronouns: frozenset[str] = _EMPTY
    first_person_pronouns: frozenset[str] = _EMPTY  # the writer's own voice outside quotes ("kami", "we")
    thing_pronouns: frozenset[str] = _EMPTY  # the pronoun of a newspaper, a report, an institution ("it")
    pronoun_genders: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    gendered_words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    anaphoric_determiners: frozenset[str] = _EMPTY  # "diplomat AS tersebut"
    group_determiners: frozenset[str] = _EMPTY  # "ketiga negara", "para pejabat"
    group_counts: Mapping[str, int] = field(default_factory=_no_counts)  # "ketiga" = 3
    coordinators: frozenset[str] = _EMPTY  # "…, serta mencatat bahwa …"
    manner_words: frozenset[str] = _EMPTY  # "dengan mengatakan": the subject of the main clause
    name_prefixes: frozenset[str] = _EMPTY  # written before a name word ("I" in "I Made Parwita"), case kept
    prefixed_names: frozenset[str] = _EMPTY  # name words after such a prefix ("made", "wayan")
    determiners: frozenset[str] = _EMPTY  # dropped from names ("seorang", "the")
    partitives: tuple[str, ...] = ()  # "one of" before a description, dropped ("salah satu pengurus …")
    quantity_words: frozenset[str] = _EMPTY  # after a number before a group ("73 persen masyarakat")
    approximators: frozenset[str] = _EMPTY  # before such a number ("sebanyak 73 persen", "about 40 percent")
    source_nouns: frozenset[str] = _EMPTY  # unnamed sources ("sumber", "officials")
    document_nouns: frozenset[str] = _EMPTY  # documents that say something themselves ("beleid")
    study_nouns: frozenset[str] = _EMPTY  # studies and data fronting their source ("penelitian")
    statement_nouns: frozenset[str] = _EMPTY  # a statement rather than a speaker ("pernyataan")
    # titles, roles, places
    title_words: frozenset[str] = _EMPTY
    regional_titles: frozenset[str] = _EMPTY  # name a jurisdiction after them ("Gubernur Riau")
    regional_institutions: frozenset[str] = _EMPTY  # named after their area ("Kejari Jember")
    academic_degrees: frozenset[str] = _EMPTY  # after a name, compared without dots
    field_slots: frozenset[str] = _EMPTY  # a field of work or party follows ("Bidang", "Fraksi")
    role_noun_patterns: tuple[str, ...] = ()  # regexes for nouns that name offices, never people
    non_name_words: frozenset[str] = _EMPTY  # capitalised words of places and institutions
    sentence_openers: frozenset[str] = _EMPTY  # capitalised words that never start a name
    acronym_non_names: frozenset[str] = _EMPTY  # acronyms that are surnames when not in capitals
    organization_words: frozenset[str] = _EMPTY
    group_words: frozenset[str] = _EMPTY
    nickname_honorifics: frozenset[str] = _EMPTY  # "Gus Ipul", "Cak Imin"
    alias_links: tuple[str, ...] = ()  # "Saifullah Yusuf atau Gus Ipul"
    # alias links that also join two different people ("Anies Baswedan atau Ganjar"): the nickname
    # after one needs an honorific ("Gus Ipul") or must be a short form of the name ("Jokowi")
    weak_alias_links: frozenset[str] = _EMPTY
    name_particles: frozenset[str] = _EMPTY  # lower-case words inside names ("bin")
    place_prepositions: frozenset[str] = _EMPTY  # a place follows them ("di Sulsel", "dari Turki")
    title_connectors: frozenset[str] = _EMPTY  # lower-case words inside a run of titles ("Duta Besar AS untuk PBB")
    # speaker phrase boundaries
    speaker_stop_words: frozenset[str] = _EMPTY
    tail_words: frozenset[str] = _EMPTY  # open the circumstance after a closing cue
    possessives: frozenset[str] = _EMPTY
    non_speaker_pronouns: frozenset[str] = _EMPTY
    object_pronouns: frozenset[str] = _EMPTY
    day_names: frozenset[str] = _EMPTY
    month_names: frozenset[str] = _EMPTY
    speaker_connectors: frozenset[str] = _EMPTY  # lower-case words allowed inside a speaker phrase
    name_prepositions: frozenset[str] = _EMPTY  # "Commission on Presidential Debates"
    subordinators: frozenset[str] = _EMPTY  # before a verb: not the main clause's speech act
    adverbs: frozenset[str] = _EMPTY  # between a subject and its verb
    auxiliaries: frozenset[str] = _EMPTY  # a subject phrase holding one has swallowed a verb
    connectives: frozenset[str] = _EMPTY  # sentence-opening connectives skipped before a subject
    non_clause_starts: frozenset[str] = _EMPTY  # first words after a reporting verb: no clause follows
    post_verb_adverbs: tuple[str, ...] = ()  # "menegaskan kembali bahwa"
    demonstratives: tuple[str, ...] = ()  # close a noun phrase ("program ini")
    hearers: frozenset[str] = _EMPTY  # after "told": not names
    as_words: frozenset[str] = _EMPTY  # "X selaku juru bicara"
    relative_pronouns: frozenset[str] = _EMPTY
    statement_modifiers: frozenset[str] = _EMPTY  # "pernyataan bersama"
    time_words: frozenset[str] = _EMPTY  # a time phrase between a subject and its verb
    time_adverbials: tuple[str, ...] = ()  # phrases of time between a subject and its verb ("belum lama ini")
    list_conjunctions: frozenset[str] = _EMPTY  # join the parties of a group
    source_links: frozenset[str] = _EMPTY  # "data dari BPS"
    reporting_words: frozenset[str] = _EMPTY  # every reporting verb form, never a name or a role noun
    clitic_cues: frozenset[str] = _EMPTY  # cues written with a pronoun clitic ("katanya")
    # page furniture
    caption_markers: tuple[str, ...] = ()  # case kept
    furniture_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class NominalObjects:
    """How to tell a noun-phrase object of a reporting verb from a reported clause
    ("menekankan pentingnya kolaborasi" is not a claim; "mengatakan kebijakan itu wajar" is)."""

    nominalisation: str  # regex: a bare nominalised noun ("penghargaan")
    nominalisation_nya: str  # regex: a nominalisation with a clitic ("kegeramannya")
    nya_forms: frozenset[str]  # listed clitic forms ("pentingnya")
    say_verbs: frozenset[str]  # verbs that nearly always take a clause
    predicate_words: frozenset[str]  # make the words after a nominal object a clause
    object_ends: frozenset[str]  # subordinators that end a nominal object
    prefixed_verb: str  # regex: a verb by its prefix ("me-", "di-")
    prefix_lookalikes: frozenset[str]  # words that look like prefixed verbs but are not


@dataclass(frozen=True)
class Settings:
    """Constructions a language has, as the engine asks about them."""

    # One claim per reporting verb (each clause ends where the next report starts), else one per sentence.
    one_claim_per_report: bool = False
    # Speakers are renamed by the fullest form the article gives them ("Blinken" → "Antony Blinken").
    canonical_names: bool = False
    # After a quote a speaker may come before its verb: "name" (`"…," Potter menjelaskan`) or
    # "phrase" (`"…," the New York businessman said`, with appositions).
    speaker_first_after_quote: str = "name"
    # Reported clauses shorter than this many words are objects, not claims.
    min_indirect_words: int = 2
    # Longest source (in words) read between "Menurut" and its comma.
    according_max_source_words: int = 10
    # The source after "Menurut" ends at a circumstance ("Menurut X dalam rapat …, …").
    according_source_stops: bool = False
    # "…, according to a new national poll." and "…, according to X, an economist."
    according_sources_run_on: bool = False
    # "Adnan Abu Hasna, Penasihat Media UNRWA mengatakan": a name before a comma and a title.
    name_before_comma_title: bool = False
    # A subject set off from its verb by an apposition ("Trump, speaking to veterans, said").
    subject_across_apposition: bool = False
    # Clauses interrupted by a cue between commas go on only after an auxiliary
    # ("These employees, Stumpf explained, were …"); opening phrases may front the cue
    # ("During his years in office, Obama said, …").
    interrupted_clauses: bool = False
    # An unquoted clause may end in a quote closed by its comma and cue
    # ("Sikap itu memberi "alasan untuk berharap," tambahnya." · "Not paying taxes "makes me smart," Trump said.").
    clause_may_end_in_quote: bool = False
    # The writer's own additions after a reported clause are cut off ("X said A, which …").
    cut_reporter_clauses: bool = False


@dataclass(frozen=True)
class LanguagePack:
    """Everything the engine knows about one language."""

    code: str
    name: str
    stopwords: frozenset[str]  # frequent words, for language detection
    verdict_names: Mapping[str, str]  # review statuses as a fact-checker writes them (ClaimReview)
    vocabulary: Vocabulary
    settings: Settings
    # reporting cues
    speech_verbs: tuple[str, ...]  # `X mengatakan (bahwa) …` / `X said (that) …`
    weak_speech_verbs: frozenset[str]  # need a clause marker, a comma or a quote to report speech
    closing_verbs: tuple[str, ...]  # after a quote or clause: `"…," kata X` / `, said X`
    ambiguous_closing: frozenset[str]  # closing cues that need a named speaker (or a clitic)
    according_to: tuple[str, ...]  # "menurut" / "according to"
    clause_markers: tuple[str, ...]  # "bahwa" / "that"
    verb_prepositions: tuple[str, ...]  # between a verb and its clause marker ("kepada wartawan")
    closing_phrases: tuple[str, ...] = ()  # `"…," demikian bunyi pernyataan …`
    closing_clitic: str | None = None  # the pronoun clitic of a closing cue ("nya" in "katanya")
    passive_verbs: tuple[str, ...] = ()  # `"…," pernyataan tersebut ditambahkan`
    glued_verbs: tuple[str, ...] = ()  # written glued to the word before ("Lahadaliamengatakan")
    # regex: a further report by the same speaker after a cue, its verb in group "verb"
    # (`"…," kata X, seraya menambahkan bahwa …` · `"…," X said, adding that …`)
    follow_up_report: str | None = None
    clause_marker_after_day: bool = False  # "said Tuesday that …"
    preposition_phrase_chars: int = 60  # longest phrase between a verb and its clause marker
    participle_suffix: str | None = None  # a closing cue in this form is a participle ("saying")
    past_participle_suffix: str | None = None  # "reported"
    negation_clitics: tuple[str, ...] = ()  # a word ending in one is a negated verb ("didn't")
    participle_links: frozenset[str] = _EMPTY  # before a participle that reports ("is claiming")
    inverting_verbs: frozenset[str] = _EMPTY  # closing verbs that come before a described speaker
    tell_verbs: frozenset[str] = _EMPTY  # their object is the hearer ("told reporters that")
    quote_prepositions: frozenset[str] = _EMPTY  # "says of Clinton, “…”"
    ask_verbs: frozenset[str] = _EMPTY
    question_words: frozenset[str] = _EMPTY  # "asked whether …"
    plural_present_verbs: frozenset[str] = _EMPTY  # "Many lawmakers say …" without "that"
    fronted_words: frozenset[str] = _EMPTY  # open a sentence with a phrase, not a clause
    after_cue_words: frozenset[str] = _EMPTY  # open an apposition or clause after a cue
    pronoun_clitic: str | None = None  # regex: a pronoun glued to an auxiliary before a verb ("He’s")
    # regex: where the writer's own words start after a reported clause ("X said A, which …")
    reporter_clause_break: str | None = None
    # regex: the words joining two reports in one sentence ("X said A, and said B"), ending at the second
    report_joint: str | None = None
    subject_verb_form: str | None = None  # regex: a word that is a verb form, so no subject holds it
    main_verb: str | None = None  # regex: a main-clause verb by its form ("me-", "ber-")
    subject_antecedent: str | None = None  # regex: "X yang menyebut …" names X
    nominal_objects: NominalObjects | None = None
    # Cue words in a use that reports nobody (see factcheck.extract.nonspeech):
    passive_before: str | None = None  # regex: ends right before a verb in the passive ("was announced")
    noun_cue_forms: frozenset[str] = _EMPTY  # cue words that are also nouns ("claims", "report")
    noun_before: str | None = None  # regex: ends right before such a word used as a noun ("Trump's claim")
    noun_after: str | None = None  # regex: starts right after such a word used as a noun ("claims as …")
    naming_verbs: frozenset[str] = _EMPTY  # verbs that also name ("what he called") or phone ("called in")
    naming_before: str | None = None  # regex: ends right before a naming verb that names ("what he called")
    naming_after: str | None = None  # regex: starts right after a naming verb that does not report
    # regex: a sentence that says who said the sentence before it, its verb in group "verb"
    # ("Demikian diungkapkan X.", "Begitu kata X.", "Hal itu disampaikan oleh X.")
    backward_frame: str | None = None
