/**
 * The filter names, in a fixed order (bit i of a fail mask in facets.ts is filter i). On their own
 * so the element's first paint can use them without the facet counting code.
 */
export const FACET_NAMES = ['support', 'whoFor', 'delivery', 'payment', 'languages', 'openOn', 'free', 'takingNewClients'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
