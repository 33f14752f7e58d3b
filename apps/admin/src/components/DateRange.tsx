import { Field } from '@/components/Field';

/** `YYYY-MM-DD` → the instant that UTC day starts, `plusDays` later; undefined for anything else. */
function dayStart(value: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

/**
 * A list's `from`/`to` instants for the days picked in the form: from the start of `from` to
 * the start of the day after `to` (so "to" is inclusive, as staff read it).
 */
export function createdBetween(from: string, to: string): { from: string | undefined; to: string | undefined } {
  return { from: dayStart(from), to: dayStart(to, 1) };
}

/** The "From" and "To" day pickers of a filter bar (UTC days). */
export function DateRangeFields({ from, to }: { from: string; to: string }) {
  return (
    <>
      <Field label="From" name="from" type="date" defaultValue={from} />
      <Field label="To" name="to" type="date" defaultValue={to} />
    </>
  );
}
