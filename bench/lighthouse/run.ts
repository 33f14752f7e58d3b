/**
 * Lighthouse on the storefront: home, a category page and a product page, mobile (Lighthouse's
 * default config) and desktop (its preset), in Debian's Chromium (infra/browser). Writes
 * bench/results/lighthouse-<date>.json and lighthouse-latest.md, HTML reports to .artifacts/lighthouse/,
 * and exits 1 if performance < 90 or accessibility < 95 on any page.
 *
 *   npm run bench:lighthouse [-- --no-build]   builds the storefront, starts it and the platform itself
 *   npm run bench:lighthouse -- --url http://127.0.0.1:3000 --gateway http://127.0.0.1:8080
 *       [--gateway-internal http://127.0.0.1:9080] [--runs 3] [--category-path '/category/{slug}']
 *       [--product-path '/product/{slug}'] [--pages /,/docs]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '@shop/browser/chromium';
import { enginesLine, enginesViaGateway, type Engines } from '../lib/engines.js';
import { audit, type Audited, type FormFactor } from './audit.js';
import { failures, markdown, THRESHOLDS } from './report.js';
import { discoverPages, startTarget, type Page, type Target } from './targets.js';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '1'));
const root = join(import.meta.dirname, '..', '..');
const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop'];

const browser = chromiumPath(); // fails fast, naming the install command
const chromiumVersion = execFileSync(browser, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

let target: Target;
const url = option('url');
if (url) {
  const gatewayUrl = option('gateway');
  if (!gatewayUrl && !option('pages')) throw new Error('--url needs --gateway (to find a category and a product) or --pages');
  // The engines are read on the gateway's internal port (GATEWAY_INTERNAL_PORT, 9080 by default).
  const gatewayInternalUrl = gatewayUrl ? option('gateway-internal', 'http://127.0.0.1:9080')! : '';
  target = { storefrontUrl: url.replace(/\/$/, ''), gatewayUrl: gatewayUrl ?? '', gatewayInternalUrl, close: async () => undefined };
} else {
  const started = performance.now();
  target = await startTarget(!args.includes('--no-build'));
  process.stderr.write(`platform and storefront up in ${Math.round(performance.now() - started)} ms: ${target.storefrontUrl}\n`);
}

const results: Audited[] = [];
const timings: Record<string, number> = {};
let engines: Record<string, Engines> = {};
try {
  // The platform must be ready before its pages are graded; its services say what they run on.
  if (target.gatewayInternalUrl) engines = await enginesViaGateway(target.gatewayInternalUrl);
  const listed = option('pages');
  const pages: Page[] = listed
    ? listed.split(',').map((path) => ({ name: path, path }))
    : await discoverPages(target.gatewayUrl, option('category-path', '/category/{slug}')!, option('product-path', '/product/{slug}')!);
  for (const page of pages) {
    const pageUrl = `${target.storefrontUrl}${page.path}`;
    const response = await fetch(pageUrl); // also warms the server (first render, caches) before measuring
    if (!response.ok) throw new Error(`GET ${pageUrl}: ${response.status}; pass --category-path/--product-path if the routes differ`);
    for (const formFactor of FORM_FACTORS) {
      const attempts: Audited[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        attempts.push(await audit(page.name, pageUrl, formFactor));
        timings[`${page.name} ${formFactor} #${i + 1}`] = Math.round(performance.now() - started);
      }
      attempts.sort((a, b) => a.scores.performance - b.scores.performance);
      const median = attempts[Math.floor(attempts.length / 2)]!;
      results.push(median);
      const s = median.scores;
      process.stderr.write(
        `${page.name} ${formFactor}: performance ${s.performance}, accessibility ${s.accessibility}, ` +
          `best practices ${s.bestPractices}, SEO ${s.seo}, LCP ${median.lcpMs} ms, CLS ${median.cls}, TBT ${median.tbtMs} ms\n`,
      );
    }
  }
} finally {
  await target.close();
}

const at = new Date().toISOString();
const stamp = at.replace(/[:.]/g, '-');
const environment =
  `Lighthouse ${results[0]?.lighthouseVersion}, ${chromiumVersion}, Node ${process.version}, ${cpus().length} CPUs. ` +
  (target.gatewayInternalUrl
    ? `Engines, as the services report them (the gateway's internal \`GET /health\`): ${enginesLine(engines)}`
    : 'No gateway given: engines not asked');
const failed = failures(results);
const resultsDir = join(root, 'bench', 'results');
const artifacts = join(root, '.artifacts', 'lighthouse');
mkdirSync(resultsDir, { recursive: true });
mkdirSync(artifacts, { recursive: true });
for (const r of results) writeFileSync(join(artifacts, `${r.page.replace(/[^\w-]+/g, '_')}-${r.formFactor}.html`), r.html);
const report = {
  benchmark: 'lighthouse',
  at,
  node: process.version,
  cpus: cpus().length,
  chromium: chromiumVersion,
  engines,
  lighthouse: results[0]?.lighthouseVersion,
  storefront: target.storefrontUrl,
  runs,
  thresholds: THRESHOLDS,
  timingsMs: timings,
  results: results.map(({ html: _html, ...rest }) => rest),
  failures: failed,
  ok: failed.length === 0,
};
writeFileSync(join(resultsDir, `lighthouse-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(resultsDir, 'lighthouse-latest.md'), markdown({ at, storefrontUrl: target.storefrontUrl, runs, environment }, results));
process.stderr.write(`wrote bench/results/lighthouse-${stamp}.json, lighthouse-latest.md, HTML reports in .artifacts/lighthouse/\n`);

if (failed.length > 0) {
  process.stderr.write('\nLighthouse gate FAILED:\n');
  for (const f of failed) process.stderr.write(`- ${f.page} (${f.formFactor})\n${f.reasons.map((r) => `    ${r}`).join('\n')}\n`);
  process.exitCode = 1;
}
