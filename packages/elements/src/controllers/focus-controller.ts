/**
 * Where focus goes and what the live region says after something the person did: a search
 * (first result, or the Filters button when there is none), "Show more" (the first new result),
 * details (their heading) and back (the card they came from).
 *
 * Focus moves only after the element has rendered what it moves to.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The parts focus can be moved into. */
export interface FocusTargets {
  focusResultAt(index: number): Promise<boolean> | undefined;
  focusProvider(id: string): Promise<unknown> | undefined;
  focusDetailsHeading(): Promise<unknown> | undefined;
  focusFiltersToggle(): void;
}

export class FocusController implements ReactiveController {
  /** What the polite live region says after the last thing the person did ('' for its default wording). */
  announcement = '';
  private pending?: () => Promise<unknown> | unknown;
  /** Set when the control that started a search goes away with it (a chip, did-you-mean, widening). */
  private toResultsAfterSearch = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly targets: FocusTargets,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const focus = this.pending;
    this.pending = undefined;
    void focus?.();
  }

  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** The control the person used will be gone once the search finishes: move focus to the results then. */
  toResultsAfterNextSearch(): void {
    this.toResultsAfterSearch = true;
  }

  /** A search finished: focus the first result (else the Filters button) if its control has gone. */
  searchFinished(): void {
    if (!this.toResultsAfterSearch) return;
    this.toResultsAfterSearch = false;
    this.after(async () => {
      const focused = (await this.targets.focusResultAt(0)) ?? false;
      if (!focused) this.targets.focusFiltersToggle();
    });
  }

  /** After "Show more": the first of the new results. */
  toResultAt(index: number): void {
    this.after(() => this.targets.focusResultAt(index));
  }

  toDetailsHeading(): void {
    this.after(() => this.targets.focusDetailsHeading());
  }

  /** Back from details: the card of the provider whose details were open. */
  toProvider(id: string): void {
    this.after(() => this.targets.focusProvider(id));
  }

  /** Runs `focus` once the host has rendered (after whatever is changing now). */
  after(focus: () => Promise<unknown> | unknown): void {
    this.pending = focus;
    this.host.requestUpdate();
  }
}
