/**
 * Where remote mode's search controller goes once it is loaded. Remote mode is opt-in, so its
 * code is not part of the finder's first paint: it comes with the engine (internal/engine.ts,
 * the lazy chunk every search needs anyway), loaded the first time `mode="remote"` is seen.
 * Until it arrives there is nothing to show; if it cannot be loaded (offline), the finder says so
 * with Try again.
 */
import type { ReactiveController } from 'lit';
import type { MpfErrorDetail } from '../events/mpf-error.ts';
import type { FinderState, SearchOutcome } from '../internal/finder-state.ts';
import { loadEngine } from '../internal/load-engine.ts';
import type { RemoteSearchController, RemoteSearchHost } from './remote-search-controller.ts';

export class RemoteSearchSlot implements ReactiveController {
  /** The controller, once loaded. */
  controller?: RemoteSearchController;
  private failed?: unknown;
  private loading = false;

  constructor(
    private readonly host: RemoteSearchHost,
    /** Called with each finished remote search. */
    private readonly onOutcome: (outcome: SearchOutcome) => void,
    /** Called once the controller is there (e.g. to run the search the page starts with). */
    private readonly onReady: (controller: RemoteSearchController) => void,
  ) {
    host.addController(this);
  }

  /** Each update: remote mode may just have been turned on. */
  hostUpdate(): void {
    this.load();
  }

  /** Starts loading the controller if remote mode is on and it is not there yet. */
  load(): void {
    if (this.host.mode !== 'remote' || this.controller || this.loading) return;
    this.loading = true;
    loadEngine()
      .then(({ RemoteSearchController }) => {
        this.failed = undefined;
        this.controller = new RemoteSearchController(this.host, this.onOutcome);
        this.onReady(this.controller);
      })
      .catch((error: unknown) => {
        this.failed = error;
      })
      .finally(() => {
        this.loading = false;
        this.host.requestUpdate();
      });
  }

  /** The finder's state in remote mode. */
  state(toErrorDetail: (error: unknown) => MpfErrorDetail): FinderState {
    if (this.controller) return this.controller.state(toErrorDetail);
    if (this.failed !== undefined) return { kind: 'feed-error', error: toErrorDetail(this.failed) };
    return { kind: 'no-feed' };
  }

  /** Try again: what failed in the controller, or loading the controller itself. */
  retry(showMoreAgain?: () => unknown): void {
    if (this.controller) this.controller.retry(showMoreAgain);
    else {
      this.failed = undefined;
      this.load();
    }
  }
}
