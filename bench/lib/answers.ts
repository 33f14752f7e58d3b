import type autocannon from 'autocannon';

/** What a load run got back: answers by HTTP status, and requests that got no answer at all. */
export interface Answers {
  byStatus: Record<string, number>;
  /** The statuses the run expects (what `unexpected` is counted against). */
  expected: readonly number[];
  /** Answers the run did not expect: a status outside `expected`, or an expected status for the wrong reason. */
  unexpected: number;
  /** Transport errors and timeouts: no HTTP answer. */
  errors: number;
  /** The first transport error or unexpected answer, to say what went wrong. */
  firstProblem?: string;
}

/** Counts answers one request at a time (the benches that drive requests themselves). */
export class AnswerCounter implements Answers {
  byStatus: Record<string, number> = {};
  unexpected = 0;
  errors = 0;
  firstProblem?: string;

  constructor(readonly expected: readonly number[]) {}

  /** One answer; `ok` says whether it is one the run expects (by default: its status is in `expected`). */
  answer(status: number, body?: unknown, ok = this.expected.includes(status)): void {
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    if (ok) return;
    this.unexpected++;
    this.firstProblem ??= `${status} ${JSON.stringify(body ?? '').slice(0, 300)}`;
  }

  error(error: unknown): void {
    this.errors++;
    this.firstProblem ??= error instanceof Error ? error.message : String(error);
  }
}

/** The answers of an autocannon run: its status counts, plus its errors and timeouts. */
export function autocannonAnswers(result: autocannon.Result, expected: readonly number[] = [200]): Answers {
  const byStatus = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, s]) => [status, s.count ?? 0]));
  const unexpected = Object.entries(byStatus)
    .filter(([status]) => !expected.includes(Number(status)))
    .reduce((sum, [, count]) => sum + count, 0);
  return { byStatus, expected, unexpected, errors: result.errors + result.timeouts };
}

/** Why these answers are not all expected, or undefined when they are (and there is at least one). */
export function whyUnexpected(answers: Answers): string | undefined {
  const total = Object.values(answers.byStatus).reduce((a, b) => a + b, 0);
  const reasons = [
    ...(answers.unexpected > 0
      ? [
          `${answers.unexpected} unexpected answer(s) among ${Object.entries(answers.byStatus)
            .map(([s, c]) => `${c} × ${s}`)
            .join(', ')}`,
        ]
      : []),
    ...(answers.errors > 0 ? [`${answers.errors} without an answer (transport error or timeout)`] : []),
    ...(total === 0 ? ['no answer at all'] : []),
  ];
  if (reasons.length === 0) return undefined;
  const first = answers.firstProblem ? `; first: ${answers.firstProblem}` : '';
  return `${reasons.join(', ')} (expected ${answers.expected.join('/')})${first}`;
}

/**
 * What went wrong in a benchmark run. Every load run is checked against the statuses it expects;
 * the run writes its report, then exits non-zero if anything was unexpected.
 */
export class Problems {
  readonly list: string[] = [];

  /** Records `what` as a problem if its answers are not all expected. */
  check(what: string, answers: Answers): void {
    const why = whyUnexpected(answers);
    if (why) this.add(`${what}: ${why}`);
  }

  /** Like `check`, but stops the run: nothing measured against a wrong baseline would mean anything. */
  require(what: string, answers: Answers): void {
    const why = whyUnexpected(answers);
    if (why) throw new Error(`${what}: ${why}`);
  }

  add(problem: string): void {
    this.list.push(problem);
    process.stderr.write(`UNEXPECTED ${problem}\n`);
  }

  /** Sets a failing exit code, listing the problems, when there were any. */
  exitIfAny(): void {
    if (this.list.length === 0) return;
    process.stderr.write(`\nbenchmark FAILED: ${this.list.length} problem(s)\n${this.list.map((p) => `- ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

/**
 * One request to each path before any load: a baseline or target that answers something else
 * (a 404 from a mistyped route) fails the run here, before its figure could mean anything.
 */
export async function probe(
  baseUrl: string,
  paths: readonly string[],
  expected: readonly number[] = [200],
  headers: Record<string, string> = {},
): Promise<void> {
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    const body = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`GET ${baseUrl}${path} answered ${response.status}, expected ${expected.join('/')}: ${body.slice(0, 300)}`);
    }
  }
}
