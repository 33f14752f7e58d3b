'use client';

import { useSearchParams } from 'next/navigation';

/** The outcome an action left in the address (see lib/flash.ts). */
export function Flash() {
  const params = useSearchParams();
  const notice = params.get('notice');
  const error = params.get('error');
  return (
    <>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </>
  );
}
