import { expect, type TestContext } from 'vitest';
import { TIMEOUTS, type ProjectName } from '../../../vitest.timeouts.js';

/** The hook timeout Vitest resolved for this worker (it is not on the task, so it is read from the worker's config). */
function resolvedHookTimeout(): number {
  const worker = (globalThis as { __vitest_worker__?: { config?: { hookTimeout?: number } } }).__vitest_worker__;
  const hookTimeout = worker?.config?.hookTimeout;
  if (typeof hookTimeout !== 'number') throw new Error('Vitest no longer exposes its resolved hookTimeout where this test looks');
  return hookTimeout;
}

/** Prints the timeouts Vitest resolved for the running project and asserts they are the ones vitest.timeouts.ts sets. */
export function expectProjectTimeouts(context: TestContext): void {
  const project = context.task.file.projectName as ProjectName;
  const resolved = { test: context.task.timeout, hook: resolvedHookTimeout() };
  process.stdout.write(`project ${project}: testTimeout ${resolved.test} ms, hookTimeout ${resolved.hook} ms\n`);
  expect(Object.keys(TIMEOUTS)).toContain(project);
  expect(resolved).toEqual(TIMEOUTS[project]);
}
