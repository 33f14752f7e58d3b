import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The machine clients that may obtain service tokens from the user service. */
export const SERVICE_CLIENT_IDS = ['gateway', 'catalog', 'inventory', 'cart', 'order', 'payment', 'notification'] as const;

function writePrivate(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, path);
}

/** Reads a generated secret from the data folder, creating it on first use (embedded defaults only). */
export function loadOrCreateFile(path: string, create: () => string): { value: string; created: boolean } {
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), created: false };
  const value = create();
  writePrivate(path, `${value}\n`);
  return { value, created: true };
}

/** As `loadOrCreateFile`, for values that take time to make (key pairs). */
export async function loadOrCreateFileAsync(path: string, create: () => Promise<string>): Promise<{ value: string; created: boolean }> {
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), created: false };
  const value = await create();
  return loadOrCreateFile(path, () => value);
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Client credentials of every service: from `SERVICE_CLIENTS` (`id:secret,id:secret`) when set,
 * otherwise generated once into `<dataDir>/secrets/service-clients.json`, which every process
 * sharing the data folder reads.
 */
export function serviceClients(dataDir: string, fromEnv?: string): Record<string, string> {
  if (fromEnv) {
    const entries = fromEnv.split(',').map((pair) => {
      const i = pair.indexOf(':');
      if (i <= 0 || i === pair.length - 1) throw new Error('SERVICE_CLIENTS must look like "order:secret,payment:secret"');
      return [pair.slice(0, i).trim(), pair.slice(i + 1).trim()] as const;
    });
    return Object.fromEntries(entries);
  }
  const path = join(dataDir, 'secrets', 'service-clients.json');
  const { value } = loadOrCreateFile(path, () =>
    JSON.stringify(Object.fromEntries(SERVICE_CLIENT_IDS.map((id) => [id, randomSecret()])), null, 2),
  );
  return JSON.parse(value) as Record<string, string>;
}

/**
 * The key the web apps sign their shoppers' addresses with for the gateway (`CLIENT_ADDRESS_SECRET`
 * when set, otherwise generated once into `<dataDir>/secrets/client-address.key`).
 */
export function clientAddressSecret(dataDir: string, fromEnv?: string): string {
  return fromEnv || loadOrCreateFile(join(dataDir, 'secrets', 'client-address.key'), () => randomSecret()).value;
}
