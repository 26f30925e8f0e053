/**
 * What a failed feed load says (the status line, the saved-copy note). Its own module because the
 * first paint needs it (an engine that cannot load is reported this way) and the rest of the
 * finder's wording (finder-wording.ts) can wait for the engine.
 */
import type { MpfErrorDetail } from '../events/mpf-error.ts';
import type { Locale } from '../i18n/locale.ts';
import { plural } from './format.ts';

/** The plain-words message for a failed load: offline, "try again in N minutes", or by kind. */
export function feedErrorText(locale: Locale, error: MpfErrorDetail): string {
  if (error.offline) return locale.strings.feedOffline;
  const wait = error.retryAfterSeconds;
  // Beyond a couple of hours "later" is as useful as a number.
  if (wait !== undefined && wait <= 2 * 60 * 60) return plural(locale, locale.strings.retryInMinutes, Math.max(1, Math.ceil(wait / 60)));
  return locale.strings.feedErrors[error.kind];
}
