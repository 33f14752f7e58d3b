import type { Entry } from './mailbox.js';
import type { Address } from './mailpit-types.js';

// Server-rendered pages. Every value from a message goes through `escape`; the message's own HTML is
// only ever served by the sandboxed `/view/:id/html` route, never inlined here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const person = (a: Address) => (a.Name ? `${a.Name} <${a.Address}>` : a.Address);
const people = (list: Address[]) => escape(list.map(person).join(', '));
const when = (d: Date) => `<time datetime="${d.toISOString()}">${d.toISOString().slice(0, 19).replace('T', ' ')} UTC</time>`;
const viewHref = (id: string) => `/view/${encodeURIComponent(id)}`;

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5; }
  body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; }
  a { color: #0b4f9c; }
  a:focus-visible, button:focus-visible, input:focus-visible, iframe:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
  th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #767676; vertical-align: top; }
  tr.unread td { font-weight: 600; }
  button { font: inherit; padding: 0.35rem 0.9rem; border: 2px solid #8f1d1d; border-radius: 4px; background: #8f1d1d; color: #fff; cursor: pointer; }
  .bar { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; margin: 1rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  iframe { width: 100%; height: 32rem; border: 1px solid #767676; background: #fff; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: 1rem; border: 1px solid #767676; }
`;

function layout(title: string, nonce: string, body: string, data = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body${data}>
${body}
</body>
</html>`;
}

// Polls the API and reloads when the newest message changes, unless the reader turned that off
// (a reload moves focus, so it must be under their control).
const POLL_SCRIPT = `
  const auto = document.getElementById('auto');
  const status = document.getElementById('status');
  let seen = document.body.dataset.state;
  auto.checked = localStorage.getItem('mail-catcher:auto') !== 'off';
  auto.addEventListener('change', () => localStorage.setItem('mail-catcher:auto', auto.checked ? 'on' : 'off'));
  setInterval(async () => {
    try {
      const res = await fetch('/api/v1/messages?limit=1');
      const box = await res.json();
      const state = box.total + ':' + (box.messages[0] ? box.messages[0].ID : '');
      if (state === seen) return;
      seen = state;
      if (auto.checked) location.reload();
      else status.hidden = false;
    } catch { /* the catcher is restarting; try again on the next tick */ }
  }, 3000);
`;

export function listPage(entries: readonly Entry[], smtpUrl: string, nonce: string): string {
  const rows = entries
    .map(
      (e) => `<tr${e.read ? '' : ' class="unread"'}>
<td>${when(e.created)}</td>
<td>${people([e.message.From])}</td>
<td>${people(e.message.To.length ? e.message.To : e.message.Bcc)}</td>
<td><a href="${viewHref(e.message.ID)}">${escape(e.message.Subject || '(no subject)')}</a>${e.read ? '' : ' <span class="visually-hidden">(unread)</span>'}</td>
</tr>`,
    )
    .join('\n');
  const table = entries.length
    ? `<table>
<caption>${entries.length} message${entries.length === 1 ? '' : 's'}, newest first</caption>
<thead><tr><th scope="col">Received</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : `<p>No messages yet. Mail sent to <code>${escape(smtpUrl)}</code> appears here.</p>`;
  const state = `${entries.length}:${entries[0]?.message.ID ?? ''}`;
  return layout(
    entries.length ? `(${entries.length}) Mail catcher` : 'Mail catcher',
    nonce,
    `<header>
<h1>Mail catcher</h1>
<p>Catching mail on <code>${escape(smtpUrl)}</code>. The same messages as JSON: <a href="/api/v1/messages">/api/v1/messages</a>.</p>
</header>
<main>
<div class="bar">
<form method="post" action="/delete-all"><button type="submit">Delete all messages</button></form>
<div><input type="checkbox" id="auto" checked> <label for="auto">Reload this page when new mail arrives</label></div>
<p id="status" role="status" hidden>New mail has arrived. <a href="/">Show it</a></p>
</div>
${table}
</main>
<script nonce="${nonce}">${POLL_SCRIPT}</script>`,
    ` data-state="${escape(state)}"`,
  );
}

export function viewPage(entry: Entry, nonce: string): string {
  const m = entry.message;
  const header = (name: string, value: string) => (value ? `<dt>${name}</dt><dd>${value}</dd>` : '');
  const files = m.Attachments.map((a) => `${a.FileName || '(unnamed)'} (${a.ContentType}, ${a.Size} bytes)`).join(', ');
  const subject = m.Subject || '(no subject)';
  return layout(
    `${subject} - Mail catcher`,
    nonce,
    `<nav><a href="/">All messages</a></nav>
<main>
<h1>${escape(subject)}</h1>
<dl>
${header('From', people([m.From]))}
${header('To', people(m.To))}
${header('Cc', people(m.Cc))}
${header('Bcc', people(m.Bcc))}
${header('Reply-To', people(m.ReplyTo))}
${header('Date', when(new Date(m.Date)))}
${header('Received', when(entry.created))}
${header('Message-ID', escape(m.MessageID))}
${header('Size', `${m.Size} bytes`)}
${header('Attachments', escape(files))}
</dl>
<section aria-labelledby="html-part">
<h2 id="html-part">HTML part</h2>
${
  m.HTML
    ? `<iframe sandbox="" src="${viewHref(m.ID)}/html" title="HTML part of the message" referrerpolicy="no-referrer"></iframe>`
    : '<p>This message has no HTML part.</p>'
}
</section>
<section aria-labelledby="text-part">
<h2 id="text-part">Plain-text part</h2>
${m.Text ? `<pre>${escape(m.Text)}</pre>` : '<p>This message has no plain-text part.</p>'}
</section>
<form method="post" action="${viewHref(m.ID)}/delete"><button type="submit">Delete this message</button></form>
</main>`,
  );
}
