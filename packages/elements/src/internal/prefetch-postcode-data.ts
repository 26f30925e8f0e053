/**
 * Starts downloading the postcode district table early, so a postcode search does not wait for it
 * after the feed: at once when the element already has a postcode (a `postcode` attribute runs a
 * search as soon as the feed is in), otherwise when the person starts typing in a postcode field.
 * In the CDN build the table is its own chunk (about 22 kB gzip, packed), requested beside the engine chunk;
 * this only asks for it sooner.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadEngine } from './load-engine.ts';
import { startOutcodeDataDownload } from './outcode-data-download.ts';

function prefetch(): void {
  // The data itself now, beside the engine (CDN build), and the table parsed as soon as the engine
  // is here, while the feed is still arriving. A failure is reported (and retried) by the search
  // that needs the table.
  startOutcodeDataDownload();
  loadEngine()
    .then((engine) => engine.loadOutcodeTable())
    .catch(() => undefined);
}

/**
 * Prefetches now when `hasPostcode`, or on the first `input` event from a postcode field inside
 * `host` (input events are composed, so they reach the host from nested shadow roots).
 * Returns a function that removes the listener.
 */
export function prefetchPostcodeData(host: HTMLElement, hasPostcode: boolean): () => void {
  if (hasPostcode) {
    prefetch();
    return () => undefined;
  }
  const onInput = (event: Event) => {
    const field = event.composedPath()[0];
    if (!(field instanceof HTMLInputElement) || field.autocomplete !== 'postal-code' || field.value.trim() === '') return;
    host.removeEventListener('input', onInput);
    prefetch();
  };
  host.addEventListener('input', onInput);
  return () => host.removeEventListener('input', onInput);
}

/** The finder's hook for {@link prefetchPostcodeData}: starts on connect, stops listening on disconnect. */
export class PostcodePrefetchController implements ReactiveController {
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { postcode?: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = prefetchPostcodeData(this.host, Boolean(this.host.postcode));
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
