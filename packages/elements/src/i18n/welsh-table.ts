/**
 * How the Welsh table ships: in the npm package it is imported with the code, so
 * `resolveLocale('cy')` is Welsh straight away. The CDN build swaps this module for
 * `cdn/welsh-table.lazy.ts` (see vite.config.ts), which loads the table as a separate chunk
 * only on pages that ask for Welsh.
 */
import { cy } from './cy.ts';
import type { Strings } from './strings.ts';

/** The Welsh table, or a loader for it. */
export const welshTable: Strings | (() => Promise<Strings>) = cy;
