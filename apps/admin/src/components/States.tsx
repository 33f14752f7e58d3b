import type { ReactNode } from 'react';

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A failed load, in the problem's own words. */
export function LoadError({ message }: { message: string }) {
  return (
    <div role="alert" className="error">
      <strong>Could not load this from the platform.</strong> {message}
    </div>
  );
}
