/**
 * A card's name: the `<hN>` at the host's level with the button that opens the details, as one
 * template per level. The card used to nest a button template in the shared heading() template:
 * two template instances (and two parts) per card, cloned ten times before the first results.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../internal/heading.ts';

/**
 * `lang`: the feed's language when it differs from the page's (the name is feed text). `onClick` runs
 * with the rendering element as `this` (Lit's event bindings do that).
 */
export function nameHeading(level: HeadingLevel, name: string, lang: string | undefined, onClick: () => void): TemplateResult {
  const l = lang ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class="name">
        <button class="link-button name-button" part="result-name" type="button" lang=${l} @click=${onClick}>${name}</button>
      </h1>`;
    case 2:
      return html`<h2 class="name">
        <button class="link-button name-button" part="result-name" type="button" lang=${l} @click=${onClick}>${name}</button>
      </h2>`;
    case 3:
      return html`<h3 class="name">
        <button class="link-button name-button" part="result-name" type="button" lang=${l} @click=${onClick}>${name}</button>
      </h3>`;
    case 4:
      return html`<h4 class="name">
        <button class="link-button name-button" part="result-name" type="button" lang=${l} @click=${onClick}>${name}</button>
      </h4>`;
    case 5:
      return html`<h5 class="name">
        <button class="link-button name-button" part="result-name" type="button" lang=${l} @click=${onClick}>${name}</button>
      </h5>`;
    default:
      return html`<h6 class="name">
        <button class="link-button name-button" part="result-name" type="button" lang=${l} @click=${onClick}>${name}</button>
      </h6>`;
  }
}
