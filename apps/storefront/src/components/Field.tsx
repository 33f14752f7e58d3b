import type { InputHTMLAttributes } from 'react';

/** A labelled input with its error tied to it by aria-describedby. */
export function Field({
  label,
  name,
  error,
  ...rest
}: { label: string; name: string; error?: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `f-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...rest} />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
