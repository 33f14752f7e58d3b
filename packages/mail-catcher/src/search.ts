import type { Entry } from './mailbox.js';
import type { Address } from './mailpit-types.js';

// A small part of Mailpit's search syntax (https://mailpit.axllent.org/docs/usage/search-filters/):
// words and "quoted phrases" match anywhere, `to:`, `from:`, `cc:`, `subject:` and `message-id:` match
// one field, `is:read` / `is:unread` the read state, and a leading `-` negates a term. All terms must hold.

const TERM = /(-?)(?:([a-z-]+):)?(?:"([^"]*)"|(\S+))/gi;

const FIELDS = new Set(['to', 'from', 'cc', 'subject', 'message-id', 'is']);

const text = (list: Address[]) => list.map((a) => `${a.Name} <${a.Address}>`).join(', ');

function fieldOf(entry: Entry, field: string): string | undefined {
  const m = entry.message;
  switch (field) {
    case 'to':
      return text(m.To);
    case 'from':
      return text([m.From]);
    case 'cc':
      return text(m.Cc);
    case 'subject':
      return m.Subject;
    case 'message-id':
      return m.MessageID;
    default:
      return undefined;
  }
}

/** Returns a predicate for the query, or one that matches everything when it is blank. */
export function searchPredicate(query: string): (entry: Entry) => boolean {
  const terms = [...query.matchAll(TERM)].map(([, neg, prefix, quoted, bare]) => {
    const field = prefix?.toLowerCase();
    const value = (quoted ?? bare ?? '').toLowerCase();
    // An unknown prefix (`https://...`) is part of the word.
    return FIELDS.has(field ?? '')
      ? { negate: neg === '-', field, value }
      : { negate: neg === '-', field: undefined, value: prefix ? `${field}:${value}` : value };
  });
  return (entry) =>
    terms.every(({ negate, field, value }) => {
      let hit: boolean;
      if (field === 'is') hit = value === 'read' ? entry.read : value === 'unread' ? !entry.read : false;
      else {
        const m = entry.message;
        const haystack =
          (field && fieldOf(entry, field)) ?? [m.Subject, text([m.From]), text(m.To), text(m.Cc), text(m.Bcc), m.Text, m.HTML].join('\n');
        hit = haystack.toLowerCase().includes(value);
      }
      return hit !== negate;
    });
}
