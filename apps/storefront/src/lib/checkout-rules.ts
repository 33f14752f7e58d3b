import type { Quote } from '@shop/api-client/types';

/** What the checkout keeps between its steps: the address and the shipping method, never the card. */
export interface ShippingValues {
  firstName: string;
  lastName: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  shippingMethod: 'standard' | 'express';
}

/** The card as typed on the final step: it lives only in the request that charges it. */
export interface CardValues {
  cardNumber: string;
  expMonth: string;
  expYear: string;
  cvc: string;
}

export interface Totals {
  subtotal: number;
  tax: number;
  shipping: number;
  total: number;
  items: { name: string; quantity: number; price: number }[];
}

export const COUNTRIES: [string, string][] = [
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['GB', 'United Kingdom'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['NL', 'Netherlands'],
  ['ES', 'Spain'],
  ['IT', 'Italy'],
  ['AU', 'Australia'],
];

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function validateShipping(v: ShippingValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.firstName) errors['firstName'] = 'Enter the first name.';
  if (!v.lastName) errors['lastName'] = 'Enter the last name.';
  if (!v.line1) errors['line1'] = 'Enter the street address.';
  if (!v.city) errors['city'] = 'Enter the city.';
  if (!/^[A-Za-z0-9 -]{2,12}$/.test(v.postalCode)) errors['postalCode'] = 'Enter a valid postal code.';
  if (!COUNTRIES.some(([code]) => code === v.country)) errors['country'] = 'Choose a country.';
  return errors;
}

export function validateCard(v: CardValues, now = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{12,19}$/.test(v.cardNumber) || !luhn(v.cardNumber)) errors['cardNumber'] = 'Enter a valid card number.';
  const month = Number(v.expMonth);
  const year = Number(v.expYear);
  if (!Number.isInteger(month) || month < 1 || month > 12) errors['expMonth'] = 'Enter a month from 1 to 12.';
  if (!Number.isInteger(year) || year < now.getUTCFullYear() || year > now.getUTCFullYear() + 20) errors['expYear'] = 'Enter a valid year.';
  else if (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1) errors['expMonth'] = 'This card has expired.';
  if (!/^\d{3,4}$/.test(v.cvc)) errors['cvc'] = 'Enter the 3 or 4 digits on the back of the card.';
  return errors;
}

/** The order service's quote, as the review step shows it. */
export function totalsOf(quote: Quote): Totals {
  return {
    subtotal: quote.subtotal,
    tax: quote.taxAmount,
    shipping: quote.shippingAmount,
    total: quote.totalAmount,
    items: quote.items.map((i) => ({ name: i.name, quantity: i.quantity, price: i.price })),
  };
}
