import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one Schemathesis run (one service, one caller) came to, read from its JSON and HAR reports. */
export interface RunResult {
  requests: number;
  serverErrors: number;
  schemaViolations: number;
  otherFailures: number;
  /** One line per kind of failure: code, title, count, operations. */
  findings: string[];
}

export interface ServiceResult extends RunResult {
  service: string;
}

interface JsonReport {
  exit_code: number;
  complete: boolean;
  failures: { code: string; title: string; count: number; operations: string[] }[];
  errors: { title: string; count: number }[];
}

interface Har {
  log: { entries: { response: { status: number } }[] };
}

/** Server errors: a 5xx (ST101), or one for an undeclared content type (ST102). Counted from the HAR. */
const SERVER_ERROR = new Set(['ST101', 'ST102']);
/** A body or header the operation's own documented schema rejects, or a body its content type cannot carry. */
const SCHEMA_VIOLATION = new Set(['ST108', 'ST109', 'ST110']);

function reportIn(dir: string, prefix: string): string {
  const name = readdirSync(dir).find((file) => file.startsWith(prefix) && file.endsWith('.json'));
  if (!name) throw new Error(`no ${prefix} report in ${dir}: did schemathesis start? See ${join(dir, 'output.txt')}`);
  return join(dir, name);
}

export function readRun(dir: string): RunResult {
  const report = JSON.parse(readFileSync(reportIn(dir, 'json-'), 'utf8')) as JsonReport;
  const har = JSON.parse(readFileSync(reportIn(dir, 'har-'), 'utf8')) as Har;
  const entries = har.log.entries;
  const result: RunResult = {
    requests: entries.length,
    serverErrors: entries.filter((entry) => entry.response.status >= 500).length,
    schemaViolations: 0,
    otherFailures: 0,
    findings: [],
  };
  for (const failure of report.failures) {
    result.findings.push(`${failure.code} ${failure.title} ×${failure.count}: ${failure.operations.join('; ')}`);
    if (SERVER_ERROR.has(failure.code)) continue;
    if (SCHEMA_VIOLATION.has(failure.code)) result.schemaViolations += failure.count;
    else result.otherFailures += failure.count;
  }
  for (const error of report.errors) {
    result.findings.push(`error: ${error.title} ×${error.count}`);
    result.otherFailures += error.count;
  }
  // A run that stopped early (a crash, a timeout) or failed on something not listed is a failure too.
  if (!report.complete || (report.exit_code !== 0 && report.failures.length === 0 && report.errors.length === 0)) {
    result.findings.push(`run did not finish cleanly (exit ${report.exit_code})`);
    result.otherFailures += 1;
  }
  return result;
}

export function addUp(service: string, runs: RunResult[]): ServiceResult {
  return {
    service,
    requests: runs.reduce((n, r) => n + r.requests, 0),
    serverErrors: runs.reduce((n, r) => n + r.serverErrors, 0),
    schemaViolations: runs.reduce((n, r) => n + r.schemaViolations, 0),
    otherFailures: runs.reduce((n, r) => n + r.otherFailures, 0),
    findings: runs.flatMap((r) => r.findings),
  };
}

/** The table the run ends with (Markdown, so it can be pasted into a report as it is). */
export function renderTable(results: ServiceResult[]): string {
  const header = ['service', 'generated requests', '5xx', 'schema violations', 'other failures'];
  const rows = results.map((r) => [
    r.service,
    String(r.requests),
    String(r.serverErrors),
    String(r.schemaViolations),
    String(r.otherFailures),
  ]);
  const total = ['total', ...[1, 2, 3, 4].map((i) => String(rows.reduce((n, row) => n + Number(row[i]), 0)))];
  const all = [header, ...rows, total];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...[...rows, total].map(line)].join('\n');
}
