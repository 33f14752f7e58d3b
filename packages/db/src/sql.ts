/**
 * SQL written as a tagged template, its parameters numbered for you:
 *
 *   const byCustomer = sql`user_id = ${userId}`;
 *   db.query(sql`SELECT id FROM orders WHERE ${byCustomer} AND status = ANY(${statuses}::varchar[])`);
 *   // → text 'SELECT id FROM orders WHERE user_id = $1 AND status = ANY($2::varchar[])', values [userId, statuses]
 *
 * Every interpolated value is a parameter, except a fragment (another `sql`…``, `sql.join`,
 * `sql.raw`), which is spliced in with its own parameters renumbered. So statements compose from
 * pieces, each written where it reads best, and no one counts `$n` by hand. `sql.raw` is for text
 * the code itself holds (column lists, a cast); never for input.
 */
export class Sql {
  /** Text between the parameters: one more than `values`. */
  readonly #strings: readonly string[];
  readonly values: readonly unknown[];

  private constructor(strings: readonly string[], values: readonly unknown[]) {
    this.#strings = strings;
    this.values = values;
  }

  /** The statement with its parameters as `$1`, `$2`, …, in the order of `values`. */
  get text(): string {
    let text = this.#strings[0]!;
    for (let i = 1; i < this.#strings.length; i++) text += `$${i}${this.#strings[i]!}`;
    return text;
  }

  /** Flattens nested fragments: their text joins this one's, their values take the next numbers. */
  static of(strings: readonly string[], values: readonly unknown[]): Sql {
    const text: string[] = [strings[0]!];
    const flat: unknown[] = [];
    values.forEach((value, i) => {
      if (value instanceof Sql) {
        text[text.length - 1] += value.#strings[0]!;
        for (let j = 0; j < value.values.length; j++) {
          flat.push(value.values[j]);
          text.push(value.#strings[j + 1]!);
        }
        text[text.length - 1] += strings[i + 1]!;
      } else {
        flat.push(value);
        text.push(strings[i + 1]!);
      }
    });
    return new Sql(text, flat);
  }
}

interface SqlTag {
  (strings: TemplateStringsArray, ...values: unknown[]): Sql;
  /** Text the code holds (a column list, an operator), spliced in as it is; never input. */
  raw(text: string): Sql;
  /** The fragments with `separator` between them (default `, `); nothing for none. */
  join(parts: readonly Sql[], separator?: string): Sql;
  /** Nothing: for a part a statement does not always have. */
  readonly empty: Sql;
}

export const sql: SqlTag = Object.assign((strings: TemplateStringsArray, ...values: unknown[]) => Sql.of(strings, values), {
  raw: (text: string) => Sql.of([text], []),
  join: (parts: readonly Sql[], separator = ', ') =>
    parts.length === 0 ? Sql.of([''], []) : Sql.of(['', ...parts.slice(1).map(() => separator), ''], parts),
  empty: Sql.of([''], []),
});

/** `WHERE a AND b …` of the conditions given (false and undefined ones left out); nothing when none is. */
export function whereAll(conditions: readonly (Sql | false | undefined)[]): Sql {
  const kept = conditions.filter((c): c is Sql => c instanceof Sql);
  return kept.length === 0 ? sql.empty : sql`WHERE ${sql.join(kept, ' AND ')}`;
}

/** A statement for `Queryable.query`: text and values of a fragment, or the text and values given. */
export function statementOf(
  statement: string | Sql,
  params?: readonly unknown[],
): { text: string; values: readonly unknown[] | undefined } {
  return typeof statement === 'string' ? { text: statement, values: params } : { text: statement.text, values: statement.values };
}
