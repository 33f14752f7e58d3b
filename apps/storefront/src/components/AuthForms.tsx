'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { login, register, type FormState } from '@/lib/actions';
import { Field } from './Field';

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(login, {});
  return (
    <form action={action} className="narrow">
      {state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        Sign in
      </button>
      <p>
        New here? <Link href={`/register?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </form>
  );
}

export function RegisterForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(register, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="narrow" noValidate>
      {state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <Field label="First name" name="firstName" autoComplete="given-name" error={e['firstName']} required />
      <Field label="Last name" name="lastName" autoComplete="family-name" error={e['lastName']} required />
      <Field label="Email" name="email" type="email" autoComplete="email" error={e['email']} required />
      <Field label="Password" name="password" type="password" autoComplete="new-password" minLength={8} error={e['password']} required />
      <p className="muted small">At least 8 characters.</p>
      <button type="submit" disabled={pending}>
        Create account
      </button>
      <p>
        Already have an account? <Link href={`/login?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </form>
  );
}
