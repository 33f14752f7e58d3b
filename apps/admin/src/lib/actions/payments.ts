'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import type { Payment } from '@shop/api-client/types';
import { api } from '../api';
import { fieldErrorsOf, messageOf } from '../errors';
import { redirectWithFlash } from '../flash';
import { money } from '../format';
import { parseMoney, text, type FormState } from '../form';

export async function refundPayment(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'paymentId');
  const amountText = text(form, 'amount');
  const reason = text(form, 'reason');
  const fieldErrors: Record<string, string> = {};
  const amount = amountText ? parseMoney(amountText) : undefined;
  if (amount === null || amount === 0)
    fieldErrors['amount'] = 'Enter an amount above 0 with at most 2 decimals, or leave it empty to refund the rest.';
  if (!reason) fieldErrors['reason'] = 'Say why the money goes back (the customer may read it).';
  else if (reason.length > 500) fieldErrors['reason'] = 'Up to 500 characters.';
  if (Object.keys(fieldErrors).length) return { message: 'Please correct the highlighted fields.', fieldErrors };
  let payment: Payment;
  try {
    // One key per rendering of the form: a double submit or a retry after a lost answer cannot refund twice.
    const client = await api();
    payment = await client.refundPayment(id, { reason, ...(amount ? { amount } : {}) }, text(form, 'key') || randomUUID());
  } catch (error) {
    return { message: messageOf(error), fieldErrors: fieldErrorsOf(error) };
  }
  revalidatePath('/payments');
  redirectWithFlash(
    `/payments/${id}`,
    `Refunded. ${money(payment.refundedAmount, payment.currency)} of ${money(payment.amount, payment.currency)} is back with the customer.`,
  );
}
