import { describe, expect, it } from 'vitest';
import { ConfigError, bool, cidrs, int, list, loadConfig, oneOf, optionalUrl, port, secret, str, url } from '@shop/config/config';

const schema = {
  port: port('PORT', 8006),
  databaseUrl: optionalUrl(['USER_DATABASE_URL', 'DATABASE_URL'], ['postgres', 'postgresql']),
  logLevel: oneOf('LOG_LEVEL', ['debug', 'info', 'warn'] as const, 'info'),
  corsOrigins: list('CORS_ORIGINS', ['http://localhost:3000']),
  pretty: bool('LOG_PRETTY', false),
  issuer: str('JWT_ISSUER', 'shop'),
  userUrl: url('USER_URL', 'http://127.0.0.1:8006'),
  retries: int('RETRIES', 2, { min: 0, max: 5 }),
  hs: secret('JWT_HS256_SECRET', { minLength: 32 }),
};

describe('loadConfig', () => {
  it('when nothing is set, then every setting has its embedded default', () => {
    const config = loadConfig(schema, {});
    expect(config).toEqual({
      port: 8006,
      databaseUrl: undefined,
      logLevel: 'info',
      corsOrigins: ['http://localhost:3000'],
      pretty: false,
      issuer: 'shop',
      userUrl: 'http://127.0.0.1:8006',
      retries: 2,
      hs: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('when the service-specific variable is set, then it wins over the generic one', () => {
    const config = loadConfig(schema, {
      DATABASE_URL: 'postgres://generic/db',
      USER_DATABASE_URL: 'postgres://user/db',
    });
    expect(config.databaseUrl).toBe('postgres://user/db');
  });

  it('when variables are bad, then one error names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig(schema, { PORT: '80x', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', RETRIES: '9', JWT_HS256_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'RETRIES', 'JWT_HS256_SECRET']) {
      expect(message).toContain(name);
    }
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('when a list or a boolean is given, then it is parsed', () => {
    const config = loadConfig(schema, { CORS_ORIGINS: ' http://a , http://b ,', LOG_PRETTY: 'yes' });
    expect(config.corsOrigins).toEqual(['http://a', 'http://b']);
    expect(config.pretty).toBe(true);
    expect(() => loadConfig(schema, { LOG_PRETTY: 'maybe' })).toThrow(/LOG_PRETTY/);
  });
});

describe('cidrs', () => {
  const trusted = { proxies: cidrs('TRUSTED_PROXIES', ['127.0.0.1/8'], 'proxies') };

  it('when addresses and CIDR blocks of both families are given, then each is kept', () => {
    expect(loadConfig(trusted, { TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1,2001:db8::/32,::1' }).proxies).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      '2001:db8::/32',
      '::1',
    ]);
    expect(loadConfig(trusted, {}).proxies).toEqual(['127.0.0.1/8']);
  });

  it('when an entry is not an address or its prefix is out of range, then loading fails naming the variable and the entry', () => {
    for (const bad of ['10.0.0.0/33', 'gateway', '10.0.0.0/8/1', '2001:db8::/129', '10.0.0.0/x']) {
      expect(() => loadConfig(trusted, { TRUSTED_PROXIES: bad })).toThrow(new RegExp(`TRUSTED_PROXIES.*${bad.replace(/[./]/g, '\\$&')}`));
    }
  });
});
