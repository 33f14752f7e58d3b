import Handlebars from 'handlebars';
import { compile as compileText } from 'html-to-text';
import type { MessageKind, Render } from '../domain/ports.js';
import { LAYOUT, PARTIALS, TEMPLATES } from './messages.js';

const DECLINE_REASONS: Record<string, string> = {
  card_declined: 'the card was declined',
  insufficient_funds: 'insufficient funds',
  expired_card: 'the card has expired',
  processing_error: 'a processing error',
};

/** Compiles the templates once; `render` then fills them (HTML escaped by Handlebars). */
export function createRenderer(): Render {
  const hbs = Handlebars.create();
  hbs.registerHelper('money', (amount: unknown, currency: unknown) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency: typeof currency === 'string' ? currency : 'USD' }).format(Number(amount)),
  );
  hbs.registerHelper('times', (a: unknown, b: unknown) => Math.round(Number(a) * Number(b) * 100) / 100);
  hbs.registerHelper('declineReason', (code: unknown) => DECLINE_REASONS[String(code)] ?? String(code).replaceAll('_', ' '));
  for (const [name, source] of Object.entries(PARTIALS)) hbs.registerPartial(name, source);
  const layout = hbs.compile(LAYOUT, { strict: false });
  const compiled = Object.fromEntries(
    Object.entries(TEMPLATES).map(([kind, t]) => [
      kind,
      { subject: hbs.compile(t.subject, { noEscape: true }), body: hbs.compile(t.body), sms: hbs.compile(t.sms, { noEscape: true }) },
    ]),
  ) as Record<MessageKind, { subject: HandlebarsTemplateDelegate; body: HandlebarsTemplateDelegate; sms: HandlebarsTemplateDelegate }>;

  const toText = compileText({
    wordwrap: 78,
    selectors: [
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      { selector: 'title', format: 'skip' },
    ],
  });

  return (kind, data) => {
    const t = compiled[kind];
    const context = { currency: 'USD', ...data };
    const subject = t.subject(context);
    const html = layout({ ...context, subject, body: t.body(context) });
    const text = toText(html);
    return { subject, html, text, sms: t.sms(context) };
  };
}
