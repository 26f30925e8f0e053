/**
 * In remote mode `src` is an API, not a feed: the feed controller must not download it (nor
 * start an early request, nor keep a saved copy). This gives the feed controller its element
 * with `src` empty while `mode="remote"`, so it stays idle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ModalFeedHost extends ReactiveControllerHost, EventTarget {
  readonly src: string;
  readonly remote: boolean;
}

/** `host`, seen by the feed controller: its `src`, or "" in remote mode. */
export function feedHostOf<H extends ModalFeedHost>(host: H): ReactiveControllerHost & EventTarget & { readonly src: string } {
  return {
    get src() {
      return host.remote ? '' : host.src;
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
