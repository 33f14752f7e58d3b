export const money = (amount: number, currency = 'USD') => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);

export const date = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));

/** Product pictures are served by the gateway; the browser gets them through this app's /media proxy. */
export const imageSrc = (imageUrl: string | null | undefined) => (imageUrl ? `/media${imageUrl}` : null);

export const stockLabel = (available: number) => (available <= 0 ? 'Out of stock' : available <= 5 ? `Only ${available} left` : 'In stock');
