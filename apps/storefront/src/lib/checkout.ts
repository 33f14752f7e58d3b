'use server';

import { redirect } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import type { ShippingMethod } from '@shop/api-client/types';
import { api } from './api';
import { messageOf } from './errors';
import { getCustomer } from './session';
import { totalsOf, validateCard, validateShipping, type CardValues, type ShippingValues, type Totals } from './checkout-rules';

/**
 * What the checkout sends back to the page between steps. It never holds the card: the card is
 * typed on the review step and lives only in the request that places the order, so no answer,
 * rendered or returned, can carry it back.
 */
export interface CheckoutState {
  step: 'details' | 'review';
  values: ShippingValues;
  fieldErrors?: Record<string, string>;
  /** A declined card or another failure to show in role="alert". */
  error?: string;
  totals?: Totals;
  idempotencyKey?: string;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

const readShipping = (form: FormData): ShippingValues => ({
  firstName: field(form, 'firstName'),
  lastName: field(form, 'lastName'),
  line1: field(form, 'line1'),
  line2: field(form, 'line2'),
  city: field(form, 'city'),
  postalCode: field(form, 'postalCode'),
  country: field(form, 'country').toUpperCase(),
  shippingMethod: field(form, 'shippingMethod') === 'express' ? 'express' : 'standard',
});

const readCard = (form: FormData): CardValues => ({
  cardNumber: field(form, 'cardNumber').replace(/[\s-]/g, ''),
  expMonth: field(form, 'expMonth'),
  expYear: field(form, 'expYear'),
  cvc: field(form, 'cvc'),
});

const DECLINES: Record<string, string> = {
  card_declined: 'Your card was declined by the bank.',
  insufficient_funds: 'Your card was declined: insufficient funds.',
  expired_card: 'Your card was declined: it has expired.',
  processing_error: 'Your card was declined because of a processing error. Please try again.',
};

/** The payment's own sentence (or ours for a known code), naming the card by its last four digits only. */
function declineMessage(detail: string, card: CardValues): string {
  const code = Object.keys(DECLINES).find((c) => detail.includes(c));
  return `Card ending ${card.cardNumber.slice(-4)}: ${code ? DECLINES[code]! : detail || 'Your card was declined.'}`;
}

/**
 * The review step, priced by the order service exactly as it will price the order, with a fresh
 * idempotency key: each attempt to pay is a new request, never a replay of a declined one.
 */
async function review(values: ShippingValues, outcome: Pick<CheckoutState, 'error' | 'fieldErrors'> = {}): Promise<CheckoutState> {
  try {
    const client = await api();
    const cart = await client.getCart((await getCustomer())!.id);
    if (!cart.items.length) return { step: 'details', values, error: 'Your cart is empty.' };
    const quote = await client.quote({ shippingMethod: values.shippingMethod });
    return { step: 'review', values, totals: totalsOf(quote), idempotencyKey: crypto.randomUUID(), ...outcome };
  } catch (error) {
    return { step: 'details', values, error: messageOf(error) };
  }
}

async function place(values: ShippingValues, card: CardValues, idempotencyKey: string): Promise<CheckoutState> {
  const cardErrors = validateCard(card);
  if (Object.keys(cardErrors).length) return review(values, { fieldErrors: cardErrors, error: 'Please correct the card details.' });
  let orderId: string;
  try {
    const order = await (
      await api()
    ).placeOrder(
      {
        shippingAddress: {
          firstName: values.firstName,
          lastName: values.lastName,
          line1: values.line1,
          ...(values.line2 ? { line2: values.line2 } : {}),
          city: values.city,
          postalCode: values.postalCode,
          country: values.country,
        },
        shippingMethod: values.shippingMethod as ShippingMethod,
        paymentMethod: {
          type: 'card',
          cardNumber: card.cardNumber,
          expMonth: Number(card.expMonth),
          expYear: Number(card.expYear),
          cvc: card.cvc,
          cardholderName: `${values.firstName} ${values.lastName}`,
        },
      },
      idempotencyKey,
    );
    orderId = order.id;
  } catch (error) {
    if (isApiError(error) && error.code === 'PAYMENT_DECLINED')
      return review(values, { error: `${declineMessage(error.detail, card)} Your cart has been kept.` });
    if (isApiError(error) && error.code === 'INSUFFICIENT_STOCK')
      return { step: 'details', values, error: 'Some items are no longer in stock in that quantity. Please update your cart.' };
    return review(values, { error: messageOf(error) });
  }
  redirect(`/order/${encodeURIComponent(orderId)}`);
}

export async function checkout(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  if (!(await getCustomer())) redirect('/login?next=/checkout');
  const values = readShipping(form);
  const intent = form.get('intent');
  if (intent === 'edit') return { step: 'details', values };

  const fieldErrors = validateShipping(values);
  if (Object.keys(fieldErrors).length) return { step: 'details', values, fieldErrors, error: 'Please correct the highlighted fields.' };
  if (intent === 'review') return review(values);
  return place(values, readCard(form), field(form, 'idempotencyKey') || crypto.randomUUID());
}
