/**
 * @micro-provider-finder/elements: element classes, events, strings and
 * presets. Importing this defines nothing; import `./define` (or the CDN
 * bundle) to register the tags, or define the classes under your own names.
 */
export { MicroProviderFinder } from './components/provider-finder/provider-finder.component.ts';
export { MpfSearchForm } from './components/search-form/search-form.component.ts';
export { MpfResultsList } from './components/results-list/results-list.component.ts';
export { MpfProviderCard } from './components/provider-card/provider-card.component.ts';
export { MpfProviderDetails } from './components/provider-details/provider-details.component.ts';
export { MpfFiltersPanel } from './components/filters-panel/filters-panel.component.ts';
export { MpfStatusMessage } from './components/status-message/status-message.component.ts';
export type { StatusVariant } from './components/status-message/status-message.component.ts';
export type { PublisherInfo } from './internal/feed-publisher.ts';

export * from './events/events.ts';

export { setStrings, resolveLocale } from './i18n/locale.ts';
export type { Locale } from './i18n/locale.ts';
export type { Strings, StringsOverride, PluralForms, FeedErrorKey, PostcodeErrorKey } from './i18n/strings.ts';
export { enGB } from './i18n/en-GB.ts';
export { cy } from './i18n/cy.ts';

export { govukPresetCss, nhsPresetCss, applyPreset } from './styles/presets.ts';
export { defineElement } from './internal/define.ts';
