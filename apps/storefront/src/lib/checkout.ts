'use server';

import { redirect } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import type { Address, ShippingMethod } from '@shop/api-client/types';
import { api } from './api';
import { messageOf } from './errors';
import { getCustomer } from './session';
import { totalsOf, validateCheckout, type CheckoutValues, type Totals } from './checkout-rules';

export interface CheckoutState {
  step: 'details' | 'review';
  values: CheckoutValues;
  fieldErrors?: Record<string, string>;
  /** A declined card or another failure to show in role="alert". */
  error?: string;
  totals?: Totals;
  idempotencyKey?: string;
}

const read = (form: FormData): CheckoutValues => {
  const v = (name: string) => String(form.get(name) ?? '').trim();
  return {
    firstName: v('firstName'),
    lastName: v('lastName'),
    line1: v('line1'),
    line2: v('line2'),
    city: v('city'),
    postalCode: v('postalCode'),
    country: v('country').toUpperCase(),
    shippingMethod: v('shippingMethod') === 'express' ? 'express' : 'standard',
    cardNumber: v('cardNumber').replace(/[\s-]/g, ''),
    expMonth: v('expMonth'),
    expYear: v('expYear'),
    cvc: v('cvc'),
  };
};

const DECLINES: Record<string, string> = {
  card_declined: 'Your card was declined by the bank.',
  insufficient_funds: 'Your card was declined: insufficient funds.',
  expired_card: 'Your card was declined: it has expired.',
  processing_error: 'Your card was declined because of a processing error. Please try again.',
};

function declineMessage(detail: string): string {
  const code = Object.keys(DECLINES).find((c) => detail.includes(c));
  return code ? DECLINES[code]! : `Your card was declined. ${detail}`.trim();
}

export async function checkout(prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  if (!(await getCustomer())) redirect('/login?next=/checkout');
  const values = read(form);
  const intent = form.get('intent');
  if (intent === 'edit') return { step: 'details', values };

  const fieldErrors = validateCheckout(values);
  if (Object.keys(fieldErrors).length) return { step: 'details', values, fieldErrors, error: 'Please correct the highlighted fields.' };

  const client = await api();
  const customer = (await getCustomer())!;
  if (intent === 'review') {
    try {
      const cart = await client.getCart(customer.id);
      if (!cart.items.length) return { step: 'details', values, error: 'Your cart is empty.' };
      // The order service prices the review exactly as it will price the order.
      const quote = await client.quote({ shippingMethod: values.shippingMethod });
      return { step: 'review', values, totals: totalsOf(quote), idempotencyKey: crypto.randomUUID() };
    } catch (error) {
      return { step: 'details', values, error: messageOf(error) };
    }
  }

  const address: Address = {
    firstName: values.firstName,
    lastName: values.lastName,
    line1: values.line1,
    ...(values.line2 ? { line2: values.line2 } : {}),
    city: values.city,
    postalCode: values.postalCode,
    country: values.country,
  };
  let orderId: string;
  try {
    const order = await client.placeOrder(
      {
        shippingAddress: address,
        shippingMethod: values.shippingMethod as ShippingMethod,
        paymentMethod: {
          type: 'card',
          cardNumber: values.cardNumber,
          expMonth: Number(values.expMonth),
          expYear: Number(values.expYear),
          cvc: values.cvc,
          cardholderName: `${values.firstName} ${values.lastName}`,
        },
      },
      String(form.get('idempotencyKey') ?? prev.idempotencyKey ?? crypto.randomUUID()),
    );
    orderId = order.id;
  } catch (error) {
    // A new attempt is a new request: never replay the declined one.
    const base = { step: 'details' as const, values: { ...values, cardNumber: '', cvc: '' } };
    if (isApiError(error) && error.code === 'PAYMENT_DECLINED')
      return { ...base, error: `${declineMessage(error.detail)} Your cart has been kept.` };
    if (isApiError(error) && error.code === 'INSUFFICIENT_STOCK')
      return { ...base, error: 'Some items are no longer in stock in that quantity. Please update your cart.' };
    return { ...base, error: messageOf(error) };
  }
  redirect(`/order/${encodeURIComponent(orderId)}`);
}
