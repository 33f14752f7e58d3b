import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/domain/sender.js';

describe('retryDelayMs', () => {
  it('when attempts go on, then the delay doubles from the base up to the cap, within ±25% jitter', () => {
    const exact = (attempt: number) => retryDelayMs(attempt, 1_000, 30_000, () => 0.5);
    expect([1, 2, 3, 4, 5, 6, 7].map(exact)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(retryDelayMs(3, 1_000, 30_000, () => 0)).toBe(3_000);
    expect(retryDelayMs(3, 1_000, 30_000, () => 0.999_999)).toBe(5_000);
  });
});
