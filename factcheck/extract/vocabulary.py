"""The words the attribution engine reads speaker phrases with: the union of every language pack's
vocabulary (:func:`factcheck.extract.lang.shared_vocabulary`), under the names the engine uses.

No word lists live here; they are in the language packs (``factcheck/extract/lang/``).
"""

from __future__ import annotations

from factcheck.extract.lang import shared_vocabulary

_VOCABULARY = shared_vocabulary()

ABBREVIATIONS = _VOCABULARY.abbreviations
PERSON_PRONOUNS = _VOCABULARY.person_pronouns
PLURAL_PRONOUNS = _VOCABULARY.plural_pronouns
FIRST_PERSON_PRONOUNS = _VOCABULARY.first_person_pronouns
THING_PRONOUNS = _VOCABULARY.thing_pronouns
PRONOUN_GENDERS = _VOCABULARY.pronoun_genders
GENDERED_WORDS = _VOCABULARY.gendered_words
ANAPHORIC_DETERMINERS = _VOCABULARY.anaphoric_determiners
GROUP_DETERMINERS = _VOCABULARY.group_determiners
GROUP_COUNTS = _VOCABULARY.group_counts
COORDINATORS = _VOCABULARY.coordinators
MANNER_WORDS = _VOCABULARY.manner_words
NAME_PREFIXES = _VOCABULARY.name_prefixes
PREFIXED_NAMES = _VOCABULARY.prefixed_names
DETERMINERS = _VOCABULARY.determiners
PARTITIVES = _VOCABULARY.partitives
QUANTITY_WORDS = _VOCABULARY.quantity_words
APPROXIMATORS = _VOCABULARY.approximators
SOURCE_NOUNS = _VOCABULARY.source_nouns
DOCUMENT_NOUNS = _VOCABULARY.document_nouns
STUDY_NOUNS = _VOCABULARY.study_nouns
STATEMENT_NOUNS = _VOCABULARY.statement_nouns
TITLE_WORDS = _VOCABULARY.title_words
REGIONAL_TITLES = _VOCABULARY.regional_titles
REGIONAL_INSTITUTIONS = _VOCABULARY.regional_institutions
ACADEMIC_DEGREES = _VOCABULARY.academic_degrees
FIELD_SLOTS = _VOCABULARY.field_slots
ROLE_NOUN_PATTERNS = _VOCABULARY.role_noun_patterns
NON_NAME_WORDS = _VOCABULARY.non_name_words
SENTENCE_OPENERS = _VOCABULARY.sentence_openers
ACRONYM_NON_NAMES = _VOCABULARY.acronym_non_names
ORGANIZATION_WORDS = _VOCABULARY.organization_words
GROUP_WORDS = _VOCABULARY.group_words
NICKNAME_HONORIFICS = _VOCABULARY.nickname_honorifics
ALIAS_LINKS = _VOCABULARY.alias_links
WEAK_ALIAS_LINKS = _VOCABULARY.weak_alias_links
NAME_PARTICLES = _VOCABULARY.name_particles
PLACE_PREPOSITIONS = _VOCABULARY.place_prepositions
TITLE_CONNECTORS = _VOCABULARY.title_connectors
SPEAKER_STOP_WORDS = _VOCABULARY.speaker_stop_words
TAIL_WORDS = _VOCABULARY.tail_words
POSSESSIVES = _VOCABULARY.possessives
NON_SPEAKER_PRONOUNS = _VOCABULARY.non_speaker_pronouns
OBJECT_PRONOUNS = _VOCABULARY.object_pronouns
DAY_NAMES = _VOCABULARY.day_names
MONTH_NAMES = _VOCABULARY.month_names
SPEAKER_CONNECTORS = _VOCABULARY.speaker_connectors
NAME_PREPOSITIONS = _VOCABULARY.name_prepositions
SUBORDINATORS = _VOCABULARY.subordinators
ADVERBS = _VOCABULARY.adverbs
AUXILIARIES = _VOCABULARY.auxiliaries
CONNECTIVES = _VOCABULARY.connectives
NON_CLAUSE_STARTS = _VOCABULARY.non_clause_starts
POST_VERB_ADVERBS = _VOCABULARY.post_verb_adverbs
DEMONSTRATIVES = _VOCABULARY.demonstratives
HEARERS = _VOCABULARY.hearers
AS_WORDS = _VOCABULARY.as_words
RELATIVE_PRONOUNS = _VOCABULARY.relative_pronouns
STATEMENT_MODIFIERS = _VOCABULARY.statement_modifiers
TIME_WORDS = _VOCABULARY.time_words
TIME_ADVERBIALS = _VOCABULARY.time_adverbials
LIST_CONJUNCTIONS = _VOCABULARY.list_conjunctions
SOURCE_LINKS = _VOCABULARY.source_links
REPORTING_WORDS = _VOCABULARY.reporting_words
CLITIC_CUES = _VOCABULARY.clitic_cues
CAPTION_MARKERS = _VOCABULARY.caption_markers
FURNITURE_PREFIXES = _VOCABULARY.furniture_prefixes

# Roman numerals are capitalised but never part of a name ("KPK Wilayah V"), in every language.
ROMAN_NUMERALS: frozenset[str] = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"})
# Any of the patterns of nouns that name offices and fields, never people.
ROLE_NOUN_PATTERN = "|".join(f"(?:{p})" for p in ROLE_NOUN_PATTERNS)
