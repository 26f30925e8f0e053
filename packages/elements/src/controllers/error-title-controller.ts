/**
 * GOV.UK pattern: while the page shows an error, its title starts with "Error: ", so a screen
 * reader user hears it first and the browser tab shows it. Only a prefix this controller added is
 * ever taken away again (a host title that already says "Error:" is left alone).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ErrorTitleHost extends ReactiveControllerHost {
  /** The prefix in the interface language, e.g. "Error: ", or undefined when there is no error now. */
  errorTitlePrefix(): string | undefined;
}

export class ErrorTitleController implements ReactiveController {
  private added?: string;

  constructor(
    private readonly host: ErrorTitleHost,
    private readonly doc: Document = document,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const prefix = this.host.errorTitlePrefix();
    if (prefix === this.added) return;
    this.remove();
    if (prefix && !this.doc.title.startsWith(prefix)) {
      this.doc.title = prefix + this.doc.title;
      this.added = prefix;
    }
  }

  hostDisconnected(): void {
    this.remove();
  }

  private remove(): void {
    if (this.added && this.doc.title.startsWith(this.added)) this.doc.title = this.doc.title.slice(this.added.length);
    this.added = undefined;
  }
}
