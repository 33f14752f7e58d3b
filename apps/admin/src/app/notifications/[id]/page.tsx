import type { Metadata } from 'next';
import Link from 'next/link';
import { LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { api } from '@/lib/api';
import { date } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Notification' };

export default async function NotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/notifications/${id}`);
  const result = await load(async () => (await api()).getNotification(id), { notFoundOn404: true });
  if (!result.ok) return <LoadError message={result.error} />;
  const n = result.data;
  return (
    <>
      <p>
        <Link href="/notifications">← Notification log</Link>
      </p>
      <h1>{n.subject || '(no subject)'}</h1>
      <dl className="facts">
        <dt>Event</dt>
        <dd>{n.eventType}</dd>
        <dt>Channel</dt>
        <dd>{n.channel}</dd>
        <dt>Recipient</dt>
        <dd>{n.recipient}</dd>
        <dt>Status</dt>
        <dd>
          <Status value={n.status} /> after {n.attempts} attempt{n.attempts === 1 ? '' : 's'}
          {n.error ? <span className="muted"> — {n.error}</span> : null}
        </dd>
        {n.orderId ? (
          <>
            <dt>Order</dt>
            <dd>
              <Link href={`/orders/${encodeURIComponent(n.orderId)}`}>{n.orderId}</Link>
            </dd>
          </>
        ) : null}
        <dt>Created</dt>
        <dd>{date(n.createdAt)}</dd>
        <dt>Sent</dt>
        <dd>{date(n.sentAt)}</dd>
      </dl>
      {n.bodyHtml ? (
        <section aria-labelledby="html-h">
          <h2 id="html-h">As the customer sees it</h2>
          {/* sandbox="" : no scripts, no forms, no navigation, a unique origin: the email cannot touch this app.
              Its own address, not srcdoc, which would inherit this page's policy (no inline styles). */}
          <iframe className="email-frame" title={`Email: ${n.subject}`} sandbox="" src={`/emails/${encodeURIComponent(n.id)}`} />
        </section>
      ) : null}
      <section aria-labelledby="text-h">
        <h2 id="text-h">Plain text</h2>
        <pre className="panel wrapped">{n.bodyText}</pre>
      </section>
    </>
  );
}
