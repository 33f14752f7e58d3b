import type { Metadata } from 'next';
import Link from 'next/link';
import type { DeadLetterStatus } from '@shop/api-client/types';
import { DateRangeFields, createdBetween } from '@/components/DateRange';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { api } from '@/lib/api';
import { date, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';
import { DEAD_LETTER_STATUSES, TOPICS } from './data';

export const metadata: Metadata = { title: 'Dead letters' };

const LIMIT = 25;

export default async function DeadLettersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/dead-letters');
  const sp = await searchParams;
  const f = {
    topic: param(sp['topic']),
    consumerGroup: param(sp['consumerGroup']),
    eventType: param(sp['eventType']),
    status: param(sp['status']),
    from: param(sp['from']),
    to: param(sp['to']),
  };
  const page = pageOf(sp['page']);
  const status = DEAD_LETTER_STATUSES.includes(f.status as DeadLetterStatus) ? (f.status as DeadLetterStatus) : undefined;
  const result = await load(async () =>
    (await api()).listDeadLetters({
      page,
      limit: LIMIT,
      status,
      topic: f.topic || undefined,
      consumerGroup: f.consumerGroup || undefined,
      eventType: f.eventType || undefined,
      ...createdBetween(f.from, f.to),
    }),
  );
  return (
    <>
      <h1>Dead letters</h1>
      <p className="muted">Events a consumer gave up on after its retries. Replaying one publishes it again on its topic.</p>
      <form className="filters-bar" role="search" aria-label="Filter dead letters">
        <SelectField label="Topic" name="topic" defaultValue={f.topic}>
          <option value="">Any topic</option>
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <Field label="Consumer group" name="consumerGroup" defaultValue={f.consumerGroup} />
        <Field label="Event type" name="eventType" defaultValue={f.eventType} hint="e.g. order.created" />
        <SelectField label="Status" name="status" defaultValue={f.status}>
          <option value="">Any status</option>
          {DEAD_LETTER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <DateRangeFields from={f.from} to={f.to} />
        <button type="submit">Filter</button>
        <Link href="/dead-letters">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No dead letters match.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Dead letters, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Consumer group</th>
                  <th scope="col">Error</th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Dead at</th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Link href={`/dead-letters/${d.id}`}>{d.eventType}</Link>
                    </td>
                    <td>{d.topic}</td>
                    <td>{d.consumerGroup}</td>
                    <td className="small">{d.error}</td>
                    <td className="num">{d.attempts ?? '—'}</td>
                    <td>
                      <Status value={d.status} />
                    </td>
                    <td>{date(d.deadAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager path="/dead-letters" page={page} limit={LIMIT} total={result.data.total} params={f} />
        </>
      )}
    </>
  );
}
