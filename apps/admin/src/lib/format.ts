export const money = (amount: number, currency = 'USD') => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);

export const date = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) : '—';

/** Product pictures on the gateway reach the browser through this app's /media proxy; absolute URLs as they are. */
export const imageSrc = (imageUrl: string | null | undefined) =>
  !imageUrl ? null : imageUrl.startsWith('/') ? `/media${imageUrl}` : imageUrl;

/** A search parameter as one string ('' when absent). */
export const param = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();

/** A 1-based page number from a search parameter. */
export const pageOf = (value: string | string[] | undefined) => {
  const n = Number(param(value));
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/** `YYYY-MM-DD` of a date, in UTC. */
export const day = (d: Date) => d.toISOString().slice(0, 10);

/** A query string from the non-empty values, for links that keep the current filters. */
export function qs(values: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
