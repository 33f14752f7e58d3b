import type { Audited } from './audit.js';

export const THRESHOLDS = { performance: 90, accessibility: 95 };

export interface Failure {
  page: string;
  formFactor: string;
  reasons: string[];
}

/** Every page and form factor under a threshold or with a failed request, with what to fix. */
export function failures(results: Audited[]): Failure[] {
  return results.flatMap((r) => {
    const reasons: string[] = [];
    if (r.scores.performance < THRESHOLDS.performance) {
      reasons.push(`performance ${r.scores.performance} < ${THRESHOLDS.performance}`);
      for (const hint of r.performanceHints) reasons.push(`  perf: ${hint.title}${hint.displayValue ? ` (${hint.displayValue})` : ''}`);
      if (r.cls > 0.1) reasons.push(`  CLS ${r.cls}, shifted: ${r.shiftedElements.join(', ') || 'see the HTML report'}`);
    }
    for (const f of r.failedRequests) reasons.push(`request answered ${f.statusCode < 0 ? 'nothing (failed)' : f.statusCode}: ${f.url}`);
    if (r.scores.accessibility < THRESHOLDS.accessibility) {
      reasons.push(`accessibility ${r.scores.accessibility} < ${THRESHOLDS.accessibility}`);
      for (const a of r.accessibilityFailures) reasons.push(`  a11y: ${a.title} [${a.id}]${a.items ? `, ${a.items} element(s)` : ''}`);
    }
    return reasons.length ? [{ page: r.page, formFactor: r.formFactor, reasons }] : [];
  });
}

const mark = (value: number, min?: number) => (min !== undefined && value < min ? `**${value}** ✗` : String(value));

export function markdown(meta: { at: string; storefrontUrl: string; runs: number; environment: string }, results: Audited[]): string {
  const failed = failures(results);
  const a11yNotes = results.filter((r) => r.accessibilityFailures.length > 0);
  const requestNotes = results.filter((r) => r.failedRequests.length > 0);
  return [
    `# Lighthouse (${meta.at})`,
    '',
    `${meta.environment}. Storefront ${meta.storefrontUrl}; median of ${meta.runs} run(s) by performance score. ` +
      `Mobile: Lighthouse's default config (simulated slow 4G, 4x CPU slowdown); desktop: its desktop preset. ` +
      `Gate: performance ≥ ${THRESHOLDS.performance} and accessibility ≥ ${THRESHOLDS.accessibility} on every page, ` +
      'and no request of any page failed or answered 4xx/5xx.',
    '',
    '| page | form factor | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.page} | ${r.formFactor} | ${mark(r.scores.performance, THRESHOLDS.performance)} | ` +
        `${mark(r.scores.accessibility, THRESHOLDS.accessibility)} | ${r.scores.bestPractices} | ${r.scores.seo} | ` +
        `${r.lcpMs} | ${r.cls} | ${r.tbtMs} |`,
    ),
    '',
    failed.length === 0 ? 'Gate: **passed**.' : `Gate: **failed** on ${failed.length} page/form factor pair(s).`,
    ...(a11yNotes.length
      ? [
          '',
          '## Accessibility audits not passing',
          '',
          ...a11yNotes.map(
            (r) => `- ${r.page} (${r.formFactor}): ${r.accessibilityFailures.map((a) => `${a.title} [${a.id}]`).join('; ')}`,
          ),
        ]
      : []),
    ...(requestNotes.length
      ? [
          '',
          '## Requests that failed or answered 4xx/5xx',
          '',
          ...requestNotes.map(
            (r) => `- ${r.page} (${r.formFactor}): ${r.failedRequests.map((f) => `${f.statusCode} ${f.url}`).join('; ')}`,
          ),
        ]
      : []),
    '',
  ].join('\n');
}
