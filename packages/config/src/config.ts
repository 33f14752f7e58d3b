import { isIP } from 'node:net';

/**
 * Typed configuration read from environment variables. Each setting names its variable(s), a
 * parser and a default that serves the embedded run. `loadConfig` reports every bad variable at
 * once, by name, and returns a frozen object.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface Setting<T> {
  /** Variables read in order; the first one set wins (e.g. `USER_DATABASE_URL`, `DATABASE_URL`). */
  readonly vars: readonly string[];
  readonly description: string;
  read(raw: string | undefined): T;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Names = string | readonly string[];
const names = (n: Names): readonly string[] => (typeof n === 'string' ? [n] : n);

function setting<T>(vars: Names, description: string, read: (raw: string | undefined) => T): Setting<T> {
  return { vars: names(vars), description, read };
}

function required(raw: string | undefined): string {
  if (raw === undefined) throw new Error('is required');
  return raw;
}

export function str(vars: Names, fallback: string, description = 'text'): Setting<string> {
  return setting(vars, description, (raw) => raw ?? fallback);
}

export function optionalStr(vars: Names, description = 'text'): Setting<string | undefined> {
  return setting(vars, description, (raw) => raw);
}

export function int(vars: Names, fallback: number, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}): Setting<number> {
  return setting(vars, `integer in [${min}, ${max}]`, (raw) => {
    if (raw === undefined) return fallback;
    if (!/^-?\d+$/.test(raw.trim())) throw new Error(`must be an integer, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) throw new Error(`must be between ${min} and ${max}, got ${value}`);
    return value;
  });
}

export function port(vars: Names, fallback: number): Setting<number> {
  return int(vars, fallback, { min: 0, max: 65535 });
}

export function num(vars: Names, fallback: number, { min = -Infinity, max = Infinity } = {}): Setting<number> {
  return setting(vars, `number in [${min}, ${max}]`, (raw) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new Error(`must be a number, got "${raw}"`);
    if (value < min || value > max) throw new Error(`must be between ${min} and ${max}, got ${value}`);
    return value;
  });
}

export function bool(vars: Names, fallback: boolean): Setting<boolean> {
  return setting(vars, 'true or false', (raw) => {
    if (raw === undefined) return fallback;
    const v = raw.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(v)) return true;
    if (['false', '0', 'no', 'off'].includes(v)) return false;
    throw new Error(`must be true or false, got "${raw}"`);
  });
}

export function oneOf<const T extends string>(vars: Names, values: readonly T[], fallback: T): Setting<T> {
  return setting(vars, values.join(' | '), (raw) => {
    if (raw === undefined) return fallback;
    if (!(values as readonly string[]).includes(raw)) throw new Error(`must be one of ${values.join(', ')}, got "${raw}"`);
    return raw as T;
  });
}

function parseUrl(raw: string, protocols: readonly string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error('must be a URL');
  }
  if (protocols.length > 0 && !protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new Error(`must use ${protocols.join(' or ')}, got ${parsed.protocol.replace(/:$/, '')}`);
  }
  return raw;
}

export function url(vars: Names, fallback: string, protocols: readonly string[] = ['http', 'https']): Setting<string> {
  return setting(vars, `URL (${protocols.join(', ')})`, (raw) => parseUrl(raw ?? fallback, protocols));
}

/** An engine URL: absent means "use the embedded default". */
export function optionalUrl(vars: Names, protocols: readonly string[]): Setting<string | undefined> {
  return setting(vars, `URL (${protocols.join(', ')}), empty for the embedded default`, (raw) =>
    raw === undefined || raw === '' ? undefined : parseUrl(raw, protocols),
  );
}

export function list(vars: Names, fallback: readonly string[]): Setting<string[]> {
  return setting(vars, 'comma-separated list', (raw) =>
    raw === undefined
      ? [...fallback]
      : raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
  );
}

/** Addresses and CIDR blocks (`10.0.0.0/8,::1`), each checked, for `TRUSTED_PROXIES`. */
export function cidrs(vars: Names, fallback: readonly string[], description: string): Setting<string[]> {
  const parse = list(vars, fallback).read;
  return setting(vars, description, (raw) => {
    const entries = parse(raw);
    for (const entry of entries) {
      const [address = '', prefix, extra] = entry.split('/');
      const family = isIP(address);
      const bits = family === 4 ? 32 : 128;
      const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
      if (family === 0 || !prefixOk || extra !== undefined) throw new Error(`"${entry}" is not an address or a CIDR block`);
    }
    return entries;
  });
}

/** A secret with no default: the caller decides what "absent" means (often: generate and keep in ./.data). */
export function secret(vars: Names, { minLength = 16 } = {}): Setting<string | undefined> {
  return setting(vars, `secret of at least ${minLength} characters`, (raw) => {
    if (raw === undefined || raw === '') return undefined;
    if (raw.length < minLength) throw new Error(`must be at least ${minLength} characters`);
    return raw;
  });
}

export function requiredStr(vars: Names, description = 'text'): Setting<string> {
  return setting(vars, description, required);
}

export type ConfigOf<S extends Record<string, Setting<unknown>>> = { readonly [K in keyof S]: ReturnType<S[K]['read']> };

/** Reads every setting of `schema` from `env`, failing with one error that names every bad variable. */
export function loadConfig<S extends Record<string, Setting<unknown>>>(schema: S, env: Env = process.env): ConfigOf<S> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, s] of Object.entries(schema)) {
    const name = s.vars.find((v) => env[v] !== undefined);
    const raw = name === undefined ? undefined : env[name];
    try {
      out[key] = s.read(raw);
    } catch (error) {
      const label = name ?? s.vars.join(' / ');
      problems.push(`${label} ${(error as Error).message} (expected ${s.description})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as ConfigOf<S>;
}

/** A table of the settings for README/--help: variable, expected form. */
export function describeConfig(schema: Record<string, Setting<unknown>>): { vars: string; description: string }[] {
  return Object.values(schema).map((s) => ({ vars: s.vars.join(' / '), description: s.description }));
}
