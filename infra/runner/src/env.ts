/** Every listening port of the one-process run, each overridable as `<NAME>_PORT`. */
export const PORT_NAMES = [
  'GATEWAY',
  'GATEWAY_INTERNAL',
  'USER',
  'CATALOG',
  'INVENTORY',
  'CART',
  'ORDER',
  'PAYMENT',
  'NOTIFICATION',
  'MAIL_SMTP',
  'MAIL_WEB',
] as const;

/** Every port 0, so the system picks free ones: for tests and benchmarks that run beside others. */
export function ephemeralPorts(): Record<string, string> {
  return Object.fromEntries(PORT_NAMES.map((name) => [`${name}_PORT`, '0']));
}

const ENGINE_VARIABLE = /(^|_)DATABASE_URL$|^(KAFKA_BROKERS|REDIS_URL|OPENSEARCH_URL|CATALOG_MONGODB_URL|SMTP_URL)$/;

/** The environment without the variables that point services at real engines: the embedded defaults. */
export function embeddedEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !ENGINE_VARIABLE.test(name))) as NodeJS.ProcessEnv;
}
