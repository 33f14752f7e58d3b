'use client';

import { useActionState } from 'react';
import { checkout, type CheckoutState } from '../lib/checkout';
import { CheckoutSteps } from './CheckoutSteps';

const EMPTY: CheckoutState = {
  step: 'details',
  values: { firstName: '', lastName: '', line1: '', line2: '', city: '', postalCode: '', country: 'US', shippingMethod: 'standard' },
};

export function CheckoutForm() {
  const [state, action, pending] = useActionState(checkout, EMPTY);
  // The key re-mounts the fields with the values the server returned (and the card fields empty).
  return (
    <form action={action} key={`${state.step}-${state.idempotencyKey ?? ''}-${state.error ?? ''}`} className="checkout" noValidate>
      <CheckoutSteps state={state} pending={pending} />
    </form>
  );
}
