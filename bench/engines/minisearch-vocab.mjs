/** MiniSearch with our care vocabulary added (see minisearch.mjs, `vocabConfig`). */
import { build as buildMiniSearch, vocabConfig } from './minisearch.mjs';

export const config = vocabConfig;
export const build = (providers, ctx) => buildMiniSearch(providers, ctx, { withVocabulary: true });
