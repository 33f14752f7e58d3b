import { test } from 'vitest';
import { expectProjectTimeouts } from './timeouts.js';

test('when the engines project runs, then its tests and hooks get the timeouts vitest.timeouts.ts sets', (context) => {
  expectProjectTimeouts(context);
});
