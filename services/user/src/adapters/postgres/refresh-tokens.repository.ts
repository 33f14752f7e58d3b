import type { Database } from '@shop/db/database';
import type { RefreshTokenRepository, RotateOutcome } from '../../domain/ports.js';

interface TokenRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

export function createRefreshTokenRepository(db: Database): RefreshTokenRepository {
  return {
    async insert(token) {
      await db.query('INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        token.id,
        token.userId,
        token.familyId,
        token.hash,
        token.expiresAt,
      ]);
    },

    rotate(hash, successor, now): Promise<RotateOutcome> {
      return db.transaction(async (tx) => {
        // The row lock makes two concurrent uses of one token a reuse, not two sessions.
        const { rows } = await tx.query<TokenRow>(
          'SELECT id, user_id, family_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE',
          [hash],
        );
        const token = rows[0];
        if (!token) return { kind: 'unknown' };
        if (token.revoked_at) {
          await tx.query(
            `UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'reuse' WHERE family_id = $1 AND revoked_at IS NULL`,
            [token.family_id],
          );
          return { kind: 'reused', userId: token.user_id };
        }
        if (token.expires_at.getTime() <= now.getTime()) return { kind: 'expired' };
        await tx.query(`UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'rotated', replaced_by = $2 WHERE id = $1`, [
          token.id,
          successor.id,
        ]);
        await tx.query('INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)', [
          successor.id,
          token.user_id,
          token.family_id,
          successor.hash,
          successor.expiresAt,
        ]);
        return { kind: 'rotated', userId: token.user_id };
      });
    },

    async revokeFamily(hash, userId) {
      await db.query(
        `UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'logout'
          WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND user_id = $2)`,
        [hash, userId],
      );
    },

    async revokeAllForUser(userId) {
      await db.query(`UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'revoked' WHERE user_id = $1 AND revoked_at IS NULL`, [
        userId,
      ]);
    },
  };
}
