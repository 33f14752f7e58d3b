import { isUniqueViolation, type Database, type Queryable } from '@shop/db/database';
import { appendEvent } from '@shop/events/outbox';
import { EmailTakenError } from '../../domain/errors.js';
import type { UserQuery, UserRegisteredEvent, UserRepository } from '../../domain/ports.js';
import type { User, UserRole } from '../../domain/user.js';

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  role: UserRole;
  is_active: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, email, password_hash, first_name, last_name, phone, role, is_active, created_at, updated_at';

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    role: row.role,
    isActive: row.is_active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const UPDATABLE = {
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone',
  role: 'role',
  isActive: 'is_active',
  passwordHash: 'password_hash',
} as const;

type Changes = Parameters<UserRepository['update']>[1];

/** Updates the given columns (all of them parameters, numbered here) and returns the row; null when absent. */
async function updateUser(q: Queryable, id: string, changes: Changes): Promise<User | null> {
  const values: unknown[] = [id];
  const sets = Object.entries(UPDATABLE).flatMap(([key, column]) => {
    const value = changes[key as keyof Changes];
    if (value === undefined) return [];
    values.push(value);
    return [`${column} = $${values.length}`];
  });
  const { rows } = sets.length
    ? await q.query<UserRow>(`UPDATE users SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, values)
    : await q.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function createUserRepository(db: Database, source: string, onEvent: () => void = () => undefined): UserRepository {
  return {
    async create(user: User, event?: UserRegisteredEvent) {
      try {
        await db.transaction(async (tx) => {
          await tx.query(`INSERT INTO users (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
            user.id,
            user.email,
            user.passwordHash,
            user.firstName,
            user.lastName,
            user.phone,
            user.role,
            user.isActive,
            user.createdAt,
            user.updatedAt,
          ]);
          if (event) await appendEvent(tx, { ...event, source });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError();
        throw error;
      }
      if (event) onEvent();
    },

    async findById(id) {
      const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    async findByEmail(email) {
      const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`, [email]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    update: (id, changes) => updateUser(db, id, changes),

    async administer(id, changes, eventsOf) {
      const changed = await db.transaction(async (tx) => {
        const { rows } = await tx.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]);
        if (!rows[0]) return null;
        const after = (await updateUser(tx, id, changes))!;
        const events = eventsOf(toUser(rows[0]), after);
        for (const event of events) await appendEvent(tx, { ...event, source });
        return { after, published: events.length > 0 };
      });
      if (changed?.published) onEvent();
      return changed?.after ?? null;
    },

    async list(query: UserQuery) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (query.q) {
        values.push(`%${escapeLike(query.q.toLowerCase())}%`);
        where.push(`(lower(email) LIKE $${values.length} OR lower(first_name || ' ' || last_name) LIKE $${values.length})`);
      }
      if (query.role) {
        values.push(query.role);
        where.push(`role = $${values.length}`);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      values.push(query.limit, (query.page - 1) * query.limit);
      const { rows } = await db.query<UserRow & { total: number }>(
        `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM users ${clause}
         ORDER BY created_at DESC, id LIMIT $${values.length - 1} OFFSET $${values.length}`,
        values,
      );
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && query.page > 1) {
        const counted = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM users ${clause}`, values.slice(0, -2));
        total = counted.rows[0]?.total ?? 0;
      }
      return { users: rows.map(toUser), total };
    },

    async countActiveAdmins() {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND is_active`);
      return rows[0]?.n ?? 0;
    },
  };
}
