import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardBrand, checkCard, isExpired, luhnValid, normalizeCardNumber } from '../src/card.js';

/** Appends the Luhn check digit to a body of digits. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
const validNumber = digits(11, 18).map(withCheckDigit);

describe('card rules', () => {
  it('when a number carries its check digit, then it passes Luhn; changing any one digit makes it fail', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(), fc.integer({ min: 1, max: 9 }), (number, at, delta) => {
        expect(luhnValid(number)).toBe(true);
        const i = at % number.length;
        const changed = `${number.slice(0, i)}${(Number(number[i]) + delta) % 10}${number.slice(i + 1)}`;
        expect(luhnValid(changed)).toBe(false);
      }),
    );
  });

  it('when two adjacent different digits are swapped (except 0/9), then Luhn catches it', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(), (number, at) => {
        const i = at % (number.length - 1);
        const [a, b] = [number[i]!, number[i + 1]!];
        fc.pre(a !== b && !['09', '90'].includes(a + b));
        expect(luhnValid(`${number.slice(0, i)}${b}${a}${number.slice(i + 2)}`)).toBe(false);
      }),
    );
  });

  it("when the test cards are checked, then they pass and their brands are the networks'", () => {
    expect(cardBrand('4242424242424242')).toBe('visa');
    expect(cardBrand('5555555555554444')).toBe('mastercard');
    expect(cardBrand('2221000000000009')).toBe('mastercard');
    expect(cardBrand('2720990000000007')).toBe('mastercard');
    expect(cardBrand('2721000000000004')).toBe('unknown');
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('341111111111111')).toBe('amex');
    expect(cardBrand('6011111111111117')).toBe('discover');
    expect(cardBrand('6500000000000002')).toBe('discover');
    expect(cardBrand('5000000000000009')).toBe('unknown');
    for (const n of [
      '4242424242424242',
      '5555555555554444',
      '4000000000000002',
      '4000000000009995',
      '4000000000000069',
      '4000000000000119',
    ])
      expect(luhnValid(n)).toBe(true);
  });

  it('when a number has spaces or dashes between groups, then they are dropped; letters are never digits', () => {
    expect(normalizeCardNumber('4242 4242-4242 4242')).toBe('4242424242424242');
    expect(luhnValid('4242a42424242424')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('when a card expires this month, then it is still good; from the first day of the next month it has expired', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2001, max: 2098 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 27 }),
        (year, month, day) => {
          const inMonth = new Date(Date.UTC(year, month - 1, 1 + day, 23, 59));
          expect(isExpired(month, year, inMonth)).toBe(false);
          expect(isExpired(month, year, new Date(Date.UTC(year, month, 1)))).toBe(true);
          expect(isExpired(month, year, new Date(Date.UTC(year, month - 2, 28)))).toBe(false);
        },
      ),
    );
  });

  it('when a card is checked, then only brand, last 4 and expiry are kept; every problem is reported with its path', () => {
    const now = new Date('2026-05-15T00:00:00Z');
    expect(checkCard({ cardNumber: '4242 4242 4242 4242', expMonth: 5, expYear: 2026, cvc: '123' }, now)).toEqual({
      ok: true,
      number: '4242424242424242',
      details: { brand: 'visa', last4: '4242', expMonth: 5, expYear: 2026 },
    });
    const bad = checkCard({ cardNumber: '4242424242424241', expMonth: 4, expYear: 2026, cvc: '123' }, now);
    expect(bad).toEqual({
      ok: false,
      errors: [
        { path: '/paymentMethod/cardNumber', message: expect.stringContaining('checksum') },
        { path: '/paymentMethod/expMonth', message: 'the card has expired' },
      ],
    });
    fc.assert(
      fc.property(digits(1, 11).map(withCheckDigit), (short) => {
        fc.pre(short.length < 12);
        expect(checkCard({ cardNumber: short, expMonth: 1, expYear: 2030, cvc: '123' }, now).ok).toBe(false);
      }),
    );
  });
});
