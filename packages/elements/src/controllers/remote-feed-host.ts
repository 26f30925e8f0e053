/**
 * In remote mode `src` is an API, not a feed. The parts of the finder that work on a downloaded
 * feed must then leave it alone: the feed controller must not download it (nor start an early
 * request, nor keep a saved copy), and the shortlist is kept for the visit only (not stored per
 * feed address). They are given the element through this view, whose `src` is "" while
 * `mode="remote"`, so they stay idle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ModalHost extends ReactiveControllerHost, EventTarget {
  readonly src: string;
  /** "remote" for remote mode. */
  readonly mode: string;
}

/** `host` as the feed-only controllers see it: its `src`, or "" in remote mode. */
export function feedModeHost(host: ModalHost): ReactiveControllerHost & EventTarget & { readonly src: string } {
  return {
    get src() {
      return host.mode === 'remote' ? '' : host.src;
    },
    addController: (controller: ReactiveController) => host.addController(controller),
    removeController: (controller: ReactiveController) => host.removeController(controller),
    requestUpdate: () => host.requestUpdate(),
    get updateComplete() {
      return host.updateComplete;
    },
    addEventListener: host.addEventListener.bind(host),
    removeEventListener: host.removeEventListener.bind(host),
    dispatchEvent: (event: Event) => host.dispatchEvent(event),
  };
}
