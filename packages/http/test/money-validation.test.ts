import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidatorCompiler } from '@shop/http/validation';

// The platform's money schema: major units, at most 2 decimals, up to a million.
const Money = { type: 'number', minimum: 0, maximum: 1_000_000, multipleOf: 0.01 };
const validate = createValidatorCompiler()({ schema: Money, httpPart: 'body', method: 'POST', url: '/money' }) as (data: unknown) => {
  error?: Error;
};
const accepted = (amount: number) => validate(amount).error === undefined;

describe('money in a request body (multipleOf 0.01)', () => {
  it('when an amount has at most 2 decimals, then it is accepted, however large (948747.69 was refused)', () => {
    expect(accepted(948747.69)).toBe(true);
    expect(accepted(19.99)).toBe(true);
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => accepted(cents / 100)));
  });

  it('when an amount has a third decimal, then it is refused', () => {
    expect(accepted(19.999)).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }).filter((mills) => mills % 10 !== 0),
        (mills) => !accepted(mills / 1000),
      ),
    );
  });
});
