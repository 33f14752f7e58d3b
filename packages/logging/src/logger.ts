import { context } from '@opentelemetry/api';
import { luhnValid } from '@shop/cards/card';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { requestIdOf } from './context.js';
import { currentTraceIds } from './tracing.js';

export type { Logger };

/** Keys whose values never reach a log line, at any depth we log. */
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'password_hash',
  'token',
  'accessToken',
  'refreshToken',
  'clientSecret',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'cardNumber',
  'cvc',
  'cvv',
  'privateKey',
];

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of SECRET_KEYS) {
    const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const sep = k.startsWith('[') ? '' : '.';
    paths.push(k, `*${sep}${k}`, `*.*${sep}${k}`, `*.*.*${sep}${k}`);
  }
  return paths;
}

const PAN = /\b\d(?:[ -]?\d){12,18}\b/g;

/** Masks anything that looks like a card number (13–19 digits passing Luhn), keeping the last 4. */
export function maskCardNumbers(text: string): string {
  return text.replace(PAN, (match) => {
    const digits = match.replace(/\D/g, '');
    return luhnValid(digits) ? `[card ****${digits.slice(-4)}]` : match;
  });
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return maskCardNumbers(value);
  if (depth <= 0 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth - 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth - 1);
  return out;
}

export interface LoggerConfig {
  service: string;
  level?: string;
  /** Pretty output is for people at a terminal; JSON otherwise. */
  pretty?: boolean;
  destination?: DestinationStream;
}

/**
 * pino JSON logger: every line carries the service, and inside a request or a consumed event the
 * request id and trace id; secrets are redacted by key and card numbers masked in any string.
 */
export function createLogger(config: LoggerConfig): Logger {
  const options: LoggerOptions = {
    level: config.level ?? 'info',
    base: { service: config.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrub(object, 4) as Record<string, unknown>,
    },
    // Errors pass the `log` formatter untouched so pino can serialize them: mask their text here,
    // and the message pino takes from an error logged without one.
    serializers: {
      err: (error: Error) => scrub(pino.stdSerializers.err(error), 4),
      msg: (message: unknown) => (typeof message === 'string' ? maskCardNumbers(message) : message),
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? maskCardNumbers(a) : a));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
    mixin() {
      const ctx = context.active();
      const ids = currentTraceIds(ctx);
      const requestId = requestIdOf(ctx);
      return {
        ...(requestId ? { requestId } : {}),
        ...(ids ? { traceId: ids.traceId, spanId: ids.spanId } : {}),
      };
    },
  };
  if (config.destination) return pino(options, config.destination);
  if (config.pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } },
    });
  }
  return pino(options);
}

/** A logger that writes nowhere, for tests that do not read logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
