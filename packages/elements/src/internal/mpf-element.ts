/**
 * The base of every element in this package: language resolution and
 * re-rendering when the page language or the host's wording changes.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { onStringsChange, resolveLocale, type Locale } from '../i18n/locale.ts';
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchingPageLang.delete(this);
    this.stopWatchingStrings?.();
  }
}
