const GOOD = new Set(['confirmed', 'delivered', 'succeeded', 'sent', 'active', 'shipped', 'paid', 'committed']);
const BAD = new Set(['cancelled', 'failed', 'refunded', 'inactive', 'expired', 'released']);

/** A status word with a colour that is never the only cue (the word is always shown). */
export function Status({ value }: { value: string }) {
  const tone = GOOD.has(value) ? 'ok' : BAD.has(value) ? 'bad' : 'warn';
  return <span className={`badge ${tone}`}>{value.replace(/_/g, ' ')}</span>;
}
