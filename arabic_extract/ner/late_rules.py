"""The sentence rules that run after :meth:`.rules.Rules.sentence`: a registered, ordered
list of named rules over one sentence's tags (changed in place).

Each rule is a general construction of news Arabic found by an error review of unseen
articles (see docs/ner_results.md); the order matters (a rule sees the tags the rules
before it left).  ``BuiltinNER(disable=(name, …))`` switches rules off by name, for
ablations."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Container, Mapping, Sequence

from .adjective_bodies import body_adjectives, body_heads, tag_adjective_bodies
from .amounts import currencies, retype_currencies
from .bare_titles import drop_bare_titles
from .boundaries import split_listed_conjuncts
from .city_clubs import city_clubs, masculine_adjectives
from .commands import command_words, drop_leadership
from .company_designators import company_designators, tag_company_designators
from .common_words import drop_glued_ma, drop_nationality_places, trim_interrogatives
from .crown_titles import untag_crown_titles
from .descriptions import description_words, drop_activity_bodies, drop_work_nouns
from .domain_tails import domain_nouns, join_domain_tails, org_heads
from .portfolio_tails import join_portfolio_tails, portfolio_fields
from .construct_tails import join_construct_tails
from .nationality_plurals import drop_nationality_plurals
from .common_bodies import common_body_heads, drop_common_bodies
from .edge_words import time_words, trim_time_tails
from .eponyms import bare_eponym_heads
from .field_adjectives import join_field_adjectives
from .facility_places import facility_place_words, join_facility_places
from .formulas import drop_formulas, formula_words, god_names
from .headed_places import PlaceHeads, headed_places
from .headed_persons import join_eponym_heads, retype_headed_persons
from .indefinite import trim_indefinite
from .index_names import index_names
from .listed_extents import join_listed_extents
from .listed_places import retype_listed_places
from .given_names import join_given_names
from .listed_persons import listed_persons
from .lineage_surnames import join_lineage_surnames
from .lexicon import Lexicon
from .masdar_tails import trim_masdar_tails, verbal_noun_objects
from .ministry_names import ministry_names, tag_ministry_names
from .months import drop_months, month_names
from .national_agencies import agency_heads, national_agencies
from .national_tails import join_national_tails
from .news_agencies import news_agencies
from .ordinals import join_ordinal_tens, ordinal_units
from .org_conjuncts import split_org_conjuncts
from .org_endings import EndingWords, join_org_endings
from .org_tails import trim_org_tails
from .place_adjectives import drop_plural_agreement, drop_split_adjectives, \
    trim_place_adjectives
from .place_openers import join_place_openers, place_openers
from .split_places import join_split_places
from .facility_orgs import facility_org_heads, retype_facility_orgs
from .person_places import person_place_heads, retype_person_places
from .plural_heads import split_plural_heads
from .prayers import prayer_words
from .quoted_persons import quoted_honorifics, quoted_persons
from .person_conjuncts import split_person_conjuncts
from .possessed import drop_possessed
from .pronoun_verbs import trim_pronoun_verbs
from .particles import join_particles, joining_particles, relation_words, split_relations
from .relational import relational_adjectives, trim_relational
from .religious_titles import religious_names, religious_titles
from .role_names import tag_role_names
from .roles import drop_title_plurals, person_roles, trim_honorific_titles, trim_roles
from .role_clubs import role_clubs
from .rules import Rules, media_names
from .surnames import join_surnames
from .title_ends import drop_title_ends, title_words
from .titled_names import tag_titled_names
from .told import told_media
from .quoted_media import quoted_media, relay_words
from .verbs import trim_edge_verbs


@dataclass(frozen=True)
class Sentence:
    """One sentence as the rules see it: words before and after clitic stripping, the
    tags to change, whether the document is a sports report, and the «head + noun» pairs
    the document repeats (:func:`.common_bodies.recurring_pairs`)."""

    norms: Sequence[str]
    stems: Sequence[str]
    tags: list[str]
    sports: bool | None = None
    recurring: Container[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class RuleData:
    """The word lists the rules read, loaded once per stage."""

    lexicon: Lexicon
    rules: Rules
    body_heads: frozenset[str]
    months: frozenset[str]
    commands: frozenset[str]
    time_words: frozenset[str]
    relational: frozenset[str]
    ordinals: frozenset[str]
    club_adjectives: frozenset[str]
    roles: frozenset[str]
    particles: frozenset[str]
    relations: frozenset[str]
    formulas: tuple[frozenset[str], frozenset[str]]
    titles: frozenset[str]
    place_openers: frozenset[str]
    currencies: frozenset[str]
    prayers: frozenset[str]
    fields: tuple[frozenset[str], frozenset[str]]
    masdars: frozenset[str]
    endings: EndingWords
    facilities: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    descriptions: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    honorifics: frozenset[str] = frozenset()
    place_heads: PlaceHeads | None = None
    agencies: frozenset[str] = frozenset()
    #: heads that take a bare person's name, and the adjectives that close no such name
    eponym_names: tuple[Mapping[str, str], frozenset[str]] = ({}, frozenset())

    @classmethod
    def load(cls, lexicon: Lexicon, rules: Rules) -> RuleData:
        return cls(lexicon, rules, common_body_heads(), month_names(), command_words(),
                   time_words(), relational_adjectives(), ordinal_units(),
                   masculine_adjectives(rules.nationalities),
                   person_roles(lexicon, rules.nationalities), joining_particles(),
                   relation_words(), (formula_words(), god_names()), title_words(),
                   place_openers(), currencies(), prayer_words(), (domain_nouns(), org_heads()),
                   verbal_noun_objects(), EndingWords.load(rules.nationalities),
                   facility_place_words(), description_words(), quoted_honorifics(),
                   PlaceHeads.load(), agency_heads(),
                   (bare_eponym_heads(), rules.eponyms[2] | rules.nationalities))


Rule = Callable[[Sentence, RuleData], None]


def _org_tails(s: Sentence, d: RuleData) -> None:
    trim_org_tails(s.norms, s.stems, s.tags, d.lexicon, d.rules.definite_titles,
                   frozenset(d.rules.eponyms[1]), d.rules.patterns.known)


def _headed_persons(s: Sentence, d: RuleData) -> None:
    retype_headed_persons(s.stems, s.tags, d.fields[1], d.eponym_names[0])
    join_eponym_heads(s.stems, s.norms, s.tags, *d.eponym_names)


#: (name, rule) in the order they run
LATE_RULES: tuple[tuple[str, Rule], ...] = (
    ("formulas", lambda s, d: drop_formulas(s.norms, s.stems, s.tags, *d.formulas)),
    ("crown_titles", lambda s, d: untag_crown_titles(s.norms, s.tags)),
    ("indefinite", lambda s, d: trim_indefinite(s.norms, s.stems, s.tags, d.lexicon)),
    ("ordinals", lambda s, d: join_ordinal_tens(s.norms, s.tags, d.ordinals,
                                                d.rules.suffixes)),
    ("org_tails", _org_tails),
    ("domain_tails", lambda s, d: join_domain_tails(s.norms, s.stems, s.tags, *d.fields)),
    ("portfolio_tails", lambda s, d: join_portfolio_tails(
        s.norms, s.stems, s.tags, portfolio_fields(), d.fields[1], d.titles)),
    ("construct_tails", lambda s, d: join_construct_tails(s.norms, s.stems, s.tags,
                                                          d.fields[1], d.lexicon)),
    ("nationality_plurals", lambda s, d: drop_nationality_plurals(s.stems, s.tags,
                                                                  d.club_adjectives)),
    ("org_endings", lambda s, d: join_org_endings(s.norms, s.stems, s.tags, d.endings)),
    ("field_adjectives", lambda s, d: join_field_adjectives(
        s.norms, s.stems, s.tags, d.endings.heads, d.endings.not_name)),
    ("city_clubs", lambda s, d: city_clubs(s.stems, s.tags, d.club_adjectives, s.sports)),
    ("role_clubs", lambda s, d: role_clubs(s.stems, s.tags, s.sports,
                                           d.rules.patterns.clubs.roles,
                                           d.rules.patterns.clubs.phrases, d.place_openers)),
    ("activity_bodies", lambda s, d: drop_activity_bodies(s.stems, s.tags,
                                                          d.descriptions[0])),
    ("work_nouns", lambda s, d: drop_work_nouns(s.stems, s.tags, d.descriptions[1])),
    ("common_bodies", lambda s, d: drop_common_bodies(s.norms, s.stems, s.tags, d.body_heads,
                                                      d.lexicon, s.recurring,
                                                      d.rules.patterns.known)),
    ("roles", lambda s, d: (trim_honorific_titles(s.stems, s.tags),
                            trim_roles(s.stems, s.tags, d.roles))),
    ("title_ends", lambda s, d: drop_title_ends(s.norms, s.stems, s.tags, d.titles,
                                                d.lexicon)),
    ("relations", lambda s, d: split_relations(s.stems, s.tags, d.relations, d.particles)),
    ("particles", lambda s, d: join_particles(s.norms, s.tags, d.particles)),
    ("title_plurals", lambda s, d: drop_title_plurals(s.stems, s.tags, d.lexicon)),
    ("pronoun_verbs", lambda s, d: trim_pronoun_verbs(s.norms, s.tags)),
    ("edge_verbs", lambda s, d: trim_edge_verbs(s.norms, s.tags, d.lexicon)),
    ("masdar_tails", lambda s, d: trim_masdar_tails(s.norms, s.tags, d.masdars)),
    ("possessed", lambda s, d: drop_possessed(s.norms, s.stems, s.tags,
                                                           d.lexicon)),
    ("time_tails", lambda s, d: trim_time_tails(
        s.norms, s.tags, d.time_words, d.lexicon, media_names(), s.stems)),
    ("relational", lambda s, d: trim_relational(s.norms, s.tags, d.relational)),
    ("surnames", lambda s, d: join_surnames(s.norms, s.stems, s.tags, d.lexicon)),
    ("lineage_surnames", lambda s, d: join_lineage_surnames(
        s.norms, s.stems, s.tags, d.lexicon,
        (d.rules.breakers, d.titles, d.roles, d.rules.definite_titles), d.rules.eponyms[0])),
    ("headed_places", lambda s, d: d.place_heads and headed_places(
        s.norms, s.stems, s.tags, d.place_heads, d.lexicon, d.rules.definite_titles,
        d.rules.places)),
    ("place_openers", lambda s, d: join_place_openers(s.stems, s.tags, d.place_openers)),
    ("listed_extents", lambda s, d: d.place_heads and join_listed_extents(
        s.stems, s.tags, d.place_heads.places)),
    ("person_places", lambda s, d: retype_person_places(s.stems, s.tags,
                                                        person_place_heads())),
    ("facility_places", lambda s, d: join_facility_places(s.norms, s.stems, s.tags,
                                                                 *d.facilities)),
    ("currencies", lambda s, d: retype_currencies(s.norms, s.tags, d.currencies)),
    ("months", lambda s, d: drop_months(s.stems, s.tags, d.months)),
    ("leadership", lambda s, d: drop_leadership(s.stems, s.tags, d.commands)),
    ("plural_heads", lambda s, d: split_plural_heads(s.norms, s.stems, s.tags, d.lexicon)),
    ("listed_conjuncts", lambda s, d: split_listed_conjuncts(s.norms, s.stems, s.tags,
                                                             d.lexicon)),
    ("person_conjuncts", lambda s, d: split_person_conjuncts(s.norms, s.stems, s.tags,
                                                             d.lexicon)),
    ("listed_persons", lambda s, d: listed_persons(s.norms, s.stems, s.tags, d.lexicon,
                                                         d.place_openers)),
    ("given_names", lambda s, d: join_given_names(s.norms, s.stems, s.tags, d.lexicon)),
    ("org_conjuncts", lambda s, d: split_org_conjuncts(
        s.norms, s.stems, s.tags, d.body_heads, d.rules.nationalities,
        (d.lexicon.words, d.rules.patterns.clubs.foreign))),
    ("national_agencies", lambda s, d: national_agencies(s.norms, s.stems, s.tags, d.agencies,
                                                         d.rules.nationalities)),
    ("ministry_names", lambda s, d: tag_ministry_names(s.norms, s.stems, s.tags,
                                                       ministry_names(), d.rules.nationalities)),
    ("company_designators", lambda s, d: tag_company_designators(
        s.norms, s.stems, s.tags, company_designators(), d.lexicon)),
    ("news_agencies", lambda s, d: news_agencies(s.norms, s.stems, s.tags, d.lexicon)),
    ("national_tails", lambda s, d: join_national_tails(s.stems, s.tags, d.rules.nationalities,
                                                        s.sports)),
    ("listed_places", lambda s, d: retype_listed_places(s.norms, s.stems, s.tags)),
    ("place_adjectives", lambda s, d: d.place_heads and trim_place_adjectives(
        s.stems, s.tags, d.rules.nationalities, d.place_heads.places)),
    ("split_adjectives", lambda s, d: d.place_heads and drop_split_adjectives(
        s.norms, s.stems, s.tags, d.rules.nationalities, d.place_heads.places)),
    ("split_places", lambda s, d: d.place_heads and join_split_places(
        s.norms, s.stems, s.tags, d.place_heads.places, d.rules.nationalities, d.lexicon)),
    ("plural_agreement", lambda s, d: drop_plural_agreement(s.stems, s.tags,
                                                            d.rules.nationalities)),
    ("index_names", lambda s, d: index_names(s.stems, s.tags, d.fields[1], d.lexicon)),
    ("told_media", lambda s, d: told_media(s.norms, s.tags, d.rules.patterns.media_names)),
    ("quoted_media", lambda s, d: quoted_media(s.norms, s.tags, d.rules.patterns.media_names,
                                               relay_words())),
    ("titled_names", lambda s, d: tag_titled_names(s.stems, s.norms, s.tags,
                                                   d.rules.honorific)),
    ("role_names", lambda s, d: tag_role_names(s.norms, s.stems, s.tags, d.rules.honorific)),
    ("religious_titles", lambda s, d: religious_names(s.norms, s.stems, s.tags,
                                                      religious_titles(), d.lexicon)),
    ("bare_titles", lambda s, d: drop_bare_titles(s.stems, s.tags)),
    ("interrogatives", lambda s, d: trim_interrogatives(s.norms, s.tags, d.lexicon)),
    ("nationality_places", lambda s, d: drop_nationality_places(s.norms, s.tags)),
    ("glued_ma", lambda s, d: drop_glued_ma(s.norms, s.tags, d.lexicon)),
    ("quoted_persons", lambda s, d: quoted_persons(s.norms, s.stems, s.tags, d.lexicon,
                                                   d.honorifics)),
    ("headed_persons", _headed_persons),
    ("adjective_bodies", lambda s, d: tag_adjective_bodies(s.norms, s.stems, s.tags,
                                                           body_heads(), body_adjectives())),
    ("facility_orgs", lambda s, d: retype_facility_orgs(s.norms, s.stems, s.tags,
                                                         facility_org_heads(), d.lexicon)),
)

RULE_NAMES = tuple(name for name, _ in LATE_RULES)
_BY_NAME = dict(LATE_RULES)


def select(disable: Container[str] = ()) -> tuple[str, ...]:
    """Names of the rules to run, in order, without those named in ``disable`` (names,
    not functions, so that a stage holding them pickles for worker processes)."""
    return tuple(name for name in RULE_NAMES if name not in disable)


def apply(names: Sequence[str], sentence: Sentence, data: RuleData) -> None:
    for name in names:
        _BY_NAME[name](sentence, data)
