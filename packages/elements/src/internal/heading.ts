import { html, nothing, type TemplateResult } from 'lit';

/** Heading levels a host may ask for with `heading-level`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps any value to a valid heading level (default 2). */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/**
 * A real `<hN>` at the level the host asked for. We can't know the host page's
 * outline, so the level is configurable (conventions section 8). A switch keeps
 * this free of `unsafeStatic`.
 */
export function heading(level: HeadingLevel, content: unknown, className = '', focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${className} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 class=${className} tabindex=${tabindex}>${content}</h6>`;
  }
}
