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
    const route = routes.find((r) => r.pattern.test(path));
    if (!route) return [`${method} ${path} is not in the OpenAPI document`];
    const operation = route.operations[method.toLowerCase()];
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
