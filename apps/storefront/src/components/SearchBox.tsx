'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';

interface Suggestion {
  id: string;
  name: string;
  slug: string;
}

/** The header's search: a combobox (ARIA 1.2 pattern) with suggestions from /api/suggest as you type. */
export function SearchBox() {
  const router = useRouter();
  const listId = useId();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    if (q.trim().length < 2) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    timer.current = setTimeout(() => {
      fetch(`/api/suggest?q=${encodeURIComponent(q.trim())}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ data: Suggestion[] }>) : { data: [] }))
        .then((body) => {
          setItems(body.data);
          setActive(-1);
        })
        .catch(() => undefined);
    }, 150);
    return () => controller.abort();
  }, [q]);

  const expanded = open && items.length > 0;
  return (
    <form
      role="search"
      action="/search"
      className="search-box"
      onSubmit={(e) => {
        if (expanded && active >= 0) {
          e.preventDefault();
          setOpen(false);
          router.push(`/product/${items[active]!.slug}`);
        } else setOpen(false);
      }}
    >
      <input
        type="search"
        name="q"
        aria-label="Search products"
        placeholder="Search products"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && items.length) {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (i + 1) % items.length);
          } else if (e.key === 'ArrowUp' && items.length) {
            e.preventDefault();
            setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
          } else if (e.key === 'Escape') {
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <button type="submit">Search</button>
      <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!expanded}>
        {items.map((item, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              router.push(`/product/${item.slug}`);
            }}
          >
            {item.name}
          </li>
        ))}
      </ul>
    </form>
  );
}
