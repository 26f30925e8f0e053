/**
 * Demo entry: registers <micro-provider-finder> and its parts, exactly as a host app would
 * (`npm install @micro-provider-finder/elements`, then one import). Loaded with
 * `<script type="module" src>`, never inline, so the strict-CSP page can use it too.
 */
import '@micro-provider-finder/elements/define';

// For developers trying their own feed: show what the parser skipped (the page itself shows a quiet note).
document.addEventListener('mpf-feed-problems', (event) => {
  console.info('[demo] feed records or fields skipped:', (event as CustomEvent).detail);
});
