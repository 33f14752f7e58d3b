import { randomUUID } from 'node:crypto';
import type { Clock, PasswordHasher, UserRepository } from './ports.js';
import { normalizeEmail } from './user.js';

/**
 * Creates the initial admin when no account has its email. Returns whether it was created, so
 * the caller can show a generated password once.
 */
export async function ensureInitialAdmin(
  deps: { users: UserRepository; hasher: PasswordHasher; clock: Clock },
  admin: { email: string; password: string },
): Promise<boolean> {
  const email = normalizeEmail(admin.email);
  if (await deps.users.findByEmail(email)) return false;
  const now = deps.clock.now();
  await deps.users.create({
    id: randomUUID(),
    email,
    passwordHash: await deps.hasher.hash(admin.password),
    firstName: 'Shop',
    lastName: 'Admin',
    phone: null,
    role: 'admin',
    isActive: true,
    createdAt: now,
    updatedAt: now,
  });
  return true;
}
