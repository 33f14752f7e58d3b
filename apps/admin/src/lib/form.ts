/** What a server action tells its form: a message for everyone, and errors beside the fields. */
export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
}

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** A money amount in major units with at most two decimals, or null. */
export function parseMoney(value: string): number | null {
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(value)) return null;
  const n = Number(value);
  return n <= 1_000_000 ? n : null;
}

/** A non-negative whole number up to `max`, or null. */
export function parseCount(value: string, max = 10_000_000): number | null {
  if (!/^\d{1,8}$/.test(value)) return null;
  const n = Number(value);
  return n <= max ? n : null;
}
