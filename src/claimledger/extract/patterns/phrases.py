"""Word lists for finding what a figure counts (the ``subject`` of a claim).

Without a tagger, a noun phrase is read as a run of words that are none of the function words
below; a verb is recognised from the short lists here or from an "-ed" ending. Calibrated on
English reports about displacement, migration and recruitment.
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    """
    a an the this that these those its their his her our my your such all both each every
    of in on at to for from by with into onto over under about around among between through
    during within without against across after before since until than as per via like
    and or but nor so yet if while whereas although though because whether when where
    who whom whose which what how why
    is are was were be been being am has have had do does did will would shall should can
    could may might must not no never also only just still already now then there here
    it he she they we i you them him us me
    """.split()
)

# Verbs and auxiliaries that end a noun phrase read left to right.
VERBS = frozenset(
    """
    is are was were be been being has have had do does did will would shall should can could
    may might must earns earn earned pays pay paid costs cost receives receive received
    spends spend spent sends send sent holds hold held hosts host hosted accounts account
    accounted stands stand stood reaches reach reached totals total totalled totaled equals
    equal equalled equaled amounts amount amounted remains remain remained makes make made
    gets get got brings bring brought yields yield yielded allocates allocate allocated
    raises raise raised offers offer offered employs employ employed rose rise rises fell
    fall falls grew grow grows dropped drop drops declined decline declines climbed climb
    jumped jump increased increase increases decreased decrease doubled tripled came come
    comes went go goes led lead leads signed sign face faces faced live lives lived left
    leave fled flee joined join joins returned return crossed cross entered enter work works
    worked risk risks need needs needed say says said knew know think thought want wanted
    lost lose loses keep keeps kept set sets took take takes gave give gives
    """.split()
)

# A figure followed by one of these has no noun of its own ("10 million each year").
TIME_WORDS = frozenset("a each every per annually monthly daily weekly yearly".split())
TIME_UNITS = frozenset("day days week weeks month months year years".split())

# Comparatives after a figure: the figure is a difference, not a count of a noun.
COMPARATIVES = frozenset("more less fewer higher lower greater larger smaller than".split())

# Words after a figure that add nothing to what it counts.
SKIP_AFTER = frozenset("more additional extra other further".split())

# The noun after a figure is generic: prefer the noun the figure belongs to ("resource of
# 25 million people") or add the clause's subject ("forces suffered 3,000 casualties").
GENERIC_NOUNS = frozenset(
    "people persons individuals casualties deaths victims cases times units items".split()
)

# "of the total", "of that amount": the figure is part of an earlier figure.
ANAPHORIC_NOUNS = frozenset(
    "total amount figure sum number numbers figures it them which those this that".split()
)

# Words that end the continuation of a subject after its noun phrase.
CONTINUATION_STOPS = frozenset(
    """
    and or but while whereas though although because since according as than compared
    making bringing including amid despite whereby unlike says said say reported according
    nor yet however when
    """.split()
)

# Verbs that take a figure as the new level of something ("raised fines to 70,000 rubles").
CHANGE_VERBS = frozenset(
    """
    increased increase increases increasing raised raise raises raising brought bring brings
    bringing cut cuts cutting reduced reduce reduces reducing lowered lower lowers lifted
    lift lifts set sets capped cap caps hiked hike hikes boosted boost boosts doubled
    tripled pushed push pushes
    """.split()
)

# Frame nouns before "of": "a survey of 1,200 migrants" -> "survey of ... migrants".
FRAME_NOUNS = frozenset("survey poll sample study census group total average".split())

# Share words that make a percent subject read "share of ...".
SHARE_PREFIX = "share of"

# Particles and prepositions between a verb and its figure ("stood at", "brought in").
VERB_PARTICLES = frozenset(
    "at to for by in of up down out from closer close nearer around about some".split()
)
