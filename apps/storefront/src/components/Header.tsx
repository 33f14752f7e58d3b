import Link from 'next/link';
import { api } from '@/lib/api';
import { logout } from '@/lib/actions';
import { currentCartId, getCustomer } from '@/lib/session';
import { SearchBox } from './SearchBox';

async function cartCount(): Promise<number> {
  const id = await currentCartId();
  if (!id) return 0;
  try {
    return (await (await api()).getCart(id)).totalItems;
  } catch {
    return 0;
  }
}

export async function Header() {
  const [customer, count] = await Promise.all([getCustomer(), cartCount()]);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="header-inner">
        <Link href="/" className="logo">
          Shop
        </Link>
        <SearchBox />
        <nav aria-label="Account and cart" className="header-nav">
          <Link href="/cart">Cart{count ? ` (${count})` : ''}</Link>
          {customer ? (
            <>
              <Link href="/account">Account</Link>
              <form action={logout}>
                <button type="submit" className="link-button">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/login">Sign in</Link>
          )}
        </nav>
      </div>
    </header>
  );
}
