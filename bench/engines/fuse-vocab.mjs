/** Fuse.js with our care vocabulary added (see fuse.mjs, `vocabConfig`). */
import { build as buildFuse, vocabConfig } from './fuse.mjs';

export const config = vocabConfig;
export const build = (providers, ctx) => buildFuse(providers, ctx, { withVocabulary: true });
