'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  ['/', 'Dashboard'],
  ['/orders', 'Orders'],
  ['/products', 'Products'],
  ['/categories', 'Categories'],
  ['/inventory', 'Inventory'],
  ['/payments', 'Payments'],
  ['/users', 'Users'],
  ['/notifications', 'Notifications'],
  ['/dead-letters', 'Dead letters'],
] as const;

export function SideNav() {
  const path = usePathname();
  return (
    <nav aria-label="Admin sections" className="side-nav">
      <ul>
        {LINKS.map(([href, label]) => {
          const current = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
