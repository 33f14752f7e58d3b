import { NotFoundError } from '@shop/errors/errors';
import { InvalidCredentialsError, LastAdminError } from './errors.js';
import type { Clock, PasswordHasher, RefreshTokenRepository, UserQuery, UserRepository } from './ports.js';
import { toView, type UserRole, type UserView } from './user.js';

export interface AccountsDeps {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  hasher: PasswordHasher;
  clock: Clock;
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

    /** Admin change of role or activation; a deactivated user loses every session at once. */
    async patch(id: string, changes: { role?: UserRole | undefined; isActive?: boolean | undefined }): Promise<UserView> {
      const user = await users.findById(id);
      if (!user) throw new NotFoundError('User');
      const losesAdmin = user.role === 'admin' && user.isActive && (changes.role === 'customer' || changes.isActive === false);
      if (losesAdmin && (await users.countActiveAdmins()) <= 1) throw new LastAdminError();
      const updated = await users.update(id, {
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(changes.isActive !== undefined ? { isActive: changes.isActive } : {}),
      });
      if (!updated) throw new NotFoundError('User');
      if (changes.isActive === false) await refreshTokens.revokeAllForUser(id);
      return toView(updated);
    },
  };
}

export type Accounts = ReturnType<typeof makeAccounts>;
