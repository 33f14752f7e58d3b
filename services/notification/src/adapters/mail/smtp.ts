import nodemailer from 'nodemailer';
import type { Mailer } from '../../domain/ports.js';

/** Email through SMTP with a pooled connection (a new connection per message costs ~100 ms). */
export function smtpMailer(options: { url: string; from: string; timeoutMs?: number }): Mailer {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport(`${options.url}${options.url.includes('?') ? '&' : '?'}pool=true`, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as never);
  return {
    async send(email) {
      await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, text: email.text, html: email.html });
    },
    async close() {
      transport.close();
    },
  };
}
