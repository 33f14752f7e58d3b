/**
 * A WHERE clause from optional filters: each `[sql, value]` whose value is defined adds
 * `sql` with its `?` numbered as the next parameter, joined with AND.
 *   where([['user_id = ?', userId], ['status = ?', status]]) → { clause: 'WHERE user_id = $1', values: [userId] }
 */
export function where(filters: readonly (readonly [sql: string, value: unknown])[]): { clause: string; values: unknown[] } {
  const parts: string[] = [];
  const values: unknown[] = [];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    values.push(value);
    parts.push(sql.replace('?', `$${values.length}`));
  }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', values };
}
