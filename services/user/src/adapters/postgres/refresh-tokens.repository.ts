import type { Database } from '@shop/db/database';
import type { RefreshTokenRepository, RotateOutcome } from '../../domain/ports.js';

interface SpentRow {
  user_id: string;
  family_id: string;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
  successor_sealed: string | null;
  successor_revoked_at: Date | null;
  successor_expires_at: Date | null;
}

const INSERT = 'INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)';

export function createRefreshTokenRepository(db: Database): RefreshTokenRepository {
  return {
    async insert(token) {
      await db.query(INSERT, [token.id, token.userId, token.familyId, token.hash, token.expiresAt]);
    },

    rotate(hash, successor, now, replayAfter): Promise<RotateOutcome> {
      return db.transaction(async (tx) => {
        // The compare-and-set: of two concurrent rotations of one token, the second waits for the
        // first's row lock, then no longer matches `revoked_at IS NULL` and reads what the first wrote.
        const { rows: won } = await tx.query<{ id: string; user_id: string; family_id: string }>(
          `UPDATE refresh_tokens SET revoked_at = $2, revoked_reason = 'rotated', replaced_by = $3, successor_sealed = $4
            WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2
            RETURNING id, user_id, family_id`,
          [hash, now, successor.id, successor.sealed],
        );
        const token = won[0];
        if (token) {
          await tx.query(INSERT, [successor.id, token.user_id, token.family_id, successor.hash, successor.expiresAt]);
          // The predecessor's copy of this token is spent with it: at most one sealed successor per family.
          await tx.query('UPDATE refresh_tokens SET successor_sealed = NULL WHERE replaced_by = $1', [token.id]);
          return { kind: 'rotated', userId: token.user_id };
        }

        const { rows } = await tx.query<SpentRow>(
          `SELECT t.user_id, t.family_id, t.expires_at, t.revoked_at, t.revoked_reason, t.successor_sealed,
                  s.revoked_at AS successor_revoked_at, s.expires_at AS successor_expires_at
             FROM refresh_tokens t LEFT JOIN refresh_tokens s ON s.id = t.replaced_by
            WHERE t.token_hash = $1`,
          [hash],
        );
        const spent = rows[0];
        if (!spent) return { kind: 'unknown' };
        if (!spent.revoked_at) return { kind: 'expired' };
        const replayable =
          spent.revoked_reason === 'rotated' &&
          spent.successor_sealed !== null &&
          spent.revoked_at.getTime() >= replayAfter.getTime() &&
          spent.successor_revoked_at === null &&
          spent.successor_expires_at !== null &&
          spent.successor_expires_at.getTime() > now.getTime();
        if (replayable) return { kind: 'replayed', userId: spent.user_id, sealedSuccessor: spent.successor_sealed! };
        await tx.query(
          `UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'reuse' WHERE family_id = $1 AND revoked_at IS NULL`,
          [spent.family_id],
        );
        return { kind: 'reused', userId: spent.user_id };
      });
    },

    async revokeFamily(hash) {
      await db.query(
        `UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'logout'
          WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
        [hash],
      );
    },

    async revokeAllForUser(userId) {
      await db.query(`UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'revoked' WHERE user_id = $1 AND revoked_at IS NULL`, [
        userId,
      ]);
    },
  };
}
