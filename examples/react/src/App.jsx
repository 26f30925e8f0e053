/**
 * React 19 sets properties on custom elements (not only string attributes) and listens to their
 * custom events through `on<event-name>` props, so the element needs no wrapper component.
 */
import { useState } from 'react';
// Registers <micro-provider-finder> and its parts (safe to import more than once).
import '@micro-provider-finder/elements/define';

export function App({ feedUrl }) {
  const [summary, setSummary] = useState('No search yet');
  const [chosen, setChosen] = useState('');

  return (
    <main>
      <h1>Find local care and support</h1>
      <micro-provider-finder
        src={feedUrl}
        // A property, not an attribute: React 19 assigns it as el.pageSize = 5.
        pageSize={5}
        onmpf-results={(event) => setSummary(`${event.detail.total} providers match`)}
        onmpf-select={(event) => setChosen(event.detail.providerId)}
      >
        <a href="https://council.example/care">Find local care and support</a>
      </micro-provider-finder>
      <p role="status" data-testid="summary">
        {summary}
        {chosen && `; opened ${chosen}`}
      </p>
    </main>
  );
}
