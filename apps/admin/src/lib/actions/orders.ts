'use server';

import { revalidatePath } from 'next/cache';
import type { Order } from '@shop/api-client/types';
import { api } from '../api';
import { fieldErrorsOf, messageOf } from '../errors';
import { redirectWithFlash } from '../flash';
import { text, type FormState } from '../form';

export async function shipOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'orderId');
  const trackingNumber = text(form, 'trackingNumber');
  const carrier = text(form, 'carrier');
  const fieldErrors: Record<string, string> = {};
  if (!trackingNumber || trackingNumber.length > 100) fieldErrors['trackingNumber'] = 'Enter the tracking number (up to 100 characters).';
  if (!carrier || carrier.length > 50) fieldErrors['carrier'] = 'Enter the carrier (up to 50 characters).';
  if (Object.keys(fieldErrors).length) return { message: 'Please correct the highlighted fields.', fieldErrors };
  let order: Order;
  try {
    order = await (await api()).shipOrder(id, { trackingNumber, carrier });
  } catch (error) {
    return { message: messageOf(error), fieldErrors: fieldErrorsOf(error) };
  }
  revalidatePath('/orders');
  redirectWithFlash(`/orders/${id}`, `Order ${order.orderNumber} is shipped with ${carrier}, tracking ${trackingNumber}.`);
}

export async function deliverOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'orderId');
  let order: Order;
  try {
    order = await (await api()).deliverOrder(id);
  } catch (error) {
    return { message: messageOf(error) };
  }
  revalidatePath('/orders');
  redirectWithFlash(`/orders/${id}`, `Order ${order.orderNumber} is marked delivered.`);
}

export async function cancelOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'orderId');
  const reason = text(form, 'reason');
  if (reason.length > 500) return { message: 'Please correct the highlighted fields.', fieldErrors: { reason: 'Up to 500 characters.' } };
  let order: Order;
  try {
    order = await (await api()).cancelOrder(id, reason || undefined);
  } catch (error) {
    return { message: messageOf(error) };
  }
  revalidatePath('/orders');
  const refunded = order.paymentStatus === 'refunded' ? ' and its payment refunded' : '';
  redirectWithFlash(`/orders/${id}`, `Order ${order.orderNumber} is cancelled${refunded}.`);
}
