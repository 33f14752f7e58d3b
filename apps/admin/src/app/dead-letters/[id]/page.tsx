import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/ActionForm';
import { LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { replayDeadLetter } from '@/lib/actions/dead-letters';
import { api } from '@/lib/api';
import { date } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';
import { orderIdOf } from '../data';

export const metadata: Metadata = { title: 'Dead letter' };

export default async function DeadLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/dead-letters/${id}`);
  const result = await load(async () => (await api()).getDeadLetter(id), { notFoundOn404: true });
  if (!result.ok) return <LoadError message={result.error} />;
  const d = result.data;
  const isEvent = typeof d.payload === 'object' && d.payload !== null;
  const orderId = orderIdOf(d.payload);

  return (
    <>
      <p>
        <Link href="/dead-letters">← All dead letters</Link>
      </p>
      <h1>
        {d.eventType} on {d.topic}
      </h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <Status value={d.status} />
          {d.replayedAt ? <span className="muted"> — last replayed {date(d.replayedAt)}</span> : null}
        </dd>
        <dt>Consumer group</dt>
        <dd>{d.consumerGroup}</dd>
        <dt>Error</dt>
        <dd>{d.error}</dd>
        <dt>Attempts</dt>
        <dd>{d.attempts ?? 'not recorded'}</dd>
        <dt>Dead at</dt>
        <dd>{date(d.deadAt)}</dd>
        <dt>Event id</dt>
        <dd>
          <code>{d.eventId}</code>
        </dd>
        {orderId ? (
          <>
            <dt>Order</dt>
            <dd>
              <Link href={`/orders/${encodeURIComponent(orderId)}`}>{orderId}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      <section className="panel" aria-labelledby="replay-h">
        <h2 id="replay-h">Replay</h2>
        {d.status === 'replayed' ? (
          <p className="muted">Already replayed. If it fails again, it comes back here as dead and can be replayed again.</p>
        ) : !isEvent ? (
          <p className="muted">This message is not a JSON event, so it cannot be replayed.</p>
        ) : (
          <ActionForm
            action={replayDeadLetter}
            submitLabel="Replay"
            label="Replay dead letter"
            confirm={`Publish this ${d.eventType} again on ${d.topic}? Every consumer receives it; those that handled it already ignore it.`}
          >
            <input type="hidden" name="id" value={d.id} />
            <p className="muted small">Fix what made {d.consumerGroup} fail first, or it will fail again.</p>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="payload-h">
        <h2 id="payload-h">Payload</h2>
        <pre className="panel wrapped">{isEvent ? JSON.stringify(d.payload, null, 2) : String(d.payload)}</pre>
      </section>
    </>
  );
}
