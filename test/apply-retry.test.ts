import { expect } from '@open-wc/testing';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from '../src/apply-form/retry.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const half = () => 0.5;

describe('retry policy', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:59:00 GMT', now)).to.equal(0); // already past
    for (const unreadable of [null, undefined, '', 'soon', '-5', '1.5']) expect(parseRetryAfter(unreadable, now), String(unreadable)).to.be.undefined;
  });

  it('retries 409 (an earlier try still in progress), 429, 502, 503 and 504 by itself, and nothing else', () => {
    for (const status of [409, 429, 502, 503, 504]) expect(retryDelay(status, null, 1, DEFAULT_RETRY_POLICY, now, half), String(status)).to.be.a('number');
    expect(retryDelay(409, '1', 1, DEFAULT_RETRY_POLICY, now)).to.equal(1000);
    for (const status of [0, 400, 408, 422, 500, 501]) expect(retryDelay(status, '1', 1, DEFAULT_RETRY_POLICY, now), String(status)).to.be.undefined;
  });

  it('honours Retry-After, capped', () => {
    expect(retryDelay(503, '5', 1, DEFAULT_RETRY_POLICY, now)).to.equal(5000);
    expect(retryDelay(429, 'Wed, 25 Nov 2026 12:00:10 GMT', 3, DEFAULT_RETRY_POLICY, now)).to.equal(10_000);
    expect(retryDelay(429, '3600', 1, DEFAULT_RETRY_POLICY, now)).to.equal(60_000);
    expect(retryDelay(429, '3600', 1, { retries: 5, base: 100, cap: 300 }, now)).to.equal(300);
  });

  it('backs off exponentially with jitter without Retry-After, and gives up after the last try', () => {
    const policy = { retries: 3, base: 1000, cap: 60_000 };
    expect([1, 2, 3].map((attempt) => retryDelay(503, null, attempt, policy, now, half))).to.deep.equal([750, 1500, 3000]);
    expect(retryDelay(503, null, 1, policy, now, () => 0)).to.equal(500);
    expect(retryDelay(503, null, 1, policy, now, () => 0.999999)).to.equal(1000);
    expect(retryDelay(503, null, 4, policy, now, half)).to.be.undefined;
    expect(retryDelay(503, null, 20, { retries: 30, base: 1000, cap: 8000 }, now, half)).to.equal(8000);
  });
});
