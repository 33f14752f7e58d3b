import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, generateTypes } from '../scripts/openapi.js';

describe('generated API types', () => {
  it('when the services are started, then their OpenAPI documents match the committed types (run `npm run generate -w packages/api-client` after a contract change)', async () => {
    const fresh = await generateTypes();
    expect(readdirSync(GENERATED_DIR).sort()).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8'), `${name} drifted from the service's OpenAPI`).toBe(text);
    }
  }, 120_000);
});
