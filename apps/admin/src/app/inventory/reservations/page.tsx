import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReservationStatus } from '@shop/api-client/types';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { ReservationsTable } from '@/components/ReservationsTable';
import { Empty, LoadError } from '@/components/States';
import { api } from '@/lib/api';
import { pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Reservations' };

const STATUSES: ReservationStatus[] = ['active', 'confirmed', 'committed', 'released', 'expired'];
const LIMIT = 25;

export default async function ReservationsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/inventory/reservations');
  const sp = await searchParams;
  const f = { sku: param(sp['sku']), orderId: param(sp['orderId']), status: param(sp['status']) };
  const page = pageOf(sp['page']);
  const status = STATUSES.includes(f.status as ReservationStatus) ? (f.status as ReservationStatus) : 'active';
  const result = await load(async () =>
    (await api()).listReservations({ page, limit: LIMIT, status, sku: f.sku || undefined, orderId: f.orderId || undefined }),
  );
  return (
    <>
      <p>
        <Link href="/inventory">← All stock</Link>
      </p>
      <h1>Reservations</h1>
      <form className="filters-bar" role="search" aria-label="Filter reservations">
        <Field label="SKU" name="sku" defaultValue={f.sku} hint="Exact sku" />
        <Field label="Order id" name="orderId" defaultValue={f.orderId} />
        <SelectField label="Status" name="status" defaultValue={status}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <button type="submit">Filter</button>
        <Link href="/inventory/reservations">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No {status} reservations match.</Empty>
      ) : (
        <>
          <ReservationsTable reservations={result.data.data} caption={`${status} reservations, newest first`} />
          <Pager path="/inventory/reservations" page={page} limit={LIMIT} total={result.data.total} params={{ ...f, status }} />
        </>
      )}
    </>
  );
}
