import { money } from '@/lib/format';

/** One UTC day of the chart: orders and the revenue of the paid ones; `net` is what payments kept after that day's refunds. */
export interface ChartDay {
  date: string;
  orders: number;
  revenue: number;
  net?: number | undefined;
}

const W = 900;
const H = 220;
const PAD = { top: 10, right: 10, bottom: 30, left: 60 };

/** Revenue per day as SVG bars; the same figures are in the table below it for screen readers. */
export function BarChart({ days }: { days: ChartDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.revenue));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / days.length;
  const best = days.reduce((a, b) => (b.revenue > a.revenue ? b : a), days[0]!);
  const withNet = days.some((d) => d.net !== undefined);
  return (
    <figure>
      <svg
        className="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Revenue per day over the last ${days.length} days; highest ${money(best.revenue)} on ${best.date}.`}
      >
        <line x1={PAD.left} y1={PAD.top + innerH} x2={W - PAD.right} y2={PAD.top + innerH} stroke="#767676" />
        <text x={PAD.left - 6} y={PAD.top + 8} textAnchor="end">
          {money(max)}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH} textAnchor="end">
          {money(0)}
        </text>
        {days.map((d, i) => {
          const h = (d.revenue / max) * innerH;
          return (
            <g key={d.date}>
              <rect className="bar" x={PAD.left + i * step + 2} y={PAD.top + innerH - h} width={Math.max(1, step - 4)} height={h}>
                <title>{`${d.date}: ${money(d.revenue)}, ${d.orders} orders${d.net === undefined ? '' : `, ${money(d.net)} net`}`}</title>
              </rect>
              {i % 5 === 0 || i === days.length - 1 ? (
                <text x={PAD.left + i * step + step / 2} y={H - 10} textAnchor="middle">
                  {d.date.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        Revenue per day (UTC): the totals of the orders placed that day and paid.
        {withNet ? ' Net: payments captured that day less the refunds made that day.' : ''}
      </figcaption>
      <details>
        <summary>Show the figures as a table</summary>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">
                Orders
              </th>
              <th scope="col" className="num">
                Revenue
              </th>
              {withNet ? (
                <th scope="col" className="num">
                  Net
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <td>{d.date}</td>
                <td className="num">{d.orders}</td>
                <td className="num">{money(d.revenue)}</td>
                {withNet ? <td className="num">{d.net === undefined ? '—' : money(d.net)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
