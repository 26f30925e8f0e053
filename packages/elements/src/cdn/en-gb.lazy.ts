/**
 * CDN build only (swapped in for `en-GB.ts` by vite.config.ts, where locale.ts and index.ts import
 * it): the English table starts with what the first paint needs (the search form and status
 * messages, i18n/en-GB.first-paint.ts). The engine chunk fills in the rest (result views,
 * filters, widening wording) as it loads, before any result can show: see cdn/engine-and-views.ts.
 * npm users import the whole table with the code.
 */
import { enGBFirstPaint } from '../i18n/en-GB.first-paint.ts';
import type { Strings } from '../i18n/strings.ts';

/** The British English table: complete once the engine chunk has run. */
export const enGB = { ...enGBFirstPaint } as Strings;
