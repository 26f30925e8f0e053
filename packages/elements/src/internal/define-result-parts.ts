/**
 * CDN build: registers the parts that only ever show data (results list and cards, details,
 * filters panel). cdn.ts loads this as a lazy chunk with the engine, since the finder renders
 * none of them before it has a feed. (The npm `define` entry registers them with the rest.)
 */
import '../components/results-list/results-list.ts';
import '../components/provider-details/provider-details.ts';
import '../components/filters-panel/filters-panel.ts';
