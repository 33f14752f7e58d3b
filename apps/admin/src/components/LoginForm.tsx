'use client';

import { login } from '@/lib/actions/auth';
import { useFormAction } from '@/lib/use-form-action';
import { Field } from './Field';

export function LoginForm({ next }: { next: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction(login);
  return (
    <form action={formAction} onSubmit={onSubmit} className="narrow">
      {state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
