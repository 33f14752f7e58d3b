import nodemailer from 'nodemailer';

let counter = 0;
/** A subject no other test (or earlier run against a shared Mailpit) has used. */
export const uniqueSubject = (label: string) => `${label} ${Date.now()}-${process.pid}-${++counter}`;

export interface Mail {
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject: string;
  text?: string;
  html?: string;
  attachments?: { filename: string; content: string; contentType?: string }[];
  auth?: { user: string; pass: string };
}

/** Sends one message over real SMTP with nodemailer; resolves with the Message-ID it was given. */
export async function send(smtpUrl: string, { auth, ...mail }: Mail): Promise<string> {
  const url = new URL(smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port),
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 5_000,
    ...(auth ? { auth } : {}),
  });
  try {
    const info = await transport.sendMail({ from: 'Shop <shop@shop.test>', to: 'ada@example.com', ...mail });
    return info.messageId;
  } finally {
    transport.close();
  }
}
