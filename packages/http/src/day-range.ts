import { ValidationError } from '@shop/errors/errors';
import { Type } from 'typebox';

const DAY_MS = 86_400_000;

/** `?from&to` of a list over the instant `what` names (e.g. "Died"): `from` inclusive, `to` exclusive. */
export function instantRangeQuery(what: string) {
  return {
    from: Type.Optional(Type.String({ format: 'date-time', description: `${what} at or after` })),
    to: Type.Optional(Type.String({ format: 'date-time', description: `${what} before` })),
  };
}

/** `?from&to` of a list by creation time. */
export const CreatedRangeQuery = instantRangeQuery('Created');

/** The bounds a list's repository takes: at or after `from`, before `before`. */
export interface CreatedRange {
  from?: Date;
  before?: Date;
}

/**
 * Reads a list's `?from&to` (already checked as date-times by `CreatedRangeQuery`). `to` is
 * exclusive, so `from` at or after `to` would match nothing: a 400 naming `from`, as a typo is far
 * likelier than a wish for an empty page.
 */
export function createdRange(query: { from?: string | undefined; to?: string | undefined }): CreatedRange {
  const range: CreatedRange = {};
  if (query.from) range.from = new Date(query.from);
  if (query.to) range.before = new Date(query.to);
  if (range.from && range.before && range.from >= range.before) {
    throw new ValidationError('`from` must be before `to`.', [{ path: '/querystring/from', message: 'must be before to' }]);
  }
  return range;
}

/** A calendar day, `YYYY-MM-DD` (checked: no 30 February). */
export const IsoDay = Type.String({ format: 'date' });

/** `?from&to` of an aggregate: UTC calendar days, both inclusive. */
export const DayRangeQuery = {
  from: Type.Optional(Type.String({ format: 'date', description: 'First UTC day (YYYY-MM-DD), inclusive; default 29 days before `to`' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last UTC day (YYYY-MM-DD), inclusive; default today' })),
};

/** Whole UTC days `from`..`to` (`YYYY-MM-DD`, inclusive). */
export interface DayRange {
  from: string;
  to: string;
}

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);
const startOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * Resolves an aggregate's `?from&to` (already checked as dates by the route schema): `to`
 * defaults to today and `from` to `defaultDays` days ending on `to`. `from` after `to`, or a
 * range longer than `maxDays`, is a 400 naming the query field.
 */
export function dayRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date = new Date(),
  { defaultDays = 30, maxDays = 366 } = {},
): DayRange {
  const to = query.to ?? dayOf(now);
  const from = query.from ?? dayOf(new Date(startOf(to).getTime() - (defaultDays - 1) * DAY_MS));
  const start = startOf(from);
  const end = new Date(startOf(to).getTime() + DAY_MS);
  if (start >= end) {
    throw new ValidationError('`from` must not be after `to`.', [{ path: '/querystring/from', message: 'must not be after to' }]);
  }
  if ((end.getTime() - start.getTime()) / DAY_MS > maxDays) {
    throw new ValidationError(`A range covers at most ${maxDays} days.`, [
      { path: '/querystring/to', message: `must be at most ${maxDays} days after from (inclusive)` },
    ]);
  }
  return { from, to };
}
