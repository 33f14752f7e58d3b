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
