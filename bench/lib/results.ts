import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const RESULTS = join(import.meta.dirname, '..', 'results');

/** What every report starts with: which benchmark, when, on which Node and how many cores. */
export function reportHeader(benchmark: string) {
  return { benchmark, at: new Date().toISOString(), node: process.version, cpus: cpus().length };
}

/** Writes bench/results/<name>-<date>.json and <name>-latest.md, and prints the markdown. */
export function writeResults(name: string, report: { at: string }, markdown: string[]): void {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = report.at.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `${name}-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS, `${name}-latest.md`), markdown.join('\n'));
  process.stdout.write(markdown.join('\n'));
  process.stderr.write(`wrote bench/results/${name}-${stamp}.json and ${name}-latest.md\n`);
}

/** The p-th percentile of ascending values, to 0.1. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

/** The median of a few runs (the middle one, or the lower middle one). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
}

/** A markdown line for problems found, or for none. */
export function problemsLine(problems: readonly string[]): string {
  return problems.length === 0
    ? 'Answers: **all as expected** (every status in the expected set, no transport errors).'
    : `Answers: **UNEXPECTED** — ${problems.join('; ')}.`;
}

/**
 * Drops a benchmark's database, retrying for a while: an autovacuum worker that the heavy updates
 * started holds it, and a role that is not a superuser may not end that worker (DROP … FORCE fails).
 * A database left behind is named on stderr, not a failed run.
 */
export async function dropDatabase(database: { drop(): Promise<void> }, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.drop();
    } catch (error) {
      if (attempt === 10) {
        process.stderr.write(`could not drop ${name}: ${(error as Error).message}\n`);
        return;
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}
