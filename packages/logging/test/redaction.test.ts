import { describe, expect, it } from 'vitest';
import { captureLogs } from './support.js';

const SECRETS = ['password', 'newPassword', 'accessToken', 'refreshToken', 'clientSecret', 'cardNumber', 'cvc', 'authorization'];

describe('secret redaction by key', () => {
  it.each(SECRETS)('when "%s" is logged at the top level, then its value is replaced by [redacted]', (key) => {
    const { logger, last, raw } = captureLogs();
    logger.info({ [key]: 'hunter2-value', orderId: 'o-1' }, 'event');
    expect(last()[key]).toBe('[redacted]');
    expect(last().orderId).toBe('o-1');
    expect(raw.join()).not.toContain('hunter2-value');
  });

  it.each(SECRETS)('when "%s" is nested one, two and three levels deep, then each value is redacted', (key) => {
    const { logger, last, raw } = captureLogs();
    logger.info(
      {
        one: { [key]: 'secret-1', keep: 'a' },
        two: { inner: { [key]: 'secret-2', keep: 'b' } },
        three: { inner: { deeper: { [key]: 'secret-3', keep: 'c' } } },
      },
      'nested',
    );
    const line = last();
    expect(line.one).toEqual({ [key]: '[redacted]', keep: 'a' });
    expect(line.two.inner).toEqual({ [key]: '[redacted]', keep: 'b' });
    expect(line.three.inner.deeper).toEqual({ [key]: '[redacted]', keep: 'c' });
    expect(raw.join()).not.toMatch(/secret-\d/);
  });

  it('when request headers are logged, then authorization, cookie and set-cookie are redacted and the rest kept', () => {
    const { logger, last } = captureLogs();
    logger.info({ req: { headers: { authorization: 'Bearer eyJ', cookie: 'sid=1', 'set-cookie': 'sid=2', accept: 'text/html' } } });
    expect(last().req.headers).toEqual({
      authorization: '[redacted]',
      cookie: '[redacted]',
      'set-cookie': '[redacted]',
      accept: 'text/html',
    });
  });

  it('when a list of objects with secrets is logged, then each item is redacted', () => {
    const { logger, last } = captureLogs();
    logger.info({
      users: [
        { email: 'a@x', password: 'p1' },
        { email: 'b@x', password: 'p2' },
      ],
    });
    expect(last().users).toEqual([
      { email: 'a@x', password: '[redacted]' },
      { email: 'b@x', password: '[redacted]' },
    ]);
  });

  it('when a child logger is bound with a secret, then the binding is redacted on its lines', () => {
    const { logger, raw } = captureLogs();
    logger.child({ component: 'payments', clientSecret: 'bound-s3cret' }).info({ payment: { cvc: '123', amount: 10 } }, 'charging');
    expect(raw.at(-1)).not.toContain('bound-s3cret');
    expect(raw.at(-1)).toContain('"component":"payments"');
    expect(raw.at(-1)).toContain('"cvc":"[redacted]"');
    expect(raw.at(-1)).toContain('"amount":10');
  });

  it('when the object being logged is redacted, then the caller still holds the original values', () => {
    const { logger } = captureLogs();
    const input = { password: 'kept', nested: { accessToken: 'kept-too' } };
    logger.info(input);
    expect(input).toEqual({ password: 'kept', nested: { accessToken: 'kept-too' } });
  });
});

describe('every line', () => {
  it('when anything is logged, then the line names the service, the level as a label and an ISO time', () => {
    const { logger, last } = captureLogs();
    logger.warn('careful');
    expect(last()).toMatchObject({ service: 'orders', level: 'warn', msg: 'careful' });
    expect(new Date(last().time).toISOString()).toBe(last().time);
  });

  it('when a line is below the configured level, then it is not written', () => {
    const { logger, lines } = captureLogs('info');
    logger.debug('noise');
    logger.info('signal');
    expect(lines.map((l) => l.msg)).toEqual(['signal']);
  });
});
