import { join } from 'node:path';
import { createDenyList } from '@shop/auth/deny-list';
import { loadOrCreateFile, randomSecret, serviceClients } from '@shop/config/secrets';
import type { Env } from '@shop/config/config';
import { followAccessChanges } from '@shop/events/access-changes';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
import { createArgon2Hasher } from './adapters/crypto/argon2-hasher.js';
import { createTokenSigner, jwksOf, loadSigningKey } from './adapters/crypto/signing-keys.js';
import { createLoginThrottle } from './adapters/postgres/login-throttle.js';
import { createRefreshTokenRepository } from './adapters/postgres/refresh-tokens.repository.js';
import { createUserRepository } from './adapters/postgres/users.repository.js';
import { buildApp } from './app.js';
import { loadUserConfig } from './config.js';
import { makeAccounts } from './domain/accounts.js';
import { ensureInitialAdmin } from './domain/admin-bootstrap.js';
import { makeAuth } from './domain/auth.js';

/** Composition root: config → runtime → adapters → domain → app → listen. */
export async function startUserService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadUserConfig(env);
  const key = await loadSigningKey(config.dataDir, config.jwtPrivateKey);
  const jwks = jwksOf(key);
  const denyList = createDenyList();
  const options = {
    service: 'user',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    // The user service verifies its own tokens with the key it holds, not over HTTP, and refuses
    // those of users deactivated or given a new role since (the deny-list every service keeps).
    verifier: { jwks, denyList },
    shared,
  };
  return startService(options, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'user');
    onClose(() => accessChanges.close());
    const db = runtime.db!;
    const clock = shared.clock ?? { now: () => new Date() };
    const hasher = createArgon2Hasher();
    const users = createUserRepository(db, 'user', () => runtime.relay?.notify());
    const refreshTokens = createRefreshTokenRepository(db);
    const clients = serviceClients(config.dataDir, config.serviceClients);
    const auth = makeAuth({
      users,
      refreshTokens,
      throttle: createLoginThrottle(db),
      hasher,
      signer: createTokenSigner(key, { issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.accessTtlSeconds }),
      clock,
      serviceClients: () => clients,
      refreshTtlSeconds: config.refreshTtlSeconds,
      refreshReuseGraceSeconds: config.refreshReuseGraceSeconds,
      loginMaxFailures: config.loginMaxFailures,
      loginWindowSeconds: config.loginWindowSeconds,
      source: 'user',
    });
    const accounts = makeAccounts({ users, refreshTokens, hasher, clock, accessTtlSeconds: config.accessTtlSeconds });

    const notices: string[] = [];
    const passwordFile = join(config.dataDir, 'admin-password.txt');
    const adminPassword = config.adminPassword ?? loadOrCreateFile(passwordFile, () => randomSecret(12)).value;
    if (await ensureInitialAdmin({ users, hasher, clock }, { email: config.adminEmail, password: adminPassword })) {
      notices.push(
        config.adminPassword
          ? `Admin account created: ${config.adminEmail} (password from ADMIN_PASSWORD)`
          : `Admin account created: ${config.adminEmail} / ${adminPassword}  (kept in ${passwordFile})`,
      );
    }

    return { app: await buildApp({ http: runtime.http, auth, accounts, verifier: runtime.verifier, jwks }), notices };
  });
}

await runWhenMain(import.meta.url, () => startUserService());
