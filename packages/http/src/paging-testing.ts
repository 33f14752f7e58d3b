import { MAX_LIMIT, MAX_PAGE } from './schemas.js';
import type { TestRequest, TestResponse } from './testing.js';

/** Past the last page, past a 32-bit offset, past what a double holds: each must be refused, not sent to a store. */
const PAGES_OUT_OF_RANGE = [String(MAX_PAGE + 1), '99999999999', '1e300'];

/**
 * For component tests: what is wrong with a list's paging bounds (empty when right). A page out
 * of range must be a 400 naming `/querystring/page`; the last page there may be must answer.
 */
export async function pagingProblems(
  request: (options: TestRequest) => Promise<TestResponse>,
  url: string,
  token?: string,
): Promise<string[]> {
  const problems: string[] = [];
  const ask = (query: string) => request({ url: `${url}${url.includes('?') ? '&' : '?'}${query}`, ...(token ? { token } : {}) });
  for (const page of PAGES_OUT_OF_RANGE) {
    const response = await ask(`page=${page}`);
    const named = (response.body?.errors ?? []).some((e: { path?: string }) => e.path === '/querystring/page');
    if (response.status !== 400 || !named) problems.push(`page=${page}: ${response.status} ${response.text.slice(0, 200)}`);
  }
  const last = await ask(`page=${MAX_PAGE}&limit=${MAX_LIMIT}`);
  if (last.status !== 200 || last.body?.page !== MAX_PAGE) problems.push(`page=${MAX_PAGE}: ${last.status} ${last.text.slice(0, 200)}`);
  return problems;
}
