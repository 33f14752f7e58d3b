import { test } from 'vitest';
import { expectProjectTimeouts } from './timeouts.js';

test('when a project runs, then its tests and hooks get the timeouts vitest.timeouts.ts sets, not Vitest’s 5 s and 10 s', (context) => {
  expectProjectTimeouts(context);
});
