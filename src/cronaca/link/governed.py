"""The country a bare government noun means: "il governo", "the government", "die Regierung".

Nothing next to the noun names the country ("il governo cinese" is read in institutions.py), so the
text around it must. The evidence a careful reader accepts, weighed together:
- the countries the whole article names (a town or a person counts for its country, half; an
  organisation a quarter: firms work abroad);
- the countries named just before the noun, in its sentence and the sentence before ("L'Anses,
  l'agence française, ... déjugée par le gouvernement"), counted once more;
- the language's home country (``home_country`` of link_settings.tsv) when the article names it:
  "le gouvernement" in a French article about France and others leans to France.
The best country must lead the runner-up clearly and be named more than in passing (or near the
noun); else none. Taking the country named most, as before, gave "el gobierno" of an article about
Costa Rica to the United States (named once among helpers) and "the Government" of a British travel
notice to Poland: a wrong country is worse than none.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cronaca.document import Mention
from cronaca.link.automaton import Matcher
from cronaca.link.country import FOREIGN_WEIGHT
from cronaca.link.view import TextView

#: How far ahead of the runner-up the best country must be: an article about Russian spies in
#: Switzerland (39 against 34) does not say whose "die Regierung" is, one about Chile (3.75 against
#: 0.5) does.
LEAD = 1.3
#: How far a country the article never names must outweigh the others to own a lower-case noun:
#: Chile's people and towns (3.75 against 0.5) do, Trump and Obama in an essay (3.5 against 1.5) do not.
UNNAMED_LEAD = 3.0
#: Weight of a mention of a country just before the noun, on top of its weight in the article.
LOCAL_WEIGHT = 1.0
#: Weight the language's home country gets when the article names it: as much as a foreign country
#: needs to be more than passing.
HOME_PRIOR = FOREIGN_WEIGHT
#: How much a mention counts for its country: a town or a person half as much as the country's name,
#: an organisation a quarter (parties are a country's, but "Microsoft y GBM" work in Costa Rica).
TYPE_WEIGHT = {"COUNTRY": 1.0, "ORG": 0.25}
OTHER_WEIGHT = 0.5
#: Entity types that are no state and say nothing of whose government acts: an armed group is often the
#: government's enemy ("Die Regierung macht die Hamas verantwortlich" is not the Palestinian government).
STATELESS_TYPES = frozenset({"GROUP"})


@dataclass(slots=True)
class GovernedCountry:
    """The countries an article names, counted once, to ask at each bare government noun."""
    home: str | None  # the language's home country
    places: list[tuple[int, str, float]]  # (start, ISO3, weight) of places named, by start
    sentences: list[int]  # starts of the article's sentences
    article: Counter[str] = field(default_factory=Counter)
    named: frozenset[str] = frozenset()  # countries the article names (by name, adjective, capital)
    stateless: bool = False  # the article names a party of ``STATELESS_TYPES``: it is not plainly at home

    @classmethod
    def of(cls, kb_mentions: list[Mention], view: TextView, m: Matcher) -> GovernedCountry:
        named = []
        for x in kb_mentions:
            entry = m.kb.entries[x.entity_id]
            before = view.words_before(x.start, 1) if entry.type == "COUNTRY" else ()
            # a country after a locative ("in Iraq") counts as a place named there, like a city
            named.append((x.start, entry.type, entry.country, bool(before) and before[-1] in m.lex.locatives))
        return cls.weigh(m.lex.home_country, named, [s for s, _ in view.sentences])

    @classmethod
    def weigh(cls, home: str | None, named: Iterable[tuple[int, str, str | None, bool]],
              sentences: list[int]) -> GovernedCountry:
        """Count (start, entity type, ISO3, named as a place) for every mention: the linker reads KB
        entries, the quote stage the article's entities."""
        found = []
        countries = set()
        article: Counter[str] = Counter()
        stateless = False
        for start, kind, country, as_place in named:
            if not country:
                continue
            if kind in STATELESS_TYPES:
                stateless = True
                continue
            article[country] += TYPE_WEIGHT.get(kind, OTHER_WEIGHT)
            if kind == "COUNTRY":
                countries.add(country)
            if kind == "PLACE" or (kind == "COUNTRY" and as_place):
                found.append((start, country, TYPE_WEIGHT.get(kind, OTHER_WEIGHT)))
        found.sort()
        return cls(home, found, sorted(sentences) or [0], article, frozenset(countries), stateless)

    def at(self, pos: int) -> str | None:
        """ISO3 of the country a bare government noun at ``pos`` belongs to, or None."""
        if not self.article:  # nothing but armed groups named: a foreign story, whose government is not said
            return None if self.stateless else self.home
        local = self._local(pos)
        scores = Counter(self.article)
        for country, weight in local.items():
            scores[country] += LOCAL_WEIGHT * weight
        if self.home in self.named:
            scores[self.home] += HOME_PRIOR  # (an Italian article naming only Syria is about Syria)
        ranked = scores.most_common(2)
        best, score = ranked[0]
        if len(ranked) > 1 and score < LEAD * ranked[1][1]:
            return None  # two countries share the article: either could be meant
        if local[best] or self.article[best] >= FOREIGN_WEIGHT or self.named <= {best}:
            return best  # near the noun, more than passing, or the only country the article names
        return self.home  # the best named once in passing: "il governo" in Italian is still Italy's

    def dominant(self, country: str) -> bool:
        """True when ``country`` outweighs every other one in the article UNNAMED_LEAD times: its
        people and towns say whose a lower-case "el gobierno" is even where its name never occurs."""
        others = [w for c, w in self.article.items() if c != country]
        return self.article[country] >= UNNAMED_LEAD * max(others, default=0.0)

    def _local(self, pos: int) -> Counter[str]:
        """The countries of the places named from the start of the sentence before ``pos``'s up to
        ``pos``: a town, a region, or a country after a locative ("In Finland, the government ...").
        A country acting there says nothing: "Gli Stati Uniti denunciano ... il governo di Al Maliqi"
        is another country's government; those of the noun's own sentence count twice."""
        i = bisect_right(self.sentences, pos) - 1
        own = self.sentences[i] if i >= 0 else 0
        begin = self.sentences[i - 1] if i >= 1 else own
        starts = [s for s, _, _ in self.places]
        found: Counter[str] = Counter()
        for k in range(bisect_right(starts, begin - 1), bisect_right(starts, pos - 1)):
            start, country, weight = self.places[k]
            found[country] += weight * (2 if start >= own else 1)
        return found
