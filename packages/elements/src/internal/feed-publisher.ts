/**
 * The one thing the views that show feed text need to know about the feed as a whole: who
 * published it (a way to ask about a provider with no contact details of its own, and where to
 * report a wrong listing) and the language its text is written in (so a Welsh page can mark
 * English feed text for screen readers). The finder makes it from the feed's meta and hands it
 * down as the `publisher` property of the results list, cards, details and shortlist.
 */
import type { FeedMeta } from '@micro-provider-finder/sdk';
import { closestLang } from './lang.ts';

export interface PublisherInfo {
  /** The publisher's name, as the feed gives it. */
  name: string;
  /** The publisher's web address (the SDK keeps only http(s) addresses). */
  url?: string;
  /** The publisher's email address (the SDK keeps only plain addresses). */
  email?: string;
  /** BCP 47 language of the feed's text: the feed's `language`, else "en". */
  language: string;
}

const made = new WeakMap<FeedMeta, PublisherInfo>();

/**
 * The publisher of a feed. The same object for the same meta, so passing it down on every render
 * does not re-render every card.
 */
export function publisherOf(meta: FeedMeta | undefined): PublisherInfo | undefined {
  if (!meta) return undefined;
  let info = made.get(meta);
  if (!info) {
    const { name, url, email } = meta.publisher;
    info = { name, language: meta.language?.trim() || 'en', ...(url ? { url } : {}), ...(email ? { email } : {}) };
    made.set(meta, info);
  }
  return info;
}

const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The `lang` to put on feed text shown inside `element`: the feed's language when it differs from
 * the language the element speaks (an English feed on a Welsh page gives "en"), else undefined
 * (nothing to mark). A feed that does not say is taken to be English.
 */
export function feedTextLang(element: HTMLElement, publisher: PublisherInfo | undefined): string | undefined {
  const feed = publisher?.language || 'en';
  const page = element.lang || closestLang(element);
  return primary(feed) === primary(page) ? undefined : feed;
}
