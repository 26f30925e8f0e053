import { expect } from '@open-wc/testing';
import { FIRST_DELAY_MS, MAX_DELAY_MS, afterBackoff, backoffDelayMs } from './retry-backoff.ts';

describe('backoffDelayMs', () => {
  it('is 0 with no failures, then doubles from about a second, capped at five minutes', () => {
    const middle = () => 0.5; // no jitter
    expect(backoffDelayMs(0, middle)).to.equal(0);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, middle))).to.deep.equal([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelayMs(30, middle)).to.equal(MAX_DELAY_MS);
    expect(backoffDelayMs(10_000, middle)).to.equal(MAX_DELAY_MS);
  });

  it('adds at most 10 % jitter either way', () => {
    expect(backoffDelayMs(1, () => 0)).to.equal(FIRST_DELAY_MS * 0.9);
    expect(backoffDelayMs(1, () => 0.999999)).to.be.closeTo(FIRST_DELAY_MS * 1.1, 1);
  });
});

describe('afterBackoff', () => {
  it('loads at once, waits after a failure, and starts fresh after a success', async () => {
    const owner = {};
    const signal = new AbortController().signal;
    let started = performance.now();
    await afterBackoff(owner, 'a', signal, async () => ({ error: 'failed' }));
    expect(performance.now() - started, 'the first load does not wait').to.be.below(200);
    started = performance.now();
    await afterBackoff(owner, 'a', signal, async () => ({}));
    expect(performance.now() - started, 'a load after a failure waits').to.be.at.least(850);
    started = performance.now();
    await afterBackoff(owner, 'a', signal, async () => undefined);
    expect(performance.now() - started, 'a load after a success does not wait').to.be.below(200);
  });

  it('counts a thrown error as a failure, but not the caller aborting', async () => {
    const owner = {};
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    const aborted = await afterBackoff(owner, 'b', controller.signal, () => Promise.reject(new Error('x'))).catch((e: unknown) => e);
    expect((aborted as DOMException).name).to.equal('AbortError');
    const live = new AbortController();
    let started = performance.now();
    await afterBackoff(owner, 'b', live.signal, async () => undefined);
    expect(performance.now() - started, 'an abort is not a failure').to.be.below(200);
    const thrown = await afterBackoff(owner, 'b', live.signal, () => Promise.reject(new Error('boom'))).catch((e: unknown) => e);
    expect((thrown as Error).message).to.equal('boom');
    started = performance.now();
    await afterBackoff(owner, 'b', live.signal, async () => undefined);
    expect(performance.now() - started).to.be.at.least(850);
  });

  it('stops waiting when the signal aborts, and keeps separate counts per owner and address', async () => {
    const owner = {};
    await afterBackoff(owner, 'c', new AbortController().signal, async () => ({ error: 1 }));
    const started = performance.now();
    await afterBackoff({}, 'c', new AbortController().signal, async () => undefined);
    await afterBackoff(owner, 'other', new AbortController().signal, async () => undefined);
    expect(performance.now() - started, 'another owner or address does not wait').to.be.below(200);
    const controller = new AbortController();
    const waiting = afterBackoff(owner, 'c', controller.signal, async () => 'loaded' as unknown as undefined).catch((e: unknown) => e);
    controller.abort(new DOMException('new src', 'AbortError'));
    expect(((await waiting) as DOMException).name).to.equal('AbortError');
  });
});
