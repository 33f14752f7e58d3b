import type { Mailer, NotificationRepository } from './ports.js';

export interface SenderOptions {
  repository: NotificationRepository;
  mailer: Mailer;
  clock: { now(): Date };
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a claimed email is this sender's before another may take it (a crash mid-send). */
  leaseMs?: number;
  /** How often due retries are looked for when nothing new arrives. */
  pollMs?: number;
  warn(message: string, details: Record<string, unknown>): void;
}

/** Exponential backoff with ±25% jitter: base, 2×base, 4×base… capped. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const delay = Math.min(baseMs * 2 ** (attempt - 1), maxMs);
  return Math.round(delay * (0.75 + random() * 0.5));
}

/**
 * Sends logged emails: new ones at once (`kick`), failed attempts again with exponential backoff,
 * and after `maxAttempts` marks them failed and dead-letters their event. Consuming never waits on
 * SMTP: an outage piles up pending rows while other events are still read and logged.
 */
export function makeSender(options: SenderOptions) {
  const { repository, mailer, clock } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  let running = false;
  let busy: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function sendDue(): Promise<void> {
    for (;;) {
      const due = await repository.claimDue(clock.now(), leaseMs, 20);
      if (due.length === 0) return;
      for (const n of due) {
        const attempts = n.attempts + 1;
        try {
          await mailer.send({ to: n.recipient, subject: n.subject, text: n.bodyText, html: n.bodyHtml ?? n.bodyText });
          await repository.markSent(n.id, attempts, clock.now());
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          if (attempts >= options.maxAttempts) {
            options.warn('email not delivered; event dead-lettered', { id: n.id, eventId: n.eventId, attempts, error: reason });
            await repository.markFailed(n.id, attempts, reason, clock.now());
          } else {
            const next = new Date(clock.now().getTime() + retryDelayMs(attempts, options.retryBaseMs, options.retryMaxMs));
            await repository.markRetry(n.id, attempts, reason, next);
          }
        }
      }
    }
  }

  /** Runs one pass now, or one more right after the current pass. */
  function kick(): Promise<void> {
    if (busy) {
      again = true;
      return busy;
    }
    busy = (async () => {
      try {
        do {
          again = false;
          await sendDue();
        } while (again);
      } catch (error) {
        options.warn('notification sender pass failed; will retry', { error: String(error) });
      } finally {
        busy = null;
      }
    })();
    return busy;
  }

  return {
    kick,
    start() {
      if (running) return;
      running = true;
      const tick = () => {
        if (!running) return;
        void kick().finally(() => {
          if (running) timer = setTimeout(tick, pollMs);
        });
      };
      tick();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await busy;
    },
  };
}

export type Sender = ReturnType<typeof makeSender>;
