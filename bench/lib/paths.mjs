/** Well-known paths of the repository, for every bench module. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** bench/ */
export const BENCH = join(ROOT, 'bench');
/** bench/tmp: git-ignored scratch space for bundles and generated feeds. */
export const TMP = join(BENCH, 'tmp');
/** The sample-feed generator module (BENCH_GENERATOR overrides it, for trying another generator). */
export const GENERATOR = process.env.BENCH_GENERATOR ?? join(ROOT, 'scripts/sample/generate.mjs');
