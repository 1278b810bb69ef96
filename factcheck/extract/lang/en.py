"""English: reporting cues, speaker vocabulary and the constructions of English news.

Entries are lower-case unless noted; lookups lower-case the word first.
"""

from __future__ import annotations

from types import MappingProxyType

from factcheck.extract.lang.base import LanguagePack, Settings, Vocabulary

SPEECH_VERBS: tuple[str, ...] = (
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'writing',
    'announce', 'announces', 'announced', 'announcing', 'state', 'states', 'stated', 'stating', 'add', 'adds',
    'added', 'adding', 'ask', 'asks', 'asked', 'asking', 'argue', 'argues', 'argued', 'arguing', 'claim',
    'claims', 'claimed', 'claiming', 'explain', 'explains', 'explained', 'explaining', 'note', 'notes', 'noted',
    'noting', 'insist', 'insists', 'insisted', 'insisting', 'declare', 'declares', 'declared', 'declaring',
    'testify', 'testifies', 'testified', 'testifying', 'tweet', 'tweets', 'tweeted', 'tweeting', 'post',
    'posts', 'posted', 'report', 'reports', 'reported', 'reporting', 'acknowledge', 'acknowledges',
    'acknowledged', 'acknowledging', 'warn', 'warns', 'warned', 'warning', 'urge', 'urges', 'urged', 'urging',
    'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'suggest',
    'suggests', 'suggested', 'suggesting', 'reply', 'replies', 'replied', 'replying', 'respond', 'responds',
    'responded', 'responding', 'continued', 'concede', 'concedes', 'conceded', 'conceding', 'admit', 'admits',
    'admitted', 'admitting', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'stress', 'stresses',
    'stressed', 'stressing', 'promise', 'promises', 'promised', 'promising', 'predict', 'predicts', 'predicted',
    'predicting', 'charge', 'charges', 'charged', 'charging', 'allege', 'alleges', 'alleged', 'alleging',
    'complain', 'complains', 'complained', 'complaining', 'deny', 'denies', 'denied', 'denying', 'confirm',
    'confirms', 'confirmed', 'confirming', 'recall', 'recalls', 'recalled', 'recalling', 'mention', 'mentions',
    'mentioned', 'mentioning', 'remark', 'remarks', 'remarked', 'assert', 'asserts', 'asserted', 'asserting',
    'contend', 'contends', 'contended', 'contending', 'repeat', 'repeats', 'repeated', 'repeating',
    'pointed out', 'points out', 'has said', 'have said', 'had said', 'also said', 'call for', 'calls for',
    'called for', 'calling for', 'call on', 'calls on', 'called on', 'calling on',
)
# Verbs that need `that`, a comma or a quote to report speech; without one their object
# is usually a noun phrase ("posted a video", "confirmed the date").
WEAK_SPEECH_VERBS: frozenset[str] = frozenset({
    'acknowledge', 'add', 'adds', 'admit', 'allege', 'announce', 'argue', 'ask', 'asked', 'asking', 'asks',
    'assert', 'call', 'charge', 'claim', 'complain', 'concede', 'confirm', 'confirmed', 'confirming',
    'confirms', 'contend', 'continued', 'declare', 'denied', 'denies', 'deny', 'denying', 'describe',
    'emphasize', 'explain', 'insist', 'mention', 'note', 'notes', 'post', 'posted', 'posts', 'predict',
    'promise', 'promised', 'promises', 'promising', 'recall', 'recalled', 'recalling', 'recalls', 'remark',
    'remarks', 'repeat', 'repeated', 'repeating', 'repeats', 'reply', 'report', 'reported', 'reporting',
    'reports', 'respond', 'say', 'state', 'states', 'stress', 'stresses', 'suggest', 'tell', 'testify', 'tweet',
    'tweets', 'urge', 'warn', 'write'
})
# Of those, base forms that report speech after a plural subject ("Many lawmakers say …")
# even without `that`; the other base forms are also common nouns ("a claim", "the state").
PLURAL_PRESENT_VERBS: frozenset[str] = frozenset({
    'acknowledge', 'admit', 'allege', 'announce', 'argue', 'assert', 'complain', 'concede', 'contend',
    'declare', 'emphasize', 'explain', 'insist', 'predict', 'say', 'suggest', 'tell', 'testify', 'urge', 'warn',
    'write'
})
# Asking verbs and the words that open the question they report ("asked whether …").
ASK_VERBS: frozenset[str] = frozenset({
    'ask', 'asked', 'asking', 'asks'
})
QUESTION_WORDS: frozenset[str] = frozenset({
    'how', 'if', 'what', 'when', 'where', 'whether', 'who', 'why'
})
# Words right before an -ing reporting verb that make it a report ("is claiming", "by saying",
# "and adding"); after a noun it only describes it ("a letter saying …").
PARTICIPLE_LINKS: frozenset[str] = frozenset({
    'after', 'again', 'also', 'am', 'and', 'are', 'be', 'been', 'before', 'began', 'by', 'continued',
    'continues', 'even', 'from', 'is', 'keeps', 'kept', 'not', 'now', 'of', 'publicly', 'repeatedly', 'started',
    'then', 'was', 'were', 'when', 'while', 'without'
})
# Verbs that come before a described speaker ("…, said a spokesman"); after the others a
# lower-case phrase is an object ("…, noted the rule"), so they need a name there.
INVERTING_VERBS: frozenset[str] = frozenset({
    'added', 'adds', 'asked', 'asks', 'said', 'says', 'writes', 'wrote'
})
ACCORDING_TO: tuple[str, ...] = ('according to',)
CLAUSE_MARKERS: tuple[str, ...] = ('that',)
VERB_PREPOSITIONS: tuple[str, ...] = ('on', 'in', 'at', 'during', 'to', 'after', 'before')
# Verbs whose object is the hearer ("told reporters that").
TELL_VERBS: frozenset[str] = frozenset({
    'tell', 'tells', 'told'
})
# Prepositions that open a phrase between a reporting verb and its quote ("says of Clinton, “…”").
QUOTE_PREPOSITIONS: frozenset[str] = frozenset({
    'about', 'after', 'at', 'during', 'in', 'of', 'on', 'to'
})
# Words that open an apposition or a new clause after a cue and a comma
# ("…, said Brian Baker, a longtime adviser" · "…, he said, and …"): the claim ends before the cue.
AFTER_CUE_WORDS: frozenset[str] = frozenset({
    'a', 'after', 'also', 'although', 'an', 'and', 'as', 'because', 'before', 'both', 'but', 'even', 'now',
    'since', 'the', 'then', 'though', 'when', 'which', 'while', 'who', 'whose'
})
# Words after a comma that end a reported clause: the writer's relative clause or a new clause.
CLAUSE_BREAK_WORDS: frozenset[str] = frozenset({
    'although', 'and', 'but', 'though', 'which', 'while', 'who', 'whose'
})
# Words that open a sentence with a phrase rather than a clause ("During his years in office, …").
FRONTED_WORDS: frozenset[str] = frozenset({
    'after', 'amid', 'asked', 'at', 'before', 'despite', 'during', 'following', 'for', 'in', 'on', 'over',
    'pressed', 'since', 'speaking', 'throughout', 'under', 'with'
})
# A reporting verb in the passive reports nobody ("have been charged with", "was announced").
PASSIVE_BEFORE = r"(?i)\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|also|already|barely|never|\w+ly))?\s+$"
# Cue words that are also nouns, and what shows them to be nouns: a determiner, possessive or
# preposition before ("Trump's claim", "by charges that"), or a preposition or the end of a phrase
# after ("Republican claims as “false”", "a New York Times report from …", "phone calls.").
NOUN_CUE_FORMS: frozenset[str] = frozenset({
    'call', 'calls', 'charge', 'charges', 'claim', 'claims', 'note', 'notes', 'post', 'posts', 'promise',
    'promises', 'remarks', 'report', 'reports', 'state', 'states', 'tweet', 'tweets', 'warning'
})
NOUN_BEFORE = (r"(?i)(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|these|those|of|by|for|with|from|"
               r"in|on|about|against|whose|such)|['’]s|s['’])\s+$")
NOUN_AFTER = r"\s*(?:[,.;)–—-]|(?:as|from|of|about|against|in|on|by|for|with|were|was|are|is)\b)"
# Verbs that also name ("condemned what he called a “brazen breach”") or phone or summon
# ("called in to a town hall", "called an emergency meeting"): they report nothing then.
NAMING_VERBS: frozenset[str] = frozenset({'call', 'called', 'calls'})
NAMING_BEFORE = r"(?i)\bwhat\s+(?:[\w.’'-]+\s+){1,6}$"
NAMING_AFTER = r"\s+(?:in|into|to|off|up|back|out|an?\s+(?:\w+\s+)?(?:meeting|session|election|vote|strike))\b"
PERSON_PRONOUNS: frozenset[str] = frozenset({
    'he', 'her', 'him', 'she'
})
PLURAL_PRONOUNS: frozenset[str] = frozenset({
    'they', 'we'
})

VOCABULARY = Vocabulary(
    person_pronouns=PERSON_PRONOUNS,
    plural_pronouns=PLURAL_PRONOUNS,
    thing_pronouns=frozenset({'it'}),
    # pronouns that name a person of one gender, and titles and role words that give it away
    pronoun_genders=MappingProxyType({'he': 'm', 'him': 'm', 'she': 'f', 'her': 'f'}),
    gendered_words=MappingProxyType({'mrs': 'f', 'ms': 'f', 'miss': 'f', 'madam': 'f', 'spokeswoman': 'f', 'congresswoman': 'f', 'chairwoman': 'f', 'businesswoman': 'f', 'councilwoman': 'f', 'woman': 'f', 'mother': 'f', 'wife': 'f', 'daughter': 'f', 'sister': 'f', 'grandmother': 'f', 'queen': 'f', 'princess': 'f', 'actress': 'f', 'mr': 'm', 'spokesman': 'm', 'congressman': 'm', 'chairman': 'm', 'businessman': 'm', 'councilman': 'm', 'man': 'm', 'father': 'm', 'husband': 'm', 'son': 'm', 'brother': 'm', 'grandfather': 'm', 'king': 'm', 'prince': 'm', 'actor': 'm'}),
    group_counts=MappingProxyType({'two': 2, 'both': 2, 'three': 3, 'four': 4, 'five': 5}),
    hearers=frozenset({
        'her', 'him', 'journalists', 'me', 'reporters', 'supporters', 'them', 'us'
    }),
    auxiliaries=frozenset({
        'are', 'be', 'been', 'began', 'being', 'can', 'could', 'did', 'do', 'does', 'had', 'has', 'have', 'is',
        'may', 'might', 'must', 'shall', 'should', 'was', 'went', 'were', 'will', 'would'
    }),
    title_connectors=frozenset({'of'}),
    partitives=('one of',),
    quantity_words=frozenset({'percent'}),
    approximators=frozenset({'about', 'nearly', 'almost', 'roughly'}),
    reporting_words=frozenset(SPEECH_VERBS),
    abbreviations=frozenset({
        'a.m', 'adm', 'approx', 'apr', 'art', 'aug', 'ave', 'b.a', 'blvd', 'capt', 'ch', 'cmdr', 'co', 'col',
        'corp', 'd.c', 'dec', 'dept', 'dr', 'e.g', 'est', 'etc', 'feb', 'fig', 'ft', 'gen', 'gov', 'hon', 'i.e',
        'inc', 'insp', 'jan', 'jr', 'jul', 'jun', 'lt', 'ltd', 'm.a', 'maj', 'mar', 'mr', 'mrs', 'ms', 'mt',
        'no', 'nos', 'nov', 'oct', 'p.m', 'ph.d', 'pp', 'pres', 'prof', 'rd', 'rep', 'rev', 'sen', 'sep',
        'sept', 'sgt', 'sr', 'st', 'supt', 'u.k', 'u.n', 'u.s', 'u.s.a', 'univ', 'vol', 'vs'
    }),
    title_words=frozenset({
        'adm', 'admiral', 'adviser', 'advisor', 'aide', 'ambassador', 'analyst', 'attorney', 'campaign',
        'candidate', 'ceo', 'cfo', 'chair', 'chairman', 'chairwoman', 'chief', 'col', 'commentator',
        'commissioner', 'communication', 'communications', 'congressman', 'congresswoman', 'coo', 'council',
        'counsel', 'delegate', 'democratic', 'deputy', 'director', 'economist', 'ex', 'executive', 'former',
        'founder', 'gen', 'general', 'gop', 'governor', 'head', 'host', 'house', 'judge', 'justice', 'king',
        'lawyer', 'leader', 'legislator', 'lt', 'majority', 'manager', 'minister', 'minority', 'mr', 'mrs',
        'ms', 'nominee', 'officer', 'official', 'officials', 'pollster', 'pope', 'president', 'presidential',
        'press', 'prime', 'prince', 'professor', 'queen', 'rep', 'representative', 'republican', 'rev',
        'secretary', 'sen', 'senator', 'senior', 'sheriff', 'speaker', 'spokesman', 'spokesperson',
        'spokeswoman', 'staff', 'staffer', 'state', 'strategist', 'top', 'vice', 'whip', 'white'
    }),
    regional_titles=frozenset({
        'governor', 'mayor', 'sheriff'
    }),
    academic_degrees=frozenset({
        'cpa', 'llm', 'ma', 'mba', 'msc', 'phd'
    }),
    non_name_words=frozenset({
        'affairs', 'africa', 'african', 'america', 'american', 'asia', 'britain', 'british', 'campaign', 'cia',
        'committee', 'congress', 'council', 'defense', 'democratic', 'department', 'dnc', 'east', 'europe',
        'european', 'fbi', 'foreign', 'gop', 'homeland', 'house', 'justice', 'national', 'new', 'north', 'nsc',
        'party', 'republican', 'rnc', 'russia', 'russian', 'security', 'senate', 'south', 'state', 'states',
        'treasury', 'u.s.', 'united', 'us', 'washington', 'west', 'white', 'york'
    }),
    sentence_openers=frozenset({
        'a', 'after', 'although', 'an', 'and', 'as', 'at', 'because', 'before', 'but', 'by', 'despite',
        'during', 'even', 'for', 'from', 'having', 'if', 'in', 'it', 'like', 'on', 'once', 'since', 'so',
        'still', 'that', 'the', 'then', 'there', 'these', 'this', 'those', 'though', 'unlike', 'when', 'while',
        'with', 'yet'
    }),
    organization_words=frozenset({
        'administration', 'agency', 'association', 'campaign', 'center', 'centre', 'cia', 'coalition',
        'commission', 'committee', 'company', 'council', 'department', 'fbi', 'federation', 'foundation',
        'government', 'institute', 'ministry', 'nato', 'network', 'office', 'police', 'school', 'un', 'union',
        'university', 'washington', 'white house'
    }),
    group_words=frozenset({
        'aides', 'allies', 'analysts', 'both', 'critics', 'democrats', 'experts', 'leaders', 'many',
        'officials', 'polls', 'republicans', 'researchers', 'several', 'some', 'sources', 'supporters', 'they',
        'three', 'two', 'voters'
    }),
    group_determiners=frozenset({
        'all', 'both', 'four', 'many', 'several', 'some', 'three', 'two'
    }),
    coordinators=frozenset({
        'and', 'but', 'then'
    }),
    manner_words=frozenset({
        'by', 'while'
    }),
    determiners=frozenset({
        'a', 'an', 'another', 'one', 'the'
    }),
    source_nouns=frozenset({
        'activists', 'advisers', 'advisors', 'advocates', 'attorneys', 'authorities', 'diplomats', 'doctors',
        'economists', 'everyone', 'executives', 'historians', 'insider', 'insiders', 'investigators',
        'lawmakers', 'lawyers', 'legislators', 'members', 'nobody', 'observers', 'officers', 'official',
        'officials', 'opponents', 'organizers', 'parents', 'people', 'percent', 'person', 'pollsters',
        'proponents', 'prosecutors', 'protesters', 'residents', 'respondents', 'scientists', 'senators',
        'somebody', 'someone', 'source', 'sources', 'strategists', 'witness', 'witnesses', 'workers'
    }),
    document_nouns=frozenset({
        'bill', 'document', 'law', 'ruling'
    }),
    study_nouns=frozenset({
        'analysis', 'report', 'research', 'study', 'survey'
    }),
    statement_nouns=frozenset({
        'letter', 'memo', 'release', 'report', 'statement'
    }),
    speaker_stop_words=frozenset({
        'about', 'adding', 'after', 'also', 'although', 'and', 'as', 'at', 'because', 'before', 'but', 'by',
        'during', 'earlier', 'for', 'friday', 'from', 'in', 'last', 'later', 'like', 'monday', 'of', 'on',
        'recently', 'said', 'saturday', 'saying', 'says', 'sunday', 'that', 'then', 'this', 'though', 'through',
        'thursday', 'to', 'today', 'told', 'tonight', 'tuesday', 'unless', 'wednesday', 'when', 'which',
        'while', 'who', 'with', 'without', 'yesterday'
    }),
    tail_words=frozenset({
        'after', 'as', 'at', 'before', 'by', 'during', 'earlier', 'from', 'in', 'last', 'later', 'on',
        'recently', 'this', 'through', 'to', 'today', 'tonight', 'when', 'while', 'with', 'yesterday'
    }),
    possessives=frozenset({
        'her', 'his', 'its', 'my', 'our', 'their', 'whose', 'your'
    }),
    non_speaker_pronouns=frozenset({
        'it', 'that', 'there', 'this', 'what', 'which'
    }),
    day_names=frozenset({
        'friday', 'monday', 'saturday', 'sunday', 'thursday', 'tuesday', 'wednesday'
    }),
    month_names=frozenset({
        'august', 'december', 'february', 'january', 'july', 'june', 'march', 'october'
    }),
    speaker_connectors=frozenset({
        '&', 'and', 'of', 'the'
    }),
    name_prepositions=frozenset({
        'at', 'for', 'on'
    }),
    subordinators=frozenset({
        'although', 'as', 'can', 'could', 'declined', "didn't", "doesn't", "don't", 'if', 'may', 'might', "n't",
        'never', 'not', 'refused', 'should', 'to', 'which', 'who', 'will', "won't", 'would'
    }),
    adverbs=frozenset({
        'actually', 'again', 'already', 'also', 'are', 'be', 'been', 'being', 'bluntly', 'did', 'do', 'does',
        'earlier', 'finally', 'flatly', 'forcefully', 'frequently', 'further', 'had', 'has', 'have', 'however',
        'is', 'just', 'later', 'long', 'now', 'often', 'once', 'previously', 'privately', 'publicly',
        'recently', 'repeatedly', 'reportedly', 'simply', 'still', 'then', 'was', 'were'
    }),
    object_pronouns=frozenset({
        'her', 'him', 'i', 'it', 'me', 'them', 'us', 'we', 'you'
    }),
    connectives=frozenset({
        'also', 'and', 'but', 'however', 'meanwhile', 'so', 'still', 'yet'
    }),
    non_clause_starts=frozenset({
        'about', 'anything', 'concern', 'concerns', 'condolences', 'gratitude', 'nothing', 'of', 'on', 'regret',
        'something', 'support', 'sympathy', 'thanks'
    }),
    post_verb_adverbs=(
        'again', 'also', 'repeatedly', 'publicly',
    ),
    demonstratives=(
        'this', 'that',
    ),
    as_words=frozenset({
        'as'
    }),
    relative_pronouns=frozenset({
        'which', 'who', 'whose'
    }),
    name_particles=frozenset({
        'de', 'van'
    }),
    statement_modifiers=frozenset({
        'joint'
    }),
    time_words=frozenset({
        'on'
    }),
    list_conjunctions=frozenset({
        'and'
    }),
    source_links=frozenset({
        'by', 'from'
    }),
    caption_markers=(
        'REUTERS/', 'AFP/', 'AP Photo', '/Pool', 'via REUTERS', 'Getty Images', 'Photo:', 'Photograph:',
    ),
    furniture_prefixes=(
        'scroll to continue', 'read more', 'read the rest', 'related:', 'advertisement', 'copyright', '©',
        'editor’s note', "editor's note",
    ),
)

SETTINGS = Settings(
    one_claim_per_report=True,
    canonical_names=False,  # English refers to people by surname, shared within a family
    speaker_first_after_quote="phrase",
    min_indirect_words=3,
    according_max_source_words=20,
    according_sources_run_on=True,
    subject_across_apposition=True,
    interrupted_clauses=True,
    clause_may_end_in_quote=True,
    cut_reporter_clauses=True,
)

PACK = LanguagePack(
    code="en",
    name="English",
    stopwords=frozenset({
        'about', 'after', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from',
        'had', 'has', 'have', 'he', 'her', 'his', 'is', 'it', 'its', 'not', 'of', 'on', 'said', 'she', 'than',
        'that', 'the', 'their', 'they', 'this', 'to', 'was', 'were', 'which', 'who', 'will', 'with', 'would'
    }),
    verdict_names=MappingProxyType({"verified": "True", "disputed": "Disputed", "false": "False"}),
    vocabulary=VOCABULARY,
    settings=SETTINGS,
    speech_verbs=SPEECH_VERBS,
    weak_speech_verbs=WEAK_SPEECH_VERBS,
    closing_verbs=SPEECH_VERBS,
    ambiguous_closing=frozenset(SPEECH_VERBS) - INVERTING_VERBS,
    according_to=ACCORDING_TO,
    clause_markers=CLAUSE_MARKERS,
    verb_prepositions=VERB_PREPOSITIONS,
    follow_up_report=r",\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+ing)(?![\w-])",  # "…, adding that …"
    clause_marker_after_day=True,
    preposition_phrase_chars=50,
    participle_suffix="ing",
    past_participle_suffix="ed",
    negation_clitics=("n't", "n’t"),
    participle_links=PARTICIPLE_LINKS,
    inverting_verbs=INVERTING_VERBS,
    tell_verbs=TELL_VERBS,
    quote_prepositions=QUOTE_PREPOSITIONS,
    ask_verbs=ASK_VERBS,
    question_words=QUESTION_WORDS,
    plural_present_verbs=PLURAL_PRESENT_VERBS,
    reporter_clause_break=(
        rf";\s|\s(?:--|—|―)\s|,\s+(?:(?:{'|'.join(sorted(CLAUSE_BREAK_WORDS))})\b|[a-z]+ing\b)"
        r"|\b[A-Z][\w.]*(?P<apposition>,\s+(?:the|a|an)\s)"  # after a name: "…NATO, the existing alliance …"
        r"|\s+and\s+(?:[a-z]+ly\s+)?[a-z]+ed\s"  # a second verb phrase: "… and encouraged Americans …"
    ),
    report_joint=r"(?:[\s,;]|\b(?:and|but|though|although|while|even|as)\b)*$",
    passive_before=PASSIVE_BEFORE,
    noun_cue_forms=NOUN_CUE_FORMS,
    noun_before=NOUN_BEFORE,
    noun_after=NOUN_AFTER,
    naming_verbs=NAMING_VERBS,
    naming_before=NAMING_BEFORE,
    naming_after=NAMING_AFTER,
    fronted_words=FRONTED_WORDS,
    after_cue_words=AFTER_CUE_WORDS,
    # a subject phrase holding one of these has swallowed a verb ("Donald Trump is defending his")
    subject_verb_form=r"^[a-z][a-z-]*(?:ing|ed)$|n[’']t$|^(?:It|He|She|That|There|Let|What|Who)[’']s$",
    pronoun_clitic=r"(?i)(?<![\w'’])(?P<pronoun>he|her|him|i|she|they|we)[’'](?:s|ve|re|d)\s+$",  # "He’s claiming"
)
