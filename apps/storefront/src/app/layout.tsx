import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Header } from '@/components/Header';
import '@shop/next-host/base.css';
import './globals.css';

// Every page reads the gateway at request time (GATEWAY_URL is a runtime setting).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Shop', template: '%s | Shop' },
  description: 'Electronics, audio, home and more, delivered fast.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Header />
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer container">
          <p className="muted small">Shop demo storefront. Prices in USD.</p>
        </footer>
      </body>
    </html>
  );
}
