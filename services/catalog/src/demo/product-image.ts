/**
 * Product tiles for the demo catalog: a self-contained 800×800 SVG with a category-coloured gradient, a pictogram
 * of the category, the brand at the top and the product name at the bottom. No scripts, no external references,
 * no web fonts; valid XML.
 */
import { DEMO_CATEGORIES } from '@shop/demo-data/catalog-data';
import { hashString } from '@shop/demo-data/prng';

export interface ProductImageInput {
  name: string;
  brand: string;
  categorySlug: string;
  sku: string;
}

const SIZE = 800;
const NAME_LINE_LENGTH = 22;
const NAME_MAX_LINES = 3;
const FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, sans-serif";

// Characters XML 1.0 does not allow at all, even escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside XML content and attribute values (either quote style); characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The name in at most `maxLines` lines of at most `width` characters, breaking between words (and inside a word
 * longer than a line); an ellipsis ends the last line when the name does not fit.
 */
export function wrapName(name: string, width = NAME_LINE_LENGTH, maxLines = NAME_MAX_LINES): string[] {
  const lines: string[][] = [];
  let current: string[] = [];
  for (const word of name
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)) {
    let chars = Array.from(word);
    while (chars.length > width) {
      if (current.length > 0) lines.push(current);
      lines.push(chars.slice(0, width));
      current = [];
      chars = chars.slice(width);
    }
    if (current.length === 0) current = chars;
    else if (current.length + 1 + chars.length <= width) current = [...current, ' ', ...chars];
    else {
      lines.push(current);
      current = chars;
    }
  }
  if (current.length > 0) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => l.join(''));
  const kept = lines.slice(0, maxLines).map((l) => l.join(''));
  const last = Array.from(kept[maxLines - 1] ?? '');
  kept[maxLines - 1] = `${(last.length >= width ? last.slice(0, width - 1) : last).join('').trimEnd()}…`;
  return kept;
}

/**
 * Small caps that do not depend on the renderer synthesising them: lowercase letters become capitals at a smaller
 * size ("Sony" → S + ONY), escaped for XML.
 */
function smallCaps(text: string, fontSize: number): string {
  const runs: { small: boolean; text: string }[] = [];
  for (const char of Array.from(text)) {
    const small = char !== char.toUpperCase();
    const last = runs[runs.length - 1];
    if (last && last.small === small) last.text += char;
    else runs.push({ small, text: char });
  }
  const smallSize = Math.round(fontSize * 0.78);
  return runs
    .map((run) => (run.small ? `<tspan font-size="${smallSize}">${escapeXml(run.text.toUpperCase())}</tspan>` : escapeXml(run.text)))
    .join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Colours

/** Base hue of each top-level category; sub-categories and SKUs shift it a little. */
const ROOT_HUES: Record<string, number> = {
  audio: 262,
  computers: 212,
  'home-kitchen': 24,
  'sports-outdoors': 146,
  photography: 336,
};

const CATEGORY_BY_SLUG = new Map(DEMO_CATEGORIES.map((c) => [c.slug, c]));

function rootOf(slug: string): string | null {
  let current = CATEGORY_BY_SLUG.get(slug);
  const seen = new Set<string>();
  while (current?.parentSlug && !seen.has(current.slug)) {
    seen.add(current.slug);
    current = CATEGORY_BY_SLUG.get(current.parentSlug);
  }
  return current?.slug ?? null;
}

function categoryHue(categorySlug: string): number {
  const root = rootOf(categorySlug);
  const rootHue = root === null ? undefined : ROOT_HUES[root];
  if (rootHue === undefined) return hashString(categorySlug) % 360;
  return root === categorySlug ? rootHue : rootHue + (hashString(categorySlug) % 41) - 20;
}

function hex(hue: number, saturation: number, lightness: number): string {
  const h = (((hue % 360) + 360) % 360) / 360;
  const s = saturation / 100;
  const l = lightness / 100;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): string => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`;
}

interface Palette {
  top: string;
  bottom: string;
  ink: string;
  accent: string;
  paper: string;
}

function palette(categorySlug: string, sku: string): Palette {
  const hue = categoryHue(categorySlug) + (hashString(sku) % 17) - 8;
  return {
    top: hex(hue, 72, 93),
    bottom: hex(hue + 18, 58, 79),
    ink: hex(hue, 42, 22),
    accent: hex(hue, 62, 55),
    paper: hex(hue, 60, 98),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pictograms: drawn around (400, 380) in roughly 170..690 × 170..560, inside a group stroked with the ink colour.

type Pictogram = (c: Palette) => string;

const headphones: Pictogram = (c) =>
  [
    `<path d="M262 440 V370 A138 138 0 0 1 538 370 V440" stroke-width="26"/>`,
    `<rect x="212" y="380" width="96" height="160" rx="42" fill="${c.accent}"/>`,
    `<rect x="492" y="380" width="96" height="160" rx="42" fill="${c.accent}"/>`,
    `<rect x="238" y="412" width="26" height="96" rx="13" fill="${c.paper}" fill-opacity="0.55" stroke="none"/>`,
    `<rect x="536" y="412" width="26" height="96" rx="13" fill="${c.paper}" fill-opacity="0.55" stroke="none"/>`,
  ].join('');

const speaker: Pictogram = (c) =>
  [
    `<rect x="285" y="190" width="230" height="360" rx="40" fill="${c.paper}"/>`,
    `<circle cx="400" cy="280" r="38" fill="${c.accent}"/>`,
    `<circle cx="400" cy="280" r="11" fill="${c.ink}" stroke="none"/>`,
    `<circle cx="400" cy="440" r="80" fill="${c.accent}"/>`,
    `<circle cx="400" cy="440" r="30" fill="${c.ink}" stroke="none"/>`,
  ].join('');

const laptop: Pictogram = (c) =>
  [
    `<rect x="245" y="215" width="310" height="220" rx="18" fill="${c.paper}"/>`,
    `<rect x="272" y="242" width="256" height="166" rx="6" fill="${c.accent}" stroke="none"/>`,
    `<path d="M300 390 L420 262" stroke="${c.paper}" stroke-opacity="0.45" stroke-width="18"/>`,
    `<path d="M190 435 H610 L586 494 Q582 504 570 504 H230 Q218 504 214 494 Z" fill="${c.paper}"/>`,
    `<path d="M370 458 H430" stroke-width="10"/>`,
  ].join('');

const monitor: Pictogram = (c) =>
  [
    `<path d="M382 455 L372 530 H428 L418 455" fill="${c.paper}"/>`,
    `<rect x="300" y="522" width="200" height="24" rx="12" fill="${c.ink}"/>`,
    `<rect x="195" y="190" width="410" height="270" rx="22" fill="${c.paper}"/>`,
    `<rect x="223" y="218" width="354" height="214" rx="8" fill="${c.accent}" stroke="none"/>`,
    `<path d="M250 410 L390 240 M300 420 L420 272" stroke="${c.paper}" stroke-opacity="0.4" stroke-width="16"/>`,
  ].join('');

const keyboardAndMouse: Pictogram = (c) => {
  const keys: string[] = [];
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 8; col++) {
      keys.push(`<rect x="${195 + col * 38}" y="${390 + row * 42}" width="28" height="30" rx="6"/>`);
    }
  }
  keys.push(`<rect x="271" y="474" width="180" height="30" rx="6"/>`);
  return [
    `<rect x="170" y="362" width="340" height="170" rx="22" fill="${c.paper}"/>`,
    `<g fill="${c.accent}" stroke="none">${keys.join('')}</g>`,
    `<path d="M600 330 C600 262 520 286 505 232" stroke-width="10"/>`,
    `<rect x="548" y="330" width="104" height="176" rx="52" fill="${c.paper}"/>`,
    `<path d="M600 334 V404" stroke-width="8"/>`,
    `<rect x="591" y="352" width="18" height="34" rx="9" fill="${c.accent}" stroke-width="6"/>`,
  ].join('');
};

const coffeeCup: Pictogram = (c) =>
  [
    `<path d="M335 272 C312 244 358 228 335 194 M400 272 C377 244 423 228 400 194 M465 272 C442 244 488 228 465 194" stroke="${c.accent}" stroke-width="12"/>`,
    `<ellipse cx="390" cy="532" rx="205" ry="26" fill="${c.accent}"/>`,
    `<path d="M520 332 H546 A46 46 0 0 1 546 424 H514" stroke-width="20"/>`,
    `<path d="M260 300 H520 V420 A90 90 0 0 1 430 510 H350 A90 90 0 0 1 260 420 Z" fill="${c.paper}"/>`,
    `<rect x="267" y="336" width="246" height="40" fill="${c.accent}" stroke="none"/>`,
  ].join('');

const pan: Pictogram = (c) =>
  [
    `<rect x="470" y="384" width="210" height="38" rx="19" fill="${c.ink}" transform="rotate(-18 470 403)"/>`,
    `<circle cx="330" cy="400" r="150" fill="${c.paper}"/>`,
    `<circle cx="330" cy="400" r="112" fill="${c.accent}" stroke="none"/>`,
    `<circle cx="290" cy="356" r="30" fill="${c.paper}" fill-opacity="0.4" stroke="none"/>`,
  ].join('');

const tent: Pictogram = (c) =>
  [
    `<path d="M400 212 V172" stroke-width="10"/>`,
    `<path d="M400 172 L448 188 L400 204 Z" fill="${c.accent}" stroke-width="6"/>`,
    `<path d="M400 212 L622 522 H178 Z" fill="${c.paper}"/>`,
    `<path d="M400 212 L492 522 H308 Z" fill="${c.accent}"/>`,
    `<path d="M400 340 L446 522 H354 Z" fill="${c.ink}"/>`,
    `<path d="M130 522 H670"/>`,
  ].join('');

const dumbbell: Pictogram = (c) =>
  [
    `<rect x="240" y="382" width="320" height="36" rx="12" fill="${c.ink}"/>`,
    `<rect x="165" y="325" width="50" height="150" rx="14" fill="${c.accent}"/>`,
    `<rect x="215" y="290" width="56" height="220" rx="16" fill="${c.accent}"/>`,
    `<rect x="529" y="290" width="56" height="220" rx="16" fill="${c.accent}"/>`,
    `<rect x="585" y="325" width="50" height="150" rx="14" fill="${c.accent}"/>`,
  ].join('');

const camera: Pictogram = (c) =>
  [
    `<rect x="236" y="246" width="64" height="34" rx="8" fill="${c.ink}"/>`,
    `<path d="M318 282 L346 234 H454 L482 282 Z" fill="${c.paper}"/>`,
    `<rect x="200" y="276" width="400" height="250" rx="34" fill="${c.paper}"/>`,
    `<circle cx="400" cy="404" r="102" fill="${c.ink}"/>`,
    `<circle cx="400" cy="404" r="76" fill="${c.accent}" stroke="${c.paper}" stroke-width="8"/>`,
    `<circle cx="400" cy="404" r="34" fill="${c.ink}" stroke="none"/>`,
    `<circle cx="378" cy="382" r="12" fill="${c.paper}" fill-opacity="0.7" stroke="none"/>`,
    `<rect x="522" y="302" width="50" height="26" rx="8" fill="${c.accent}" stroke-width="8"/>`,
  ].join('');

const lens: Pictogram = (c) =>
  [
    `<rect x="196" y="332" width="40" height="136" rx="8" fill="${c.ink}"/>`,
    `<rect x="236" y="300" width="250" height="200" rx="18" fill="${c.paper}"/>`,
    `<rect x="290" y="300" width="80" height="200" fill="${c.accent}"/>`,
    `<path d="M310 318 V482 M330 318 V482 M350 318 V482" stroke="${c.paper}" stroke-width="6"/>`,
    `<path d="M420 300 V500" stroke="${c.accent}" stroke-width="10"/>`,
    `<path d="M486 272 H584 Q600 272 600 288 V512 Q600 528 584 528 H486 Z" fill="${c.paper}"/>`,
    `<path d="M560 300 Q578 400 560 500" stroke="${c.accent}" stroke-width="12"/>`,
  ].join('');

const box: Pictogram = (c) =>
  [
    `<path d="M400 220 L580 300 V490 L400 570 L220 490 V300 Z" fill="${c.paper}"/>`,
    `<path d="M220 300 L400 380 L580 300 M400 380 V570"/>`,
    `<path d="M310 260 L490 340 V392" stroke="${c.accent}" stroke-width="20"/>`,
  ].join('');

const PICTOGRAMS: Record<string, Pictogram> = {
  headphones,
  speakers: speaker,
  audio: speaker,
  laptops: laptop,
  monitors: monitor,
  computers: monitor,
  'computer-accessories': keyboardAndMouse,
  'coffee-espresso': coffeeCup,
  'home-kitchen': coffeeCup,
  cookware: pan,
  camping: tent,
  'sports-outdoors': tent,
  fitness: dumbbell,
  cameras: camera,
  photography: camera,
  lenses: lens,
};

function pictogramFor(categorySlug: string): Pictogram {
  const root = rootOf(categorySlug);
  return PICTOGRAMS[categorySlug] ?? (root === null ? undefined : PICTOGRAMS[root]) ?? box;
}

// ---------------------------------------------------------------------------------------------------------------

/** A product tile as a standalone SVG document (800×800). Same input, same output. */
export function renderProductImage(input: ProductImageInput): string {
  const c = palette(input.categorySlug, input.sku);
  const id = `bg-${hashString(`${input.categorySlug}/${input.sku}`).toString(36)}`;
  // The brand is already at the top: the tile spends its three lines on the rest of the name.
  const brandPrefix = `${input.brand} `;
  const shownName = input.brand.trim() && input.name.startsWith(brandPrefix) ? input.name.slice(brandPrefix.length) : input.name;
  const lines = wrapName(shownName);
  const lineHeight = 46;
  const firstBaseline = 682 - ((lines.length - 1) * lineHeight) / 2 + 13;
  const nameText = lines.map((line, i) => `<tspan x="400" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`).join('');
  const label = escapeXml(shownName === input.name ? `${input.brand} ${input.name}`.trim() : input.name);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="${c.top}"/><stop offset="1" stop-color="${c.bottom}"/>`,
    `</linearGradient></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#${id})"/>`,
    `<circle cx="400" cy="375" r="245" fill="#ffffff" fill-opacity="0.35"/>`,
    `<text x="400" y="104" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="32" font-weight="700" letter-spacing="5" fill="${c.ink}">${smallCaps(input.brand, 32)}</text>`,
    `<rect x="370" y="124" width="60" height="5" rx="2.5" fill="${c.accent}"/>`,
    `<ellipse cx="400" cy="572" rx="215" ry="14" fill="${c.ink}" fill-opacity="0.12"/>`,
    `<g fill="none" stroke="${c.ink}" stroke-width="14" stroke-linejoin="round" stroke-linecap="round">${pictogramFor(input.categorySlug)(c)}</g>`,
    `<rect x="40" y="598" width="720" height="168" rx="28" fill="#ffffff" fill-opacity="0.82"/>`,
    `<text text-anchor="middle" font-family="${FONT_FAMILY}" font-size="38" font-weight="600" fill="${c.ink}">${nameText}</text>`,
    `</svg>`,
  ].join('\n');
}
