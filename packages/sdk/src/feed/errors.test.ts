import { expect } from '@open-wc/testing';
import { FeedError, isFeedError } from './errors.ts';

describe('FeedError', () => {
  it('carries kind, status, url and retryAfterSeconds', () => {
    const error = new FeedError('http', 'the feed address answered HTTP 503', {
      url: '/feeds/x.json',
      status: 503,
      retryAfterSeconds: 120,
    });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('FeedError');
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.retryAfterSeconds).to.equal(120);
    expect(error.url).to.equal('/feeds/x.json');
    expect(error.message).to.equal('the feed address answered HTTP 503');
  });

  it('isFeedError recognises FeedErrors, including look-alikes from another bundle copy', () => {
    expect(isFeedError(new FeedError('network', 'offline'))).to.equal(true);
    expect(isFeedError(Object.assign(new Error('x'), { name: 'FeedError', kind: 'timeout' }))).to.equal(true);
    expect(isFeedError(new Error('x'))).to.equal(false);
    expect(isFeedError(new DOMException('aborted', 'AbortError'))).to.equal(false);
    expect(isFeedError(null)).to.equal(false);
    expect(isFeedError('FeedError')).to.equal(false);
  });
});
