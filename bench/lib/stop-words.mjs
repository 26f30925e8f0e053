/**
 * A generic English stop-word list (the common NLTK list, lightly trimmed), for
 * peers whose docs say to remove stop words (MiniSearch's README, "Term
 * processing"). Deliberately NOT our SDK's lists: those include care-specific
 * words ("help", "mum", "someone") and belong to "our vocabulary", which the
 * `+vocab` configurations add separately.
 */
export const ENGLISH_STOP_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is are
was were be been being have has had having do does did doing a an the and but if or because as until while
of at by for with about against between into through during before after above below to from up down in out
on off over under again further then once here there when where why how all any both each few more most other
some such no nor not only own same so than too very s t can will just don should now d ll m o re ve y`.split(/\s+/),
);
