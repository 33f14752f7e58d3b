import Link from 'next/link';
import type { ReservationRecord } from '@shop/api-client/types';
import { Status } from '@/components/Status';
import { date } from '@/lib/format';

/** Reservations across skus: which order holds how much of which sku, and until when. */
export function ReservationsTable({ reservations, caption }: { reservations: ReservationRecord[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Order</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col">Status</th>
            <th scope="col">Reserved</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {reservations.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/inventory/${encodeURIComponent(r.sku)}`}>{r.sku}</Link>
              </td>
              <td>
                <Link href={`/orders/${encodeURIComponent(r.orderId)}`}>{r.orderId}</Link>
              </td>
              <td className="num">{r.quantity}</td>
              <td>
                <Status value={r.status} />
              </td>
              <td>{date(r.createdAt)}</td>
              <td>{date(r.expiresAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
