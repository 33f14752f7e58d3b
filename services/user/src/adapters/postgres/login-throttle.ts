import type { Database } from '@shop/db/database';
import type { LoginThrottle } from '../../domain/ports.js';

export function createLoginThrottle(db: Database): LoginThrottle {
  return {
    reserveAttempt(email, ip, max, windowSeconds) {
      return db.transaction(async (tx) => {
        // Serialises attempts for one email+address so concurrent guesses cannot exceed the limit.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}|${ip}`]);
        const { rows } = await tx.query<{ n: number; oldest: Date | null }>(
          `SELECT count(*)::int AS n, min(failed_at) AS oldest FROM login_failures
            WHERE email = $1 AND ip = $2 AND failed_at > now() - ($3::int * interval '1 second')`,
          [email, ip, windowSeconds],
        );
        const { n, oldest } = rows[0]!;
        if (n >= max) {
          const retryAfter = oldest ? Math.ceil((oldest.getTime() + windowSeconds * 1000 - Date.now()) / 1000) : windowSeconds;
          return { allowed: false as const, retryAfterSeconds: Math.max(1, retryAfter) };
        }
        const inserted = await tx.query<{ id: number }>('INSERT INTO login_failures (email, ip) VALUES ($1, $2) RETURNING id', [email, ip]);
        await tx.query(`DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'`);
        return { allowed: true as const, attemptId: inserted.rows[0]!.id };
      });
    },

    async clear(email, ip) {
      await db.query('DELETE FROM login_failures WHERE email = $1 AND ip = $2', [email, ip]);
    },
  };
}
