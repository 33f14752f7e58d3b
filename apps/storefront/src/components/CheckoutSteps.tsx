import type { CheckoutState } from '../lib/checkout';
import { COUNTRIES } from '../lib/checkout-rules';
import { money } from '../lib/format';
import { Field } from './Field';

/**
 * The checkout's two steps: the address and shipping method, then the review, where the card is
 * typed and the order placed in one request. The card fields never get a value from the server,
 * so no answer renders a card back; a failed attempt shows them empty again.
 */
export function CheckoutSteps({ state, pending }: { state: CheckoutState; pending: boolean }) {
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const review = state.step === 'review';
  return (
    <>
      {state.error ? (
        <p role="alert" className="error">
          {state.error}
        </p>
      ) : null}
      <fieldset disabled={review} className={review ? 'readonly' : undefined}>
        <legend>Shipping address</legend>
        <div className="row">
          <Field label="First name" name="firstName" defaultValue={v.firstName} error={e['firstName']} autoComplete="given-name" required />
          <Field label="Last name" name="lastName" defaultValue={v.lastName} error={e['lastName']} autoComplete="family-name" required />
        </div>
        <Field label="Address" name="line1" defaultValue={v.line1} error={e['line1']} autoComplete="address-line1" required />
        <Field label="Apartment, suite (optional)" name="line2" defaultValue={v.line2} autoComplete="address-line2" />
        <div className="row">
          <Field label="City" name="city" defaultValue={v.city} error={e['city']} autoComplete="address-level2" required />
          <Field
            label="Postal code"
            name="postalCode"
            defaultValue={v.postalCode}
            error={e['postalCode']}
            autoComplete="postal-code"
            required
          />
          <div className="field">
            <label htmlFor="f-country">Country</label>
            <select id="f-country" name="country" defaultValue={v.country} autoComplete="country">
              {COUNTRIES.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
            {e['country'] ? <span className="field-error">{e['country']}</span> : null}
          </div>
        </div>
      </fieldset>
      <fieldset disabled={review} className={review ? 'readonly' : undefined}>
        <legend>Shipping method</legend>
        <div className="check">
          <input type="radio" id="ship-standard" name="shippingMethod" value="standard" defaultChecked={v.shippingMethod !== 'express'} />
          <label htmlFor="ship-standard">Standard</label>
          <span className="muted small"> $5.99, free over $50 · 3–5 business days</span>
        </div>
        <div className="check">
          <input type="radio" id="ship-express" name="shippingMethod" value="express" defaultChecked={v.shippingMethod === 'express'} />
          <label htmlFor="ship-express">Express</label>
          <span className="muted small"> $14.99 · 1–2 business days</span>
        </div>
      </fieldset>
      {review ? (
        <>
          {/* A disabled fieldset submits nothing: carry the reviewed address (never a card). */}
          {Object.entries(v).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="idempotencyKey" value={state.idempotencyKey ?? ''} />
          {state.totals ? (
            <section aria-labelledby="review-heading" className="summary">
              <h2 id="review-heading">Review your order</h2>
              <ul className="plain">
                {state.totals.items.map((i) => (
                  <li key={i.name}>
                    {i.quantity} × {i.name} — {money(i.price)}
                  </li>
                ))}
              </ul>
              <dl className="totals">
                <dt>Subtotal</dt>
                <dd>{money(state.totals.subtotal)}</dd>
                <dt>Shipping</dt>
                <dd>{state.totals.shipping ? money(state.totals.shipping) : 'Free'}</dd>
                <dt>Tax</dt>
                <dd>{money(state.totals.tax)}</dd>
                <dt>Total</dt>
                <dd>
                  <strong>{money(state.totals.total)}</strong>
                </dd>
              </dl>
              <p className="muted small">
                {v.shippingMethod === 'express' ? 'Express' : 'Standard'} shipping to {v.city}
              </p>
            </section>
          ) : null}
          <PaymentFields errors={e} />
          <div className="actions">
            <button type="submit" name="intent" value="edit" className="secondary" disabled={pending}>
              Edit details
            </button>
            <button type="submit" name="intent" value="place" disabled={pending}>
              {pending ? 'Placing order…' : 'Place order'}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted small">You enter your card on the next step, with the order total in front of you.</p>
          <button type="submit" name="intent" value="review" disabled={pending}>
            {pending ? 'Checking…' : 'Review order'}
          </button>
        </>
      )}
    </>
  );
}

/** Empty every time they render: the card is sent once, with "Place order", and never comes back. */
function PaymentFields({ errors: e }: { errors: Record<string, string> }) {
  return (
    <fieldset>
      <legend>Payment</legend>
      <Field label="Card number" name="cardNumber" error={e['cardNumber']} inputMode="numeric" autoComplete="cc-number" required />
      <div className="row">
        <Field
          label="Expiry month"
          name="expMonth"
          error={e['expMonth']}
          inputMode="numeric"
          placeholder="MM"
          autoComplete="cc-exp-month"
          required
        />
        <Field
          label="Expiry year"
          name="expYear"
          error={e['expYear']}
          inputMode="numeric"
          placeholder="YYYY"
          autoComplete="cc-exp-year"
          required
        />
        <Field label="CVC" name="cvc" error={e['cvc']} inputMode="numeric" autoComplete="cc-csc" required />
      </div>
      <details className="test-cards" open>
        <summary>Test cards</summary>
        <ul className="small">
          <li>
            <code>4242424242424242</code> succeeds
          </li>
          <li>
            <code>4000000000000002</code> is declined
          </li>
          <li>
            <code>4000000000009995</code> is declined for insufficient funds
          </li>
          <li>
            <code>4000000000000119</code> fails with a processing error (succeeds when retried)
          </li>
          <li>Any future expiry date and any 3-digit CVC.</li>
        </ul>
      </details>
    </fieldset>
  );
}
