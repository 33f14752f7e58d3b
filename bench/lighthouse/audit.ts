import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '@shop/browser/chromium';

export type FormFactor = 'mobile' | 'desktop';

export interface Audited {
  page: string;
  url: string;
  formFactor: FormFactor;
  /** Category scores, 0-100. */
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Accessibility audits that did not pass, with what Lighthouse says to fix. */
  accessibilityFailures: { id: string; title: string; items: number }[];
  /** Performance audits scoring below 0.9 that cost time, heaviest first: where to look when performance fails. */
  performanceHints: { id: string; title: string; displayValue: string }[];
  /** The elements that moved (CSS selectors), from the layout-shifts audit. */
  shiftedElements: string[];
  /** Requests the page made that failed or answered 4xx/5xx (the page itself included), from the network-requests audit. */
  failedRequests: { url: string; statusCode: number }[];
  lighthouseVersion: string;
  userAgent: string;
  html: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/**
 * One Lighthouse navigation of `url` in a fresh Debian Chromium (Lighthouse's advice: a new browser
 * per run, so caches and service workers do not carry over). Mobile is Lighthouse's default config
 * (simulated slow 4G, 4x CPU slowdown); desktop is its desktop preset.
 */
export async function audit(page: string, url: string, formFactor: FormFactor): Promise<Audited> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const refs = (id: string) => lhr.categories[id]?.auditRefs ?? [];
    const accessibilityFailures = refs('accessibility')
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        const details = lhr.audits[ref.id]?.details;
        const items = details && 'items' in details ? details.items.length : 0;
        return { id: ref.id, title: lhr.audits[ref.id]!.title, items };
      });
    const performanceHints = refs('performance')
      .filter((ref) => ref.group !== 'metrics')
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 0.9 && !a.id.endsWith('-insight')) // insights repeat the classic audits
      .sort((a, b) => savings(b) - savings(a))
      .slice(0, 8)
      .map((a) => ({ id: a.id, title: a.title, displayValue: a.displayValue ?? '' }));
    const shifts = lhr.audits['layout-shifts']?.details;
    const shiftItems: { node?: { selector?: string } }[] = shifts && 'items' in shifts ? (shifts.items as never) : [];
    const shiftedElements = shiftItems.map((item) => item.node?.selector).filter((selector): selector is string => Boolean(selector));
    const network = lhr.audits['network-requests']?.details;
    const requests: { url?: string; statusCode?: number }[] = network && 'items' in network ? (network.items as never) : [];
    if (requests.length === 0) throw new Error(`Lighthouse saw no network request for ${url}`);
    // A failed request has no HTTP status (Lighthouse reports -1); a redirect (3xx) is an answer.
    const failedRequests = requests
      .filter((r) => typeof r.statusCode !== 'number' || r.statusCode < 200 || r.statusCode >= 400)
      .map((r) => ({ url: r.url ?? '(no url)', statusCode: r.statusCode ?? -1 }));
    return {
      page,
      url,
      formFactor,
      scores: {
        performance: score(lhr, 'performance'),
        accessibility: score(lhr, 'accessibility'),
        bestPractices: score(lhr, 'best-practices'),
        seo: score(lhr, 'seo'),
      },
      lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
      cls: Math.round(numeric(lhr, 'cumulative-layout-shift') * 1000) / 1000,
      tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
      accessibilityFailures,
      performanceHints,
      shiftedElements,
      failedRequests,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      html: Array.isArray(result.report) ? result.report[1]! : '',
    };
  } finally {
    chrome.kill();
  }
}

function savings(a: Result['audits'][string]): number {
  return a.details && 'overallSavingsMs' in a.details ? Number(a.details.overallSavingsMs) || 0 : 0;
}
