import type { Metadata } from 'next';
import Link from 'next/link';
import { Field } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { ReservationsTable } from '@/components/ReservationsTable';
import { Empty, LoadError } from '@/components/States';
import { api } from '@/lib/api';
import { date, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Inventory' };

const LIMIT = 25;
const RESERVATIONS = 10;

export default async function InventoryPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/inventory');
  const sp = await searchParams;
  const f = { sku: param(sp['sku']), lowStock: param(sp['lowStock']) };
  const page = pageOf(sp['page']);
  const client = await api();
  const [result, active] = await Promise.all([
    load(() => client.listStock({ page, limit: LIMIT, sku: f.sku || undefined, lowStock: f.lowStock === 'true' || undefined })),
    load(() => client.listReservations({ status: 'active', limit: RESERVATIONS })),
  ]);
  return (
    <>
      <h1>Inventory</h1>
      <form className="filters-bar" role="search" aria-label="Filter stock">
        <Field label="SKU starts with" name="sku" defaultValue={f.sku} />
        <label className="check">
          <input type="checkbox" name="lowStock" value="true" defaultChecked={f.lowStock === 'true'} /> Low stock only
        </label>
        <button type="submit">Filter</button>
        <Link href="/inventory">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>{f.lowStock === 'true' ? 'No sku is low on stock.' : 'No stock matches.'}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Stock per sku</caption>
              <thead>
                <tr>
                  <th scope="col">SKU</th>
                  <th scope="col" className="num">
                    On hand
                  </th>
                  <th scope="col" className="num">
                    Reserved
                  </th>
                  <th scope="col" className="num">
                    Available
                  </th>
                  <th scope="col">Location</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((s) => (
                  <tr key={s.sku}>
                    <td>
                      <Link href={`/inventory/${encodeURIComponent(s.sku)}`}>{s.sku}</Link>
                    </td>
                    <td className="num">{s.quantity}</td>
                    <td className="num">{s.reservedQuantity}</td>
                    <td className="num">{s.availableQuantity}</td>
                    <td>{s.location ?? '—'}</td>
                    <td>{date(s.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager path="/inventory" page={page} limit={LIMIT} total={result.data.total} params={f} />
        </>
      )}

      <section aria-labelledby="active-h">
        <h2 id="active-h">Active reservations</h2>
        {!active.ok ? (
          <LoadError message={active.error} />
        ) : active.data.total === 0 ? (
          <Empty>No order holds stock in an active reservation.</Empty>
        ) : (
          <>
            <p className="muted">
              {active.data.total} active reservation{active.data.total === 1 ? '' : 's'} (not yet paid for; they expire unless confirmed)
              {active.data.total > RESERVATIONS ? `, the ${RESERVATIONS} newest shown` : ''}.
            </p>
            <ReservationsTable reservations={active.data.data} caption="Active reservations, newest first" />
          </>
        )}
        <Link href="/inventory/reservations">All reservations</Link>
      </section>
    </>
  );
}
