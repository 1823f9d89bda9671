"""Finding mentions: states, places, organisations, persons and descriptions.

Works on a parsed spaCy ``Doc``.  Each job has its own module: gazetteer hits
(:mod:`.gazetteer`), person name spans (:mod:`.names`), the offices written around a
name (:mod:`.offices`, :mod:`.office_lists`), states of offices from the sentence
(:mod:`.person_states`) and references without a name (:mod:`.descriptions`).  This
module runs them in order and keeps the names the rest of the pipeline imports.
"""

from __future__ import annotations

from ..world import World

# Re-exported (redundant aliases): the rest of the pipeline imports these from here.
from .descriptions import find_descriptions as find_descriptions
from .gazetteer import find_gazetteer_hits as find_gazetteer_hits
from .mention_types import Description as Description
from .mention_types import Hit as Hit
from .mention_types import Mentions as Mentions
from .mention_types import PersonMention as PersonMention
from .office_lists import GENERIC_HEADS as GENERIC_HEADS
from .persons import find_person_mentions as find_person_mentions


def find_mentions(doc, nlp, world: World, story_start: int = 0,
                  home_state: str | None = None) -> Mentions:
    """All gazetteer hits, person names and descriptions of ``doc``; ``home_state`` is the
    state the story is told from (its dateline's), which a demonym several states share
    ("Congolese" in a story from Kinshasa) stands for."""
    hits = find_gazetteer_hits(doc, nlp, world, home_state)
    persons = find_person_mentions(doc, hits, world, story_start)
    descriptions = find_descriptions(doc, hits, persons, world, story_start)
    return Mentions(hits, persons, descriptions)
