import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generateTypes } from './openapi.js';

const files = await generateTypes();
mkdirSync(GENERATED_DIR, { recursive: true });
for (const [name, text] of files) writeFileSync(join(GENERATED_DIR, name), text);
process.stdout.write(`wrote ${[...files.keys()].join(', ')} to ${GENERATED_DIR}\n`);
