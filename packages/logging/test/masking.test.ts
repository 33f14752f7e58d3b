import { describe, expect, it } from 'vitest';
import { maskCardNumbers } from '@shop/logging/logger';
import { captureLogs } from './support.js';

const VISA = '4242424242424242';
const NOT_LUHN = '4242424242424241';

describe('maskCardNumbers', () => {
  it('when a text holds a Luhn-valid card number, then it keeps only the last four digits', () => {
    expect(maskCardNumbers(`paid with ${VISA} today`)).toBe('paid with [card ****4242] today');
  });

  it.each([
    ['spaces', '4242 4242 4242 4242'],
    ['dashes', '4242-4242-4242-4242'],
    ['mixed separators', '4242 4242-4242 4242'],
  ])('when the card number is grouped with %s, then it is still masked', (_how, card) => {
    expect(maskCardNumbers(`card: ${card}.`)).toBe('card: [card ****4242].');
  });

  it('when cards of other lengths pass Luhn, then they are masked too (15-digit Amex, 13 and 19 digits)', () => {
    expect(maskCardNumbers('378282246310005')).toBe('[card ****0005]');
    expect(maskCardNumbers('4222222222222')).toBe('[card ****2222]');
    expect(maskCardNumbers('6011000990139424 and 4000056655665556')).toBe('[card ****9424] and [card ****5556]');
  });

  it('when a 16-digit number fails Luhn, then it is left alone', () => {
    expect(maskCardNumbers(`order ${NOT_LUHN}`)).toBe(`order ${NOT_LUHN}`);
  });

  it('when numbers are too short or too long to be cards, then they are left alone', () => {
    const text = 'order 424242424242 ref 42424242424242424242 at 2024-01-15 12:30';
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('when a card number is part of a longer word, then it is not a card number and is left alone', () => {
    expect(maskCardNumbers(`id-x${VISA}`)).toBe(`id-x${VISA}`);
  });
});

describe('card numbers in log lines', () => {
  it('when the message contains a card number, then the written message is masked', () => {
    const { logger, last, raw } = captureLogs();
    logger.info(`charging card ${VISA}`);
    expect(last().msg).toBe('charging card [card ****4242]');
    expect(raw.join()).not.toContain(VISA);
  });

  it('when a card number is a format argument, then it is masked', () => {
    const { logger, last } = captureLogs();
    logger.info('charging card %s for %d', VISA, 10);
    expect(last().msg).toBe('charging card [card ****4242] for 10');
  });

  it('when a string field contains a card number, at the top or nested, then it is masked', () => {
    const { logger, last, raw } = captureLogs();
    logger.info({ note: `customer typed ${VISA}`, payment: { memo: `card ${VISA}`, lines: [`ref ${VISA}`] } }, 'payment');
    expect(last().note).toBe('customer typed [card ****4242]');
    expect(last().payment).toEqual({ memo: 'card [card ****4242]', lines: ['ref [card ****4242]'] });
    expect(raw.join()).not.toContain(VISA);
  });

  it('when a string field holds a 16-digit number failing Luhn, then it is logged unchanged', () => {
    const { logger, last } = captureLogs();
    logger.info({ reference: NOT_LUHN }, `ref ${NOT_LUHN}`);
    expect(last().reference).toBe(NOT_LUHN);
    expect(last().msg).toBe(`ref ${NOT_LUHN}`);
  });

  it('when an error whose message holds a card number is logged, then its message and stack are masked', () => {
    const { logger, last, raw } = captureLogs();
    logger.error({ err: new Error(`card ${VISA} was declined`) }, 'payment failed');
    expect(last().err.message).toBe('card [card ****4242] was declined');
    expect(last().err.type).toBe('Error');
    expect(last().err.stack).toContain('card [card ****4242] was declined');
    expect(raw.join()).not.toContain(VISA);
  });

  it('when an error holding a card number is logged on its own, then the message taken from it is masked', () => {
    const { logger, last, raw } = captureLogs();
    logger.error(new Error(`card ${VISA} was declined`));
    expect(last().msg).toBe('card [card ****4242] was declined');
    expect(raw.join()).not.toContain(VISA);
  });

  it('when an error is logged, then its extra properties and its cause are kept', () => {
    const { logger, last } = captureLogs();
    const error = Object.assign(new Error('outer', { cause: new Error('inner') }), { code: 'E_PAY' });
    logger.error({ err: error }, 'failed');
    expect(last().err).toMatchObject({ type: 'Error', message: 'outer: inner', code: 'E_PAY' });
    expect(last().err.stack).toContain('Error: outer');
  });
});
