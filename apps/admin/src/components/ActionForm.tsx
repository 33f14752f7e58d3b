'use client';

import type { ReactNode } from 'react';
import type { FormState } from '@/lib/form';
import { useFormAction } from '@/lib/use-form-action';

/**
 * A form posting to a server action, with the action's answer shown above it: an alert for a
 * failure (the problem's own words), a status line for a success. `confirm` asks first.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  children,
  className,
  danger,
  confirm,
  label,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  confirm?: string;
  /** An accessible name for the form (shown to screen readers as a landmark). */
  label?: string;
}) {
  const { state, formAction, pending, onSubmit } = useFormAction(action, confirm);
  return (
    <form action={formAction} className={className ?? 'action-form'} aria-label={label} onSubmit={onSubmit}>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'notice' : 'error'}>
          {state.message}
        </p>
      ) : null}
      {state.fieldErrors && Object.keys(state.fieldErrors).length ? (
        <ul className="field-error small">
          {Object.entries(state.fieldErrors).map(([field, message]) => (
            <li key={field}>
              {field}: {message}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
      <button type="submit" disabled={pending} className={danger ? 'danger' : undefined} aria-busy={pending || undefined}>
        {pending ? (pendingLabel ?? 'Working…') : submitLabel}
      </button>
    </form>
  );
}
