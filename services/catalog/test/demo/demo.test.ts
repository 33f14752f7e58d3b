import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/product.js';
import { DEMO_CATEGORIES, demoProducts, type DemoProduct } from '@shop/demo-data/catalog-data';
import { generateProducts } from '@shop/demo-data/generator';
import { escapeXml, renderProductImage, wrapName } from '../../src/demo/product-image.js';

/**
 * A small well-formedness check, enough for the generated SVG: tags nest and close, attributes are quoted, text has
 * no raw `<`, and every `&` starts an entity. Returns the problem, or null.
 */
function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let at = 0;
  let roots = 0;
  for (let match = token.exec(xml); match !== null; match = token.exec(xml)) {
    const text = xml.slice(at, match.index);
    if (/[<]/.test(text)) return `raw "<" or malformed tag near ${JSON.stringify(text.slice(0, 60))}`;
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(text)) return `bare "&" in ${JSON.stringify(text.slice(0, 60))}`;
    if (stack.length === 0 && text.trim().length > 0) return 'text outside the root element';
    at = token.lastIndex;
    const [, closing, name, attributes, selfClosing] = match;
    if (name === undefined) continue; // comment or processing instruction
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(attributes ?? '')) return `bare "&" in attributes of <${name}>`;
    if (closing) {
      if (stack.pop() !== name) return `unexpected </${name}>`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (xml.slice(at).trim().length > 0) return 'trailing content';
  if (stack.length > 0) return `unclosed <${stack.join('>, <')}>`;
  if (roots !== 1) return `${roots} root elements`;
  return null;
}

describe('demo catalog data', () => {
  const products = demoProducts();
  const categorySlugs = new Set(DEMO_CATEGORIES.map((c) => c.slug));
  const parentSlugs = new Set(DEMO_CATEGORIES.map((c) => c.parentSlug).filter((slug): slug is string => slug !== null));

  it('when the demo products are listed, then there are at least 200 of them', () => {
    expect(products.length).toBeGreaterThanOrEqual(200);
  });

  it('when the categories are listed, then there are at least 8 with unique slugs, nested under known parents', () => {
    expect(DEMO_CATEGORIES.length).toBeGreaterThanOrEqual(8);
    expect(categorySlugs.size).toBe(DEMO_CATEGORIES.length);
    const nested = DEMO_CATEGORIES.filter((c) => c.parentSlug !== null);
    expect(nested.length).toBeGreaterThan(0);
    for (const c of nested) expect(categorySlugs.has(c.parentSlug ?? '')).toBe(true);
    for (const c of DEMO_CATEGORIES) {
      expect(c.slug).toBe(slugify(c.slug));
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(0);
    }
  });

  it('when a product names its category, then the category exists and is a leaf', () => {
    for (const p of products) {
      expect(categorySlugs.has(p.categorySlug), p.sku).toBe(true);
      expect(parentSlugs.has(p.categorySlug), p.sku).toBe(false);
    }
  });

  it('when every leaf category is counted, then each holds products', () => {
    const leaves = DEMO_CATEGORIES.filter((c) => !parentSlugs.has(c.slug));
    for (const leaf of leaves)
      expect(
        products.some((p) => p.categorySlug === leaf.slug),
        leaf.slug,
      ).toBe(true);
  });

  it('when skus and slugs are compared, then they are unique and slugs are URL-safe', () => {
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    for (const p of products) {
      expect(p.sku).toMatch(/^[A-Z]+-[A-Z]+-\d{4}$/);
      expect(p.slug).toBe(slugify(p.slug));
    }
  });

  it('when prices and stock are read, then prices are positive integer cents and stock is 0–120 with some low', () => {
    for (const p of products) {
      expect(Number.isInteger(p.priceCents) && p.priceCents > 0, p.sku).toBe(true);
      expect(Number.isInteger(p.stock) && p.stock >= 0 && p.stock <= 120, p.sku).toBe(true);
    }
    const niceEndings = products.filter((p) => [99, 95, 0].includes(p.priceCents % 100)).length;
    expect(niceEndings / products.length).toBeGreaterThan(0.9);
    expect(products.filter((p) => p.stock === 0).length).toBeGreaterThanOrEqual(2);
    expect(products.filter((p) => p.stock > 0 && p.stock < 5).length).toBeGreaterThanOrEqual(2);
  });

  it('when descriptions and specifications are read, then they vary and each product has 3 to 6 specifications', () => {
    expect(new Set(products.map((p) => p.description)).size).toBeGreaterThanOrEqual(150);
    for (const p of products) {
      const count = Object.keys(p.specifications).length;
      expect(count >= 3 && count <= 6, `${p.name}: ${count} specifications`).toBe(true);
      expect(p.description.length).toBeGreaterThan(40);
      expect(p.brand.length).toBeGreaterThan(0);
    }
  });

  it('when names are searched for "Headphones", then at least 4 products match', () => {
    expect(products.filter((p) => p.name.includes('Headphones')).length).toBeGreaterThanOrEqual(4);
  });

  it('when the products are listed twice, then both lists are equal and independent', () => {
    const again = demoProducts();
    expect(again).toEqual(products);
    again[0]!.specifications.extra = true;
    expect(products[0]!.specifications.extra).toBeUndefined();
  });
});

describe('benchmark product generator', () => {
  it('when 10,000 products are generated, then their skus and slugs are unique and categories known', () => {
    const products = generateProducts(10_000);
    const categorySlugs = new Set(DEMO_CATEGORIES.map((c) => c.slug));
    expect(products).toHaveLength(10_000);
    expect(new Set(products.map((p) => p.sku)).size).toBe(10_000);
    expect(new Set(products.map((p) => p.slug)).size).toBe(10_000);
    expect(new Set(products.map((p) => p.name)).size).toBeGreaterThan(9_900);
    for (const p of products) {
      expect(categorySlugs.has(p.categorySlug)).toBe(true);
      expect(Number.isInteger(p.priceCents) && p.priceCents > 0).toBe(true);
      expect(p.stock >= 0 && p.stock <= 120).toBe(true);
    }
    // Also new names: not the demo catalog again.
    const demoNames = new Set(demoProducts().map((p) => p.name));
    expect(products.filter((p) => demoNames.has(p.name))).toHaveLength(0);
  });

  it('when the same seed is used twice, then the first products are the same; a different seed gives others', () => {
    const first = (products: DemoProduct[]) => products.slice(0, 5);
    expect(first(generateProducts(50, 42))).toEqual(first(generateProducts(5, 42)));
    const otherSeed = generateProducts(5, 43);
    expect(otherSeed).toHaveLength(5);
    expect(first(generateProducts(5, 42))).not.toEqual(otherSeed);
    expect(generateProducts(0)).toEqual([]);
  });

  it('when the count is not a non-negative integer, then it is refused', () => {
    expect(() => generateProducts(-1)).toThrow(RangeError);
    expect(() => generateProducts(1.5)).toThrow(RangeError);
  });
});

describe('product image', () => {
  const sample = {
    name: 'Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black',
    brand: 'Sony',
    categorySlug: 'headphones',
    sku: 'AUD-HP-0001',
  };

  it('when a product is rendered, then the result is a standalone, well-formed SVG', () => {
    const svg = renderProductImage(sample);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('viewBox="0 0 800 800"');
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/<(image|use|foreignObject|style)\b/i);
    expect(svg).not.toMatch(/@import|@font-face/i);
    expect(svg.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:/i);
  });

  it('when a name has "&" and "<", then they are escaped', () => {
    const svg = renderProductImage({ name: 'Fish & Chips <Pan>', brand: 'Lodge & Sons', categorySlug: 'cookware', sku: 'HK-CW-9999' });
    expect(svg).not.toContain('<Pan>');
    expect(svg).toContain('Fish &amp; Chips &lt;Pan&gt;');
    expect(xmlProblem(svg)).toBeNull();
  });

  it('when every demo product and an unknown category are rendered, then each is well-formed and stable', () => {
    for (const p of demoProducts()) expect(xmlProblem(renderProductImage(p)), p.sku).toBeNull();
    const unknown = { name: 'Garden Hose "Deluxe" 25 m', brand: "O'Brien", categorySlug: 'garden', sku: 'GRD-0001' };
    expect(xmlProblem(renderProductImage(unknown))).toBeNull();
    expect(renderProductImage(sample)).toBe(renderProductImage(sample));
  });

  it('when two categories or two skus are rendered, then the gradient colours differ', () => {
    const stops = (svg: string) => [...svg.matchAll(/stop-color="(#[0-9a-f]{6})"/g)].map((m) => m[1]).join();
    const headphones = stops(renderProductImage(sample));
    const cookware = stops(renderProductImage({ ...sample, categorySlug: 'cookware' }));
    const anotherSku = stops(renderProductImage({ ...sample, sku: 'AUD-HP-0002' }));
    // Each is a gradient of two colours (an image that lost its gradient would differ too).
    for (const gradient of [headphones, cookware, anotherSku]) expect(gradient).toMatch(/^#[0-9a-f]{6},#[0-9a-f]{6}$/);
    expect(cookware).not.toBe(headphones);
    expect(anotherSku).not.toBe(headphones);
  });

  it('when a long name is wrapped, then it takes at most 3 lines of at most 22 characters', () => {
    const lines = wrapName('Sony WH-1000XM5 Wireless Noise Cancelling Headphones with an Extra Long Description Tail');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(22);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapName('Short name')).toEqual(['Short name']);
    expect(wrapName('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragilisticex', 'pialidocious']);
  });

  it('when text has XML specials or forbidden control characters, then escapeXml makes it safe', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(escapeXml('bell\u0007 tab\t')).toBe('bell tab\t');
  });
});
