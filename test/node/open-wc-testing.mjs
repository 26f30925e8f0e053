// Stands in for @open-wc/testing in the SDK's Node run: the SDK tests use only its chai `expect`
// (@open-wc/testing re-exports @esm-bundle/chai, which is chai 4 as an ES module).
export { expect, assert } from '@esm-bundle/chai/esm/chai.js';
