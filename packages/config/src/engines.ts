/**
 * For `npm run test:engines`: the URL of a real engine from the environment. A missing variable
 * fails the suite (never skips it), naming the command that provides it.
 */
export function requireEngine(variable: string): string {
  const value = process.env[variable];
  if (!value) {
    throw new Error(`${variable} is not set. Start the real engines first: eval "$(infra/engines/up.sh all)"`);
  }
  return value;
}

/**
 * The whole environment of a process a test starts: PATH and HOME from this one (to find node
 * and its caches) and then `vars`, nothing else. A variable exported in the shell that runs the
 * tests (DATABASE_URL, ADMIN_PASSWORD, ...) would otherwise reach the child and change what it
 * does; a test states every variable it means the child to see.
 */
export function childEnv(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base: Record<string, string> = {};
  for (const name of ['PATH', 'HOME'] as const) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  return { ...base, ...vars } as NodeJS.ProcessEnv;
}
