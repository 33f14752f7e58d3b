import { Writable } from 'node:stream';
import { createLogger } from '@shop/logging/logger';

export type LogLine = Record<string, any>;

/** A logger writing JSON lines into `lines`, parsed, as a service would log them. */
export function captureLogs(level = 'info') {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      callback();
    },
  });
  const logger = createLogger({ service: 'orders', level, destination });
  return { logger, lines, raw, last: () => lines.at(-1)! };
}
