/** Every event our elements dispatch. Public ones bubble and are composed. */
export * from './mpf-search.ts';
export * from './mpf-results.ts';
export * from './mpf-select.ts';
export * from './mpf-error.ts';
export * from './mpf-feed-problems.ts';
export * from './internal.ts';
