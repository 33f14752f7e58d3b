import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api';
import { getCustomer } from '@/lib/session';
import { PasswordForm, ProfileForm } from '@/components/AccountForms';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  if (!(await getCustomer())) redirect('/login?next=/account');
  const user = await (await api()).getProfile();
  return (
    <>
      <h1>Your account</h1>
      <p>
        <Link href="/account/orders">Your orders</Link>
      </p>
      <div className="two-col">
        <ProfileForm user={user} />
        <PasswordForm />
      </div>
    </>
  );
}
