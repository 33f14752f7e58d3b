/** An order's address (the order keeps it as a free-form object). */
export function Address({ value }: { value: Record<string, unknown> }) {
  const s = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
  if (!s('line1')) return <p className="muted">None given.</p>;
  return (
    <address>
      {s('firstName')} {s('lastName')}
      <br />
      {s('line1')}
      {s('line2') ? (
        <>
          <br />
          {s('line2')}
        </>
      ) : null}
      <br />
      {s('postalCode')} {s('city')}
      {s('state') ? `, ${s('state')}` : ''}
      <br />
      {s('country')}
      {s('phone') ? (
        <>
          <br />
          {s('phone')}
        </>
      ) : null}
    </address>
  );
}
