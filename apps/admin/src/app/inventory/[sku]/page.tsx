import type { Metadata } from 'next';
import Link from 'next/link';
import { isApiError } from '@shop/api-client/errors';
import type { ReservationStatus } from '@shop/api-client/types';
import { ActionForm } from '@/components/ActionForm';
import { Field, SelectField } from '@/components/Field';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { setStock } from '@/lib/actions/inventory';
import { api } from '@/lib/api';
import { date, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Stock' };

const STATUSES: ReservationStatus[] = ['active', 'confirmed', 'committed', 'released', 'expired'];

export default async function StockPage({ params, searchParams }: { params: Promise<{ sku: string }>; searchParams: SearchParams }) {
  const sku = decodeURIComponent((await params).sku);
  await requireStaff(`/inventory/${encodeURIComponent(sku)}`);
  const statusParam = param((await searchParams)['status']);
  const status = STATUSES.includes(statusParam as ReservationStatus) ? (statusParam as ReservationStatus) : undefined;
  const client = await api();
  // A sku not stocked yet answers 404: the form below creates it.
  const stock = await load(() =>
    client.getStock(sku).catch((e: unknown) => (isApiError(e) && e.status === 404 ? null : Promise.reject(e))),
  );
  const reservations = await load(() => client.skuReservations(sku, status));
  const s = stock.ok ? stock.data : null;

  return (
    <>
      <p>
        <Link href="/inventory">← All stock</Link>
      </p>
      <h1>Stock of {sku}</h1>
      {!stock.ok ? <LoadError message={stock.error} /> : null}
      {s ? (
        <dl className="facts">
          <dt>On hand</dt>
          <dd>{s.quantity}</dd>
          <dt>Reserved</dt>
          <dd>{s.reservedQuantity}</dd>
          <dt>Available</dt>
          <dd>{s.availableQuantity}</dd>
          <dt>Location</dt>
          <dd>{s.location ?? '—'}</dd>
          <dt>Updated</dt>
          <dd>{date(s.updatedAt)}</dd>
        </dl>
      ) : stock.ok ? (
        <p className="muted">This sku has no stock record yet.</p>
      ) : null}

      <section className="panel" aria-labelledby="adjust-h">
        <h2 id="adjust-h">Adjust</h2>
        <ActionForm action={setStock} submitLabel="Set stock" label="Adjust stock" className="action-form inline">
          <input type="hidden" name="sku" value={sku} />
          <Field
            label="Quantity on hand"
            name="quantity"
            inputMode="numeric"
            required
            defaultValue={s ? String(s.quantity) : '0'}
            hint="Cannot go below what is reserved."
          />
          <Field label="Location" name="location" maxLength={255} defaultValue={s?.location ?? ''} />
        </ActionForm>
      </section>

      <section aria-labelledby="res-h">
        <h2 id="res-h">Reservations</h2>
        <form className="filters-bar" aria-label="Filter reservations">
          <SelectField label="Reservation status" name="status" defaultValue={status ?? ''}>
            <option value="">Active and confirmed</option>
            {STATUSES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </SelectField>
          <button type="submit">Show</button>
          <Link href={`/inventory/reservations?sku=${encodeURIComponent(sku)}`}>Newest first, with dates</Link>
        </form>
        {!reservations.ok ? (
          <LoadError message={reservations.error} />
        ) : reservations.data.data.length === 0 ? (
          <Empty>No reservations hold this sku.</Empty>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col" className="num">
                  Quantity
                </th>
                <th scope="col">Status</th>
                <th scope="col">Expires</th>
              </tr>
            </thead>
            <tbody>
              {reservations.data.data.map((r) => (
                <tr key={r.reservationId}>
                  <td>
                    <Link href={`/orders/${encodeURIComponent(r.orderId)}`}>{r.orderId}</Link>
                  </td>
                  <td className="num">{r.quantity}</td>
                  <td>
                    <Status value={r.status} />
                  </td>
                  <td>{date(r.expiresAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
