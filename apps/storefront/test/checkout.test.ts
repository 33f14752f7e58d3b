import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { cookieJar, tokenWith } from '@shop/next-host/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const customer = tokenWith({ sub: 'u-1', email: 'ada@example.com', role: 'customer', exp: Math.floor(Date.now() / 1000) + 900 });
vi.mock('next/headers', () => ({
  cookies: async () => cookieJar({ sf_access: customer }),
  headers: async () => new Headers({ host: 'localhost:3000' }),
}));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { checkout } = await import('../src/lib/checkout.js');
const { CheckoutSteps } = await import('../src/components/CheckoutSteps.js');
type CheckoutState = Awaited<ReturnType<typeof checkout>>;

// Not one of the test cards the page lists, so finding it in the page means it was rendered back.
const DECLINED = '4000056655665556';
const CVC = '7391';

/** The gateway's cart, quote and order routes; every card but 4242424242424242 is declined. */
let gateway: Server;
const placed: { cardNumber?: string; cvc?: string }[] = [];
beforeAll(async () => {
  gateway = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const json = (status: number, value: object) => {
        response.writeHead(status, { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' });
        response.end(JSON.stringify(value));
      };
      if (request.url === '/api/v1/cart/u-1') return json(200, { id: 'u-1', items: [{ productId: 'p-1', quantity: 1 }] });
      if (request.url === '/api/v1/orders/quote')
        return json(200, {
          subtotal: 40,
          taxAmount: 4,
          shippingAmount: 5.99,
          totalAmount: 49.99,
          items: [{ name: 'Lamp', quantity: 1, price: 40 }],
        });
      if (request.url === '/api/v1/orders') {
        const { paymentMethod } = JSON.parse(body) as { paymentMethod: { cardNumber?: string; cvc?: string } };
        placed.push(paymentMethod);
        if (paymentMethod.cardNumber !== '4242424242424242')
          return json(402, { status: 402, code: 'PAYMENT_DECLINED', detail: 'card_declined' });
        return json(201, { id: 'o-1' });
      }
      json(404, { status: 404, code: 'NOT_FOUND' });
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  process.env['GATEWAY_URL'] = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Analytical Way', city: 'London', postalCode: '12345', country: 'GB' };
const card = { cardNumber: DECLINED, expMonth: '12', expYear: String(new Date().getFullYear() + 2), cvc: CVC };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const EMPTY: CheckoutState = { step: 'details', values: { ...address, line2: '', shippingMethod: 'standard' } };
const rendered = (state: CheckoutState) => renderToStaticMarkup(createElement(CheckoutSteps, { state, pending: false }));

/** Neither the card number nor the CVC, anywhere in what the action returns or the page renders. */
function expectNoCard(state: CheckoutState) {
  for (const text of [JSON.stringify(state), rendered(state)]) {
    expect(text).not.toContain(card.cardNumber);
    expect(text).not.toMatch(new RegExp(`"${CVC}"|value="${CVC}"`));
  }
}

describe('checkout: the card lives only in the request that charges it', () => {
  it('when the shopper asks for the review (even with card fields filled in), then neither the state nor the review page holds the card', async () => {
    const state = await checkout(EMPTY, form({ ...address, ...card, shippingMethod: 'express', intent: 'review' }));
    expect(state.step).toBe('review');
    expectNoCard(state);
    const html = rendered(state);
    expect(html).toContain('Review your order');
    // The card is typed here, on the step that places the order.
    expect(html).toMatch(/<input[^>]*name="cardNumber"(?![^>]*value=)[^>]*>/);
  });

  it('when the card is declined, then the order request carried it, and the answer names it by its last four digits only', async () => {
    const review = await checkout(EMPTY, form({ ...address, intent: 'review' }));
    const state = await checkout(review, form({ ...address, ...card, idempotencyKey: review.idempotencyKey!, intent: 'place' }));
    expect(placed.at(-1)).toMatchObject({ cardNumber: DECLINED, cvc: CVC });
    expect(state.step).toBe('review');
    expect(state.error).toMatch(/^Card ending 5556: Your card was declined by the bank\. Your cart has been kept\.$/);
    expect(state.idempotencyKey).not.toBe(review.idempotencyKey);
    expectNoCard(state);
  });

  it('when the card details are invalid, then the review comes back with the errors and the card fields empty', async () => {
    const review = await checkout(EMPTY, form({ ...address, intent: 'review' }));
    const before = placed.length;
    const state = await checkout(review, form({ ...address, ...card, cardNumber: '4000056655665557', intent: 'place' }));
    expect(placed.length).toBe(before);
    expect(state).toMatchObject({ step: 'review', fieldErrors: { cardNumber: 'Enter a valid card number.' } });
    expect(JSON.stringify(state)).not.toContain('4000056655665557');
    expect(rendered(state)).not.toContain('4000056655665557');
    expectNoCard(state);
  });

  it('when the card is accepted, then the shopper goes to the order', async () => {
    await expect(checkout(EMPTY, form({ ...address, ...card, cardNumber: '4242424242424242', intent: 'place' }))).rejects.toThrow(
      /^redirect \/order\/o-1$/,
    );
  });
});
