import { describe, expect, it } from 'vitest';
import { where } from '@shop/db/where';

describe('where', () => {
  it('when some filters are undefined, then only the defined ones are numbered and joined with AND', () => {
    expect(
      where([
        ['a = ?', 1],
        ['b = ?', undefined],
        ['c < ?', null],
      ]),
    ).toEqual({ clause: 'WHERE a = $1 AND c < $2', values: [1, null] });
    expect(where([['a = ?', undefined]])).toEqual({ clause: '', values: [] });
  });
});
