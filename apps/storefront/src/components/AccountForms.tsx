'use client';

import { useActionState } from 'react';
import type { User } from '@shop/api-client/types';
import { changePassword, updateProfile, type FormState } from '@/lib/actions';
import { Field } from './Field';

function Message({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'notice' : 'error'}>
      {state.message}
    </p>
  );
}

export function ProfileForm({ user }: { user: User }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfile, {});
  return (
    <form action={action} className="narrow" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <Message state={state} />
      <p className="muted">{user.email}</p>
      <Field label="First name" name="firstName" defaultValue={user.firstName} autoComplete="given-name" required />
      <Field label="Last name" name="lastName" defaultValue={user.lastName} autoComplete="family-name" required />
      <Field label="Phone (optional)" name="phone" type="tel" defaultValue={user.phone ?? ''} autoComplete="tel" />
      <button type="submit" disabled={pending}>
        Save profile
      </button>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePassword, {});
  return (
    <form action={action} className="narrow" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <Message state={state} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" minLength={8} required />
      <button type="submit" disabled={pending}>
        Change password
      </button>
    </form>
  );
}
