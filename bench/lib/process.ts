import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { childEnv } from '@shop/config/engines';

export interface Started {
  child: ChildProcess;
  /** The first capture group of the `ready` pattern (a port or a URL). */
  ready: string;
}

export interface StartOptions {
  /** The variables the child gets besides PATH and HOME (see `childEnv`). */
  env: Record<string, string>;
  /** What the child prints on stdout once it listens; its first group is returned. */
  ready?: RegExp;
  /** Copies the child's stdout to this file. */
  logFile?: string;
  /** Extra node flags before the script (e.g. --cpu-prof). */
  nodeFlags?: string[];
}

/** Runs a TypeScript file of the bench in its own node process and waits until it says it is ready. */
export function startScript(script: string, args: string[], options: StartOptions): Promise<Started> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--conditions=source', '--import', 'tsx', script, ...args], {
    env: childEnv(options.env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  const ready = options.ready ?? /READY (\S+)/;
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      log?.write(d);
      out += d.toString();
      const match = ready.exec(out);
      if (match) resolve({ child, ready: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`${script} ${args.join(' ')} exited with ${code}`)));
  });
}

/** SIGTERM, then waits for the exit. */
export function stopScript(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    started.child.once('exit', () => resolve());
    started.child.kill('SIGTERM');
  });
}
