/**
 * CDN build only (swapped in for `welsh-table.ts` by vite.config.ts): the Welsh table is a
 * lazily loaded chunk next to the bundle, fetched the first time an element needs Welsh.
 */
import type { Strings } from '../i18n/strings.ts';

/** A loader for the Welsh table. */
export const welshTable: Strings | (() => Promise<Strings>) = () => import('../i18n/cy.ts').then((module) => module.cy);
