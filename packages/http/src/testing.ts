import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { HttpApp } from './app.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

/**
 * Doc-driven contract checks for tests: validates a response against the schema the app's own
 * OpenAPI document declares for that route and status. Returns the problems (empty when valid);
 * an undocumented route or status is a problem too.
 */
export function createResponseChecker(app: HttpApp): (method: string, url: string, status: number, body: unknown) => string[] {
  const doc = app.swagger() as { paths?: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, object> } };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) ajv.addSchema(schema, `#/components/schemas/${name}`);
  const routes = Object.entries(doc.paths ?? {}).map(([template, operations]) => ({
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    operations,
  }));

  return (method, url, status, body) => {
    const path = url.split('?')[0]!;
    const matching = routes.filter((r) => r.pattern.test(path));
    if (matching.length === 0) return [`${method} ${path} is not in the OpenAPI document`];
    // Templates may overlap (`/products/{idOrSlug}` for GET, `/products/{id}` for PATCH).
    const operation = matching.map((r) => r.operations[method.toLowerCase()]).find((o) => o !== undefined);
    if (!operation) return [`${method} ${path} is not documented`];
    const responses = operation.responses ?? {};
    const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'];
    if (!response) return [`${method} ${path} does not document status ${status}`];
    const content = response.content ?? {};
    const schema = Object.values(content)[0]?.schema;
    if (!schema)
      return body === undefined || body === '' || body === null ? [] : [`${method} ${path} ${status} documents no body but one was sent`];
    const validate = ajv.compile(schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${method} ${path} ${status}: ${e.instancePath || '/'} ${e.message ?? ''}`);
  };
}

export interface TestResponse {
  status: number;
  // Tests read response bodies freely; the OpenAPI check already vouched for their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Record<string, unknown>;
  text: string;
}

export interface TestRequest {
  method?: string;
  url: string;
  payload?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/**
 * `app.inject` for component tests: every response is checked against the route's documented
 * schema (a mismatch throws), and every body is kept so a test can scan them (for leaked secrets).
 */
export function createTestClient(app: HttpApp) {
  const check = createResponseChecker(app);
  const bodies: string[] = [];
  return {
    bodies,
    async request({ method = 'GET', url, payload, token, headers = {} }: TestRequest): Promise<TestResponse> {
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
      bodies.push(response.body);
      const json = (response.headers['content-type'] ?? '').toString().includes('json');
      const body: unknown = response.body && json ? JSON.parse(response.body) : response.body;
      const problems = check(method, url, response.statusCode, response.body ? body : undefined);
      if (problems.length > 0) throw new Error(`Response does not match the OpenAPI document:\n${problems.join('\n')}`);
      return { status: response.statusCode, body, headers: response.headers, text: response.body };
    },
  };
}

/** What `fetchJson` answers; tests read the body freely. */
export interface FetchedJson {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: Record<string, any>;
}

/** JSON over real HTTP to a running service or gateway (child processes, the one-command run, benchmarks). */
export async function fetchJson(
  url: string,
  options: { method?: string; token?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
): Promise<FetchedJson> {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as FetchedJson['body']) : {} };
}
