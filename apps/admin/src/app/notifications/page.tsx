import type { Metadata } from 'next';
import Link from 'next/link';
import type { NotificationStatus } from '@shop/api-client/types';
import { DateRangeFields, createdBetween } from '@/components/DateRange';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { api } from '@/lib/api';
import { date, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Notifications' };

const STATUSES: NotificationStatus[] = ['pending', 'sent', 'failed'];
const EVENT_TYPES = [
  'order.created',
  'payment.successful',
  'payment.failed',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'user.registered',
];
const LIMIT = 25;

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/notifications');
  const sp = await searchParams;
  const f = {
    recipient: param(sp['recipient']),
    eventType: param(sp['eventType']),
    orderId: param(sp['orderId']),
    status: param(sp['status']),
    from: param(sp['from']),
    to: param(sp['to']),
  };
  const page = pageOf(sp['page']);
  const status = STATUSES.includes(f.status as NotificationStatus) ? (f.status as NotificationStatus) : undefined;
  const result = await load(async () =>
    (await api()).listNotifications({
      page,
      limit: LIMIT,
      status,
      recipient: f.recipient || undefined,
      eventType: f.eventType || undefined,
      orderId: f.orderId || undefined,
      ...createdBetween(f.from, f.to),
    }),
  );
  return (
    <>
      <h1>Notifications</h1>
      <form className="filters-bar" role="search" aria-label="Filter notifications">
        <Field label="Recipient" name="recipient" defaultValue={f.recipient} hint="Exact email or phone" />
        <SelectField label="Event" name="eventType" defaultValue={f.eventType}>
          <option value="">Any event</option>
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <Field label="Order id" name="orderId" defaultValue={f.orderId} />
        <SelectField label="Status" name="status" defaultValue={f.status}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <DateRangeFields from={f.from} to={f.to} />
        <button type="submit">Filter</button>
        <Link href="/notifications">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No notifications match.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Notification log, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  <th scope="col">Event</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Recipient</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((n) => (
                  <tr key={n.id}>
                    <td>
                      <Link href={`/notifications/${n.id}`}>{n.subject || '(no subject)'}</Link>
                    </td>
                    <td>{n.eventType}</td>
                    <td>{n.channel}</td>
                    <td>{n.recipient}</td>
                    <td>
                      <Status value={n.status} />
                      {n.error ? <span className="muted small"> {n.error}</span> : null}
                    </td>
                    <td>{date(n.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager path="/notifications" page={page} limit={LIMIT} total={result.data.total} params={f} />
        </>
      )}
    </>
  );
}
