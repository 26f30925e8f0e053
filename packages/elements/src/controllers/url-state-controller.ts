/**
 * Opt-in (`url-state`): keeps the finder's search in the page address (see internal/url-state.ts)
 * and follows the browser's Back and Forward. Off, it never reads or writes the address.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeUrlState, encodeUrlState, hasUrlState, type UrlState } from '../internal/url-state.ts';

export interface UrlStateHost extends ReactiveControllerHost {
  readonly urlState: boolean;
}

export class UrlStateController implements ReactiveController {
  /** True while applying Back/Forward, so that applying does not record a new entry. */
  private applying = false;

  constructor(
    private readonly host: UrlStateHost,
    /** Called with the address's state on Back / Forward. */
    private readonly onNavigate: (state: UrlState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** The state the page was opened with, when on and there is one. */
  initial(): UrlState | undefined {
    if (!this.host.urlState) return undefined;
    const state = decodeUrlState(window.location.href);
    return hasUrlState(state) ? state : undefined;
  }

  /** Records the finder's state as a new history entry (not while applying Back/Forward, not when unchanged). */
  record(state: UrlState): void {
    if (!this.host.urlState || this.applying) return;
    const next = encodeUrlState(window.location.href, state);
    if (next !== window.location.href) window.history.pushState(window.history.state, '', next);
  }

  private readonly handlePopState = () => {
    if (!this.host.urlState) return;
    this.applying = true;
    try {
      this.onNavigate(decodeUrlState(window.location.href));
    } finally {
      // Searches started by Back finish later: keep quiet until the host has rendered them.
      void this.host.updateComplete.then(() => (this.applying = false));
    }
  };
}
