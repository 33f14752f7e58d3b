import Link from 'next/link';
import { Empty, LoadError } from '@/components/States';
import { api } from '@/lib/api';
import { date } from '@/lib/format';
import { load } from '@/lib/load';

/** The dashboard's view of dead letters waiting for staff: how many, the five newest, and the way to all of them. */
export async function DeadLettersPanel() {
  const waiting = await load(async () => (await api()).listDeadLetters({ status: 'dead', limit: 5 }));
  return (
    <section aria-labelledby="dead-h">
      <h2 id="dead-h">Dead letters</h2>
      {!waiting.ok ? (
        <LoadError message={waiting.error} />
      ) : waiting.data.total === 0 ? (
        <Empty>No event is stuck: every consumer handled what it received.</Empty>
      ) : (
        <>
          <p className="stat">
            Waiting for a replay <span className="value">{waiting.data.total}</span>
          </p>
          <ul>
            {waiting.data.data.map((d) => (
              <li key={d.id}>
                <Link href={`/dead-letters/${d.id}`}>{d.eventType}</Link> for {d.consumerGroup} on {d.topic}, {date(d.deadAt)} — {d.error}
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href="/dead-letters?status=dead">All dead letters</Link>
    </section>
  );
}
