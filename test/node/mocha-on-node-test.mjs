/**
 * Mocha's globals (describe, it, before, after, beforeEach, afterEach) on Node's own test runner, so
 * the SDK's test files run unchanged under `node --test` (esbuild injects these where a test file
 * uses the names; see run-sdk-tests.mjs). `this.timeout()` is accepted and ignored: Node's runner has
 * no default per-test timeout. `it(name, function (done) {...})` gets a done callback, as in mocha.
 */
import * as nodeTest from 'node:test';
import './test-server-fetch.mjs';

/**
 * Tests that need a browser API Node 20 lacks, by title, with the reason. They run in Chromium
 * (web-test-runner) and are reported as skipped here.
 */
const BROWSER_ONLY = new Map([
  ['works with real localStorage', 'Node 20 has no localStorage'],
  ['fits a generated 10,000-provider feed in real localStorage, and reads it back', 'Node 20 has no localStorage'],
  ['fetches the data as its own module, only when first called', 'counts the network request for the data module, which only a page makes'],
]);

const mochaContext = (t) => ({ timeout() {}, slow() {}, retries() {}, skip: () => t?.skip() });

/** A mocha-style callback as a node:test one (done-style when it declares a parameter). */
function adapt(fn) {
  if (!fn) return undefined;
  if (fn.length > 0) {
    return (t) => new Promise((resolve, reject) => fn.call(mochaContext(t), (error) => (error ? reject(error) : resolve())));
  }
  return (t) => fn.call(mochaContext(t));
}

function test(define) {
  return (title, fn) => {
    const reason = BROWSER_ONLY.get(title);
    return reason ? nodeTest.it(title, { skip: `browser only: ${reason}` }, () => {}) : define(title, adapt(fn));
  };
}

export const it = Object.assign(test(nodeTest.it), { only: test(nodeTest.it.only), skip: test(nodeTest.it.skip) });
export const specify = it;
const suite = (define) => (title, fn) => define(title, () => fn.call(mochaContext()));
export const describe = Object.assign(suite(nodeTest.describe), {
  only: suite(nodeTest.describe.only),
  skip: suite(nodeTest.describe.skip),
});
export const context = describe;
export const before = (fn) => nodeTest.before(adapt(fn));
export const after = (fn) => nodeTest.after(adapt(fn));
export const beforeEach = (fn) => nodeTest.beforeEach(adapt(fn));
export const afterEach = (fn) => nodeTest.afterEach(adapt(fn));
