import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { childEnv } from '@shop/config/engines';
import { fetchJson } from '@shop/http/testing';
import { ephemeralPorts } from '../src/env.js';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** How long a spawned runner may take to print its banner: tsx compiles it as it loads, over 60 s with two test runs on two cores. */
export const RUNNER_START_MS = 150_000;

export interface Runner {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  gateway: string;
  /** The gateway's internal port (metrics, docs, every service's readiness), from the banner. */
  internal: string | undefined;
  /** The embedded mail catcher's page and API, from the banner (absent when SMTP_URL is set). */
  emails: string | undefined;
}

/**
 * Starts `infra/runner` as its own process, the way `npm start` does, and waits for its banner.
 * Its environment is PATH, HOME and what is below: nothing exported in the shell (an engine URL,
 * ADMIN_PASSWORD) reaches it, so a runner test states its engines and settings itself.
 */
export async function startRunner(dataDir: string, env: Record<string, string> = {}): Promise<Runner> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'infra/runner/src/main.ts'], {
    cwd: root,
    env: childEnv({
      ...ephemeralPorts(),
      DATA_DIR: dataDir,
      // The storefront has its own browser tests (npm run test:browser); a Next build here would slow npm test.
      STOREFRONT: 'off',
      ADMIN: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    }),
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const gateway = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runner did not start in ${RUNNER_START_MS} ms:\n${out}`)), RUNNER_START_MS);
    const poll = setInterval(() => {
      const match = /Gateway\s+(http:\/\/\S+)/.exec(out);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]!);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`runner exited with ${code}:\n${out}`));
    });
  });
  return {
    child,
    output: () => out,
    gateway,
    internal: /Internal\s+(http:\/\/\S+)/.exec(out)?.[1],
    emails: /emails\s+(http:\/\/\S+)/.exec(out)?.[1],
  };
}

export function stop(runner: Runner): Promise<number | null> {
  return new Promise((resolve) => {
    runner.child.once('exit', (code) => resolve(code));
    runner.child.kill('SIGINT');
  });
}

export const call = (base: string, method: string, path: string, body?: unknown, token?: string) =>
  fetchJson(`${base}${path}`, { method, body, token });
