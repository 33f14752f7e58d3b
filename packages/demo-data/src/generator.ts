/**
 * Many plausible products for benchmarks: new series names on top of the demo catalog's brands, nouns,
 * specifications and variants. Deterministic from the seed; SKUs and slugs are unique within one call.
 */
import {
  DEMO_PRODUCT_LINES,
  modelName,
  uniqueSlug,
  type DemoModel,
  type DemoProduct,
  type DemoProductLine,
  type DemoSpecifications,
  type DemoVariant,
} from './catalog-data.js';
import { slugify } from './slug.js';
import { mulberry32, pick, randomInt, type Random } from './prng.js';

const SERIES_WORDS = [
  'Aero',
  'Apex',
  'Arc',
  'Atlas',
  'Aurora',
  'Cobalt',
  'Core',
  'Drift',
  'Echo',
  'Edge',
  'Flex',
  'Fusion',
  'Halo',
  'Lumen',
  'Nimbus',
  'Nova',
  'Onyx',
  'Orbit',
  'Prime',
  'Pulse',
  'Quest',
  'Ridge',
  'Sierra',
  'Stride',
  'Summit',
  'Terra',
  'Vector',
  'Vista',
  'Volt',
  'Zen',
];
const CODE_LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';
const SUFFIXES = ['', '', '', '', ' Pro', ' Plus', ' Max', ' Lite', ' Mini', ' SE', ' X', ' Ultra', ' II', ' III'];

// Worded so that singular and plural nouns ("Headphones", "Bumper Plates (Pair)") both read well.
const OPENERS: readonly ((brand: string, series: string, noun: string) => string)[] = [
  (brand, series, noun) => `From ${brand}, the ${series} ${noun}, designed for everyday use.`,
  (brand, series, noun) => `${brand}'s ${series} brings a fresh take on the ${noun}.`,
  (brand, series, noun) => `Good value and sensible design from ${brand}: the ${series} ${noun}.`,
  (brand, series, noun) => `Meet the ${series}, the newest ${noun} from ${brand}.`,
  (brand, series, noun) => `Designed by ${brand} with attention to the details that matter: the ${series} ${noun}.`,
  (brand, series) => `The ${series} refines everything people liked about earlier ${brand} models.`,
];
const CLOSERS = [
  '',
  '',
  'Backed by a two-year manufacturer warranty.',
  'Ships in plastic-free, recyclable packaging.',
  'Reviewers single out its build quality.',
  'A dependable choice at this price.',
  'Spare parts and accessories are easy to find.',
];
/** Specifications left out of the highlights sentence: they read badly as a feature. */
const NOT_HIGHLIGHTS = new Set(['Type', 'Colour']);

/** "Battery life" → "battery life", but "R-value", "HDR" and "GPS" keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function highlight(key: string, value: string | number | boolean): string | null {
  if (value === false || NOT_HIGHLIGHTS.has(key)) return null;
  const unit = /^(.*) \((.+)\)$/.exec(key);
  const label = lowerFirst(unit?.[1] ?? key);
  if (value === true) return label;
  // "oven safe to 500 °F", "battery life of 30 h", "15 keys", "USB-C connectivity"
  if (unit) return `${label}${label.endsWith(' to') ? '' : ' of'} ${value} ${unit[2] ?? ''}`.trim();
  return `${value} ${label}`;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function describe(random: Random, brand: string, series: string, noun: string, specs: DemoSpecifications, variant?: DemoVariant): string {
  const opener = pick(random, OPENERS)(brand, series, noun);
  const highlights = Object.entries(specs)
    .map(([key, value]) => highlight(key, value))
    .filter((text): text is string => text !== null);
  const start = highlights.length > 2 ? randomInt(random, 0, highlights.length - 2) : 0;
  const chosen = highlights.slice(start, start + 2);
  const sentences = [opener];
  if (chosen.length > 0) sentences.push(`Highlights: ${joinList(chosen)}.`);
  if (variant) sentences.push(variant.note);
  const closer = pick(random, CLOSERS);
  if (closer) sentences.push(closer);
  return sentences.join(' ');
}

/** Weights and battery lives vary a little between models; everything else stays as in the base model. */
function jitterSpecs(random: Random, specs: DemoSpecifications): DemoSpecifications {
  const out: DemoSpecifications = {};
  for (const [key, value] of Object.entries(specs)) {
    if (typeof value === 'number' && /weight|battery/i.test(key)) {
      const scaled = value * (0.85 + random() * 0.3);
      out[key] = Number.isInteger(value) ? Math.max(1, Math.round(scaled)) : Math.round(scaled * 100) / 100;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** About the base price, ending in .99, .95 or .00 like the demo catalog. */
function nicePrice(random: Random, baseCents: number): number {
  const dollars = Math.max(5, Math.round((baseCents * (0.75 + random() * 0.55)) / 100));
  const ending = random();
  if (ending < 0.6) return dollars * 100 - 1;
  if (ending < 0.85) return dollars * 100 - 5;
  return dollars * 100;
}

function generatedStock(random: Random): number {
  const roll = random();
  if (roll < 0.03) return 0;
  if (roll < 0.08) return randomInt(random, 1, 4);
  return randomInt(random, 5, 120);
}

function seriesName(random: Random): string {
  return `${pick(random, SERIES_WORDS)} ${pick(random, [...CODE_LETTERS])}${randomInt(random, 1, 99) * 10}${pick(random, SUFFIXES)}`;
}

/** Models with a noun: the generated name is `brand series noun`, so the noun cannot be empty. */
const BASES: readonly { line: DemoProductLine; models: readonly DemoModel[] }[] = DEMO_PRODUCT_LINES.map((line) => ({
  line,
  models: line.models.filter((model) => model.noun.length > 0),
}));

/**
 * `count` products over the demo categories, reproducible from `seed`: the same seed gives the same list, and a
 * longer list starts with the products of a shorter one.
 */
export function generateProducts(count: number, seed = 1): DemoProduct[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const random = mulberry32(seed);
  const slugs = new Set<string>();
  const products: DemoProduct[] = [];
  for (let i = 0; i < count; i++) {
    const { line, models } = pick(random, BASES);
    const base = pick(random, models);
    const variant = base.variants && base.variants.length > 0 ? pick(random, base.variants) : undefined;
    let series = seriesName(random);
    let name = modelName({ ...base, series }, variant);
    // A repeated name is rare; draw again a few times before falling back to a numbered slug.
    for (let attempt = 0; attempt < 5 && slugs.has(slugify(name)); attempt++) {
      series = seriesName(random);
      name = modelName({ ...base, series }, variant);
    }
    const specifications = jitterSpecs(random, { ...base.specs, ...variant?.specs });
    products.push({
      sku: `${line.skuPrefix}-G${String(i + 1).padStart(6, '0')}`,
      name,
      slug: uniqueSlug(name, slugs),
      brand: base.brand,
      categorySlug: line.categorySlug,
      description: describe(random, base.brand, series, base.noun, specifications, variant),
      priceCents: nicePrice(random, base.priceCents + (variant?.priceDeltaCents ?? 0)),
      specifications,
      stock: generatedStock(random),
    });
  }
  return products;
}
