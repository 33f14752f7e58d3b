'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import type { FormState } from './form';

/**
 * useActionState, submitted from onSubmit: React resets a form after an action run from `action=`,
 * which would wipe what staff typed whenever the platform refuses it. Submitting inside a transition
 * keeps the fields; `action=` stays on the form for a browser without JavaScript.
 */
export function useFormAction(action: (prev: FormState, form: FormData) => Promise<FormState>, confirmText?: string) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirmText && !window.confirm(confirmText)) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, pending, onSubmit };
}
