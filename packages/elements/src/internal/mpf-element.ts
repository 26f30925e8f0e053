/**
 * The base of every element in this package: language resolution and
 * re-rendering when the page language or the host's wording changes.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators/property.js';
import { onStringsChange, resolveLocale, stringsReady, type Locale } from '../i18n/locale.ts';
import { closestLang } from './lang.ts';

/** Elements to re-render when `<html lang>` changes (one observer for the page). */
const watchingPageLang = new Set<MpfElement>();
let pageLangObserver: MutationObserver | undefined;

function watchPageLang(element: MpfElement): void {
  watchingPageLang.add(element);
  if (!pageLangObserver && typeof MutationObserver !== 'undefined') {
    pageLangObserver = new MutationObserver(() => watchingPageLang.forEach((el) => el.requestUpdate()));
    pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

export class MpfElement extends LitElement {
  /**
   * Language of the interface (BCP 47, e.g. "cy"). Defaults to the closest
   * `[lang]` around the element, crossing shadow roots, else `<html lang>`, else en-GB.
   */
  @property() override lang = '';

  private stopWatchingStrings?: () => void;

  /** The resolved strings and Intl language for this element, right now. */
  protected get locale(): Locale {
    return resolveLocale(this.lang || closestLang(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLang(this);
    this.stopWatchingStrings = onStringsChange(() => this.requestUpdate());
  }

  /**
   * Waits for a string table that is still loading (the CDN build fetches Welsh on demand)
   * before rendering, so the first render is already in the right language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(this.lang || closestLang(this));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchingPageLang.delete(this);
    this.stopWatchingStrings?.();
  }
}
