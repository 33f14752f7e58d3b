import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Not found</h1>
      <p>There is nothing here. It may have been removed, or the link is wrong.</p>
      <Link href="/">Back to the dashboard</Link>
    </div>
  );
}
