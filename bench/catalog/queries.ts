import type { DemoProduct } from '@shop/demo-data/catalog-data';

/**
 * Distinct search requests as shoppers type them, drawn from the products' own names: whole
 * words, typos (a dropped or swapped letter), prefixes, brand + word, and the same with a brand,
 * category, price range, sort or second page. Deterministic, so every run asks the same set; the
 * HTTP load rotates through it, so no request repeats before the whole set has been asked.
 */
export function searchPaths(products: readonly DemoProduct[], count: number): string[] {
  const words = [...new Set(products.flatMap((p) => p.name.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 4))].sort();
  const brands = [...new Set(products.map((p) => p.brand))].sort();
  const categories = [...new Set(products.map((p) => p.categorySlug))].sort();
  const at = <T>(xs: readonly T[], i: number) => xs[(i * 7919) % xs.length]!;
  const dropped = (w: string) => w.slice(0, 1) + w.slice(2);
  const swapped = (w: string) => w.slice(0, 1) + w[2] + w[1] + w.slice(3);

  const texts = (i: number): string => {
    const word = at(words, i);
    switch (i % 6) {
      case 0:
        return word;
      case 1:
        return word.length >= 5 ? dropped(word) : word; // one typo: "hedphones"
      case 2:
        return word.length >= 5 ? swapped(word) : `${word} ${at(words, i + 1)}`;
      case 3:
        return word.slice(0, 3); // typing, not done yet
      case 4:
        return `${at(brands, i).toLowerCase()} ${word}`;
      default:
        return `${word} ${at(words, i + 3)}`;
    }
  };
  const facets = (i: number): string => {
    switch (i % 7) {
      case 1:
        return `&brand=${encodeURIComponent(at(brands, i))}`;
      case 2:
        return `&category=${at(categories, i)}`;
      case 3:
        return '&minPrice=20&maxPrice=200';
      case 4:
        return '&sort=price_asc';
      case 5:
        return '&page=2';
      default:
        return '';
    }
  };

  const paths = new Set<string>();
  for (let i = 0; paths.size < count && i < count * 20; i++) {
    // Through URL, so the path is byte for byte what fetch sends (it escapes the ' of De'Longhi) and autocannon too.
    const url = new URL(`/api/v1/search?q=${encodeURIComponent(texts(i))}${facets(i)}&limit=20`, 'http://localhost');
    paths.add(url.pathname + url.search);
  }
  if (paths.size < count) throw new Error(`only ${paths.size} distinct search requests from ${products.length} products`);
  return [...paths];
}
