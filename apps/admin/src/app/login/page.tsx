import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/LoginForm';
import { getStaff, safeNext } from '@/lib/session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await getStaff()) redirect(next);
  return (
    <>
      <h1>Staff sign in</h1>
      <p className="muted">For administrators of the shop. Customers sign in on the storefront.</p>
      <LoginForm next={next} />
    </>
  );
}
