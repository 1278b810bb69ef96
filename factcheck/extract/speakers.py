"""Speakers: split a speaker phrase into name, role and kind, and resolve pronouns and short names.

``parse_speaker("Sekretaris Pers Gedung Putih Karine Jean-Pierre")`` gives name
``Karine Jean-Pierre`` and role ``Sekretaris Pers Gedung Putih``. A :class:`SpeakerResolver`
follows one article: it remembers the people, organisations and groups mentioned so far and
maps ``katanya``, ``ia``, ``he``, ``Ryder`` or ``Pak`` to the fullest earlier mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.document import SpeakerRef
from factcheck.extract import vocabulary as lx

_TOKEN = re.compile(r"[^\s,]+|,")
_GENDERED = re.compile(rf"(?<![\w'’-])({'|'.join(sorted(lx.GENDERED_WORDS))})(?![\w'’-])", re.IGNORECASE)
_INSIDE_NAME = re.compile(rf"[A-Z][\w.'’-]*\s+(?:{'|'.join(sorted(lx.NAME_PREPOSITIONS | {'of'}))})\s+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
_ROLE_NOUN = re.compile(lx.ROLE_NOUN_PATTERN)
_GLUED = re.compile(r"[a-z][A-Z]")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PAIR_NAME = r"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,2}"
_CONJUNCTION = "|".join(sorted(lx.LIST_CONJUNCTIONS))
_PAIR = re.compile(rf"(?<![\w'’-]){_PAIR_NAME} (?:{_CONJUNCTION}) {_PAIR_NAME}(?![\w'’-])")
_WORD_JOINERS = "'’-"
_INITIAL = re.compile(r"[A-Z]\.?")
# capitalised words within one line, initials included ("Dedie A. Rachim")
_LINE_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]*))+")
_PARTY_SEPARATOR = re.compile(rf"\s*,\s*(?:(?:{_CONJUNCTION})\s+)?|\s+(?:{_CONJUNCTION})\s+")
_PLACE_PREPOSITIONS = "|".join(sorted(lx.PLACE_PREPOSITIONS))
_MIN_NAME_AFTER_PLACE = 2  # name words left after a place is taken off the front of a name
# The name of a speaker a pointer stands for when nobody it could point to was named before:
# left unresolved, and said so (exports then show the words as written, "Unknown speaker").
UNRESOLVED = ""
_MIN_STEM = 3  # letters a nickname shares with the name it shortens ("Jok-owi", "Jok-o")
_EDGE_PUNCT = "\"“”‘’'.,;:!?()[]"
_ALIAS_LINK = "|".join(w.replace(" ", r"\s+") for w in sorted(lx.ALIAS_LINKS, key=len, reverse=True))
_NICKNAME = re.compile(  # "Saifullah Yusuf atau Gus Ipul" · "X alias Y" · "X yang akrab disapa Y"
    rf"(?P<full>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+)[ \t]*,?[ \t]+(?P<link>{_ALIAS_LINK})[ \t]+"
    r"(?P<nick>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?![\w'’-])")
# A nickname given to a description rather than a name ("Dokter yang akrab disapa Vivi"): the person
# is the last one named before it; only links that never join two people count.
_STRONG_LINK = "|".join(w.replace(" ", r"\s+") for w in sorted(set(lx.ALIAS_LINKS) - lx.WEAK_ALIAS_LINKS, key=len, reverse=True))
_DESCRIBED_NICKNAME = re.compile(
    rf"(?<![\w'’-])[a-zA-Z][a-z]+[ \t]+(?:{_STRONG_LINK})[ \t]+(?P<nick>[A-Z][a-z'’-]+)(?![\w'’-])")
_NICKNAME_LOOKBACK = 600
_PLURAL_DESCRIPTION = re.compile(  # "para penipu", "sejumlah warga"
    rf"(?<![\w-])(?:{'|'.join(sorted(lx.GROUP_DETERMINERS - lx.DETERMINERS))})[ \t]+(?P<noun>[a-z][\w-]+)(?![\w'’-])",
    re.IGNORECASE)
_PLURAL_LOOKBACK = 400
_LINK_THEN_CAPITAL = re.compile(  # where a nickname may be given: the last word of a link, then a capital
    rf"(?<![\w-])(?:{'|'.join(sorted({w.split()[-1] for w in lx.ALIAS_LINKS}))})[ \t]+[A-Z]")
_JOINERS = "|".join(sorted(lx.TITLE_CONNECTORS | lx.NAME_PARTICLES))
_CAPITAL_RUN = re.compile(
    rf"(?<![\w-])[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\([A-Z]+\)|{_JOINERS}))*"
    r"\s+[A-Z][\w'’-]+")


@dataclass(frozen=True)
class ParsedSpeaker:
    """A speaker phrase read on its own, before coreference."""

    text: str
    ref: SpeakerRef | None  # None when the phrase only points back (pronoun, "pejabat tersebut")
    pointer: str = ""  # "person" or "collective" for pointing phrases
    count: int | None = None  # parties a counted group stands for ("tiga menteri" = 3)
    head: str = ""  # the role word of a pointing description ("gubernur" in "Gubernur asal Buleleng itu")


def _words(phrase: str) -> list[str]:
    """The words of a phrase without edge punctuation; a bracketed group is one word with its brackets
    ("(KAI Commuter)")."""
    words: list[str] = []
    for token in _TOKEN.findall(phrase):
        if words and words[-1].startswith("(") and not words[-1].endswith(")"):
            words[-1] = f"{words[-1]} {token}"  # inside brackets
        else:
            words.append(token)
    return [t if t.startswith("(") and t.endswith(")") else t.strip(_EDGE_PUNCT) or t for t in words]


@lru_cache(maxsize=65536)
def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name."""
    if not word or not word[0].isupper() or any(c.isdigit() for c in word):
        return False  # also "(Bappenas)": an acronym in brackets; "Covid-19": no name has digits
    lower = word.lower()
    if (lower in lx.NON_NAME_WORDS and not (lower in lx.ACRONYM_NON_NAMES and not word.isupper())) \
            or lower in lx.TITLE_WORDS or lower in lx.ORGANIZATION_WORDS \
            or lower in lx.ROMAN_NUMERALS:
        return False
    if _ROLE_NOUN.fullmatch(lower):
        return False
    letters = [c for c in word if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters))


def _is_person_word(word: str) -> bool:
    """A name word that is not glued to another ("CEOApriliaRacing")."""
    return _is_name_word(word) and not _GLUED.search(word) and word.lower() not in lx.SENTENCE_OPENERS \
        and word.lower() not in lx.CONNECTIVES


def _balinese_prefix(word: str, following: str) -> bool:
    """Whether ``word`` is a Balinese name prefix ("I", "Ni") before a Balinese name word."""
    return word in lx.NAME_PREFIXES and following.lower() in lx.PREFIXED_NAMES


def _names_an_office(word: str) -> bool:
    """Whether ``word`` names an office or an institution ("Penanggulangan", "Badan")."""
    low = word.lower()
    return bool(_ROLE_NOUN.fullmatch(low)) or low in lx.ORGANIZATION_WORDS


def _place_slot(word: str) -> bool:
    """Whether a place or a field, not a name, is expected right after ``word`` ("Bupati Sleman",
    "Polres Jember", "Bidang Hortikultura")."""
    low = word.lower()
    return low in lx.REGIONAL_TITLES or low in lx.REGIONAL_INSTITUTIONS or low in lx.FIELD_SLOTS


def _split_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Split ``words`` into (role words, trailing name words); degrees after the name are dropped."""
    while len(words) > 2 and words[-1].replace(".", "").lower() in lx.ACADEMIC_DEGREES and _is_name_word(words[-2]):
        words = words[:-1]
    i = len(words)
    if i > 1 and words[-1][:1].isupper() and not words[-1].isupper() and _is_name_word(words[-2]):
        i -= 1  # a surname that is also a title word: "Jung Pak" (not an acronym: "Eksekusi KPK")
    while i > 0 and (_is_name_word(words[i - 1]) or (words[i - 1].lower() in lx.NAME_PARTICLES
                                                       and i < len(words))):
        i -= 1
    if 0 < i < len(words) and _balinese_prefix(words[i - 1], words[i]):
        i -= 1  # "I Made Parwita"
    role, name = words[:i], words[i:]
    if len(name) == 1 and role and (role[-1].islower() and role[-1] not in lx.TITLE_WORDS
                                    or role[-1].lower() in lx.REGIONAL_INSTITUTIONS):
        return words, []  # "Direktur rumah lelang Drouot", "Kasatreskrim Polresta Mataram": no name
    if role and name and role[-1].lower() in lx.DETERMINERS:
        return role[:-1], name
    if len(name) >= 3 and role and _place_slot(role[-1]) and not _balinese_prefix(name[0], name[1]):
        role, name = role + name[:1], name[1:]  # "Bupati Sleman Kustini Sri Purnomo", not "AKBP Moch Faruk Rozi"
    if len(name) > 5:
        role, name = role + name[:-4], name[-4:]
    return role, name


def _fits_better(tokens: list[str], known: list[str], best: list[str]) -> bool:
    """Whether ``known`` is a better full form of ``tokens`` than ``best``: one that starts with the
    short name ("Prabowo" → "Prabowo Subianto", not "Listyo Sigit Prabowo"), then the longer one."""
    return (known[0] == tokens[0], len(known)) > (best[0] == tokens[0], len(best))


def _index_of(words: list[str], tokens: list[str]) -> int:
    """Where ``tokens`` occur as a run in ``words`` (ignoring case), or -1."""
    lowers, wanted = [w.lower() for w in words], [t.lower() for t in tokens]
    return next((i for i in range(len(words) - len(tokens) + 1) if lowers[i:i + len(tokens)] == wanted), -1)


def _contains(words: list[str], tokens: list[str]) -> bool:
    return _index_of(words, tokens) >= 0


def _kind_without_name(words: list[str], lower_phrase: str) -> str:
    """Kind of a speaker phrase that names no person."""
    lowers = {w.lower() for w in words}
    if lowers & lx.GROUP_WORDS or "dan" in lowers or "and" in lowers:
        return "group"
    if lowers & lx.ORGANIZATION_WORDS or any(" " in o and o in lower_phrase for o in lx.ORGANIZATION_WORDS):
        return "organization"
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "organization"
    if all(w in lx.NON_NAME_WORDS for w in lowers):
        return "organization"  # a country or an institution: "Amerika Serikat"
    return "person"


def _leading_count(lowers: list[str]) -> int:
    """How many words open a phrase with a partitive ("salah satu") or a quantity ("73 persen")."""
    for partitive in lx.PARTITIVES:
        parts = partitive.split()
        if lowers[:len(parts)] == parts:
            return len(parts)
    at = 1 if lowers[0] in lx.APPROXIMATORS else 0  # "Sebanyak 73 persen masyarakat"
    if len(lowers) > at + 2 and lowers[at].replace(",", "").replace(".", "").isdigit() \
            and lowers[at + 1] in lx.QUANTITY_WORDS:
        of = len(lowers) > at + 3 and lowers[at + 2] in lx.SPEAKER_CONNECTORS  # "74 percent of likely voters"
        return at + 2 + of
    return 0


@lru_cache(maxsize=8192)
def parse_speaker(phrase: str) -> ParsedSpeaker:
    """Read a speaker phrase as written into a speaker reference (or a pointer to resolve)."""
    text = " ".join(phrase.split()).strip(_EDGE_PUNCT).strip()
    if "(" in text and text.count("(") > text.count(")"):
        text += ")"  # "(Ekraf)" lost its bracket with the edge punctuation
    words = [w for w in _words(text) if w]
    lowers = [w.lower() for w in words]
    if not words:
        return ParsedSpeaker(text, None, "person")
    if len(words) > 1 and words[0][:1].isupper() and lowers[0] in lx.SENTENCE_OPENERS - lx.DETERMINERS:
        return parse_speaker(text[len(words[0]):])  # "Ada penelitian", "Namun Budi"
    lead = _leading_count(lowers)
    if 0 < lead < len(words):  # "salah satu pengurus pusat PDSKJ itu", "73 persen masyarakat"
        return parse_speaker(text[text.index(words[lead], len(" ".join(words[:lead])) - 1):])
    if lowers[0] in lx.DOCUMENT_NOUNS:
        return ParsedSpeaker(text, SpeakerRef(text, None, "organization"))
    if lowers[0] in lx.STUDY_NOUNS and len(words) > 1:
        rest = 2 if len(words) > 2 and lowers[1] in lx.SOURCE_LINKS else 1
        if words[rest][:1].isupper():
            return parse_speaker(text[text.index(words[rest], len(words[0])):])  # "penelitian Harvard …"
    if lowers[0] in lx.NON_SPEAKER_PRONOUNS - lx.THING_PRONOUNS:
        return ParsedSpeaker(text, None, "person")  # "Hal itu …": a matter, nobody
    if len(words) == 1:
        low = lowers[0]
        if low in lx.GROUP_DETERMINERS:
            return ParsedSpeaker(text, None, "collective")  # "Banyak yang menyebut …", "Sebagian menyebut …"
        if low in lx.PERSON_PRONOUNS or low in lx.CLITIC_CUES:
            return ParsedSpeaker(text, None, "person")
        if low in lx.PLURAL_PRONOUNS or low in lx.THING_PRONOUNS:
            return ParsedSpeaker(text, None, "collective", count=lx.GROUP_COUNTS.get(low))
    if len(words) == 2 and lowers[0] in lx.PLURAL_PRONOUNS and lowers[1] in lx.GROUP_COUNTS:
        return ParsedSpeaker(text, None, "collective", count=lx.GROUP_COUNTS[lowers[1]])  # "mereka berdua"
    if lowers[0] in lx.STATEMENT_NOUNS:
        keep = next((i for i, w in enumerate(lowers[1:], 1) if w not in lx.STATEMENT_MODIFIERS | lx.SOURCE_LINKS),
                    len(words))  # "pernyataan bersama AS dan Sekutu", "pesan dari Departemen Komunikasi BI"
        if keep == len(words) or lowers[-1] in lx.ANAPHORIC_DETERMINERS:
            return ParsedSpeaker(text, None, "collective")
        text = text[text.index(words[keep]):]
        words, lowers = words[keep:], lowers[keep:]
        if len(words) == 1 and lowers[0] in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
            return parse_speaker(text)  # "laporan mereka": they
    elif lowers[-1] in lx.ANAPHORIC_DETERMINERS and len(words) > 1:
        head = next((w for w in lowers if w not in lx.DETERMINERS), lowers[0])
        collective = head in lx.GROUP_WORDS or head in lx.GROUP_DETERMINERS or head in lx.ORGANIZATION_WORDS
        return ParsedSpeaker(text, None, "collective" if collective else "person", count=lx.GROUP_COUNTS.get(head),
                             head=head)
    if lowers[0] in lx.DETERMINERS and len(words) > 1:
        text = text[text.index(words[1], len(words[0])):]
        words, lowers = words[1:], lowers[1:]
    if lowers[0] in lx.GROUP_DETERMINERS and len(words) > 1:
        rest = text[text.index(words[1], len(words[0])):]
        return ParsedSpeaker(rest, SpeakerRef(rest, None, "group"), count=lx.GROUP_COUNTS.get(lowers[0]))
    if "," in words:
        return ParsedSpeaker(text, SpeakerRef(text, None, "group"))
    role, name = _split_name(words)
    if name and (not role or lowers[0] in lx.ORGANIZATION_WORDS) and set(lowers) & lx.ORGANIZATION_WORDS:
        return ParsedSpeaker(text, SpeakerRef(text, None, "organization"))  # "Harvard Medical School"
    if name and (not role or any(w.lower() in lx.TITLE_WORDS for w in role)):
        full = " ".join(name)
        role_text = text[:-len(full)] if text.endswith(full) else " ".join(role)
        return ParsedSpeaker(text, SpeakerRef(full, role_text.strip(" ,") or None, "person"))
    if lowers[0] in lx.TITLE_WORDS and not (set(lowers) & lx.GROUP_WORDS):
        return ParsedSpeaker(text, SpeakerRef(text, None, "person"))
    return ParsedSpeaker(text, SpeakerRef(text, None, _kind_without_name(words, " ".join(lowers))))


def title_mentions(sentence: str) -> list[tuple[int, SpeakerRef]]:
    """People introduced with a title in ``sentence``, with their offsets ("Menteri Keuangan Purbaya …")."""
    found = []
    for m in _CAPITAL_RUN.finditer(sentence):
        if _INSIDE_NAME.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "Commission on Presidential Debates" names an institution, not a person
        words = m.group().split()
        end = next((n for n, w in enumerate(words) if w.endswith(".") and len(w) > 3
                    and w.rstrip(".").lower() not in lx.ABBREVIATIONS), None)
        words = words[:end + 1] if end is not None else words  # "Prabowo Subianto. Pernyataan …": a sentence ends
        first = next((n for n, w in enumerate(words) if w.lower().rstrip(".") in lx.TITLE_WORDS), None)
        if first is None or first == len(words) - 1:
            continue
        offset = m.start() + m.group().index(words[first]) if first else m.start()
        ref = parse_speaker(" ".join(words[first:])).ref
        dotted = words[first].endswith(".") and words[first].lower() not in lx.TITLE_WORDS
        if ref is not None and ref.kind == "person" and ref.role and (not dotted or " " in ref.name):
            found.append((offset, ref))
    return found


def _gender(phrase: str | None) -> str | None:
    """"f" or "m" when ``phrase`` holds a gendered title or word ("Mrs.", "spokeswoman"), else None."""
    m = _GENDERED.search(phrase) if phrase else None
    return lx.GENDERED_WORDS[m.group(1).lower()] if m else None


def _parties(group: SpeakerRef) -> int:
    return len(_PARTY_SEPARATOR.split(group.name))


def is_named_group(ref: SpeakerRef) -> bool:
    """A group named by its parties ("Korsel, AS dan Jepang"), not a description ("tiga menteri")."""
    return ref.kind == "group" and any(w[:1].isupper() for w in ref.name.split())


def nicknames(text: str) -> dict[str, str]:
    """The nicknames ``text`` gives people, each mapped to the full name.

    ``Menteri Sosial Saifullah Yusuf atau Gus Ipul`` maps "Gus Ipul" and "Ipul" to "Saifullah Yusuf";
    so do "alias" and "yang akrab disapa". After "atau", which also joins two different people
    ("Anies Baswedan atau Ganjar"), the nickname must open with an honorific ("Gus", "Cak", "Kang"…)
    or be one word shortening the name's first word ("Joko Widodo atau Jokowi").
    """
    found: dict[str, str] = {}
    if _LINK_THEN_CAPITAL.search(text) is None:
        return found  # most articles: skip the slower scan of capitalised runs
    for m in _NICKNAME.finditer(text):
        full = parse_speaker(m.group("full")).ref
        if full is None or full.kind != "person" or len(full.name.split()) < 2:
            continue
        words = m.group("nick").split()
        honorific = words[0].lower() in lx.NICKNAME_HONORIFICS and len(words) > 1
        core = words[1:] if honorific else words
        if m.group("link") in lx.WEAK_ALIAS_LINKS and not honorific and not _shortens(core, full.name):
            continue
        if not all(map(_is_person_word, core)):
            continue
        for alias in {" ".join(words), " ".join(core)}:
            if alias != full.name:
                found.setdefault(alias, full.name)
    for m in _DESCRIBED_NICKNAME.finditer(text):  # "Dokter yang akrab disapa Vivi ini" after "… Zulvia Oktanida Syarif"
        named = [run for run in _full_names(text[max(0, m.start() - _NICKNAME_LOOKBACK):m.start()])]
        if named and all(map(_is_person_word, m.group("nick").split())):
            found.setdefault(m.group("nick"), named[-1])
    return found


def _person_run(words: list[str]) -> list[str]:
    """The first run of person words in ``words``."""
    start = next((i for i, w in enumerate(words) if _is_person_word(w)), len(words))
    run = []
    for w in words[start:]:
        if not _is_person_word(w):
            break
        run.append(w)
    return run


def _full_names(text: str) -> list[str]:
    """The runs of two or more person words in ``text``, in order."""
    names = []
    for m in _NAME_RUN.finditer(text):
        run = _person_run(m.group().split())
        if len(run) > 1:
            names.append(" ".join(run))
    return names


def _shortens(nickname: list[str], name: str) -> bool:
    """Whether a one-word nickname is built on the first word of ``name`` ("Jokowi" for "Joko Widodo")."""
    first = name.split()[0].lower()
    return len(nickname) == 1 and len(first) >= _MIN_STEM and nickname[0].lower().startswith(first[:_MIN_STEM])


class SpeakerResolver:
    """Coreference for the speakers of one article, read in order.

    ``named_groups`` are the groups named anywhere in the article: a description such as
    "tiga menteri" or "mereka" stands for the nearest of them, even one named later.
    """

    def __init__(self, named_groups: list[SpeakerRef] | None = None, text: str = "",
                 main_verb: str | None = None) -> None:
        """``main_verb`` is the language's pattern of a main-clause verb (see ``LanguagePack.main_verb``)."""
        self._text = text
        self._main_verb = re.compile(main_verb) if main_verb else None
        self._places: dict[str, bool] = {}  # word → whether the text writes it as a place
        self._searched: set[str] = set()  # single names already looked up in the text
        self._written: dict[str, frozenset[str]] = {}  # name → longer names containing it in the text
        self._name_words: dict[str, bool] = {}  # word → whether it can be part of a name in this text
        self._canonical: dict[SpeakerRef, SpeakerRef] = {}
        self._runs: list[tuple[list[str], list[str]]] | None = None  # capitalised runs in lines, and lowered
        self._people: list[SpeakerRef] = []
        self._fallback_names: list[SpeakerRef] = []  # names from outside the text (a headline)
        self._genders: dict[str, str] = {}  # name → "f" or "m", from gendered titles ("Mrs.", "spokeswoman")
        self._named_groups = named_groups or []
        self._nicknames = nicknames(text) if text else {}
        self._focus: SpeakerRef | None = None  # the person the text is about
        self._speaker: SpeakerRef | None = None  # the last person or organisation that spoke
        self._collective: SpeakerRef | None = None
        self._clock = 0
        self._focus_at = self._speaker_at = -1

    def mention(self, ref: SpeakerRef, *, focus: bool = False) -> SpeakerRef:
        """Record a mention (not a speech act); return its fullest known form."""
        full = self._expand(ref)
        if full.kind == "person":
            gender = _gender(ref.role) or _gender(full.role)
            if gender:
                self._genders[full.name] = gender
            if full not in self._people:
                self._people.append(full)
            if focus:
                self._clock += 1
                self._focus, self._focus_at = full, self._clock
        return full

    def learn_names(self, text: str) -> None:
        """Remember the full names (two name words) written in ``text``, such as a headline, to expand
        a short name that no fuller name in the article itself explains.

        In a title-case headline a reporting verb ends a name ("Chris Christie Calls Hillary Clinton …").
        """
        for m in _NAME_RUN.finditer(text):
            run: list[str] = []
            for word in [*m.group().split(), ""]:
                if word and (_is_person_word(word) or word.lower() in lx.SENTENCE_OPENERS
                             or _ROLE_NOUN.fullmatch(word.lower())) and word.lower() not in lx.REPORTING_WORDS:
                    run.append(word)  # a title-case headline goes on over openers and role nouns
                    continue
                if len(run) == 2 and all(map(_is_person_word, run)):
                    self._fallback_names.append(SpeakerRef(" ".join(run), None, "person"))
                run = []

    def resolve(self, phrase: str, position: int = 0, role: str | None = None) -> SpeakerRef:
        """Resolve a speaker phrase as written at ``position`` to the speaker it names, and remember it.

        ``role`` is a role given apart from the phrase (an appositive: "X, Juru Bicara …,").
        """
        parsed = parse_speaker(phrase)
        if parsed.ref is not None and parsed.ref.kind == "person":
            parsed = ParsedSpeaker(parsed.text, self._by_nickname(phrase, parsed.ref))
        if role and parsed.ref is not None and parsed.ref.kind == "person":
            full_role = f"{role} {parsed.ref.role}" if parsed.ref.role else role
            parsed = ParsedSpeaker(parsed.text, SpeakerRef(parsed.ref.name, full_role, "person"))
        if parsed.ref is not None and parsed.ref.kind == "person" and " " not in parsed.ref.name:
            self._learn_full_name(parsed.ref.name, position)
        alias = self._alias(parsed.ref, position) if parsed.ref is not None else None
        if alias is not None:
            parsed = ParsedSpeaker(parsed.text, alias)
        if parsed.ref is None:
            pronoun = parsed.text.lower()
            pair = self._pair(position) if parsed.pointer == "collective" and parsed.count == 2 else None
            holder = self._holder(parsed.head) if parsed.pointer == "person" else None
            plural = self._plural_before(position) if parsed.pointer == "collective" else None
            ref = pair or holder or self._point(parsed.pointer, parsed.count, pronoun) or plural \
                or self._name_before(position) \
                or self._headline_person(parsed.pointer) \
                or SpeakerRef(UNRESOLVED, None, "group" if parsed.pointer == "collective" else "person")
        elif parsed.ref.kind == "group" and not is_named_group(parsed.ref):
            ref = self._group(parsed.count) or parsed.ref
        else:
            ref = self.mention(parsed.ref)
            gender = _gender(parsed.text)
            if ref.kind == "person" and gender:
                self._genders[ref.name] = gender
        self._clock += 1
        if ref.kind == "group":
            self._collective = ref
        else:
            self._speaker, self._speaker_at = ref, self._clock
            if ref.kind == "person":
                self._focus, self._focus_at = ref, self._clock
        return ref

    def _by_nickname(self, phrase: str, ref: SpeakerRef) -> SpeakerRef:
        """The person a nickname the article gave stands for ("Gus Ipul", "Ipul" → "Saifullah Yusuf")."""
        full = self._nicknames.get(ref.name) or self._nicknames.get(" ".join(phrase.split()))
        return SpeakerRef(full, ref.role, "person") if full else ref

    def _alias(self, ref: SpeakerRef, end: int) -> SpeakerRef | None:
        """The person an all-caps short form stands for: the name written right before it in brackets
        ("Agus Harimurti Yudhoyono (AHY)") or, failing that, the earlier person whose initials it spells; only
        a person known with a role counts, so an organisation's short form ("International Monetary Fund
        (IMF)") stays as written."""
        token = ref.name
        if not _ACRONYM.fullmatch(token):
            return None
        at = self._text.rfind(f"({token})", 0, end)
        if at >= 0:
            words = self._text[max(0, at - 200):at].split()
            name: list[str] = []
            while words and _is_person_word(words[-1]) and len(name) < 5:
                name.insert(0, words.pop())
            full = self._expand(SpeakerRef(" ".join(name), None, "person")) if len(name) > 1 else None
            if full is not None and full.role and full.name in {known.name for known in self._people}:
                return full
        return next((known for known in reversed(self._people) if len(known.name.split()) > 1 and known.role
                     and "".join(w[0] for w in known.name.split()).upper() == token), None)

    def _holder(self, head: str) -> SpeakerRef | None:
        """The latest person whose role has the word ``head`` ("politikus PDIP tersebut" → the politikus)."""
        if not head:
            return None
        return next((known for known in reversed(self._people)
                     if known.role and head in known.role.lower().split()), None)

    def _pair(self, end: int) -> SpeakerRef | None:
        """The two people "keduanya" or "kedua pria itu" stands for: the current group of two, else the last
        two names joined by "dan" before ``end`` ("Bima dan Eko")."""
        group = self._group(2)
        if group is not None and _parties(group) == 2:
            return group
        last = None
        for m in _PAIR.finditer(self._text, 0, end):
            if all(_is_person_word(w) for w in m.group().split() if w not in ("dan", "and")):
                last = m.group()
        return SpeakerRef(last, None, "group") if last else None

    def _group(self, count: int | None = None) -> SpeakerRef | None:
        """The named group a description stands for: the current one, or one with ``count`` parties."""
        current = self._collective if self._collective is not None and is_named_group(self._collective) else None
        if count is None or (current is not None and _parties(current) == count):
            return current or (self._named_groups[0] if self._named_groups else None)
        return next((g for g in self._named_groups if _parties(g) == count), current)

    def _point(self, pointer: str, count: int | None = None, pronoun: str = "") -> SpeakerRef | None:
        """What a pointer stands for: the latest speaker, else the person in focus, else the last person.

        "he" and "she" skip organisations, and people known to be of the other gender while another fits.
        """
        if pointer == "collective":
            return self._group(count) or self._collective or self._speaker
        gender = lx.PRONOUN_GENDERS.get(pronoun)
        candidates = [self._speaker] if self._speaker_at > self._focus_at else []
        candidates.append(self._focus)
        if gender is None:
            candidates.append(self._people[-1] if self._people else None)
        else:
            candidates.extend(reversed(self._people))
        people = [c for c in candidates if c is not None and (gender is None or c.kind == "person")]
        return next((c for c in people if self._genders.get(c.name, gender) == gender), people[0] if people else None)

    def _headline_person(self, pointer: str) -> SpeakerRef | None:
        """The one person the headline names who is also named in the text, for "Ia" before anyone is named."""
        if pointer != "person":
            return None
        named = [ref for ref in self._fallback_names if all(map(self._name_word, ref.name.split()))]
        return self.mention(named[0]) if len(named) == 1 else None

    def _plural_before(self, end: int) -> SpeakerRef | None:
        """The last plural description written before ``end`` ("para penipu ini" for "Mereka berdalih")."""
        last = None
        for m in _PLURAL_DESCRIPTION.finditer(self._text, max(0, end - _PLURAL_LOOKBACK), end):
            last = m
        return SpeakerRef(last.group("noun"), None, "group") if last else None

    def _name_before(self, end: int) -> SpeakerRef | None:
        """The last full name (two or more name words) written before ``end``; of the names of that
        sentence, its subject when one stands before the sentence's main verb ("PM Ismail Sabri Yaakob
        mengumumkan … atas izin dari Raja …", then "ujarnya" is the PM)."""
        last: list[str] = []
        last_at = 0
        subjects: list[tuple[int, list[str]]] = []
        for m in _NAME_RUN.finditer(self._text, 0, end):
            run = _person_run(m.group().split())
            if len(run) > 1:
                last, last_at = run, m.start()
                subjects.append((m.start(), run))
        if last and self._main_verb is not None:
            start = max(self._text.rfind(".", 0, last_at), self._text.rfind("\n", 0, last_at)) + 1
            verb = self._main_verb.search(self._text, start, last_at)
            first = next((run for at, run in subjects if at >= start), last)
            if verb is not None and first is not last and self._text.find(first[0], start) < verb.start():
                last = first
        return self.mention(SpeakerRef(" ".join(last), None, "person")) if last else None

    def _learn_full_name(self, word: str, end: int) -> None:
        """Remember the fullest name containing ``word`` written before ``end`` ("Massimo Rivola")."""
        if word in self._searched or any(word.lower() in known.name.lower().split() for known in self._people):
            return
        self._searched.add(word)
        best: list[str] = []
        for m in _NAME_RUN.finditer(self._text, 0, end):
            words = m.group().split()
            if word not in words:
                continue
            at = words.index(word)
            lo = at
            while lo > 0 and _is_person_word(words[lo - 1]):
                lo -= 1
            hi = at + 1
            while hi < len(words) and _is_person_word(words[hi]):
                hi += 1
            if hi - lo > len(best):
                best = words[lo:hi]
        if len(best) > 1:
            self._people.append(SpeakerRef(" ".join(best), None, "person"))

    def canonical(self, ref: SpeakerRef) -> SpeakerRef:
        """The fullest form of a person's name in the whole article, once every sentence has been read.

        Words the article also writes in lower case are common words, not names: they are trimmed off
        the ends of a name that the article also writes without them ("Awalnya Purbaya"). A name then
        grows to the longest person mentioned that contains it ("Riwayanto Diputra" → "Agus Riwayanto
        Diputra"), else to the longest name written around it, before or after ("Renita" → "Renita
        Rismayanti"). A name that fits two different fuller names stays as it is.
        """
        if ref not in self._canonical:
            self._canonical[ref] = self._fullest(ref)
        return self._canonical[ref]

    def _fullest(self, ref: SpeakerRef) -> SpeakerRef:
        tokens = ref.name.split()
        if ref.kind != "person" or not tokens:
            return ref
        if ref.role and self._common(tokens[0]) and _names_an_office(ref.role.split()[-1]):
            return SpeakerRef(f"{ref.role} {ref.name}", None, "person")  # "Badan Penanggulangan | Bencana Aceh"
        tokens = self._from_short_name(self._without_place(self._trimmed(tokens)))
        if not all(_is_person_word(t) and not _place_slot(t) for t in tokens) or (
                len(tokens) == 1 and ref.role and set(ref.role.lower().split()) & lx.ORGANIZATION_WORDS):
            return ref  # "Kementerian Imipas": part of an institution's name
        fuller = {known.name for known in self._people if len(known.name.split()) > len(tokens)
                  and _contains(known.name.split(), tokens) and all(map(self._name_word, known.name.split()))}
        if not fuller:
            fuller = self._written_names(" ".join(tokens))
        longest = max(fuller, key=lambda name: len(name.split()), default=" ".join(tokens))
        if not all(_contains(longest.split(), name.split()) for name in fuller):
            longest = " ".join(tokens)
        longest = " ".join(self._from_short_name(self._without_place(longest.split())))
        return ref if longest == ref.name else SpeakerRef(longest, ref.role, "person")

    def _common(self, word: str) -> bool:
        """Whether the article also writes ``word`` in lower case (a common word, not a name)."""
        return next(self._occurrences(word.lower()), -1) >= 0

    def _name_word(self, word: str) -> bool:
        """A word that can belong to a person's name in this article: not a common word, and capitalised
        at least once inside a sentence (not only as its first word: "Menurut", "Namun")."""
        if word not in self._name_words:
            self._name_words[word] = _is_person_word(word) and not _place_slot(word) and not self._common(word) \
                and any(at > 1 and self._text[at - 1] == " " and (self._text[at - 2].isalnum() or self._text[at - 2]
                                                                 in "),") for at in self._occurrences(word))
        return self._name_words[word]

    def _in_name(self, words: list[str], k: int) -> bool:
        """Whether ``words[k]`` is a name word, or an initial between two ("Dedie A. Rachim")."""
        if _INITIAL.fullmatch(words[k]) and words[k].rstrip(".").lower() not in lx.ROMAN_NUMERALS:
            return 0 < k < len(words) - 1 and self._name_word(words[k - 1]) and self._name_word(words[k + 1])
        return self._name_word(words[k])

    def _trimmed(self, tokens: list[str]) -> list[str]:
        """``tokens`` without common words or sentence openers at either end that the article leaves out of
        the name elsewhere ("Awalnya Purbaya", "Tapi Deti", "Zulhas awalnya"); a lower-case first
        word heads a description and stays ("pengemudi Pajero")."""
        while len(tokens) > 1:
            for edge, rest in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
                droppable = edge.lower() in lx.SENTENCE_OPENERS or (
                    self._common(edge) and (edge is tokens[-1] or edge[0].isupper()))
                if droppable and self._count(rest) > self._count(tokens):
                    tokens = rest
                    break
            else:
                return tokens
        return tokens

    def _from_short_name(self, tokens: list[str]) -> list[str]:
        """A name from the word the article uses alone for the person, when words of a role or an institution
        were fused to its front ("Pengamat Pasar Uang Ariston Tjendra" … "papar Ariston" → "Ariston Tjendra")."""
        for k in range(1, len(tokens) - _MIN_NAME_AFTER_PLACE + 1):
            if any(self._alone(tokens[k], tokens[k - 1], at) for at in self._occurrences(tokens[k])) \
                    and all(len(w.rstrip(".")) > 1 and (self._common(w) or self._stands_alone(w, tokens[n + 1]))
                            for n, w in enumerate(tokens[:k])):  # an initial ("M Iftitah") stays
                return tokens[k:]
        return tokens

    def _stands_alone(self, word: str, following: str) -> bool:
        """Whether the article writes ``word`` somewhere not followed by ``following`` nor another capitalised word."""
        return any(not self._text[at + len(word):at + len(word) + 2].lstrip(" ")[:1].isupper()
                   for at in self._occurrences(word))

    def _alone(self, word: str, before: str, at: int) -> bool:
        """Whether ``word`` at ``at`` stands alone: not after ``before`` and not before another capitalised word."""
        text = self._text
        end = at + len(word)
        previous = text[:at].rstrip().rsplit(None, 1)
        following = text[end:end + 2].lstrip(" ")
        return (not previous or previous[-1] != before) and not following[:1].isupper() and following[:1] != "("

    def _without_place(self, tokens: list[str]) -> list[str]:
        """A name without a place fused to its front ("Sulsel Andi Ridwan Wittiri" when the article
        writes "ke Sulsel")."""
        while len(tokens) > _MIN_NAME_AFTER_PLACE and self._place(tokens[0]):
            tokens = tokens[1:]
        return tokens

    def _place(self, word: str) -> bool:
        """Whether the article writes ``word`` as a place elsewhere, right after a place preposition
        ("di Sulsel", "ke Turki")."""
        if word not in self._places:
            self._places[word] = re.search(
                rf"(?<![\w-])(?:{_PLACE_PREPOSITIONS})\s+{re.escape(word)}(?![\w'’-])(?!\s+[A-Z])", self._text) is not None
        return self._places[word]

    def _count(self, tokens: list[str]) -> int:
        """How often ``tokens`` are written as a run of whole words."""
        return sum(1 for _ in self._occurrences(" ".join(tokens)))

    def _occurrences(self, phrase: str) -> Iterator[int]:
        """Offsets where ``phrase`` is written as whole words (case-sensitive)."""
        text, at = self._text, -1
        while (at := text.find(phrase, at + 1)) >= 0:
            end = at + len(phrase)
            if not (at and (text[at - 1].isalnum() or text[at - 1] in _WORD_JOINERS)) \
                    and not (end < len(text) and (text[end].isalnum() or text[end] in _WORD_JOINERS)):
                yield at

    def _written_names(self, name: str) -> frozenset[str]:
        """Longer names written in the text that contain ``name``; a title-case line (a subheading) is skipped."""
        if name not in self._written:
            self._written[name] = self._find_written_names(name.split())
        return self._written[name]

    def _find_written_names(self, tokens: list[str]) -> frozenset[str]:
        if self._runs is None:
            self._runs = [(words, [w.lower() for w in words]) for m in _LINE_NAME_RUN.finditer(self._text)
                          if self._text[m.end():m.end() + 1] not in ("", "\n") for words in [m.group().split()]]
        wanted = [t.lower() for t in tokens]
        found = set()
        for words, lowers in self._runs:
            if wanted[0] not in lowers:
                continue
            at = next((i for i in range(len(words) - len(tokens) + 1) if lowers[i:i + len(tokens)] == wanted), -1)
            if at < 0 or (at > 0 and _place_slot(words[at - 1])):
                continue  # "Polres Cimahi": a place here
            lo, hi = at, at + len(tokens)
            while lo > 0 and self._in_name(words, lo - 1) and not (lo > 1 and _place_slot(words[lo - 2])):
                lo -= 1
            if lo > 0 and _balinese_prefix(words[lo - 1], words[lo]):
                lo -= 1
            while hi < len(words) and self._in_name(words, hi):
                hi += 1
            if hi - lo > len(tokens):
                found.add(" ".join(words[lo:hi]))
        return frozenset(found)

    def _expand(self, ref: SpeakerRef) -> SpeakerRef:
        """The fullest earlier mention that ``ref`` abbreviates, or ``ref`` itself."""
        if ref.kind != "person":
            return ref
        tokens = ref.name.lower().split()
        best: SpeakerRef | None = None
        for known in reversed(self._people):
            known_tokens = known.name.lower().split()
            matches = all(t in known_tokens for t in tokens) or (
                all(t in lx.TITLE_WORDS for t in tokens) and known.role is not None
                and known.role.lower().split()[-1] == tokens[-1])  # "the GOP nominee" → the nominee named before
            if matches and (best is None or _fits_better(tokens, known_tokens, best.name.lower().split())):
                best = known
        if best is None and len(tokens) == 1:
            best = next((known for known in self._fallback_names if tokens[0] in known.name.lower().split()), None)
            if best is not None:
                self._people.append(best)
        if best is None:
            return ref
        role = ref.role if ref.role and len(ref.role) > len(best.role or "") else best.role
        return SpeakerRef(best.name, role, "person")
