/**
 * Users whose access tokens issued up to some instant are refused: access tokens are verified
 * offline, so a deactivated or demoted user's token would otherwise keep working until it expires.
 * Each entry is kept until the last such token has expired anyway, so the list stays as short as
 * the changes of one token lifetime.
 */
export interface DenyList {
  /**
   * Refuses the user's tokens issued at or before `at`, until `until` (when every one of them has
   * expired). A later change of the same user moves both forward; an older one changes nothing.
   */
  deny(userId: string, at: Date, until: Date): void;
  /** Whether a token of `userId` issued at `issuedAt` (the `iat` claim, seconds since the epoch) is refused. */
  refuses(userId: string, issuedAt: number): boolean;
  /** Users on the list now (for logs and tests). */
  size(): number;
}

interface Entry {
  atMs: number;
  untilMs: number;
}

export function createDenyList(options: { now?: () => number } = {}): DenyList {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function forgetExpired(): void {
    const t = now();
    for (const [userId, entry] of entries) if (entry.untilMs <= t) entries.delete(userId);
  }

  return {
    deny(userId, at, until) {
      // Changes are rare (an admin's action), so sweeping on each one keeps the map bounded.
      forgetExpired();
      if (until.getTime() <= now()) return; // replayed from the log: its tokens are long gone
      const known = entries.get(userId);
      entries.set(userId, {
        atMs: Math.max(known?.atMs ?? 0, at.getTime()),
        untilMs: Math.max(known?.untilMs ?? 0, until.getTime()),
      });
    },
    refuses(userId, issuedAt) {
      const entry = entries.get(userId);
      if (!entry) return false;
      if (entry.untilMs <= now()) {
        entries.delete(userId);
        return false;
      }
      // `iat` has whole seconds: a token of the change's own second may predate it, so it is refused.
      return issuedAt * 1000 <= entry.atMs;
    },
    size() {
      forgetExpired();
      return entries.size;
    },
  };
}
