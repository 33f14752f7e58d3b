import Link from 'next/link';
import { qs } from '@/lib/format';

/** Previous / next links that keep the current filters; the range shown is announced. */
export function Pager({
  path,
  page,
  limit,
  total,
  params,
}: {
  path: string;
  page: number;
  limit: number;
  total: number;
  params: Record<string, string | number | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  if (total === 0) return null;
  const first = (page - 1) * limit + 1;
  const last = Math.min(total, page * limit);
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? <Link href={`${path}${qs({ ...params, page: page - 1 })}`}>Previous page</Link> : null}
      <span>
        {first}–{last} of {total} (page {page} of {pages})
      </span>
      {page < pages ? <Link href={`${path}${qs({ ...params, page: page + 1 })}`}>Next page</Link> : null}
    </nav>
  );
}
