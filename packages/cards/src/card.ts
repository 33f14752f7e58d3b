import type { FieldError } from '@shop/errors/errors';

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';

/** A card as the caller sends it. The number and CVC live only as long as the request. */
export interface CardInput {
  cardNumber: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  cardholderName?: string | undefined;
}

/** What is kept of a card: enough to recognise it, never enough to charge it. */
export interface CardDetails {
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
}

export type CardCheck = { ok: true; number: string; details: CardDetails } | { ok: false; errors: FieldError[] };

/** People type card numbers in groups: spaces and dashes between digits are dropped. */
export function normalizeCardNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/** The Luhn (mod 10) checksum every card number carries in its last digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The network, from the number's leading digits (IIN ranges). */
export function cardBrand(digits: string): CardBrand {
  if (digits.startsWith('4')) return 'visa';
  if (/^3[47]/.test(digits)) return 'amex';
  const six = Number(digits.slice(0, 6));
  if (/^5[1-5]/.test(digits) || (six >= 222100 && six <= 272099)) return 'mastercard';
  if (/^(6011|65)/.test(digits)) return 'discover';
  return 'unknown';
}

/** A card is good through the last day of its expiry month (UTC). */
export function isExpired(expMonth: number, expYear: number, now: Date): boolean {
  const year = now.getUTCFullYear();
  return expYear < year || (expYear === year && expMonth < now.getUTCMonth() + 1);
}

/** Checks number length, Luhn and expiry; reports every problem with its path in the request body. */
export function checkCard(input: CardInput, now: Date): CardCheck {
  const number = normalizeCardNumber(input.cardNumber);
  const errors: FieldError[] = [];
  if (!/^\d{12,19}$/.test(number)) {
    errors.push({ path: '/paymentMethod/cardNumber', message: 'must be 12 to 19 digits' });
  } else if (!luhnValid(number)) {
    errors.push({ path: '/paymentMethod/cardNumber', message: 'is not a valid card number (checksum failed)' });
  }
  if (isExpired(input.expMonth, input.expYear, now)) {
    errors.push({ path: '/paymentMethod/expMonth', message: 'the card has expired' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    number,
    details: { brand: cardBrand(number), last4: number.slice(-4), expMonth: input.expMonth, expYear: input.expYear },
  };
}
