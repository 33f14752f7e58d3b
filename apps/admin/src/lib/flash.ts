import { redirect } from 'next/navigation';

/**
 * After an action whose form disappears with the change (ship, cancel, delete...), shows the page
 * again with the outcome in the address (`?notice=` or `?error=`), where <Flash> reads it.
 * Call it outside try/catch: it throws Next's redirect.
 */
export function redirectWithFlash(path: string, message: string, kind: 'notice' | 'error' = 'notice'): never {
  redirect(`${path}?${kind}=${encodeURIComponent(message)}`);
}
