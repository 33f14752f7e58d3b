import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** An opaque refresh token: only its SHA-256 is stored, so a database leak yields nothing usable. */
export function newRefreshToken(): { id: string; token: string; hash: string } {
  const token = `rt_${randomBytes(32).toString('base64url')}`;
  return { id: randomUUID(), token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
