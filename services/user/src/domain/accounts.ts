import { NotFoundError } from '@shop/errors/errors';
import { InvalidCredentialsError, LastAdminError } from './errors.js';
import type { AccessChangeEvent, Clock, PasswordHasher, RefreshTokenRepository, UserQuery, UserRepository } from './ports.js';
import { toView, type User, type UserRole, type UserView } from './user.js';

export interface AccountsDeps {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  hasher: PasswordHasher;
  clock: Clock;
  /** Lifetime of an access token: how long the services must refuse those issued before a change. */
  accessTtlSeconds: number;
}

function untilNextSecond(clock: Clock): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1000 - (clock.now().getTime() % 1000)));
}

/**
 * The events of an admin's change: one per thing that changed, none when nothing did. Every
 * service refuses the user's access tokens issued until `at`, for as long as they live.
 */
export function accessChanges(before: User, after: User, at: Date, accessTtlSeconds: number): AccessChangeEvent[] {
  const times = { at: at.toISOString(), tokensExpireBy: new Date(at.getTime() + accessTtlSeconds * 1000).toISOString() };
  const events: AccessChangeEvent[] = [];
  if (before.isActive && !after.isActive) {
    events.push({ type: 'user.deactivated', subject: after.id, data: { userId: after.id, ...times } });
  }
  if (before.role !== after.role) {
    events.push({
      type: 'user.role_changed',
      subject: after.id,
      data: { userId: after.id, role: after.role, previousRole: before.role, ...times },
    });
  }
  return events;
}

/** Profile management for the signed-in user, and user administration for admins. */
export function makeAccounts(deps: AccountsDeps) {
  const { users, refreshTokens, hasher } = deps;

  async function get(id: string): Promise<UserView> {
    const user = await users.findById(id);
    if (!user) throw new NotFoundError('User');
    return toView(user);
  }

  return {
    get,

    async updateProfile(
      id: string,
      changes: { firstName?: string | undefined; lastName?: string | undefined; phone?: string | null | undefined },
    ): Promise<UserView> {
      const user = await users.update(id, {
        ...(changes.firstName !== undefined ? { firstName: changes.firstName.trim() } : {}),
        ...(changes.lastName !== undefined ? { lastName: changes.lastName.trim() } : {}),
        ...(changes.phone !== undefined ? { phone: changes.phone?.trim() || null } : {}),
      });
      if (!user) throw new NotFoundError('User');
      return toView(user);
    },

    /** Changing the password ends every other session: all refresh tokens are revoked. */
    async changePassword(id: string, currentPassword: string, newPassword: string): Promise<void> {
      const user = await users.findById(id);
      if (!user) throw new NotFoundError('User');
      if (!(await hasher.verify(user.passwordHash, currentPassword))) {
        throw new InvalidCredentialsError();
      }
      await users.update(id, { passwordHash: await hasher.hash(newPassword) });
      await refreshTokens.revokeAllForUser(id);
    },

    async list(query: UserQuery): Promise<{ data: UserView[]; page: number; limit: number; total: number }> {
      const { users: found, total } = await users.list(query);
      return { data: found.map(toView), page: query.page, limit: query.limit, total };
    },

    /**
     * Admin change of role or activation. A deactivated user loses every session at once, and
     * every service refuses the access tokens the user already holds (deactivated or with a new
     * role), through the events written with the change.
     */
    async patch(id: string, changes: { role?: UserRole | undefined; isActive?: boolean | undefined }): Promise<UserView> {
      const user = await users.findById(id);
      if (!user) throw new NotFoundError('User');
      const losesAdmin = user.role === 'admin' && user.isActive && (changes.role === 'customer' || changes.isActive === false);
      if (losesAdmin && (await users.countActiveAdmins()) <= 1) throw new LastAdminError();
      const at = deps.clock.now();
      let changed = false;
      const updated = await users.administer(
        id,
        {
          ...(changes.role !== undefined ? { role: changes.role } : {}),
          ...(changes.isActive !== undefined ? { isActive: changes.isActive } : {}),
        },
        (before, after) => {
          const events = accessChanges(before, after, at, deps.accessTtlSeconds);
          changed = events.length > 0;
          return events;
        },
      );
      if (!updated) throw new NotFoundError('User');
      if (changes.isActive === false) await refreshTokens.revokeAllForUser(id);
      // Tokens carry whole seconds (`iat`), so the services refuse the change's whole second. The
      // answer waits for that second to end: a token issued once the admin has seen the change
      // (the user signing in with a new role) is not refused.
      if (changed) await untilNextSecond(deps.clock);
      return toView(updated);
    },
  };
}

export type Accounts = ReturnType<typeof makeAccounts>;
