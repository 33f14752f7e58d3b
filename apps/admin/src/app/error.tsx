'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="error-state">
      <h1>Something went wrong</h1>
      <p>This page could not be loaded from the platform. Please try again in a moment.</p>
      {error.digest ? <p className="muted small">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
