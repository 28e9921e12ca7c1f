"""People named in narration, and the one name each person goes by in a document.

A mention is a run of capitalised words (initials allowed, titles such as "Mr." or
"Sen." in front). It counts as a person when it carries a title, or has two to four
words none of which marks an organisation or place, or is a single word that is part
of such a full name, or a single word the text makes the subject of a speech verb
("Carson said"). Each mention is mapped to the fullest name the document uses:
"Mr. Massoud" and "Massoud" go to the first full name containing them, and two full
names merge only when one is the other with middle initials dropped, so
"Ahmad Shah Massoud" stays apart from "Ahmad Massoud".
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter

# The titles that stand before a name, one list for every reader of names (a label's
# "TRUSTEE FENWICK", a byline's "Mayor Ada Roe", a news story's "Sen. Jo Roe"); two parts
# of it have jobs of their own:
# a form of address any office holder goes by, no office of its own ("Mr.", "Madam")
HONORIFICS = frozenset("mr mrs ms miss mx madam".split())
# the forms a person is addressed by before the name: an honorific, a doctor's or a
# professor's ("MR. ROOKS", "Dr Samuel Okeke")
FORMS_OF_ADDRESS = HONORIFICS | {"dr", "prof"}
# the presiding officer's, who chairs a meeting ("PRESIDENT HALVORSEN", "CHAIR LINDGREN")
PRESIDING_TITLES = frozenset("president chair chairman chairwoman chairperson mayor".split())
TITLES = (
    FORMS_OF_ADDRESS
    | PRESIDING_TITLES
    | frozenset(
        (
            "sen rep gov gen lt col maj capt cpt adm cmdr sgt rev hon sir dame lord "
            "lady senator governor representative congressman congresswoman secretary "
            "minister prime chancellor judge justice general colonel commander "
            "ambassador sheikh king queen prince princess pope father admiral "
            "sergeant lieutenant captain corporal officer detective inspector commissioner "
            "superintendent rabbi imam bishop archbishop cardinal reverend pastor dean coach "
            "sheriff agent chief deputy attorney clerk treasurer administrator premier "
            # a meeting's: "VICE CHAIR ROOK", "TRUSTEE ABARA", "SUPERVISOR TRAN"
            "vice trustee supervisor councilman councilwoman councilmember councillor councilor "
            "alderman alderwoman assemblyman assemblywoman cllr"
        ).split()
    )
)
# Offices that stand before a name like titles but are no form of address: "Senate
# Majority Leader Mitch McConnell", "FBI Director James Comey", "Apple CEO Tim Cook".
OFFICES = frozenset(
    (
        "speaker leader whip director chair ceo counsel recorder ambassador professor staff "
        "spokesman spokeswoman spokesperson strategist adviser advisor founder anchor host "
        "executive "  # "Chief Executive Dana Whitford"
        "democrat republican"  # "Senate Intelligence Ranking Democrat Dianne Feinstein"
    ).split()
)
_BEFORE_NAME = TITLES | OFFICES
# Words that describe a person before the name ("Former", "Wisconsin Republican"): stripped
# like titles, so "Former Arizona Gov. Jan Brewer" is Jan Brewer and "Former Arizona"
# alone is nobody.
DESCRIPTORS = frozenset(
    (
        "former late then acting deputy vice chief senior junior republican republicans "
        "presumptive incumbent outgoing "
        "democrat democrats democratic independent conservative liberal progressive gop "
        "presidential candidate nominee u.s. us american federal state alabama alaska arizona "
        "arkansas california colorado connecticut delaware florida georgia hawaii idaho "
        "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts "
        "michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon "
        "pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming"
    ).split()
)
_COUNTS = frozenset(
    (
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred "
        "hundreds thousand thousands dozen dozens several many most some few both all "
        "half"
    ).split()
)
# Occupations written before a name like a title but no part of it ("Actor Clint Howard",
# "Donor Sheldon Adelson").
_OCCUPATIONS = frozenset(
    (
        "actor actress singer rapper comedian musician author novelist historian economist "
        "donor billionaire businessman businesswoman activist pollster commentator "
        "columnist journalist producer filmmaker"
    ).split()
)
_DESCRIPTORS_AND_COUNTS = DESCRIPTORS | _COUNTS | _OCCUPATIONS
# ... and compound descriptions: "Texas-based", "Oscar-winner", "Kentucky-born".
_COMPOUND_DESCRIPTOR = re.compile(r"[\w.]+-(?:based|born|bred|winner|winning|elect)$", re.I)
_NOT_PERSON = frozenset(
    (
        "house senate congress committee department ministry office agency council court "
        "university college school institute foundation party union nations states republic "
        "kingdom city county province state street avenue road square river mountain valley "
        "company corporation inc corp ltd group bank times post news journal press network "
        "television radio church mosque temple army navy force forces police guard airport "
        "station hospital center centre club league association museum embassy government "
        "administration campaign day week month year monday tuesday wednesday thursday friday "
        "saturday sunday january february march april may june july august september october "
        "november december jan feb mar apr jun jul aug sep sept oct nov dec north south east "
        "west new united america american europe convention commission organization organisation "
        "board bureau service fund caucus coalition alliance federation society channel "
        "magazine review tribune herald gazette globe reuters media llc co airlines motors "
        "quarterly weekly monthly "
        "systems technologies partners capital holdings ventures exchange reserve treasury "
        "pentagon fbi cia nsa nato un eu gop dnc rnc cnn fox nbc abc cbs msnbc npr bbc "
        "politico breitbart huffpost twitter facebook google apple microsoft amazon youtube "
        "instagram amendment act bill law laws trade eastern western war wars partnership "
        "americans europeans democrats republicans conservatives liberals "
        "agreement treaty plan program programme initiative summit conference street "
        "avenue square airlines tower hall center island islands coast team "
        # Words that open place names ("Los Angeles", "San Bernardino", "Fort Worth").
        "los las san santa fort lake port"
    ).split()
)
FUNCTION_WORDS = frozenset(
    (
        "a an the as at in on of for to by from with and but or if so when while after before "
        "what why how where who which that this these those it its he she they we i you there "
        "here then than yet still also even only just not no yes it's that's there's his her "
        "their our my your is are was were will would can could should does did has have had "
        "everyone everybody someone somebody nobody people one although though because "
        "since unless until whether however meanwhile"
    ).split()
)
# Words that open sentences capitalised but name no one: verbs of command ("Let us
# leave out", "Consider"), ordinals and other adverbs ("First, the Joint Chiefs",
# "Yesterday the senator"). None is a given name, so none opens a name.
NOT_NAME_WORDS = frozenset(
    (
        "let lets consider imagine remember suppose listen note notice please "
        "first second third fourth fifth sixth seventh eighth ninth tenth last next "
        "firstly secondly thirdly finally lastly "
        "yesterday today tonight tomorrow now again perhaps maybe instead indeed thus hence "
        "therefore later earlier soon once sometimes often already besides moreover "
        "furthermore otherwise nevertheless nonetheless anyway overall ultimately "
        "eventually initially recently currently previously clearly obviously certainly "
        "surely fortunately unfortunately similarly likewise additionally notably "
        "apparently actually basically frankly honestly ironically interestingly "
        "importantly presumably naturally undoubtedly admittedly neither either "
        # greetings: a mail's "Hi Marguerite," names Marguerite alone
        "hi hello hey dear"
    ).split()
)
# A capitalised word, an initial ("D."), or a title with its period ("Mr."): a full stop
# after a longer word ends the sentence, so "Obama. In" is not one name.
ABBREVIATED = "|".join(
    "Mrs Mr Ms Mx Dr Prof Sens Sen Reps Rep Gov Gen Lt Col Maj Capt Cmdr Adm Sgt Rev Hon "
    "Jr Sr St Ft Mt".split()
)
_WORD = rf"(?:(?:{ABBREVIATED})\.|(?:[A-Z]\.){{1,3}}|[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?)"
# Lower-case particles inside a name ("Federico de Jesus", "Ludwig van Beethoven",
# "Maria de la Cruz"), between two capitalised words.
_PARTICLE = r"(?:(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|bin|ibn|la|le)[^\S\n]+){1,2}"
# Not a name that is part of a word: "anti-Trump signs", "pro-Sanders demonstrators",
# "anti-GOP/Obama".
_MENTION = re.compile(
    # (the capital checked first: most positions hold none)
    rf"(?=[A-Z])(?<!\banti-)(?<!\bpro-)(?<!\bnon-)(?<!\bAnti-)(?<!\bPro-)(?<!\w/)"
    rf"{_WORD}(?:[^\S\n]+(?:{_PARTICLE})?{_WORD}){{0,5}}"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named at ``[start, end)``; ``key`` is the name without titles."""

    start: int
    end: int
    surface: str
    key: tuple[str, ...]
    title: str = ""
    # Named as a thing ("the Rose Bowl", "the Bernie Sanders presidential campaign"): a
    # form of a name the document uses, but no one there to speak or be "he".
    thing: bool = False

    # Where the title starts ("Mr." of "Mr. Trump"), when there is one.
    title_start: int = -1

    @property
    def titled(self) -> bool:
        return bool(self.title)

    @property
    def opening(self) -> int:
        """Where the mention starts with its title: "Mr. Trump" at "Mr.", "Trump" at "T"."""
        return self.title_start if self.title else self.start


def find_mentions(text: str, spans: Sequence[tuple[int, int]]) -> list[Mention]:
    """Candidate person mentions inside the given narration ``spans`` of ``text``.

    Headline-like lines (three words or more, nearly all capitalised) are skipped: in
    Title Case every word looks like a name.
    """
    out: list[Mention] = []
    headline: dict[int, bool] = {}  # by line start
    common = lower_case_words(text)
    inside: dict[str, bool] = {}  # whether a capitalised word stands inside a sentence
    for lo, hi in spans:
        for m in _MENTION.finditer(text, lo, hi):
            line = text.rfind("\n", 0, m.start()) + 1
            if line not in headline:
                headline[line] = _in_headline(text, line)
            if headline[line]:
                continue
            mention = _mention(text, m, common)
            if (
                mention is not None
                and len(mention.key) == 1
                and mention.start == m.start()
                and _common_opener(text, (mention.start, mention.surface), common)
            ):
                # "Teachers unions were among...": a common word capitalised only where
                # it opens a sentence is nobody's surname.
                word = mention.key[0]
                if word not in inside:
                    inside[word] = _inside_sentence(text, word)
                if not inside[word]:
                    continue
            if mention is not None:
                out.append(mention)
    return out


_CAPITALISED_WORD = re.compile(r"[A-Z][\w\-]*")
_WORD_OR_HYPHEN = re.compile(r"[\w\-]")
_LAST_WORD = re.compile(r"[\w\-'\u2019]*$")
_IN_A_NAME = frozenset("of for and the".split())


def _inside_sentence(text: str, word: str) -> bool:
    """Whether capitalised ``word`` stands somewhere after a lower-case word or a comma
    (spaces between, no line break): inside a sentence, not inside a longer name ("the
    American Federation of Teachers"). Its occurrences are found with ``str.find``:
    few words are asked about, and a search of all capitalised words cost more."""
    if not _CAPITALISED_WORD.fullmatch(word):
        return False
    at = text.find(word)
    while at >= 0:
        space = at  # where the spaces before the word start
        while space and text[space - 1] != "\n" and text[space - 1].isspace():
            space -= 1
        if space < at and space and not _WORD_OR_HYPHEN.match(text, at + len(word)):
            if text[space - 1] in ",;":
                return True
            if "a" <= text[space - 1] <= "z":
                before = _LAST_WORD.search(text, max(0, space - 30), space).group()
                if before.isalpha() and before.islower() and before not in _IN_A_NAME:
                    return True
        at = text.find(word, at + 1)
    return False


# A word written in lower case: a whole run of ``_WORD_CHARACTER`` made of these.
_LOWER_WORD = re.compile(r"[a-z][a-z\-]+")
_WORD_CHARACTER = re.compile(r"[\w\-'\u2019]")


class LowerCaseWords:
    """The words a text writes in lower case, for ``in`` tests: a capitalised one among
    them is a common word where it opens a sentence ("Teachers", "Windows"), not a name.
    Each word is looked up in the text when first asked about: a text is asked about
    a few of its words, and listing all of them cost more."""

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = _written_lower(self._text, word)
        return known


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` is a word of ``text`` written in lower case: a whole run of word
    characters, hyphens and apostrophes, made of lower-case letters and hyphens."""
    if not _LOWER_WORD.fullmatch(word):
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORD_CHARACTER.match(text, at - 1)) and not _WORD_CHARACTER.match(
            text, end
        ):
            return True
        at = text.find(word, at + 1)
    return False


def lower_case_words(text: str) -> LowerCaseWords:
    """The words ``text`` writes in lower case (see ``LowerCaseWords``)."""
    return LowerCaseWords(text)


_NONSPACE = re.compile(r"\S+")
# "n't" written after a capitalised word ("Don't", "Won't"): the word is a verb, never a name.
_CONTRACTED_NOT = re.compile(r"['\u2019]t(?![\w\-'\u2019])")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*\s+|[\n\"\u201c(]\s*)$")


def _mention(text: str, m: re.Match[str], common: Container[str] = frozenset()) -> Mention | None:
    run = m.group()
    # "n't" after the run's last word makes it a verb: "Don't Republicans run the risk"
    # names no Mr. Don, "as Joe Biden Can't" names Joe Biden
    contracted = _CONTRACTED_NOT.match(text, m.end()) is not None
    if len(run.split()) == 1:  # most runs: none of the trimming of several words applies
        if contracted:
            return None
        named = _one_word_name(run)
        if named is None:
            return None
        surface, key = named
        start = m.start()
        last = start + len(surface)
        thing = _names_a_thing(text, start) and not _OWN_ORGANISATION.match(text, last)
        return Mention(start, last, surface, key, "", thing)
    words = [(w.start() + m.start(), w.group()) for w in _NONSPACE.finditer(run)]
    words, title, title_start = _trimmed(text, words[:-1] if contracted else words, common)
    if not words:
        return None
    if len(words) > 1 and _dated(text, words[0], title):
        words = words[1:]  # "In June Trump said": the month is no part of the name
    start, last = words[0][0], words[-1][0] + len(words[-1][1])
    # A possessive ends a name ("Haqqani's claims" names Haqqani); so does a full stop.
    if last - start > 1 and text[last - 1] == "s" and text[last - 2] in "'\u2019":
        last -= 2
    elif text[last - 1] == "." and last - start > 2:
        last -= 1
    surface = text[start:last]
    key = tuple(w.rstrip(".") for w in surface.split())
    # A given name may be a common word too ("Bill Clinton" is no law).
    given = key[0].lower() in _first_names() or key[0].lower() in _MONTH_GIVEN_NAMES
    rest = key[1:] if len(key) > 1 and given else key
    if not key or any(k.lower() in _NOT_PERSON for k in rest) or not _surname_like(key[-1]):
        return None
    thing = bool(
        not title
        and (
            (_names_a_thing(text, start) and not _OWN_ORGANISATION.match(text, last))
            or (len(key) == 2 and key[0] in _FOREIGN_ARTICLES)
        )
    )
    return Mention(start, last, surface, key, title, thing, title_start)


# A two-word name opening with a foreign article names a place or a body ("La Scala",
# "El Paso", "Le Monde", "Los Angeles"), no one to be "she".
_FOREIGN_ARTICLES = frozenset("La Le Les El Los Las Il Der Die Das Het".split())


@lru_cache(maxsize=4096)
def _one_word_name(run: str) -> tuple[str, tuple[str, ...]] | None:
    """The surface and key of the person a run of one word names, without its
    possessive or full stop; None for a word that names no one. (What ``_mention`` finds
    in several words, found once per word: a text names the same people again and again.)"""
    if _never_alone(run):
        return None
    last = len(run)
    if last > 1 and run[-1] == "s" and run[-2] in "'\u2019":
        last -= 2
    elif run[-1] == "." and last > 2:
        last -= 1
    surface = run[:last]
    key = tuple(w.rstrip(".") for w in surface.split())
    if not key or key[-1].lower() in _NOT_PERSON or not _surname_like(key[-1]):
        return None
    return surface, key


# Months that are given names too ("April Ross", "June Carter"): one opening a name after
# a title or with no date word before it is a given name; else the date before the name.
_MONTH_GIVEN_NAMES = frozenset("april may june august".split())
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_DATE_LEADS = frozenset(
    "in on by since until till through throughout during early late mid last next this "
    "each every of from before after around".split()
)


def _dated(text: str, word: tuple[int, str], title: str) -> bool:
    """Whether ``word``, opening a run of several words, is a month or day ("In June
    Trump said", "Tuesday Trump said") rather than a given name ("Senator April Ross",
    "April Ross said")."""
    lowered = word[1].lower()
    if lowered not in CALENDAR_WORDS:
        return False
    if lowered not in _MONTH_GIVEN_NAMES:
        return True
    return not title and _word_before(text, word[0])[0].lower() in _DATE_LEADS


@lru_cache(maxsize=8)
def _word_pairs(text: str) -> frozenset[str]:
    """Each two capitalised words ``text`` writes one after the other ("Winifred
    Castellane"), read once: not the whole text searched again for each name."""
    return frozenset(m[0] + " " + m[1] for m in _WORD_PAIR.findall(text))


_PAIRED = r"[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?"  # "O'Brien", not "Castellane's"
_WORD_PAIR = re.compile(rf"(?<![\w\-'\u2019])(?=({_PAIRED}) ({_PAIRED})(?![\w\-]))")


def _trimmed(
    text: str, words: list[tuple[int, str]], common: Container[str]
) -> tuple[list[tuple[int, str]], str, int]:
    """A run's words (with their offsets) without those that are no part of the name
    (none left when it names no one), the title right before the name and where that
    title starts."""
    if len(words) > 1 and _common_opener(text, words[0], common):
        words.pop(0)  # "Following Sanders' speech", "Meanwhile Rihanna": not part of the name
    # "Florida Sen. Marco Rubio": the name starts after the last title word.
    while len(words) > 1 and _bare(words[-1][1]) in _BEFORE_NAME:
        words.pop()  # "Yesterday Secretary" (of State John Kerry): the title is the next name's
    titled_at = [i for i, (_, w) in enumerate(words[:-1]) if _bare(w) in _BEFORE_NAME and i]
    if titled_at:
        words = words[titled_at[-1] :]
    # A heading in capitals ("FULL TEXT"), or running on into a sentence ("KILLED IN
    # BLAST Turkish President ..."), is no name.
    capitals = next((i for i, (_, w) in enumerate(words) if not w.isupper()), len(words))
    if sum(1 for _, w in words[:capitals] if len(w) > 2) >= 2:
        if capitals == len(words):
            return [], "", -1
        words = words[capitals:]
    if (
        len(words) >= 3
        and words[0][1][1:].islower()
        and words[1][1].lower() in _first_names()
        and words[0][1].lower() not in _first_names()
        and _bare(words[0][1]) not in _BEFORE_NAME
        and f"{words[0][1]} {words[-1][1]}" not in _word_pairs(text)
    ):
        # "Guitarist John Frusciante": a word before a given name describes (but
        # "Winifred Mary Castellane" is the "Winifred Castellane" of the text)
        words.pop(0)
    title, title_start = "", -1
    while len(words) > 1 and (
        _bare(words[0][1]) in _DESCRIPTORS_AND_COUNTS or _COMPOUND_DESCRIPTOR.match(words[0][1])
    ):
        words.pop(0)  # "Six Trump delegates": the count is no given name
    while words and (_bare(words[0][1]) in _BEFORE_NAME or _function_word(words)):
        # "the young Mr. Massoud": only the titles right before the name count.
        if _bare(words[0][1]) not in _BEFORE_NAME:
            title = ""
        elif not title:
            title, title_start = words[0][1], words[0][0]
        else:
            title = f"{title} {words[0][1]}"
        words.pop(0)
    return words, title, title_start


# Before a name of a thing, not a person: a determiner ("over the Scarborough Shoal",
# "the Rose Bowl parade", "No Child Left Behind") or an organisation's head word and a
# preposition ("the Institute for International Economics"). Titles ("the Rev. Al
# Sharpton") and descriptions ("the Republican Donald Trump") in between keep a person.
_THING_DETERMINERS = frozenset("the no this its our their his her my your".split())
_ORGANISATION_HEADS = frozenset(
    (
        "Institute University College School Center Centre Council Committee Department "
        "Ministry Foundation Museum Bank Office Bureau Agency Academy Society Association "
        "Commission Board Court Program Project Fund"
    ).split()
)


def _names_a_thing(text: str, start: int) -> bool:
    word, at = _word_before(text, start)
    if word.lower() in _THING_DETERMINERS:
        return True
    return word in ("of", "for", "on") and _word_before(text, at)[0] in _ORGANISATION_HEADS


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word ending right before the spaces before ``pos``, and its start."""
    end = pos
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end == pos:
        return "", pos
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end], begin


# ... except a person's own organisation, which speaks for them ("the Sanders campaign").
_OWN_ORGANISATION = re.compile(r"[^\S\n]+(?:campaign|camp|administration|team|office|staff)\b")


def _surname_like(word: str) -> bool:
    """A name ends in a word, not in initials ("S.C." or "D." is no one's name)."""
    return len(word) > 1 and "." not in word


def _function_word(words: Sequence[tuple[int, str]]) -> bool:
    """Whether the run's first word is a function word, not a given name that is also
    one ("Will Doyle")."""
    lowered = words[0][1].lower()
    return lowered in _NOT_NAMES and not (len(words) > 1 and lowered in _first_names())


def _never_alone(run: str) -> bool:
    """Whether ``run``, a single word, is one that ``_mention`` drops and so finds no
    name in: a title or a function word. (A run of several words has a space, which no
    such word has.)"""
    return _bare(run) in _BEFORE_NAME or run.lower() in _NOT_NAMES


# Prepositions that open a sentence before a name ("Like Corker, Menendez..."), beside
# those among the function words.
_OPENING_PREPOSITIONS = frozenset(
    "like unlike despite including amid against among toward towards without within about "
    "over under into onto near behind between beyond during through across along around "
    "upon alongside beside".split()
)
_NOT_NAMES = FUNCTION_WORDS | _OPENING_PREPOSITIONS | NOT_NAME_WORDS


def _common_opener(text: str, word: tuple[int, str], common: Container[str]) -> bool:
    """A sentence's first word capitalised only for standing first: a word the text
    also uses in lower case, or an -ing or -ly word, and no known first name."""
    at, surface = word
    lowered = surface.lower()
    if lowered in _first_names() or _bare(surface) in TITLES or not surface[1:].islower():
        return False
    # (where it opens a sentence, looked at first: a few characters before it, where
    # ``common`` may scan the whole text for a word it has not been asked about)
    if not _SENTENCE_OPENING.search(text, max(0, at - 4), at):
        return False
    return lowered in common or lowered.endswith(("ing", "ly"))


def _in_headline(text: str, start: int) -> bool:
    end = text.find("\n", start)
    words = text[start : end if end >= 0 else len(text)].split()
    # The words' first characters that are letters (map and filter: no Python loop over
    # a paragraph's words).
    initials = "".join(filter(str.isalpha, map(itemgetter(0), words)))
    if len(initials) < 3:
        return False
    return sum(map(str.isupper, initials)) >= 0.8 * len(initials)


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def _initials_dropped(key: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words without initials, lower-cased: the form names are compared in."""
    return tuple(w.lower() for w in key if len(w.replace(".", "")) > 1 and "." not in w)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    if n == 1:
        return small[0] in big  # the common case, a surname: no slicing
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


# Abbreviated offices and their full forms: "Sen. Harris" and "Senator Harris" hold one.
_OFFICE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "adm": "admiral",
    "sgt": "sergeant",
    "det": "detective",
    "insp": "inspector",
    "prof": "professor",
    "rev": "reverend",
    "dr": "doctor",
    "cllr": "councillor",  # a British councillor's: "Cllr. Tomasz Wielgus"
}


def _office(title: str) -> str:
    """The office a title names ("detective", "judge", "doctor" for "Dr."), "" for an
    honorific ("Mr.", "Mrs.") that goes with any office."""
    words = [w.rstrip(".").lower() for w in title.split()]
    if not words or all(w in HONORIFICS for w in words):
        return ""
    return " ".join(_OFFICE_ABBREVIATIONS.get(w, w) for w in words if w not in HONORIFICS)


_FEMALE_TITLES = frozenset(
    "mrs ms miss dame lady queen princess congresswoman chairwoman councilwoman alderwoman "
    "assemblywoman".split()
)
_MALE_TITLES = frozenset(
    "mr sir lord king prince congressman chairman father councilman alderman assemblyman".split()
)


@cache
def _first_names() -> dict[str, str]:
    raw = resources.files("rhetoscope").joinpath("data/first_names.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows if name != "name"}


def first_name_known(word: str) -> bool:
    """Whether ``word`` (lower case) is a given name in the shipped list."""
    return word in _first_names()


def gender(title: str, full_name: str) -> str:
    """ "f", "m" or "" (unknown) from a title ("Mrs.") or a common first name."""
    words = [w.rstrip(".").lower() for w in title.split()]
    if any(w in _FEMALE_TITLES for w in words):
        return "f"
    if any(w in _MALE_TITLES for w in words):
        return "m"
    first = full_name.split()[0].lower() if full_name.split() else ""
    return _first_names().get(first, "")


_SUFFIXES = frozenset("jr sr ii iii iv".split())  # "Donald Jr." is no given and surname


class Names:
    """Resolves mentions to the fullest form of each person's name in the document."""

    def __init__(
        self,
        mentions: Sequence[Mention],
        speakers: frozenset[str] = frozenset(),
        implied: Sequence[Mention] = (),
        genders: Mapping[tuple[str, ...], str] | None = None,
        relatives: Container[tuple[str, ...]] = (),
    ) -> None:
        # Single words that speak somewhere in the text ("Carson said"): surnames of
        # people whom the text never names in full.
        self._speakers = speakers
        # Full names (two words or more) in order of first mention, keyed without initials;
        # with the ones the text implies ("his wife, Margaret," for Margaret Connolly).
        self._full: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._surface: dict[tuple[str, ...], str] = {}
        self._memo: dict[tuple[str, ...], str] = {}
        self._gendered: dict[tuple[tuple[str, ...], str], str] = {}
        # Genders the text's words give full names ("Eli's mother, Carol Nystrom"), by
        # their surface form.
        self._genders: dict[str, str] = {}
        named = sorted([*mentions, *implied], key=lambda m: m.start) if implied else mentions
        outer: dict[tuple[str, ...], tuple[str, ...]] = {}  # full names by first and last word
        for m in named:
            if len(m.key) < 2 or (m.thing and m.key[0].lower() not in _first_names()):
                # A thing's name is a person's full name only from a given name ("the
                # Bernie Sanders campaign"): "the Trump Train" is no Mr. Trump's.
                continue
            bare = _initials_dropped(m.key)
            known = self._full.get(bare)
            ends = (
                (bare[0], bare[-1]) if len(bare) in (2, 3) and bare[-1] not in _SUFFIXES else None
            )
            if (
                known is None
                and len(bare) == 3
                and ends in outer
                and m.key not in relatives
                and self._full[outer[ends]] not in relatives
            ):
                # "Winifred Castellane", then "Winifred Mary Castellane": one person, by
                # the form the text gives first (but "Ahmad Shah Massoud", then "Ahmad
                # Massoud" may be father and son; so may "Ahmad Massoud" and "his father,
                # Ahmad Shah Massoud")
                self._full[bare] = self._full[outer[ends]]
            elif known is None:
                self._full[bare] = m.key
                self._surface[m.key] = m.surface
                if ends is not None and len(bare) == 2:
                    outer[ends] = bare
            elif len(m.key) > len(known) and _initials_dropped(known) == bare:
                # Keep the longest spelling of a merged name ("Paul D. Ryan").
                self._full[bare] = m.key
                self._surface[m.key] = m.surface
        for key, said in (genders or {}).items():
            full = self._full.get(_initials_dropped(key))
            if full is not None:
                self._genders.setdefault(self._surface[full], said)
        # Each word of a full name (as written and without initials) and the names
        # holding it, by their place in ``_full``: who may contain a name is looked up,
        # not asked of every full name (many surnames in one text made that quadratic).
        self._entries = list(self._full.items())
        self._holding: dict[str, list[int]] = {}
        for i, (full_bare, full) in enumerate(self._entries):
            for word in {*full, *full_bare}:
                self._holding.setdefault(word, []).append(i)
        self.mentions = [m for m in mentions if not m.thing and self.is_person(m)]
        # the genders of the titles each surname alone takes ("Ms. Arkwright")
        self._surname_titles: dict[tuple[str, ...], set[str]] = {}
        self._titles_give_genders()
        # The titles a surname the document never gives in full goes by ("President
        # Obama"), with how often: its one name is the commonest, unless two of them
        # disagree in gender ("Mr. Clinton" and "Mrs. Clinton" are two people).
        self._titles: dict[tuple[str, ...], dict[str, int]] = {}
        for m in self.mentions:
            if m.title and len(m.key) == 1:
                counts = self._titles.setdefault(m.key, {})
                counts[m.title] = counts.get(m.title, 0) + 1

    def _titles_give_genders(self) -> None:
        """A full name is of the gender of the titles its surname alone takes after it
        ("Ms. Arkwright" for Simone Arkwright), when no other full name has that
        surname."""
        seen = self._surname_titles
        first_full: dict[str, int] = {}  # where each full name is first written
        first_titled: dict[tuple[str, ...], int] = {}  # ... and each titled surname
        for m in self.mentions:
            known = self._full.get(_initials_dropped(m.key)) if len(m.key) >= 2 else None
            if known is not None:
                first_full.setdefault(self._surface[known], m.start)
            if m.title and len(m.key) == 1:
                seen.setdefault(m.key, set()).add(gender(m.title, ""))
                first_titled.setdefault(m.key, m.start)
        for key, said in seen.items():
            said.discard("")
            if len(said) != 1:
                continue
            holders = set(self._holders(key))
            # (only titles after the full name: "Mr. Pym mentioned his late wife. I knew
            # Eleanor Pym." titles her husband)
            if len(holders) == 1:
                holder = holders.pop()
                written = first_full.get(holder)
                if written is not None and written < first_titled[key]:
                    self._genders.setdefault(holder, said.pop())

    def is_person(self, mention: Mention) -> bool:
        return (
            mention.titled
            or len(mention.key) >= 2
            or self.canonical(mention.key) != ""
            or mention.key[0] in self._speakers
        )

    def canonical(self, key: tuple[str, ...]) -> str:
        """The fullest name for ``key``; "" when no full name contains it."""
        if key not in self._memo:
            self._memo[key] = self._canonical(key)
        return self._memo[key]

    def _canonical(self, key: tuple[str, ...]) -> str:
        bare = _initials_dropped(key)
        if len(key) >= 2 and bare in self._full:
            return self._surface[self._full[bare]]
        return next(iter(self._holders(key)), "")

    def _holders(self, key: tuple[str, ...]) -> list[str]:
        """The full names containing ``key`` (as written, or without initials), in the
        order ``_full`` holds them, each once."""
        bare = _initials_dropped(key)
        if key and bare:  # (a name holding it holds its first word)
            places = {*self._holding.get(key[0], ()), *self._holding.get(bare[0], ())}
            found = sorted(places)
        else:  # (an empty name is in every name)
            found = range(len(self._entries))
        return list(
            dict.fromkeys(
                self._surface[full]
                for full_bare, full in (self._entries[i] for i in found)
                if _contains(full, key) or _contains(full_bare, bare)
            )
        )

    def gender_of(self, mention: Mention) -> str:
        full = self._full_name(mention)
        return gender(mention.title, full or mention.surface) or self._genders.get(full, "")

    def _full_gender(self, full: str) -> str:
        return gender("", full) or self._genders.get(full, "")

    def name_of(self, mention: Mention) -> str:
        """The fullest name for a mention; with its title when the document never gives
        more than a titled surname ("Mr. Ek")."""
        full = self._full_name(mention)
        if full:
            return full
        titled = self._titled_form(mention.key) if len(mention.key) == 1 else ""
        if titled:
            return titled
        return f"{mention.title} {mention.surface}".strip()

    def _titled_form(self, key: tuple[str, ...]) -> str:
        """The one titled form of a surname the document never names in full ("President
        Obama" for "Obama" and "Mr. Obama" too); "" when it has none, or titles of both
        genders ("Mr. Clinton", "Mrs. Clinton"), or two offices ("Detective Harris",
        "Judge Harris"; an honorific such as "Mr." goes with any office)."""
        if self.canonical(key):
            return ""
        counts = self._titles.get(key)
        if not counts:
            return ""
        genders = {gender(title, "") for title in counts} - {""}
        if len(genders) > 1 or len({_office(title) for title in counts} - {""}) > 1:
            return ""
        title = max(counts, key=counts.__getitem__)  # the commonest, the first on a tie
        return f"{title} {key[0]}"

    def _full_name(self, mention: Mention) -> str:
        """The fullest name for a mention whose title agrees with it in gender: "Mr.
        Clinton" is not "Hillary Clinton", but "Bill Clinton" or else "Mr. Clinton"."""
        full = self.canonical(mention.key)
        if not full or not mention.title:
            return full
        want = gender(mention.title, "")
        if not want or self._full_gender(full) == want:
            return full
        memo = (mention.key, want)
        if memo not in self._gendered:
            holders = self._holders(mention.key)
            # The fullest of the title's gender ("Ms. Brandt" is Teresa Brandt, not a
            # Lucas Brandt before her); when none is known, the fullest, unless it and
            # another are told apart by a weak guess ("Ms. Patel" of "Rajiv and Nisha
            # Patel" is Nisha).
            gendered = [h for h in holders if self._full_gender(h) == want]
            unknown = [h for h in holders if self._full_gender(h) == ""]
            if (
                self._full_gender(full) == ""
                and _guessed(full) == want
                and len(self._surname_titles.get(mention.key, ())) < 2
                and not any(h.endswith(" " + full) for h in gendered)
            ):
                # "Mr. Murdoch" stays the Rupert Murdoch named first: that a James
                # Murdoch is a man too does not make Rupert a woman (but a text with a
                # "Mr. Odell" and a "Mrs. Odell" is of a man and a woman, and "Bob Vander
                # Plaats" is the fuller "Vander Plaats")
                found = full
            elif gendered or self._full_gender(full) != "":
                found = gendered[0] if gendered else ""
            elif _guessed(full) != want and len(unknown) > 1:
                found = next((h for h in unknown if _guessed(h) == want), full)
            else:
                found = full
            self._gendered[memo] = found
        return self._gendered[memo]


def _guessed(full: str) -> str:
    """A weak guess at the gender of a given name no list holds: "f" when it ends in
    "a" (Nisha, Ada), else "m"; only to tell apart two people of one surname whom a
    gendered title names."""
    given = full.split()[0]
    return "f" if len(given) > 2 and given.endswith("a") else "m"
