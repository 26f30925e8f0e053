/**
 * The shortlist and print views: keeping and dropping providers (stored only in the person's own
 * browser, see ShortlistController), the shortlist view, clearing it, and printing the shortlist
 * or the results (the print view, then the browser's print dialog, then back where the person was).
 */
import type { SearchResult } from '@micro-provider-finder/sdk';
import type { MpfShortlist } from '../components/shortlist/shortlist.component.ts';
import { formatNumber } from '../internal/format.ts';
import { shortlistResults } from '../internal/shortlist-results.ts';
import type { ResultsController, ResultsHost, ResultsSource } from './results-controller.ts';
import { feedModeHost } from './remote-feed-host.ts';
import { ShortlistController } from './shortlist-controller.ts';

export type ListAction = 'clear' | 'print' | 'back';

export class ListsController {
  readonly shortlist: ShortlistController;
  /** What the print view shows (the shortlist or the results), and the view to go back to. */
  printing?: { results: SearchResult[]; from: 'results' | 'shortlist' };

  constructor(
    private readonly host: ResultsHost,
    private readonly results: ResultsController,
    private readonly source: Pick<ResultsSource, 'feed' | 'locale' | 'print'>,
  ) {
    this.shortlist = new ShortlistController(feedModeHost(host)); // remote mode: kept for the visit only
  }

  /** The shortlisted providers as results (with the distance of the current search when they are in it). */
  shortlistResults(): SearchResult[] {
    return shortlistResults(
      this.shortlist.ids,
      this.results.searching.shown,
      this.source.feed()?.providers ?? this.results.remote.seenProviders,
    );
  }

  /** "Add to shortlist" / "Remove from shortlist" on a card or the details; the live region says the count. */
  toggle(providerId: string, on: boolean): void {
    this.shortlist.toggle(providerId, on);
    const locale = this.source.locale();
    const count = formatNumber(locale, this.shortlist.ids.length);
    this.results.focusing.announce(on ? locale.strings.shortlistAdded(count) : locale.strings.shortlistRemoved(count));
  }

  /** A shared link's ids join the person's list, which opens (in remote mode once the API has sent them). */
  openShared(ids: readonly string[]): void {
    this.shortlist.addAll(ids);
    if (this.results.remoteMode) this.results.remote.loadShared(this.shortlist.ids, () => this.openShortlist());
    else this.openShortlist();
  }

  openShortlist(): void {
    this.results.show('shortlist');
    this.results.focusing.after(() => this.host.renderRoot.querySelector<MpfShortlist>('mpf-shortlist')?.focusHeading());
  }

  /** Shows the print view of `results`, then opens the print dialog once every provider is drawn. */
  print(results: SearchResult[], from: 'results' | 'shortlist'): void {
    this.printing = { results, from };
    this.results.show('print');
    this.results.focusing.after(async () => {
      const details = this.host.renderRoot.querySelectorAll('mpf-provider-details');
      await Promise.all([...details].map((d) => d.updateComplete));
      this.source.print();
    });
  }

  /** Back from the print view, to the view it was opened from. */
  printBack(): void {
    if (this.printing?.from === 'shortlist') this.openShortlist();
    else this.results.show('results');
  }

  /** Clear, Print or Back on the shortlist view. */
  act(action: ListAction): void {
    if (action === 'print') this.print(this.shortlistResults(), 'shortlist');
    else if (action === 'clear') {
      this.shortlist.clear();
      this.results.focusing.announce(this.source.locale().strings.shortlistRemoved('0'));
    } else this.results.show('results');
  }
}
