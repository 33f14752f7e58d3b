import type { Metadata, Viewport } from 'next';
import { Suspense, type ReactNode } from 'react';
import Link from 'next/link';
import { Flash } from '@/components/Flash';
import { SideNav } from '@/components/SideNav';
import { logout } from '@/lib/actions/auth';
import { getStaff } from '@/lib/session';
import '@shop/next-host/base.css';
import './globals.css';

// Every page reads the gateway at request time with the admin's token.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Shop admin', template: '%s | Shop admin' },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const staff = await getStaff();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <div className="header-inner">
            <Link href="/" className="logo">
              Shop admin
            </Link>
            {staff ? (
              <div className="header-nav">
                <span className="muted small">Signed in as {staff.email}</span>
                <form action={logout}>
                  <button type="submit" className="link-button">
                    Sign out
                  </button>
                </form>
              </div>
            ) : null}
          </div>
        </header>
        {staff ? (
          <div className="admin-shell">
            <SideNav />
            <main id="main" className="content">
              <Suspense fallback={null}>
                <Flash />
              </Suspense>
              {children}
            </main>
          </div>
        ) : (
          <main id="main" className="container">
            {children}
          </main>
        )}
      </body>
    </html>
  );
}
