/**
 * Classic-script (IIFE) build only, swapped in for packages/sdk/src/geo/outcodes-data.ts where
 * geo/from-coordinates.ts imports it (see vite.config.ts): the postcode district table as text,
 * unpacked from the packed table the IIFE already holds, instead of a second copy of the table in
 * that one file (about 21 kB gzip more before anything runs). It runs only when "use my location"
 * first needs it. The ES module build keeps the text as its own lazy chunk: there, a static import of
 * the packed table from a second lazy chunk would split it into a chunk behind two facades.
 */
import { PACKED_OUTCODES } from '../../../sdk/src/geo/outcodes-data-packed.ts';
import { unpackOutcodes } from '../../../sdk/src/geo/outcodes-data-unpack.ts';

/** "OUTCODE,lat,lng[,town]" records joined by ";", as outcodes-data.ts has them. */
export const OUTCODES = unpackOutcodes(PACKED_OUTCODES).outcodes;
