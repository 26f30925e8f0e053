// Stands in for msw/browser in the SDK's Node run: the same handlers, intercepted in Node by
// msw/node's setupServer instead of a service worker. Only absolute URLs can be fetched in Node.
import { setupServer } from 'msw/node';

export function setupWorker(...handlers) {
  const server = setupServer(...handlers);
  return {
    start: async ({ onUnhandledRequest } = {}) => server.listen({ onUnhandledRequest }),
    stop: () => server.close(),
    use: (...more) => server.use(...more),
    resetHandlers: (...next) => server.resetHandlers(...next),
    restoreHandlers: () => server.restoreHandlers(),
    listHandlers: () => server.listHandlers(),
    events: server.events,
  };
}
