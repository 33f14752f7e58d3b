import { describe, expect, it } from 'vitest';
import { ValidationError } from '@shop/errors/errors';
import { createdRange, dayRange } from '@shop/http/day-range';

const now = new Date('2026-03-01T23:30:00Z');

describe('day ranges of aggregates', () => {
  it('when nothing is given, then the 30 UTC days ending today', () => {
    expect(dayRange({}, now)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('when only one end is given, then `to` defaults to today and `from` to 30 days ending on `to`', () => {
    // 2024 is a leap year: 29 February is one of the 30 days.
    expect(dayRange({ to: '2024-03-01' }, now)).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(dayRange({ from: '2026-02-20' }, now)).toEqual({ from: '2026-02-20', to: '2026-03-01' });
  });

  it('when both are one day, then that day; when `from` is after `to`, then a 400 naming from', () => {
    expect(dayRange({ from: '2026-02-28', to: '2026-02-28' }, now)).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(() => dayRange({ from: '2026-03-02' }, now)).toThrow(ValidationError);
    let thrown: unknown;
    try {
      dayRange({ from: '2026-02-02', to: '2026-02-01' }, now);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/querystring/from' }] });
  });

  it('when the range is 366 days, then it is accepted; 367 is a 400', () => {
    expect(dayRange({ from: '2024-01-01', to: '2024-12-31' }, now)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(() => dayRange({ from: '2025-01-01', to: '2026-01-02' }, now)).toThrow(/at most 366 days/);
    expect(() => dayRange({ from: '2024-01-01', to: '2025-01-01' }, now)).toThrow(ValidationError);
  });
});

describe('created-at ranges of lists', () => {
  it('when both ends are given, then from is the first instant and before the end (exclusive), offsets read as UTC', () => {
    expect(createdRange({ from: '2026-03-01T00:00:00Z', to: '2026-03-02T01:00:00+01:00' })).toEqual({
      from: new Date('2026-03-01T00:00:00.000Z'),
      before: new Date('2026-03-02T00:00:00.000Z'),
    });
  });

  it('when an end is missing, then that side is open', () => {
    expect(createdRange({})).toEqual({});
    expect(createdRange({ to: '2026-03-01T00:00:00.000Z' })).toEqual({ before: new Date('2026-03-01T00:00:00.000Z') });
    expect(createdRange({ from: '2026-03-01T00:00:00.000Z' })).toEqual({ from: new Date('2026-03-01T00:00:00.000Z') });
  });

  it('when from is not before to, then a 400 naming from (to is exclusive: an equal pair matches nothing)', () => {
    for (const query of [
      { from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      { from: '2026-03-01T00:00:00.001Z', to: '2026-03-01T00:00:00.000Z' },
    ]) {
      let thrown: unknown;
      try {
        createdRange(query);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationError);
      expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/querystring/from', message: 'must be before to' }] });
    }
  });
});
