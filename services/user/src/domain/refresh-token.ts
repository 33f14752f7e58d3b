import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';

/** An opaque refresh token: only its SHA-256 is stored, so a database leak yields nothing usable. */
export function newRefreshToken(): { id: string; token: string; hash: string } {
  const token = `rt_${randomBytes(32).toString('base64url')}`;
  return { id: randomUUID(), token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// A repeated refresh within the grace window must get the same successor back, so the successor is
// kept, sealed (AES-256-GCM) under a key derived from the token it replaces. Only someone who
// presents that token can open it; the database holds the token's SHA-256 only, which is not this
// key, so a database leak opens nothing. Deriving the successor itself from an HMAC under a server
// secret was rejected: a leak of that one secret would turn every token ever seen (logs, old
// cookies) into its live descendants, and rotating it would end every session. docs/decisions/0009.
const sealKey = (token: string) => createHmac('sha256', token).update('refresh-token-successor-v1').digest();

/** `iv.tag.ciphertext`, base64url: the successor, openable only with the token it replaces. */
export function sealSuccessor(token: string, successor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(token), iv);
  const sealed = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/** The successor sealed under `token`, or null when it does not open (another token, or tampered). */
export function openSuccessor(token: string, sealed: string): string | null {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(token), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
