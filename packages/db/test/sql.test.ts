import { describe, expect, it } from 'vitest';
import { sql, statementOf, whereAll } from '@shop/db/sql';

describe('sql', () => {
  it('when values are interpolated, then each is a parameter numbered in order', () => {
    const q = sql`SELECT * FROM t WHERE a = ${1} AND b = ANY(${['x', 'y']}::text[])`;
    expect(q.text).toBe('SELECT * FROM t WHERE a = $1 AND b = ANY($2::text[])');
    expect(q.values).toEqual([1, ['x', 'y']]);
  });

  it('when fragments nest, then their parameters take the next numbers and their text joins in place', () => {
    const set = sql`, status = ${'paid'}`;
    const inner = sql`(SELECT ${'u1'} ${sql`|| ${'-'}`})`;
    const q = sql`UPDATE t SET at = ${'now'}${set} WHERE id = ${inner} AND n > ${0}`;
    expect(q.text).toBe('UPDATE t SET at = $1, status = $2 WHERE id = (SELECT $3 || $4) AND n > $5');
    expect(q.values).toEqual(['now', 'paid', 'u1', '-', 0]);
  });

  it('when fragments are joined, raw text spliced or nothing given, then the text reads as written', () => {
    const cols = sql.raw('id, name');
    expect(sql`SELECT ${cols} FROM t`.text).toBe('SELECT id, name FROM t');
    const list = sql.join([sql`${1}`, sql`${2}::int`, sql`${3}`]);
    expect(sql`VALUES (${list})`.text).toBe('VALUES ($1, $2::int, $3)');
    expect(sql`VALUES (${list})`.values).toEqual([1, 2, 3]);
    expect(sql.join([]).text).toBe('');
    expect(sql`a${sql.empty}b`.text).toBe('ab');
    expect(sql`${null}`.values).toEqual([null]);
  });

  it('when some conditions are left out, then WHERE joins the others with AND, and none gives nothing', () => {
    const q = whereAll([sql`a = ${1}`, undefined, false, sql`c < ${null}`]);
    expect(q.text).toBe('WHERE a = $1 AND c < $2');
    expect(q.values).toEqual([1, null]);
    expect(whereAll([undefined, false]).text).toBe('');
  });

  it('when a statement is text, then it is passed as given', () => {
    expect(statementOf('SELECT $1', [1])).toEqual({ text: 'SELECT $1', values: [1] });
    expect(statementOf(sql`SELECT ${1}`)).toEqual({ text: 'SELECT $1', values: [1] });
  });
});
