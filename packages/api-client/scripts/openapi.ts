import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { ephemeralPorts } from '@shop/runner/env';
import { startPlatform } from '@shop/runner/main';

/** The services whose OpenAPI documents become `src/generated/<name>.ts`. */
export const SERVICES = ['user', 'catalog', 'inventory', 'cart', 'order', 'payment', 'notification'] as const;

export const GENERATED_DIR = join(import.meta.dirname, '..', 'src', 'generated');

/**
 * Starts the platform on free ports with a throw-away data folder, reads every service's
 * `/openapi.json` and returns the formatted TypeScript for each, keyed by file name.
 */
export async function generateTypes(): Promise<Map<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'api-client-gen-'));
  // Every port the runner opens, the gateway's internal one included, from the runner's own list.
  const platform = await startPlatform({ ...process.env, ...ephemeralPorts(), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  try {
    const prettierConfig = (await resolveConfig(join(GENERATED_DIR, 'x.ts'))) ?? {};
    const files = new Map<string, string>();
    for (const service of SERVICES) {
      const url = platform.services[service];
      if (!url) throw new Error(`the platform has no ${service} service`);
      const response = await fetch(`${url}/openapi.json`);
      if (!response.ok) throw new Error(`${service}: GET /openapi.json answered ${response.status}`);
      const document = (await response.json()) as Record<string, unknown>;
      delete document['servers']; // ports differ from run to run
      const ast = await openapiTS(document as never, { alphabetize: true });
      const header = `// Generated from the ${service} service's /openapi.json by \`npm run generate -w packages/api-client\`. Do not edit.\n\n`;
      files.set(`${service}.ts`, await format(header + astToString(ast), { ...prettierConfig, parser: 'typescript' }));
    }
    return files;
  } finally {
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
