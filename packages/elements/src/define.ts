/**
 * Registers every element (side effects). Safe to import more than once, and
 * alongside the CDN bundle: tags already defined are left alone.
 *
 * @example import '@micro-provider-finder/elements/define';
 */
import './components/search-form/search-form.ts';
import './components/status-message/status-message.ts';
import './components/provider-card/provider-card.ts';
import './components/results-list/results-list.ts';
import './components/filters-panel/filters-panel.ts';
import './components/provider-details/provider-details.ts';
import './components/shortlist/shortlist.ts';
import './components/provider-finder/provider-finder.ts';
