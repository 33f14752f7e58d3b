/**
 * The demo catalog: a category tree and a few hundred realistic products, built from per-category tables of
 * models × variants (colours, sizes, capacities, configurations). Deterministic: the same list on every call.
 */
import { slugify } from './slug.js';
import { mulberry32 } from './prng.js';

export type DemoSpecifications = Record<string, string | number | boolean>;

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  parentSlug: string | null;
}

export interface DemoProduct {
  sku: string;
  name: string;
  slug: string;
  brand: string;
  categorySlug: string;
  description: string;
  priceCents: number;
  specifications: DemoSpecifications;
  stock: number;
}

/** One sellable version of a model: a colour, a size, a capacity or a configuration. */
export interface DemoVariant {
  label: string;
  /** One sentence appended to the model's description. */
  note: string;
  priceDeltaCents?: number;
  /** Specifications that differ from the model's. */
  specs?: DemoSpecifications;
}

/** A product model; its name is `brand series noun[, variant]`. */
export interface DemoModel {
  brand: string;
  series: string;
  noun: string;
  priceCents: number;
  /** One or two sentences specific to the model. */
  blurb: string;
  specs: DemoSpecifications;
  variants?: readonly DemoVariant[];
}

/** The models of one leaf category, with the prefix of their SKUs (`AUD-HP-0001`). */
export interface DemoProductLine {
  categorySlug: string;
  skuPrefix: string;
  models: readonly DemoModel[];
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { slug: 'audio', name: 'Audio', description: 'Headphones and speakers for music, calls and movies.', parentSlug: null },
  {
    slug: 'headphones',
    name: 'Headphones',
    description: 'Over-ear and on-ear headphones: wireless noise cancelling, studio monitoring and audiophile open-backs.',
    parentSlug: 'audio',
  },
  {
    slug: 'speakers',
    name: 'Speakers',
    description: 'Portable Bluetooth speakers, smart home speakers and powered desktop pairs.',
    parentSlug: 'audio',
  },
  { slug: 'computers', name: 'Computers', description: 'Laptops, monitors and everything on the desk around them.', parentSlug: null },
  {
    slug: 'laptops',
    name: 'Laptops',
    description: 'Ultraportables, workstations and gaming laptops in several configurations.',
    parentSlug: 'computers',
  },
  {
    slug: 'monitors',
    name: 'Monitors',
    description: 'Office, creative and high-refresh gaming displays from 24 to 49 inches.',
    parentSlug: 'computers',
  },
  {
    slug: 'computer-accessories',
    name: 'Computer Accessories',
    description: 'Keyboards, mice, webcams, docks and portable storage.',
    parentSlug: 'computers',
  },
  {
    slug: 'home-kitchen',
    name: 'Home & Kitchen',
    description: 'Tools for a better kitchen, from the first coffee to dinner.',
    parentSlug: null,
  },
  {
    slug: 'coffee-espresso',
    name: 'Coffee & Espresso',
    description: 'Espresso machines, drip brewers, grinders, kettles and manual brewers.',
    parentSlug: 'home-kitchen',
  },
  {
    slug: 'cookware',
    name: 'Cookware',
    description: 'Cast iron, stainless steel, carbon steel and nonstick pans, pots and sets.',
    parentSlug: 'home-kitchen',
  },
  {
    slug: 'sports-outdoors',
    name: 'Sports & Outdoors',
    description: 'Gear for the campsite, the trail and the home gym.',
    parentSlug: null,
  },
  {
    slug: 'camping',
    name: 'Camping',
    description: 'Tents, sleeping bags and pads, stoves, coolers and lights.',
    parentSlug: 'sports-outdoors',
  },
  {
    slug: 'fitness',
    name: 'Fitness',
    description: 'Free weights, mats, trainers, rowers and wearables.',
    parentSlug: 'sports-outdoors',
  },
  { slug: 'photography', name: 'Photography', description: 'Cameras and lenses for stills and video.', parentSlug: null },
  {
    slug: 'cameras',
    name: 'Cameras',
    description: 'Mirrorless, compact and action cameras, body only or in kits.',
    parentSlug: 'photography',
  },
  {
    slug: 'lenses',
    name: 'Lenses',
    description: 'Primes and zooms for Sony E, Canon RF, Nikon Z, Fujifilm X and L-Mount.',
    parentSlug: 'photography',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Variant helpers

const COLOUR_NOTES: Record<string, string> = {
  Black: 'This listing is the black finish.',
  White: 'Shown here in white.',
  Silver: 'This one comes in silver.',
  'Midnight Blue': 'Finished in a deep midnight blue.',
  'White Smoke': 'This is the soft White Smoke colourway.',
  Sandstone: 'Offered here in the warm Sandstone shade.',
  Denim: 'This one wears the Denim colourway.',
  Midnight: 'Shown in Midnight, a dark blue-black.',
  Starlight: 'This is the Starlight finish, a pale champagne tone.',
  Blue: 'This one comes in blue.',
  Purple: 'Shown in purple.',
  'Chill Grey': 'In the understated Chill Grey.',
  Brown: 'This is the brown version.',
  Red: 'The red one, for a splash of colour.',
  Teal: 'This listing is in teal.',
  'Blue Dusk': 'Shown in Blue Dusk, a muted grey-blue.',
  'Stone Blue': 'This is the Stone Blue colourway.',
  Olive: 'Finished in olive green.',
  Sunset: 'This one is Sunset, a warm coral orange.',
  'Active Black': 'This listing is Active Black.',
  'Cobalt Blue': 'Shown in Cobalt Blue.',
  'Hyper Pink': 'In the loud Hyper Pink.',
  Cream: 'This is the cream version.',
  'Off-White': 'Shown in Off-White.',
  'Forest Gray': 'This one is Forest Gray.',
  Green: 'This listing is the green one.',
  Graphite: 'Shown in Graphite, a dark charcoal.',
  'Pale Gray': 'This one comes in Pale Gray.',
  Rose: 'Finished in Rose.',
  'Brushed Stainless Steel': 'Shown in brushed stainless steel.',
  'Black Truffle': 'This one is finished in Black Truffle, a matte black.',
  'Sea Salt': 'In Sea Salt, a soft off-white.',
  'Polished Silver': 'This is the polished silver finish.',
  'Matte Black': 'Shown in matte black.',
  'Matte White': 'This one is matte white.',
  'Stainless Steel': 'Finished in stainless steel.',
  Carbon: 'This is the Carbon colourway.',
  Fractile: 'Shown in the patterned Fractile colourway.',
  Tan: 'This one is tan.',
  Navy: 'Shown in navy.',
  Azul: 'This one comes in Azul blue.',
  'Coyote Tan': 'In Coyote Tan.',
  Verve: 'This is the Verve colourway, a deep red.',
  Obsidian: 'Shown in Obsidian with a black band.',
  Porcelain: 'This is Porcelain with a white band.',
  Coral: 'Shown in Coral with a pink band.',
  Whitestone: 'In Whitestone, with a white band.',
  Aqua: 'This listing is the Aqua colourway.',
  Flame: 'Shown in Flame, the classic orange.',
  'Marseille Blue': 'In Marseille, a bright blue.',
  Cerise: 'Finished in Cerise red.',
  'Caribbean Blue': 'This one is Caribbean Blue.',
  'Island Spice Red': 'Shown in Island Spice Red.',
  'Sea Glass': 'In the pale green Sea Glass.',
};

function colour(label: string): DemoVariant {
  return { label, note: COLOUR_NOTES[label] ?? `Finished in ${label.toLowerCase()}.` };
}

function colours(...labels: string[]): DemoVariant[] {
  return labels.map(colour);
}

function storageLabel(gb: number): string {
  return gb >= 1024 ? `${gb / 1024}TB` : `${gb}GB`;
}

/** A laptop configuration; the note depends on how much memory it has. */
function laptopConfig(ramGb: number, storageGb: number, priceDeltaCents = 0, extra: DemoSpecifications = {}): DemoVariant {
  const storage = storageLabel(storageGb);
  const note =
    ramGb <= 16
      ? `The ${ramGb} GB / ${storage} configuration covers office work, study and light creative projects.`
      : ramGb <= 32
        ? `With ${ramGb} GB of memory and ${storage} of storage, this configuration has room for heavier multitasking and large photo libraries.`
        : `${ramGb} GB of memory and ${storage} of fast storage make this the configuration for big projects, virtual machines and long video timelines.`;
  const extraLabel = typeof extra.Graphics === 'string' ? `, ${extra.Graphics.replace(/^NVIDIA GeForce /, '')}` : '';
  return {
    label: `${ramGb}GB RAM, ${storage} SSD${extraLabel}`,
    note,
    priceDeltaCents,
    specs: { 'RAM (GB)': ramGb, Storage: `${storage.replace(/(\d)([GT]B)/, '$1 $2')} SSD`, ...extra },
  };
}

function size(label: string, note: string, priceDeltaCents: number, specs: DemoSpecifications = {}): DemoVariant {
  return { label, note, priceDeltaCents, specs };
}

const MOUNT_NOTES: Record<string, string> = {
  'Sony E': 'This version fits Sony E-mount bodies, full-frame Alpha and APS-C alike.',
  'Nikon Z': 'This version is made for Nikon Z mirrorless cameras.',
  'Canon RF': 'This version mounts on Canon RF and RF-S bodies.',
  'Fujifilm X': 'This version is built for the Fujifilm X mount.',
  'L-Mount': 'This version fits L-Mount cameras from Leica, Panasonic and Sigma.',
};

function mounts(...labels: string[]): DemoVariant[] {
  return labels.map((label) => ({
    label: `${label} Mount`,
    note: MOUNT_NOTES[label] ?? `This version fits ${label} cameras.`,
    specs: { Mount: label },
  }));
}

function bodyAndKit(kitLens: string, kitDeltaCents: number): DemoVariant[] {
  return [
    { label: 'Body Only', note: 'Sold as the body only, for photographers who already own lenses.', priceDeltaCents: 0 },
    {
      label: `${kitLens} Kit`,
      note: `Bundled with the ${kitLens} lens, a versatile first zoom that covers most everyday shooting.`,
      priceDeltaCents: kitDeltaCents,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Product lines, one per leaf category

const HEADPHONES: DemoProductLine = {
  categorySlug: 'headphones',
  skuPrefix: 'AUD-HP',
  models: [
    {
      brand: 'Sony',
      series: 'WH-1000XM5',
      noun: 'Wireless Noise Cancelling Headphones',
      priceCents: 39_999,
      blurb:
        'Eight microphones and two processors tune out cabin rumble and office chatter in real time. Soft synthetic-leather earpads and up to 30 hours per charge make it an easy pick for long-haul travel.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 30,
        'Battery life (h)': 30,
        'Noise cancelling': true,
        'Weight (g)': 250,
        Connectivity: 'Bluetooth 5.2',
      },
      variants: colours('Black', 'Silver', 'Midnight Blue'),
    },
    {
      brand: 'Bose',
      series: 'QuietComfort Ultra',
      noun: 'Wireless Headphones',
      priceCents: 42_900,
      blurb:
        "Bose's flagship over-ears pair world-class noise cancelling with Immersive Audio that keeps sound anchored in front of you. Plush cushions and a steel-reinforced headband stay comfortable from takeoff to landing.",
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 35,
        'Battery life (h)': 24,
        'Noise cancelling': true,
        'Weight (g)': 250,
        Connectivity: 'Bluetooth 5.3',
      },
      variants: colours('Black', 'White Smoke', 'Sandstone'),
    },
    {
      brand: 'Sennheiser',
      series: 'Momentum 4',
      noun: 'Wireless Headphones',
      priceCents: 34_995,
      blurb:
        "A 60-hour battery means charging roughly once a week, and the 42 mm transducers deliver Sennheiser's warm, detailed signature. Adaptive noise cancellation adjusts itself to your surroundings.",
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 42,
        'Battery life (h)': 60,
        'Noise cancelling': true,
        'Weight (g)': 293,
        Connectivity: 'Bluetooth 5.2',
      },
      variants: colours('Black', 'White', 'Denim'),
    },
    {
      brand: 'Apple',
      series: 'AirPods Max',
      noun: 'Over-Ear Headphones',
      priceCents: 54_900,
      blurb:
        'Machined aluminium ear cups and a knit-mesh canopy give these over-ears a premium feel. Computational audio and personalised spatial sound shine when they are paired with an iPhone or a Mac.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 40,
        'Battery life (h)': 20,
        'Noise cancelling': true,
        'Weight (g)': 385,
        Connectivity: 'Bluetooth 5.0, USB-C',
      },
      variants: colours('Midnight', 'Starlight', 'Blue'),
    },
    {
      brand: 'Audio-Technica',
      series: 'ATH-M50x',
      noun: 'Professional Studio Monitor Headphones',
      priceCents: 14_900,
      blurb:
        'A studio staple for more than a decade, prized for accurate, punchy monitoring and excellent isolation. Detachable cables and ear cups that swivel 90 degrees make it just as handy behind a DJ booth.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 45,
        'Impedance (Ω)': 38,
        'Noise cancelling': false,
        'Weight (g)': 285,
        Connectivity: 'Wired, 3.5 mm',
      },
      variants: colours('Black', 'White'),
    },
    {
      brand: 'Beyerdynamic',
      series: 'DT 770 PRO',
      noun: 'Closed-Back Studio Headphones',
      priceCents: 15_900,
      blurb:
        'Hand-assembled in Germany, this closed-back reference headphone has velour pads that stay comfortable through marathon mixing sessions. Pick the impedance that suits the gear you plug it into.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 45,
        'Impedance (Ω)': 80,
        'Noise cancelling': false,
        'Weight (g)': 270,
        Connectivity: 'Wired, 3.5 mm',
      },
      variants: [
        size('32 Ohm', 'The 32-ohm version is easy to drive straight from a phone or laptop.', 0, { 'Impedance (Ω)': 32 }),
        size('80 Ohm', 'The 80-ohm version is the all-rounder for recording and monitoring.', 0, { 'Impedance (Ω)': 80 }),
        size('250 Ohm', 'The 250-ohm version is meant for studio interfaces and dedicated headphone amps.', 0, { 'Impedance (Ω)': 250 }),
      ],
    },
    {
      brand: 'JBL',
      series: 'Tune 770NC',
      noun: 'Wireless Over-Ear Headphones',
      priceCents: 12_995,
      blurb:
        'JBL Pure Bass sound and adaptive noise cancelling at a friendly price. Up to 70 hours of playback, and five minutes on the charger buys another three hours.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 40,
        'Battery life (h)': 70,
        'Noise cancelling': true,
        'Weight (g)': 232,
        Connectivity: 'Bluetooth 5.3',
      },
      variants: colours('Black', 'Blue', 'White', 'Purple'),
    },
    {
      brand: 'Sony',
      series: 'WH-CH720N',
      noun: 'Noise Cancelling Wireless Headphones',
      priceCents: 14_999,
      blurb:
        "One of Sony's lightest noise-cancelling designs at just 192 g, with the same integrated processor as pricier models. A sensible everyday set for commutes and video calls.",
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 30,
        'Battery life (h)': 35,
        'Noise cancelling': true,
        'Weight (g)': 192,
        Connectivity: 'Bluetooth 5.2',
      },
      variants: colours('Black', 'White', 'Blue'),
    },
    {
      brand: 'Skullcandy',
      series: 'Crusher Evo',
      noun: 'Wireless Headphones',
      priceCents: 19_999,
      blurb:
        'Adjustable Sensory Bass lets you feel the low end through haptic drivers in each cup, dialled up or down with a slider. Built-in Tile tracking helps you find them when they go missing.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 40,
        'Battery life (h)': 40,
        'Noise cancelling': false,
        'Weight (g)': 310,
        Connectivity: 'Bluetooth 5.0',
      },
      variants: colours('Black', 'Chill Grey'),
    },
    {
      brand: 'Soundcore',
      series: 'Space Q45',
      noun: 'Adaptive Noise Cancelling Headphones',
      priceCents: 14_999,
      blurb:
        'Hi-Res certified sound with LDAC support and up to 50 hours of noise-cancelled listening. The companion app builds an EQ profile tailored to your hearing.',
      specs: {
        Type: 'Over-ear',
        'Driver size (mm)': 40,
        'Battery life (h)': 50,
        'Noise cancelling': true,
        'Weight (g)': 295,
        Connectivity: 'Bluetooth 5.3, LDAC',
      },
      variants: colours('Black', 'White', 'Blue'),
    },
    {
      brand: 'Sennheiser',
      series: 'HD 600',
      noun: 'Open-Back Audiophile Headphones',
      priceCents: 39_999,
      blurb:
        'A reference for natural, uncoloured sound since the late nineties, with an open-back design that sounds spacious rather than boxed in. Every part, down to the cable, can be replaced.',
      specs: {
        Type: 'Over-ear, open-back',
        'Driver size (mm)': 38,
        'Impedance (Ω)': 300,
        'Noise cancelling': false,
        'Weight (g)': 260,
        Connectivity: 'Wired, 6.3 mm',
      },
    },
    {
      brand: 'Marshall',
      series: 'Major IV',
      noun: 'Wireless On-Ear Headphones',
      priceCents: 14_999,
      blurb:
        'More than 80 hours of wireless playtime and wireless charging, wrapped in an iconic rock-and-roll design. It folds up small, and a single brass control knob handles play, pause and volume.',
      specs: {
        Type: 'On-ear',
        'Driver size (mm)': 40,
        'Battery life (h)': 80,
        'Noise cancelling': false,
        'Weight (g)': 165,
        Connectivity: 'Bluetooth 5.0',
      },
      variants: colours('Black', 'Brown'),
    },
  ],
};

const SPEAKERS: DemoProductLine = {
  categorySlug: 'speakers',
  skuPrefix: 'AUD-SP',
  models: [
    {
      brand: 'JBL',
      series: 'Flip 6',
      noun: 'Portable Bluetooth Speaker',
      priceCents: 12_995,
      blurb:
        'A separate tweeter gives this pocketable speaker clearer highs than its size suggests. IP67 dust and water protection means it survives the beach, the pool and the occasional drop in the sink.',
      specs: {
        'Output power (W)': 30,
        'Battery life (h)': 12,
        'Water resistance': 'IP67',
        'Weight (g)': 550,
        Connectivity: 'Bluetooth 5.1',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'Blue', 'Red', 'Teal'),
    },
    {
      brand: 'JBL',
      series: 'Charge 5',
      noun: 'Portable Waterproof Speaker',
      priceCents: 17_995,
      blurb:
        'Twenty hours of playtime plus a built-in power bank to top up your phone. Link it with other PartyBoost speakers for a bigger sound at gatherings.',
      specs: {
        'Output power (W)': 40,
        'Battery life (h)': 20,
        'Water resistance': 'IP67',
        'Weight (g)': 960,
        Connectivity: 'Bluetooth 5.1',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'Blue', 'Red'),
    },
    {
      brand: 'Bose',
      series: 'SoundLink Flex',
      noun: 'Bluetooth Speaker',
      priceCents: 14_900,
      blurb:
        'It senses whether it is standing, lying flat or hanging and adjusts its sound to match. A silicone shell and powder-coated steel grille shrug off drops, dust and water.',
      specs: {
        'Battery life (h)': 12,
        'Water resistance': 'IP67',
        'Weight (g)': 600,
        Connectivity: 'Bluetooth 5.3',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'Blue Dusk', 'Stone Blue', 'White Smoke'),
    },
    {
      brand: 'Sonos',
      series: 'Era 100',
      noun: 'Smart Speaker',
      priceCents: 24_900,
      blurb:
        'Two angled tweeters produce real stereo from a single compact cabinet, and Trueplay tuning adapts the sound to your room. Bluetooth and a USB-C line-in join Wi-Fi streaming.',
      specs: {
        'Weight (g)': 2000,
        Connectivity: 'Wi-Fi 6, Bluetooth 5.0, USB-C line-in',
        'Voice assistant': 'Amazon Alexa, Sonos Voice Control',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'White'),
    },
    {
      brand: 'Sonos',
      series: 'Roam 2',
      noun: 'Portable Smart Speaker',
      priceCents: 17_900,
      blurb:
        'At home it joins your multi-room Sonos system over Wi-Fi; in the park it switches to Bluetooth. Drop-resistant and waterproof, with ten hours between charges.',
      specs: {
        'Battery life (h)': 10,
        'Water resistance': 'IP67',
        'Weight (g)': 430,
        Connectivity: 'Wi-Fi, Bluetooth 5.2',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'White', 'Olive', 'Sunset'),
    },
    {
      brand: 'Ultimate Ears',
      series: 'BOOM 4',
      noun: 'Portable Bluetooth Speaker',
      priceCents: 14_999,
      blurb:
        'Deep, 360-degree sound from a rugged cylinder that floats and can rinse sand out of its own grille. Pair it with up to 150 other compatible speakers for a party.',
      specs: { 'Battery life (h)': 15, 'Water resistance': 'IP67', 'Weight (g)': 677, Connectivity: 'Bluetooth', 'Stereo pairing': true },
      variants: colours('Active Black', 'Cobalt Blue', 'Hyper Pink'),
    },
    {
      brand: 'Marshall',
      series: 'Stanmore III',
      noun: 'Bluetooth Home Speaker',
      priceCents: 37_999,
      blurb:
        'Textured vinyl, a brass script logo and tactile analogue knobs for bass and treble make it unmistakably Marshall. The wide stereo image fills a living room with ease.',
      specs: { 'Output power (W)': 80, 'Weight (g)': 4250, Connectivity: 'Bluetooth 5.2, RCA, 3.5 mm', 'Stereo pairing': false },
      variants: colours('Black', 'Cream', 'Brown'),
    },
    {
      brand: 'Bose',
      series: 'SoundLink Max',
      noun: 'Portable Speaker',
      priceCents: 39_900,
      blurb:
        "Bose's largest portable delivers room-filling stereo and deep bass, and a removable rope handle makes it easy to carry. It can charge your phone over USB-C while it plays.",
      specs: {
        'Battery life (h)': 20,
        'Water resistance': 'IP67',
        'Weight (g)': 2100,
        Connectivity: 'Bluetooth 5.4, 3.5 mm',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'Blue Dusk'),
    },
    {
      brand: 'Sony',
      series: 'ULT Field 1',
      noun: 'Wireless Portable Speaker',
      priceCents: 12_999,
      blurb:
        'One press of the ULT button boosts the low end for deeper, punchier bass. A detachable strap lets you hang it from a backpack or a bike.',
      specs: {
        'Battery life (h)': 12,
        'Water resistance': 'IP67',
        'Weight (g)': 650,
        Connectivity: 'Bluetooth 5.3',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'Off-White', 'Forest Gray'),
    },
    {
      brand: 'Soundcore',
      series: 'Motion 300',
      noun: 'Wireless Hi-Res Speaker',
      priceCents: 7_999,
      blurb:
        'Hi-Res wireless audio over LDAC and a full 30 W of stereo output from a speaker the size of a paperback. A fold-out strap doubles as a stand.',
      specs: {
        'Output power (W)': 30,
        'Battery life (h)': 13,
        'Water resistance': 'IPX7',
        'Weight (g)': 770,
        Connectivity: 'Bluetooth 5.3, LDAC',
        'Stereo pairing': true,
      },
      variants: colours('Black', 'Blue', 'Green'),
    },
    {
      brand: 'Audioengine',
      series: 'A2+',
      noun: 'Wireless Desktop Speakers',
      priceCents: 26_900,
      blurb:
        'Powered bookshelf-style speakers with a built-in USB DAC, a big step up from laptop audio. Hand-built wooden cabinets and Kevlar woofers deliver surprising bass for their size.',
      specs: { 'Output power (W)': 60, 'Weight (g)': 2700, Connectivity: 'Bluetooth 5.0, USB, RCA, 3.5 mm', 'Stereo pairing': true },
      variants: colours('Black', 'White', 'Red'),
    },
  ],
};

const LAPTOPS: DemoProductLine = {
  categorySlug: 'laptops',
  skuPrefix: 'CMP-LT',
  models: [
    {
      brand: 'Apple',
      series: 'MacBook Air 13-inch',
      noun: 'Laptop with M3 Chip',
      priceCents: 109_900,
      blurb:
        'Fanless and completely silent, it stays cool while the M3 chip handles photo edits and dozens of browser tabs. The Liquid Retina display supports a billion colours.',
      specs: {
        Processor: 'Apple M3 (8-core CPU, 10-core GPU)',
        Display: '13.6-inch Liquid Retina, 2560×1664',
        'Weight (kg)': 1.24,
        'Battery life (h)': 18,
      },
      variants: [laptopConfig(16, 256), laptopConfig(16, 512, 20_000), laptopConfig(24, 512, 40_000)],
    },
    {
      brand: 'Apple',
      series: 'MacBook Pro 14-inch',
      noun: 'Laptop with M4 Pro Chip',
      priceCents: 199_900,
      blurb:
        'A Liquid Retina XDR display with 1,000 nits of sustained brightness and a chip built for 8K video and large code builds. Thunderbolt 5, HDMI and an SDXC slot mean fewer dongles.',
      specs: {
        Processor: 'Apple M4 Pro (12-core CPU, 16-core GPU)',
        Display: '14.2-inch Liquid Retina XDR, 3024×1964',
        'Weight (kg)': 1.6,
        'Battery life (h)': 22,
      },
      variants: [laptopConfig(24, 512), laptopConfig(48, 1024, 80_000)],
    },
    {
      brand: 'Dell',
      series: 'XPS 13',
      noun: 'Laptop',
      priceCents: 129_999,
      blurb:
        'A nearly borderless 13.4-inch display and a machined aluminium chassis in a laptop that weighs under 1.2 kg. The seamless glass touchpad and edge-to-edge keyboard give it a distinctly modern look.',
      specs: {
        Processor: 'Intel Core Ultra 7 258V',
        Display: '13.4-inch FHD+ 120 Hz, 1920×1200',
        'Weight (kg)': 1.19,
        'Battery life (h)': 20,
      },
      variants: [laptopConfig(16, 512), laptopConfig(32, 1024, 30_000)],
    },
    {
      brand: 'Lenovo',
      series: 'ThinkPad X1 Carbon Gen 12',
      noun: 'Business Laptop',
      priceCents: 189_900,
      blurb:
        'The business classic: a carbon-fibre lid, a class-leading keyboard and the red TrackPoint that fans swear by. Tested against MIL-STD 810H for life on the road.',
      specs: { Processor: 'Intel Core Ultra 7 155U', Display: '14-inch WUXGA IPS, 1920×1200', 'Weight (kg)': 1.09, 'Battery life (h)': 15 },
      variants: [laptopConfig(16, 512), laptopConfig(32, 1024, 40_000)],
    },
    {
      brand: 'HP',
      series: 'Spectre x360 14',
      noun: '2-in-1 Laptop',
      priceCents: 144_999,
      blurb:
        'A 2.8K OLED touchscreen folds all the way back into a tablet, and a rechargeable pen comes in the box. Gem-cut edges and a haptic trackpad set it apart from ordinary convertibles.',
      specs: {
        Processor: 'Intel Core Ultra 7 155H',
        Display: '14-inch 2.8K OLED touch, 120 Hz',
        'Weight (kg)': 1.44,
        'Battery life (h)': 17,
      },
      variants: [laptopConfig(16, 1024), laptopConfig(32, 2048, 30_000)],
    },
    {
      brand: 'ASUS',
      series: 'ROG Zephyrus G14',
      noun: 'Gaming Laptop',
      priceCents: 159_999,
      blurb:
        'A compact gaming machine with a 120 Hz OLED panel in a CNC-milled aluminium body. Powerful enough for modern games at high settings, yet light enough to carry to class.',
      specs: { Processor: 'AMD Ryzen 9 8945HS', Display: '14-inch 3K OLED, 120 Hz', 'Weight (kg)': 1.5 },
      variants: [
        laptopConfig(16, 1024, 0, { Graphics: 'NVIDIA GeForce RTX 4060' }),
        laptopConfig(32, 1024, 40_000, { Graphics: 'NVIDIA GeForce RTX 4070' }),
      ],
    },
    {
      brand: 'Lenovo',
      series: 'IdeaPad Slim 5 14',
      noun: 'Laptop',
      priceCents: 69_999,
      blurb:
        'Solid everyday performance, a comfortable backlit keyboard and a tall 16:10 display in a slim metal chassis. The full-HD webcam has a physical privacy shutter.',
      specs: { Processor: 'AMD Ryzen 7 8845HS', Display: '14-inch WUXGA OLED, 1920×1200', 'Weight (kg)': 1.46, 'Battery life (h)': 14 },
      variants: [laptopConfig(16, 512), laptopConfig(16, 1024, 10_000)],
    },
    {
      brand: 'Acer',
      series: 'Swift Go 14',
      noun: 'Laptop',
      priceCents: 79_999,
      blurb:
        'A 2.8K OLED screen usually reserved for pricier machines, in a thin aluminium body. Two Thunderbolt 4 ports, HDMI and a microSD slot cover most connections.',
      specs: { Processor: 'Intel Core Ultra 5 125H', Display: '14-inch 2.8K OLED, 90 Hz', 'Weight (kg)': 1.32, 'Battery life (h)': 12 },
      variants: [laptopConfig(16, 512), laptopConfig(16, 1024, 10_000)],
    },
    {
      brand: 'Microsoft',
      series: 'Surface Laptop 13.8-inch',
      noun: 'Copilot+ PC',
      priceCents: 99_999,
      blurb:
        'An Arm-based Snapdragon chip gives it all-day battery life and instant wake, and the PixelSense touchscreen is bright and sharp. Windows on-device AI features run on the built-in NPU.',
      specs: {
        Processor: 'Qualcomm Snapdragon X Plus',
        Display: '13.8-inch PixelSense touch, 2304×1536',
        'Weight (kg)': 1.34,
        'Battery life (h)': 20,
      },
      variants: [laptopConfig(16, 256), laptopConfig(16, 512, 20_000), laptopConfig(32, 1024, 60_000)],
    },
    {
      brand: 'Framework',
      series: 'Laptop 13',
      noun: 'DIY Edition',
      priceCents: 89_900,
      blurb:
        'A laptop you can open with the included screwdriver: upgrade the memory, swap the battery or change the ports through hot-swappable expansion cards. Parts are sold individually for years.',
      specs: { Processor: 'AMD Ryzen 5 7640U', Display: '13.5-inch 2256×1504, 3:2', 'Weight (kg)': 1.3, 'Battery life (h)': 11 },
      variants: [laptopConfig(16, 512), laptopConfig(32, 1024, 20_000)],
    },
  ],
};

const MONITORS: DemoProductLine = {
  categorySlug: 'monitors',
  skuPrefix: 'CMP-MN',
  models: [
    {
      brand: 'LG',
      series: 'UltraGear OLED',
      noun: 'Gaming Monitor',
      priceCents: 79_999,
      blurb:
        'Near-instant 0.03 ms response and true per-pixel blacks make fast shooters look razor sharp. An anti-glare coating keeps reflections down in bright rooms.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '2560×1440',
        'Panel type': 'OLED',
        'Refresh rate (Hz)': 240,
        Ports: 'HDMI 2.1 ×2, DisplayPort 1.4',
        HDR: 'DisplayHDR True Black 400',
      },
      variants: [
        size('27-inch', 'The 27-inch model runs QHD at 240 Hz.', 0),
        size('32-inch', 'The 32-inch model steps up to 4K at 240 Hz.', 50_000, { 'Screen size (in)': 32, Resolution: '3840×2160' }),
      ],
    },
    {
      brand: 'Dell',
      series: 'UltraSharp',
      noun: '4K USB-C Hub Monitor',
      priceCents: 57_999,
      blurb:
        'One USB-C cable carries video, data and up to 90 W of laptop charging, and the built-in hub adds Ethernet and USB ports. Factory colour calibration suits photo work.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '3840×2160',
        'Panel type': 'IPS Black',
        'Refresh rate (Hz)': 60,
        Ports: 'USB-C 90 W, HDMI, DisplayPort, RJ45',
        HDR: 'DisplayHDR 400',
      },
      variants: [
        size('27-inch', 'This is the 27-inch size, sharp at normal desk distance.', 0),
        size('32-inch', 'This is the 32-inch size, roomy for side-by-side windows.', 30_000, { 'Screen size (in)': 31.5 }),
      ],
    },
    {
      brand: 'Samsung',
      series: 'Odyssey OLED G9',
      noun: '49-inch Curved Gaming Monitor',
      priceCents: 129_999,
      blurb:
        'As wide as two 27-inch QHD screens side by side, wrapped in an 1800R curve. Racing and flight simulators feel remarkably immersive.',
      specs: {
        'Screen size (in)': 49,
        Resolution: '5120×1440',
        'Panel type': 'QD-OLED',
        'Refresh rate (Hz)': 240,
        Ports: 'HDMI 2.1, DisplayPort 1.4, USB hub',
        HDR: 'DisplayHDR True Black 400',
      },
    },
    {
      brand: 'ASUS',
      series: 'ProArt PA278QV',
      noun: '27-inch Professional Monitor',
      priceCents: 29_999,
      blurb:
        'Calman-verified colour accuracy and full sRGB coverage at a price students can manage. The stand tilts, swivels, pivots and adjusts for height.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '2560×1440',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 75,
        Ports: 'HDMI, DisplayPort, Mini DisplayPort, USB hub',
        HDR: 'None',
      },
    },
    {
      brand: 'BenQ',
      series: 'PD2705U',
      noun: '4K Designer Monitor',
      priceCents: 44_999,
      blurb:
        'Dedicated colour modes for CAD, animation and darkroom work, switchable from a hotkey puck. USB-C with 65 W charging keeps the desk tidy.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '3840×2160',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 60,
        Ports: 'USB-C 65 W, HDMI, DisplayPort',
        HDR: 'HDR10',
      },
    },
    {
      brand: 'LG',
      series: 'UltraFine 27UP850N-W',
      noun: '4K IPS Monitor',
      priceCents: 39_999,
      blurb:
        'A crisp 4K panel covering 95 percent of DCI-P3, with a slim white stand that suits a home office. USB-C delivers 96 W to a connected laptop.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '3840×2160',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 60,
        Ports: 'USB-C 96 W, HDMI ×2, DisplayPort',
        HDR: 'DisplayHDR 400',
      },
    },
    {
      brand: 'Apple',
      series: 'Studio Display',
      noun: '27-inch 5K Retina Display',
      priceCents: 159_900,
      blurb:
        'A 5K Retina panel with 600 nits of brightness, a 12 MP Center Stage camera and a six-speaker sound system. It pairs with a Mac through a single Thunderbolt cable.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '5120×2880',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 60,
        Ports: 'Thunderbolt 3, USB-C ×3',
      },
      variants: [
        size('Standard Glass', 'Standard glass gives the richest contrast in a controlled room.', 0, { Glass: 'Standard' }),
        size('Nano-Texture Glass', 'Nano-texture glass scatters glare from windows and overhead lights.', 30_000, {
          Glass: 'Nano-texture',
        }),
      ],
    },
    {
      brand: 'Samsung',
      series: 'ViewFinity S9',
      noun: '27-inch 5K Smart Monitor',
      priceCents: 159_999,
      blurb:
        'A 5K matte display with a detachable 4K webcam and built-in smart TV apps, so it doubles as a screen for streaming. The calibration app uses your phone camera.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '5120×2880',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 60,
        Ports: 'Thunderbolt 4, Mini DisplayPort, USB-C ×3',
        HDR: 'HDR10',
      },
    },
    {
      brand: 'Gigabyte',
      series: 'M27Q',
      noun: '27-inch KVM Gaming Monitor',
      priceCents: 27_999,
      blurb:
        'A built-in KVM switch lets one keyboard and mouse control two computers, handy for a work laptop and a gaming PC. Fast 170 Hz refresh for smooth play.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '2560×1440',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 170,
        Ports: 'HDMI ×2, DisplayPort, USB-C',
        HDR: 'HDR400',
      },
    },
    {
      brand: 'AOC',
      series: '24G2SP',
      noun: '24-inch Gaming Monitor',
      priceCents: 14_999,
      blurb:
        'A budget esports favourite: a 165 Hz IPS panel with 1 ms response and thin bezels. The height-adjustable stand is a rarity at this price.',
      specs: {
        'Screen size (in)': 23.8,
        Resolution: '1920×1080',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 165,
        Ports: 'HDMI ×2, DisplayPort, VGA',
        HDR: 'None',
      },
    },
    {
      brand: 'LG',
      series: '34WP65C-B',
      noun: '34-inch UltraWide Curved Monitor',
      priceCents: 32_999,
      blurb:
        'A 21:9 curved canvas that fits a full editing timeline or three documents side by side. AMD FreeSync smooths out casual gaming too.',
      specs: {
        'Screen size (in)': 34,
        Resolution: '3440×1440',
        'Panel type': 'VA',
        'Refresh rate (Hz)': 160,
        Ports: 'HDMI ×2, DisplayPort',
        HDR: 'HDR10',
      },
    },
    {
      brand: 'Samsung',
      series: 'Odyssey G5',
      noun: 'Curved Gaming Monitor',
      priceCents: 27_999,
      blurb:
        'A 1000R curve pulls the edges of the screen into your peripheral vision. QHD resolution and a 165 Hz refresh rate balance sharpness with speed.',
      specs: {
        'Screen size (in)': 27,
        Resolution: '2560×1440',
        'Panel type': 'VA',
        'Refresh rate (Hz)': 165,
        Ports: 'HDMI, DisplayPort',
        HDR: 'HDR10',
      },
      variants: [
        size('27-inch', 'The 27-inch size fits most desks.', 0),
        size('32-inch', 'The 32-inch size gives a bigger picture at the same resolution.', 5_000, { 'Screen size (in)': 32 }),
      ],
    },
    {
      brand: 'ViewSonic',
      series: 'VX2485-MHU',
      noun: '24-inch IPS Monitor with USB-C',
      priceCents: 15_999,
      blurb:
        'A frameless full-HD screen with a single USB-C port for video and power, ideal for a second display next to a laptop. Eye-care flicker-free backlighting reduces strain.',
      specs: {
        'Screen size (in)': 23.8,
        Resolution: '1920×1080',
        'Panel type': 'IPS',
        'Refresh rate (Hz)': 75,
        Ports: 'USB-C 15 W, HDMI',
        HDR: 'None',
      },
    },
  ],
};

const COMPUTER_ACCESSORIES: DemoProductLine = {
  categorySlug: 'computer-accessories',
  skuPrefix: 'CMP-AC',
  models: [
    {
      brand: 'Logitech',
      series: 'MX Master 3S',
      noun: 'Wireless Performance Mouse',
      priceCents: 9_999,
      blurb:
        'Quiet clicks, an 8,000 DPI sensor that tracks on glass, and a MagSpeed wheel that spins a thousand lines a second. The sculpted shape supports your whole hand.',
      specs: {
        Type: 'Mouse',
        Connectivity: 'Bluetooth, Logi Bolt receiver',
        'Battery life': '70 days',
        'Weight (g)': 141,
        Compatibility: 'Windows, macOS, Linux, iPadOS',
      },
      variants: colours('Graphite', 'Pale Gray', 'Black'),
    },
    {
      brand: 'Logitech',
      series: 'MX Keys S',
      noun: 'Wireless Illuminated Keyboard',
      priceCents: 10_999,
      blurb:
        'Spherically dished keys match the shape of your fingertips, and the backlight wakes as your hands approach. Switch between three paired computers with a key press.',
      specs: {
        Type: 'Keyboard',
        Connectivity: 'Bluetooth, Logi Bolt receiver',
        'Battery life': '10 days backlit, 5 months unlit',
        'Weight (g)': 810,
        Compatibility: 'Windows, macOS, Linux',
      },
      variants: colours('Graphite', 'Pale Gray'),
    },
    {
      brand: 'Apple',
      series: 'Magic Keyboard',
      noun: 'with Touch ID and Numeric Keypad',
      priceCents: 17_900,
      blurb:
        'Fast, secure sign-in and Apple Pay with a fingertip on Macs with Apple silicon. The extended layout adds a numeric keypad and full-size arrow keys.',
      specs: {
        Type: 'Keyboard',
        Connectivity: 'Bluetooth, USB-C',
        'Battery life': 'About one month',
        'Weight (g)': 390,
        Compatibility: 'macOS',
      },
      variants: [
        size('White Keys', 'This version has white keys on a silver aluminium base.', 0, { Colour: 'White' }),
        size('Black Keys', 'This version has black keys on a black aluminium base.', 2_000, { Colour: 'Black' }),
      ],
    },
    {
      brand: 'Apple',
      series: 'Magic Mouse',
      noun: '',
      priceCents: 7_900,
      blurb: 'A seamless Multi-Touch top surface handles swipes and scrolling with no buttons or wheel. It charges over USB-C.',
      specs: {
        Type: 'Mouse',
        Connectivity: 'Bluetooth, USB-C',
        'Battery life': 'About one month',
        'Weight (g)': 99,
        Compatibility: 'macOS, iPadOS',
      },
      variants: [
        size('White', 'This is the white surface on a silver base.', 0, { Colour: 'White' }),
        size('Black', 'This is the black surface on a black base.', 2_000, { Colour: 'Black' }),
      ],
    },
    {
      brand: 'Razer',
      series: 'DeathAdder V3 Pro',
      noun: 'Wireless Gaming Mouse',
      priceCents: 14_999,
      blurb:
        'An ergonomic esports shape trimmed to just 63 g, with a 30,000 DPI optical sensor. Optical switches avoid the double-click wear of mechanical ones.',
      specs: {
        Type: 'Mouse',
        Connectivity: 'HyperSpeed 2.4 GHz, USB-C',
        'Battery life': '90 hours',
        'Weight (g)': 63,
        Compatibility: 'Windows, macOS',
      },
      variants: colours('Black', 'White'),
    },
    {
      brand: 'Keychron',
      series: 'Q1 Pro',
      noun: 'Wireless Mechanical Keyboard',
      priceCents: 19_900,
      blurb:
        'A full CNC-machined aluminium case, gasket-mounted plate and hot-swappable switches for a deep, muted typing sound. Remap any key with the open-source firmware.',
      specs: {
        Type: 'Keyboard',
        Connectivity: 'Bluetooth 5.1, USB-C',
        'Battery life': '300 hours',
        'Weight (g)': 1700,
        Compatibility: 'Windows, macOS, Linux',
      },
      variants: [
        size('Red Switches', 'Fitted with linear red switches for a smooth, quiet press.', 0, { Switches: 'K Pro Red (linear)' }),
        size('Brown Switches', 'Fitted with tactile brown switches for a gentle bump on each keystroke.', 0, {
          Switches: 'K Pro Brown (tactile)',
        }),
      ],
    },
    {
      brand: 'Logitech',
      series: 'Brio 4K',
      noun: 'Webcam',
      priceCents: 19_999,
      blurb:
        'Ultra HD video with HDR and automatic light correction keeps you looking natural against a bright window. The infrared sensor supports Windows Hello face sign-in.',
      specs: { Type: 'Webcam', Connectivity: 'USB-C', Resolution: '4K at 30 fps', 'Field of view': '65°, 78°, 90°', 'Weight (g)': 63 },
    },
    {
      brand: 'Anker',
      series: '7-in-1',
      noun: 'USB-C Hub',
      priceCents: 3_499,
      blurb:
        'Turns a single USB-C port into HDMI, two USB-A ports, SD and microSD readers and pass-through charging. Small enough to live in a laptop sleeve.',
      specs: { Type: 'Hub', Connectivity: 'USB-C', Ports: 7, 'Power delivery (W)': 85, 'Weight (g)': 62 },
    },
    {
      brand: 'CalDigit',
      series: 'TS4',
      noun: 'Thunderbolt 4 Dock',
      priceCents: 39_999,
      blurb:
        'Eighteen ports, 98 W of laptop charging and 2.5 GbE networking behind one Thunderbolt cable. Runs cool, stands upright and works with Macs and PCs.',
      specs: { Type: 'Dock', Connectivity: 'Thunderbolt 4', Ports: 18, 'Power delivery (W)': 98, 'Weight (g)': 930 },
    },
    {
      brand: 'Logitech',
      series: 'MX Anywhere 3S',
      noun: 'Compact Wireless Mouse',
      priceCents: 7_999,
      blurb:
        'A travel-sized mouse that tracks on almost any surface, including glass. Quiet buttons and a fast-scrolling metal wheel make it a good companion for working in cafes.',
      specs: {
        Type: 'Mouse',
        Connectivity: 'Bluetooth',
        'Battery life': '70 days',
        'Weight (g)': 99,
        Compatibility: 'Windows, macOS, Linux, iPadOS, ChromeOS',
      },
      variants: colours('Graphite', 'Pale Gray', 'Rose'),
    },
    {
      brand: 'Corsair',
      series: 'K70 RGB PRO',
      noun: 'Mechanical Gaming Keyboard',
      priceCents: 15_999,
      blurb:
        'An aluminium frame, dedicated media controls and per-key RGB lighting, with an 8,000 Hz polling rate for competitive play. The detachable wrist rest is soft-touch.',
      specs: { Type: 'Keyboard', Connectivity: 'USB-C wired', 'Weight (g)': 1230, Compatibility: 'Windows, macOS' },
      variants: [
        size('Cherry MX Red', 'This one uses Cherry MX Red linear switches.', 0, { Switches: 'Cherry MX Red' }),
        size('Cherry MX Speed', 'This one uses Cherry MX Speed switches with a short 1.2 mm actuation.', 1_000, {
          Switches: 'Cherry MX Speed',
        }),
      ],
    },
    {
      brand: 'Samsung',
      series: 'T7 Shield',
      noun: 'Portable SSD',
      priceCents: 9_999,
      blurb:
        'A rubberised, IP65-rated shell protects your files from drops, dust and rain. Transfers run at up to 1,050 MB/s over USB 3.2.',
      specs: { Type: 'Portable SSD', Connectivity: 'USB 3.2 Gen 2, USB-C', 'Read speed (MB/s)': 1050, 'Weight (g)': 98 },
      variants: [
        size('1TB', 'This is the 1 TB capacity.', 0, { Capacity: '1 TB' }),
        size('2TB', 'This is the 2 TB capacity, room for a large photo archive.', 6_000, { Capacity: '2 TB' }),
        size('4TB', 'This is the 4 TB capacity, enough for years of video projects.', 20_000, { Capacity: '4 TB' }),
      ],
    },
    {
      brand: 'Elgato',
      series: 'Stream Deck MK.2',
      noun: 'Studio Controller',
      priceCents: 14_999,
      blurb:
        'Fifteen customisable LCD keys trigger scenes, mute microphones, launch apps or run multi-step macros. Popular with streamers and equally useful for video editors.',
      specs: { Type: 'Controller', Connectivity: 'USB-C', Keys: 15, 'Weight (g)': 290, Compatibility: 'Windows, macOS' },
    },
  ],
};

const COFFEE: DemoProductLine = {
  categorySlug: 'coffee-espresso',
  skuPrefix: 'HK-CF',
  models: [
    {
      brand: 'Breville',
      series: 'Barista Express',
      noun: 'Espresso Machine',
      priceCents: 69_995,
      blurb:
        'Grinds, doses and extracts in one machine, going from beans to espresso in under a minute. The steam wand textures microfoam for latte art.',
      specs: {
        Type: 'Semi-automatic espresso',
        'Water tank (L)': 2,
        'Pump pressure (bar)': 15,
        'Built-in grinder': true,
        'Power (W)': 1600,
      },
      variants: colours('Brushed Stainless Steel', 'Black Truffle', 'Sea Salt'),
    },
    {
      brand: 'Breville',
      series: 'Bambino Plus',
      noun: 'Espresso Machine',
      priceCents: 49_995,
      blurb:
        'A compact espresso maker that heats up in three seconds and steams milk automatically to the temperature and texture you choose. It fits neatly on a small counter.',
      specs: {
        Type: 'Semi-automatic espresso',
        'Water tank (L)': 1.9,
        'Pump pressure (bar)': 15,
        'Built-in grinder': false,
        'Power (W)': 1560,
      },
      variants: colours('Brushed Stainless Steel', 'Black Truffle'),
    },
    {
      brand: "De'Longhi",
      series: 'Dedica Arte EC885',
      noun: 'Espresso Machine',
      priceCents: 24_995,
      blurb:
        'Only 15 cm wide, with a professional-style steam wand for proper cappuccinos. Three filters cover single shots, doubles and ESE pods.',
      specs: { Type: 'Pump espresso', 'Water tank (L)': 1.1, 'Pump pressure (bar)': 15, 'Built-in grinder': false, 'Power (W)': 1300 },
      variants: colours('Stainless Steel', 'Black'),
    },
    {
      brand: 'Nespresso',
      series: 'Vertuo Pop+',
      noun: 'Coffee and Espresso Machine',
      priceCents: 12_900,
      blurb:
        'Reads a barcode on each capsule and adjusts the brew for everything from a single espresso to a large mug. One-touch brewing with nothing to clean but the drip tray.',
      specs: { Type: 'Capsule machine', 'Water tank (L)': 0.56, 'Cup sizes': 5, 'Built-in grinder': false, 'Power (W)': 1500 },
      variants: colours('Black', 'White', 'Red', 'Aqua'),
    },
    {
      brand: 'Moccamaster',
      series: 'KBGV Select',
      noun: '10-Cup Coffee Maker',
      priceCents: 35_900,
      blurb:
        'Handmade in the Netherlands and certified by the Specialty Coffee Association for brewing at the ideal 92–96 °C. A full carafe takes about six minutes.',
      specs: { Type: 'Drip coffee maker', 'Capacity (cups)': 10, 'Brew time (min)': 6, 'Built-in grinder': false, 'Power (W)': 1520 },
      variants: colours('Polished Silver', 'Matte Black', 'Matte White'),
    },
    {
      brand: 'Chemex',
      series: 'Classic',
      noun: 'Pour-Over Glass Coffeemaker',
      priceCents: 4_995,
      blurb:
        'The 1941 hourglass design in non-porous borosilicate glass, with a polished wood collar and leather tie. Bonded paper filters give a remarkably clean cup.',
      specs: { Type: 'Pour-over', Material: 'Borosilicate glass, wood', 'Dishwasher safe': false },
      variants: [
        size('6-Cup', 'The 6-cup size brews enough for two people.', -500, { 'Capacity (cups)': 6 }),
        size('8-Cup', 'The 8-cup size is the most popular for households.', 0, { 'Capacity (cups)': 8 }),
        size('10-Cup', 'The 10-cup size suits a big weekend breakfast.', 500, { 'Capacity (cups)': 10 }),
      ],
    },
    {
      brand: 'Hario',
      series: 'V60',
      noun: 'Ceramic Coffee Dripper',
      priceCents: 2_500,
      blurb:
        'A 60-degree cone with spiral ribs and a single large hole, so your pour controls the extraction. Ceramic holds heat well for consistent brews.',
      specs: { Type: 'Pour-over dripper', Material: 'Arita porcelain', 'Dishwasher safe': true },
      variants: [
        size('Size 01', 'Size 01 brews one or two cups.', -200, { 'Capacity (cups)': 2 }),
        size('Size 02', 'Size 02 brews up to four cups.', 0, { 'Capacity (cups)': 4 }),
      ],
    },
    {
      brand: 'Baratza',
      series: 'Encore ESP',
      noun: 'Conical Burr Coffee Grinder',
      priceCents: 19_995,
      blurb:
        'Forty grind settings, with a fine-tuned range dedicated to espresso and the rest for filter and French press. Hardened steel conical burrs give even, consistent particles.',
      specs: { Type: 'Burr grinder', 'Grind settings': 40, 'Hopper capacity (g)': 227, 'Built-in grinder': true, 'Power (W)': 140 },
      variants: colours('Black', 'White'),
    },
    {
      brand: 'Fellow',
      series: 'Stagg EKG',
      noun: 'Electric Pour-Over Kettle',
      priceCents: 16_500,
      blurb:
        'A precision gooseneck spout and variable temperature control to the degree, with a hold mode that keeps water hot for an hour. Heats a full kettle in a few minutes.',
      specs: { Type: 'Electric kettle', 'Capacity (L)': 0.9, 'Temperature control': true, 'Power (W)': 1200, Material: 'Stainless steel' },
      variants: [
        colour('Matte Black'),
        colour('Matte White'),
        size('Polished Copper', 'This one is trimmed in polished copper.', 2_000, { Colour: 'Polished Copper' }),
      ],
    },
    {
      brand: 'Bodum',
      series: 'Chambord',
      noun: 'French Press Coffee Maker',
      priceCents: 3_999,
      blurb:
        'The classic French press since 1958: a heat-resistant glass beaker in a chrome-plated frame with a stainless steel mesh filter. No paper filters, no electricity.',
      specs: { Type: 'French press', Material: 'Borosilicate glass, stainless steel', 'Dishwasher safe': true },
      variants: [
        size('3-Cup', 'The 3-cup size makes a single mug.', -1_000, { 'Capacity (L)': 0.35 }),
        size('8-Cup', 'The 8-cup size serves three or four.', 0, { 'Capacity (L)': 1 }),
        size('12-Cup', 'The 12-cup size is for a crowd.', 1_000, { 'Capacity (L)': 1.5 }),
      ],
    },
    {
      brand: 'AeroPress',
      series: 'Original',
      noun: 'Coffee Press',
      priceCents: 3_995,
      blurb:
        'Makes a smooth, grit-free cup in about a minute, and it is nearly unbreakable, which makes it a camping favourite. Brew it like espresso, pour-over or cold brew.',
      specs: { Type: 'Immersion press', 'Capacity (cups)': 3, Material: 'BPA-free polypropylene', 'Dishwasher safe': true },
    },
    {
      brand: 'Cuisinart',
      series: 'DCC-3200',
      noun: '14-Cup Programmable Coffeemaker',
      priceCents: 9_995,
      blurb:
        'Program it the night before and wake up to a full pot, with a bold setting for a stronger brew. The carafe handle is easy to grip.',
      specs: { Type: 'Drip coffee maker', 'Capacity (cups)': 14, Programmable: true, 'Built-in grinder': false, 'Power (W)': 1100 },
      variants: colours('Stainless Steel', 'Black'),
    },
  ],
};

const COOKWARE: DemoProductLine = {
  categorySlug: 'cookware',
  skuPrefix: 'HK-CW',
  models: [
    {
      brand: 'Lodge',
      series: 'Classic',
      noun: 'Cast Iron Skillet',
      priceCents: 1_995,
      blurb: 'Pre-seasoned with vegetable oil and ready to sear, bake, broil or go straight onto a campfire. It only gets better with use.',
      specs: { Material: 'Cast iron', 'Oven safe to (°F)': 650, 'Induction compatible': true, 'Dishwasher safe': false },
      variants: [
        size('8-inch', 'The 8-inch skillet is right for two eggs or a single steak.', -500, { 'Diameter (in)': 8, 'Weight (kg)': 1.4 }),
        size('10.25-inch', 'The 10.25-inch skillet is the everyday size.', 0, { 'Diameter (in)': 10.25, 'Weight (kg)': 2.3 }),
        size('12-inch', 'The 12-inch skillet feeds a family.', 1_000, { 'Diameter (in)': 12, 'Weight (kg)': 3.5 }),
      ],
    },
    {
      brand: 'Le Creuset',
      series: 'Signature',
      noun: 'Enameled Cast Iron Round Dutch Oven',
      priceCents: 43_000,
      blurb:
        'Enamelled cast iron that needs no seasoning, with a tight-fitting lid that keeps braises moist for hours. The light interior makes it easy to watch browning.',
      specs: { Material: 'Enamelled cast iron', 'Oven safe to (°F)': 500, 'Induction compatible': true, 'Dishwasher safe': true },
      variants: [
        size('4.5 qt', 'The 4.5-quart size suits soups and sides for four.', -5_000, { 'Capacity (qt)': 4.5, 'Weight (kg)': 4.4 }),
        size('5.5 qt', 'The 5.5-quart size is the classic all-rounder.', 0, { 'Capacity (qt)': 5.5, 'Weight (kg)': 5.3 }),
        size('7.25 qt', 'The 7.25-quart size fits a whole chicken.', 5_000, { 'Capacity (qt)': 7.25, 'Weight (kg)': 6.1 }),
      ],
    },
    {
      brand: 'All-Clad',
      series: 'D3',
      noun: 'Stainless Steel Fry Pan',
      priceCents: 11_999,
      blurb:
        'Three bonded layers with an aluminium core spread heat evenly up to the rim, and the riveted handle stays put for a lifetime. Made in Canonsburg, Pennsylvania.',
      specs: { Material: 'Tri-ply stainless steel', 'Oven safe to (°F)': 600, 'Induction compatible': true, 'Dishwasher safe': true },
      variants: [
        size('10-inch', 'This is the 10-inch pan.', 0, { 'Diameter (in)': 10, 'Weight (kg)': 1.1 }),
        size('12-inch', 'This is the 12-inch pan, roomy enough to sear without crowding.', 3_000, {
          'Diameter (in)': 12,
          'Weight (kg)': 1.4,
        }),
      ],
    },
    {
      brand: 'Staub',
      series: 'Cast Iron',
      noun: 'Round Cocotte',
      priceCents: 34_999,
      blurb:
        'Self-basting spikes under the lid drip condensation back onto the food, and the matte black enamel interior browns beautifully. Handmade in France.',
      specs: { Material: 'Enamelled cast iron', 'Oven safe to (°F)': 500, 'Induction compatible': true, 'Dishwasher safe': true },
      variants: [
        size('4 qt', 'The 4-quart cocotte serves three or four.', -5_000, { 'Capacity (qt)': 4, 'Weight (kg)': 4.5 }),
        size('5.5 qt', 'The 5.5-quart cocotte is ideal for stews and bread.', 0, { 'Capacity (qt)': 5.5, 'Weight (kg)': 5.6 }),
      ],
    },
    {
      brand: 'T-fal',
      series: 'Ultimate Hard Anodized',
      noun: 'Nonstick 12-Piece Cookware Set',
      priceCents: 14_999,
      blurb:
        'Two fry pans, two saucepans, a sauté pan, a Dutch oven and lids, all with a titanium-reinforced nonstick coating. The red Thermo-Spot turns solid when the pan is preheated.',
      specs: {
        Material: 'Hard-anodised aluminium',
        Pieces: 12,
        'Oven safe to (°F)': 400,
        'Induction compatible': false,
        'Dishwasher safe': true,
      },
    },
    {
      brand: 'Made In',
      series: 'Blue',
      noun: 'Carbon Steel Frying Pan',
      priceCents: 8_900,
      blurb:
        'The restaurant-kitchen pan: heats like stainless, releases like nonstick once it is seasoned, and handles oven heat up to 1,200 °F. Lighter than cast iron.',
      specs: { Material: 'Carbon steel', 'Oven safe to (°F)': 1200, 'Induction compatible': true, 'Dishwasher safe': false },
      variants: [
        size('10-inch', 'The 10-inch pan is perfect for eggs and crêpes.', 0, { 'Diameter (in)': 10, 'Weight (kg)': 1.4 }),
        size('12-inch', 'The 12-inch pan has room for a family-sized steak dinner.', 1_000, { 'Diameter (in)': 12, 'Weight (kg)': 1.9 }),
      ],
    },
    {
      brand: 'HexClad',
      series: 'Hybrid',
      noun: 'Fry Pan with Lid',
      priceCents: 15_999,
      blurb:
        'A laser-etched stainless steel lattice over nonstick lets you sear hard and still flip eggs cleanly. Safe with metal utensils.',
      specs: {
        Material: 'Tri-ply stainless steel with nonstick',
        'Oven safe to (°F)': 500,
        'Induction compatible': true,
        'Dishwasher safe': true,
      },
      variants: [
        size('8-inch', 'The 8-inch pan is ideal for an omelette.', -4_000, { 'Diameter (in)': 8, 'Weight (kg)': 0.9 }),
        size('10-inch', 'The 10-inch pan is the weeknight workhorse.', -2_000, { 'Diameter (in)': 10, 'Weight (kg)': 1.2 }),
        size('12-inch', 'The 12-inch pan handles stir-fries and family meals.', 0, { 'Diameter (in)': 12, 'Weight (kg)': 1.6 }),
      ],
    },
    {
      brand: 'GreenPan',
      series: 'Valencia Pro',
      noun: 'Ceramic Nonstick Frypan',
      priceCents: 5_999,
      blurb:
        'A diamond-infused ceramic coating made without PFAS, on a hard-anodised body that resists warping. The magnetised base works on induction hobs.',
      specs: {
        Material: 'Hard-anodised aluminium with ceramic coating',
        'Oven safe to (°F)': 600,
        'Induction compatible': true,
        'Dishwasher safe': true,
      },
      variants: [
        size('8-inch', 'This is the 8-inch frypan.', 0, { 'Diameter (in)': 8, 'Weight (kg)': 0.7 }),
        size('11-inch', 'This is the 11-inch frypan.', 2_000, { 'Diameter (in)': 11, 'Weight (kg)': 1.2 }),
      ],
    },
    {
      brand: 'Lodge',
      series: 'Enameled',
      noun: 'Cast Iron Dutch Oven, 6 qt',
      priceCents: 7_995,
      blurb:
        'Cast-iron heat retention with a glossy porcelain enamel that is easy to clean. A budget-friendly pot for chili, braises and no-knead bread.',
      specs: {
        Material: 'Enamelled cast iron',
        'Capacity (qt)': 6,
        'Oven safe to (°F)': 500,
        'Induction compatible': true,
        'Weight (kg)': 6.2,
      },
      variants: colours('Caribbean Blue', 'Island Spice Red', 'White'),
    },
    {
      brand: 'Calphalon',
      series: 'Classic',
      noun: 'Nonstick Saucepan with Cover',
      priceCents: 3_999,
      blurb:
        'A two-layer nonstick coating for sauces and oatmeal, with measuring marks and pour spouts so you can drain without a colander. The straining lid has holes on two sides.',
      specs: { Material: 'Hard-anodised aluminium', 'Oven safe to (°F)': 450, 'Induction compatible': false, 'Dishwasher safe': false },
      variants: [
        size('1.5 qt', 'The 1.5-quart saucepan warms a can of soup or a sauce.', 0, { 'Capacity (qt)': 1.5 }),
        size('2.5 qt', 'The 2.5-quart saucepan cooks rice and grains for four.', 1_000, { 'Capacity (qt)': 2.5 }),
      ],
    },
  ],
};

const CAMPING: DemoProductLine = {
  categorySlug: 'camping',
  skuPrefix: 'SPO-CP',
  models: [
    {
      brand: 'Coleman',
      series: 'Sundome',
      noun: 'Camping Tent',
      priceCents: 8_999,
      blurb:
        'A dome tent that pitches in about ten minutes thanks to snag-free pole sleeves. Welded corners and inverted seams keep water out on rainy weekends.',
      specs: { Seasons: '3-season', Doors: 1, 'Floor material': 'Polyethylene' },
      variants: [
        size('2-Person', 'The 2-person size sleeps two on standard pads.', -3_000, { 'Capacity (people)': 2, 'Weight (kg)': 3.8 }),
        size('4-Person', 'The 4-person size fits a queen airbed.', 0, { 'Capacity (people)': 4, 'Weight (kg)': 4.5 }),
        size('6-Person', 'The 6-person size has room for a family and their bags.', 3_000, { 'Capacity (people)': 6, 'Weight (kg)': 7.2 }),
      ],
    },
    {
      brand: 'REI Co-op',
      series: 'Half Dome SL 2+',
      noun: 'Backpacking Tent',
      priceCents: 27_900,
      blurb:
        'Extra width and near-vertical walls make this two-person tent feel roomy, and two doors mean nobody climbs over anyone. Light enough for overnight hikes.',
      specs: { 'Capacity (people)': 2, Seasons: '3-season', 'Weight (kg)': 2.1, Doors: 2, 'Packed size': '48 × 15 cm' },
    },
    {
      brand: 'Big Agnes',
      series: 'Copper Spur HV UL',
      noun: 'Ultralight Backpacking Tent',
      priceCents: 54_995,
      blurb:
        'High-volume hubbed poles and awning-style vestibules in one of the lightest freestanding tents available. Ripstop nylon with a waterproof, PFAS-free coating.',
      specs: { Seasons: '3-season', Doors: 2, 'Floor material': 'Ripstop nylon' },
      variants: [
        size('1-Person', 'The one-person version is for solo thru-hikers.', -5_000, {
          'Capacity (people)': 1,
          'Weight (kg)': 1.1,
          Doors: 1,
        }),
        size('2-Person', 'The two-person version is the best seller.', 0, { 'Capacity (people)': 2, 'Weight (kg)': 1.4 }),
        size('3-Person', 'The three-person version gives two hikers plenty of room.', 10_000, {
          'Capacity (people)': 3,
          'Weight (kg)': 1.7,
        }),
      ],
    },
    {
      brand: 'MSR',
      series: 'Hubba Hubba 2',
      noun: 'Backpacking Tent',
      priceCents: 52_995,
      blurb:
        'A symmetrical hubbed pole design and two large vestibules make room for boots and packs. The rainfly rolls back for stargazing on clear nights.',
      specs: { 'Capacity (people)': 2, Seasons: '3-season', 'Weight (kg)': 1.54, Doors: 2, 'Packed size': '46 × 15 cm' },
    },
    {
      brand: 'Therm-a-Rest',
      series: 'NeoAir XLite NXT',
      noun: 'Sleeping Pad',
      priceCents: 21_995,
      blurb:
        'An R-value of 4.5 at well under half a kilo, with quieter fabrics that do not crinkle when you roll over. The WingLock valve inflates and deflates quickly.',
      specs: { 'R-value': 4.5, 'Thickness (cm)': 7.6, Material: '30D rip HT nylon' },
      variants: [
        size('Regular', 'The regular length fits sleepers up to 183 cm.', 0, { 'Length (cm)': 183, 'Weight (kg)': 0.37 }),
        size('Long', 'The long version adds length and width for taller sleepers.', 3_000, { 'Length (cm)': 196, 'Weight (kg)': 0.48 }),
      ],
    },
    {
      brand: 'Marmot',
      series: 'Trestles Elite Eco 20',
      noun: 'Sleeping Bag',
      priceCents: 14_900,
      blurb:
        'Synthetic insulation made from recycled materials stays warm even when damp, so it is a safe choice for wet climates. A full-length zip lets it open like a quilt.',
      specs: { 'Temperature rating (°F)': 20, Fill: 'Recycled synthetic', Shape: 'Mummy' },
      variants: [
        size('Regular', 'Regular fits people up to 183 cm tall.', 0, { 'Weight (kg)': 1.5 }),
        size('Long', 'Long fits people up to 198 cm tall.', 2_000, { 'Weight (kg)': 1.6 }),
      ],
    },
    {
      brand: 'Kelty',
      series: 'Cosmic 20',
      noun: 'Down Sleeping Bag',
      priceCents: 17_995,
      blurb:
        '550-fill responsibly sourced down packs into a compression sack the size of a loaf of bread. A generous hood and draft collar seal in warmth.',
      specs: { 'Temperature rating (°F)': 20, Fill: '550-fill down', Shape: 'Mummy' },
      variants: [
        size('Regular', 'The regular bag suits most adults.', 0, { 'Weight (kg)': 1.2 }),
        size('Long', 'The long bag adds room at the shoulders and feet.', 2_000, { 'Weight (kg)': 1.3 }),
      ],
    },
    {
      brand: 'Coleman',
      series: 'Classic',
      noun: '2-Burner Propane Camp Stove',
      priceCents: 5_999,
      blurb:
        'Two burners with a combined 20,000 BTU cook pancakes and coffee at the same time. Wind-block side panels keep the flames steady.',
      specs: { Burners: 2, 'Output (BTU)': 20000, Fuel: 'Propane', 'Weight (kg)': 4.5, 'Burn time (h)': 1 },
    },
    {
      brand: 'Jetboil',
      series: 'Flash',
      noun: 'Camping Stove Cooking System',
      priceCents: 12_995,
      blurb:
        'Boils half a litre of water in about a hundred seconds, and a colour-changing heat indicator shows when it is ready. Everything nests inside the insulated cup.',
      specs: { 'Capacity (L)': 1, 'Boil time (s)': 100, Fuel: 'Isobutane-propane', 'Weight (g)': 371 },
      variants: colours('Carbon', 'Fractile'),
    },
    {
      brand: 'YETI',
      series: 'Tundra 45',
      noun: 'Hard Cooler',
      priceCents: 32_500,
      blurb:
        'Rotomoulded walls and up to three inches of insulation keep ice frozen for days. Certified bear-resistant, and tough enough to stand on.',
      specs: { 'Capacity (cans)': 28, 'Weight (kg)': 10.4, Material: 'Rotomoulded polyethylene', 'Bear resistant': true },
      variants: colours('White', 'Tan', 'Navy'),
    },
    {
      brand: 'Black Diamond',
      series: 'Spot 400',
      noun: 'Headlamp',
      priceCents: 4_995,
      blurb:
        'A 400-lumen beam with proximity and distance modes, plus a red night-vision light. Waterproof to IPX8 and powered by three AAA batteries.',
      specs: { 'Brightness (lm)': 400, 'Water resistance': 'IPX8', 'Weight (g)': 77, Batteries: '3 × AAA' },
      variants: colours('Black', 'Azul'),
    },
    {
      brand: 'Helinox',
      series: 'Chair One',
      noun: 'Camp Chair',
      priceCents: 11_995,
      blurb:
        'Sets up in under a minute and packs down smaller than a water bottle. The aluminium frame supports 145 kg while weighing under a kilo.',
      specs: { 'Weight (g)': 960, 'Max load (kg)': 145, 'Packed size': '35 × 10 × 12 cm', Material: 'DAC aluminium, polyester' },
      variants: colours('Black', 'Coyote Tan'),
    },
  ],
};

const FITNESS: DemoProductLine = {
  categorySlug: 'fitness',
  skuPrefix: 'SPO-FT',
  models: [
    {
      brand: 'Bowflex',
      series: 'SelectTech 552',
      noun: 'Adjustable Dumbbells (Pair)',
      priceCents: 42_900,
      blurb:
        'Fifteen sets of weights in two dumbbells: turn a dial to go from 2 to 24 kg in small steps. Saves a whole rack of space in a home gym.',
      specs: { Type: 'Adjustable dumbbells', 'Weight range (kg)': '2–24', Increments: 15, Material: 'Steel, moulded plastic' },
    },
    {
      brand: 'Bowflex',
      series: 'SelectTech 1090',
      noun: 'Adjustable Dumbbell',
      priceCents: 49_900,
      blurb:
        'One dumbbell that replaces seventeen, adjusting from 4.5 to 41 kg with a twist of the handle. For lifters who have outgrown lighter sets.',
      specs: { Type: 'Adjustable dumbbell', 'Weight range (kg)': '4.5–41', Increments: 17, Material: 'Steel, moulded plastic' },
    },
    {
      brand: 'CAP Barbell',
      series: 'Coated',
      noun: 'Rubber Hex Dumbbell',
      priceCents: 3_999,
      blurb:
        'Hex-shaped heads stop it rolling away, and the rubber coating protects floors and keeps the noise down. A knurled chrome handle gives a secure grip.',
      specs: { Type: 'Fixed dumbbell', Material: 'Cast iron, rubber coating', Handle: 'Knurled chrome' },
      variants: [
        size('10 lb', 'This is the 10 lb dumbbell, sold singly.', -1_500, { 'Weight (kg)': 4.5 }),
        size('20 lb', 'This is the 20 lb dumbbell, sold singly.', 0, { 'Weight (kg)': 9 }),
        size('30 lb', 'This is the 30 lb dumbbell, sold singly.', 1_500, { 'Weight (kg)': 13.6 }),
      ],
    },
    {
      brand: 'Rogue',
      series: 'Echo',
      noun: 'Bumper Plates (Pair)',
      priceCents: 14_500,
      blurb:
        'Dense virgin rubber plates that can be dropped from overhead, with a stainless steel insert and a low bounce. Colour-coded text makes the weight easy to read.',
      specs: { Type: 'Bumper plates', Material: 'Virgin rubber', 'Bore (mm)': 50.4 },
      variants: [
        size('10 lb', 'This is a pair of 10 lb plates.', -6_000, { 'Weight (kg)': 9 }),
        size('25 lb', 'This is a pair of 25 lb plates.', 0, { 'Weight (kg)': 22.7 }),
        size('45 lb', 'This is a pair of 45 lb plates.', 7_000, { 'Weight (kg)': 40.8 }),
      ],
    },
    {
      brand: 'Manduka',
      series: 'PRO',
      noun: 'Yoga Mat 6mm',
      priceCents: 13_600,
      blurb: 'Dense, closed-cell cushioning that keeps sweat out and comes with a lifetime guarantee. It grows grippier as it breaks in.',
      specs: { Type: 'Yoga mat', 'Thickness (mm)': 6, 'Length (cm)': 180, Material: 'PVC, closed-cell', 'Weight (kg)': 3.4 },
      variants: colours('Black', 'Midnight', 'Verve'),
    },
    {
      brand: 'Gaiam',
      series: 'Premium',
      noun: 'Print Yoga Mat 6mm',
      priceCents: 2_999,
      blurb: 'Extra-thick padding for knees and elbows in a light, easy-to-carry mat with a printed top. A good first mat for beginners.',
      specs: { Type: 'Yoga mat', 'Thickness (mm)': 6, 'Length (cm)': 173, Material: '6P-free PVC', 'Weight (kg)': 1.4 },
      variants: colours('Purple', 'Sea Glass', 'Navy'),
    },
    {
      brand: 'TRX',
      series: 'All-in-One',
      noun: 'Suspension Trainer',
      priceCents: 19_995,
      blurb:
        'Hang it from a door, a beam or a tree and train every muscle group with your own body weight. Packs into a small mesh bag for travel.',
      specs: { Type: 'Suspension trainer', 'Max load (kg)': 159, 'Weight (g)': 900, Anchors: 'Door, suspension' },
    },
    {
      brand: 'Garmin',
      series: 'Forerunner 265',
      noun: 'GPS Running Smartwatch',
      priceCents: 44_999,
      blurb:
        'A bright AMOLED display, training readiness scores and daily workout suggestions built around your recovery. Multi-band GPS stays accurate between tall buildings.',
      specs: { Type: 'GPS watch', 'Battery life (days)': 13, 'Water rating': '5 ATM', 'Weight (g)': 47, GPS: 'Multi-band' },
      variants: colours('Black', 'Whitestone', 'Aqua'),
    },
    {
      brand: 'Fitbit',
      series: 'Charge 6',
      noun: 'Fitness Tracker',
      priceCents: 15_995,
      blurb:
        'Heart rate, sleep stages, built-in GPS and Google Wallet on a slim band. Connects to gym equipment and shows your heart rate on the machine.',
      specs: { Type: 'Fitness tracker', 'Battery life (days)': 7, 'Water rating': '5 ATM', 'Weight (g)': 30, GPS: 'Built-in' },
      variants: colours('Obsidian', 'Porcelain', 'Coral'),
    },
    {
      brand: 'Concept2',
      series: 'RowErg',
      noun: 'Indoor Rowing Machine',
      priceCents: 99_000,
      blurb:
        'The rower found in gyms and boathouses worldwide, with a flywheel damper you can set from a gentle paddle to a hard race. Separates into two pieces for storage.',
      specs: { Type: 'Air rower', 'Max user weight (kg)': 227, 'Footprint (cm)': '244 × 61', 'Weight (kg)': 26, Monitor: 'PM5' },
      variants: [
        size('Standard Legs', 'With standard legs, the seat sits 36 cm off the floor.', 0, { 'Seat height (cm)': 36 }),
        size('Tall Legs', 'Tall legs raise the seat to 51 cm, easier to get on and off.', 11_000, { 'Seat height (cm)': 51 }),
      ],
    },
    {
      brand: 'Therabody',
      series: 'Theragun Prime',
      noun: 'Percussive Massage Gun',
      priceCents: 29_900,
      blurb:
        'Five speeds and a deep 16 mm stroke work into sore muscles after long runs or heavy leg days. The triangular handle lets you reach your own back.',
      specs: { Type: 'Massage gun', 'Battery life (min)': 120, Speeds: 5, 'Weight (g)': 1000, Attachments: 4 },
    },
    {
      brand: 'Kettlebell Kings',
      series: 'Powder Coat',
      noun: 'Kettlebell',
      priceCents: 7_900,
      blurb: 'A single piece of cast iron with a textured powder coat that holds chalk well. The wide handle fits two hands for swings.',
      specs: { Type: 'Kettlebell', Material: 'Cast iron, powder coat', 'Handle diameter (mm)': 35 },
      variants: [
        size('12 kg', 'This is the 12 kg bell.', -2_000, { 'Weight (kg)': 12 }),
        size('16 kg', 'This is the 16 kg bell.', 0, { 'Weight (kg)': 16 }),
        size('24 kg', 'This is the 24 kg bell.', 4_000, { 'Weight (kg)': 24 }),
      ],
    },
    {
      brand: 'Fit Simplify',
      series: 'Resistance Loop',
      noun: 'Exercise Bands, Set of 5',
      priceCents: 1_295,
      blurb:
        'Five latex loops from extra light to extra heavy for glute work, physical therapy and warm-ups. Comes with a carry bag and an instruction booklet.',
      specs: { Type: 'Resistance bands', Pieces: 5, Material: 'Natural latex', 'Length (cm)': 30 },
    },
  ],
};

const CAMERAS: DemoProductLine = {
  categorySlug: 'cameras',
  skuPrefix: 'PHO-CM',
  models: [
    {
      brand: 'Sony',
      series: 'Alpha 7 IV',
      noun: 'Full-Frame Mirrorless Camera',
      priceCents: 249_999,
      blurb:
        'A 33 MP hybrid that is as good at weddings as it is at YouTube, with real-time eye autofocus for people, animals and birds. Oversampled 4K video looks crisp.',
      specs: {
        Sensor: 'Full-frame BSI CMOS',
        'Resolution (MP)': 33,
        Video: '4K 60p',
        Mount: 'Sony E',
        'In-body stabilisation': true,
        'Weight (g)': 658,
      },
      variants: bodyAndKit('FE 28-70mm F3.5-5.6 OSS', 20_000),
    },
    {
      brand: 'Canon',
      series: 'EOS R6 Mark II',
      noun: 'Mirrorless Camera',
      priceCents: 249_900,
      blurb:
        'Forty frames a second with the electronic shutter and subject detection that follows cars, planes and trains as well as people. Excellent in low light.',
      specs: {
        Sensor: 'Full-frame CMOS',
        'Resolution (MP)': 24.2,
        Video: '4K 60p',
        Mount: 'Canon RF',
        'In-body stabilisation': true,
        'Weight (g)': 670,
      },
      variants: bodyAndKit('RF 24-105mm F4-7.1 IS STM', 30_000),
    },
    {
      brand: 'Nikon',
      series: 'Z6 III',
      noun: 'Full-Frame Mirrorless Camera',
      priceCents: 249_995,
      blurb:
        'A partially stacked sensor reads out fast enough for 6K raw video and a blackout-free viewfinder. The 5,760k-dot EVF is one of the brightest available.',
      specs: {
        Sensor: 'Partially stacked full-frame CMOS',
        'Resolution (MP)': 24.5,
        Video: '6K 60p raw',
        Mount: 'Nikon Z',
        'In-body stabilisation': true,
        'Weight (g)': 760,
      },
      variants: bodyAndKit('NIKKOR Z 24-70mm f/4 S', 50_000),
    },
    {
      brand: 'Fujifilm',
      series: 'X-T5',
      noun: 'Mirrorless Camera',
      priceCents: 169_900,
      blurb:
        'Dedicated dials for shutter speed, ISO and exposure compensation make it a joy for deliberate shooting, and 40 MP leaves room to crop. Film simulations give JPEGs a distinctive look.',
      specs: {
        Sensor: 'APS-C X-Trans CMOS 5 HR',
        'Resolution (MP)': 40.2,
        Video: '6.2K 30p',
        Mount: 'Fujifilm X',
        'In-body stabilisation': true,
        'Weight (g)': 557,
      },
      variants: bodyAndKit('XF 18-55mm F2.8-4 R LM OIS', 40_000),
    },
    {
      brand: 'Sony',
      series: 'ZV-E10 II',
      noun: 'Interchangeable-Lens Vlog Camera',
      priceCents: 99_999,
      blurb:
        'A flip-out screen, a three-capsule microphone and a product-showcase focus mode built for creators. Vertical video records without cropping.',
      specs: {
        Sensor: 'APS-C CMOS',
        'Resolution (MP)': 26,
        Video: '4K 60p',
        Mount: 'Sony E',
        'In-body stabilisation': false,
        'Weight (g)': 377,
      },
      variants: bodyAndKit('E PZ 16-50mm F3.5-5.6 OSS II', 10_000),
    },
    {
      brand: 'Canon',
      series: 'EOS R50',
      noun: 'Mirrorless Camera',
      priceCents: 67_999,
      blurb:
        'Small, light and friendly, with guided menus for people stepping up from a phone. Dual Pixel autofocus tracks faces reliably in photos and video.',
      specs: {
        Sensor: 'APS-C CMOS',
        'Resolution (MP)': 24.2,
        Video: '4K 30p',
        Mount: 'Canon RF',
        'In-body stabilisation': false,
        'Weight (g)': 375,
      },
      variants: bodyAndKit('RF-S 18-45mm F4.5-6.3 IS STM', 12_000),
    },
    {
      brand: 'Panasonic',
      series: 'Lumix S5 II',
      noun: 'Full-Frame Mirrorless Camera',
      priceCents: 199_999,
      blurb:
        "Phase-detect autofocus arrives in Lumix's video-first full-frame body, with a cooling fan for unlimited recording. Active I.S. steadies handheld walking shots.",
      specs: {
        Sensor: 'Full-frame CMOS',
        'Resolution (MP)': 24.2,
        Video: '6K 30p',
        Mount: 'L-Mount',
        'In-body stabilisation': true,
        'Weight (g)': 740,
      },
      variants: bodyAndKit('Lumix S 20-60mm F3.5-5.6', 20_000),
    },
    {
      brand: 'Fujifilm',
      series: 'X100VI',
      noun: 'Compact Digital Camera',
      priceCents: 159_900,
      blurb:
        'A fixed 23 mm f/2 lens, a hybrid optical and electronic viewfinder and 40 MP in a body that fits a jacket pocket. A street photographer favourite.',
      specs: {
        Sensor: 'APS-C X-Trans CMOS 5 HR',
        'Resolution (MP)': 40.2,
        Video: '6.2K 30p',
        Mount: 'Fixed 23mm f/2',
        'In-body stabilisation': true,
        'Weight (g)': 521,
      },
      variants: colours('Silver', 'Black'),
    },
    {
      brand: 'Ricoh',
      series: 'GR IIIx',
      noun: 'Compact Digital Camera',
      priceCents: 99_995,
      blurb:
        'An APS-C sensor behind a sharp 40 mm-equivalent lens, in a camera thin enough to carry every day. Snap focus lets you preset a distance and shoot instantly.',
      specs: {
        Sensor: 'APS-C CMOS',
        'Resolution (MP)': 24.2,
        Video: 'Full HD 60p',
        Mount: 'Fixed 26.1mm f/2.8',
        'In-body stabilisation': true,
        'Weight (g)': 262,
      },
    },
    {
      brand: 'OM System',
      series: 'OM-5',
      noun: 'Weather-Sealed Mirrorless Camera',
      priceCents: 119_999,
      blurb:
        'IP53 weather sealing and stabilisation rated at up to 6.5 stops in a body light enough for long hikes. Handheld high-res shot merges frames into a 50 MP image.',
      specs: {
        Sensor: 'Micro Four Thirds Live MOS',
        'Resolution (MP)': 20.4,
        Video: '4K 30p',
        Mount: 'Micro Four Thirds',
        'In-body stabilisation': true,
        'Weight (g)': 414,
      },
      variants: bodyAndKit('M.Zuiko 12-45mm F4 PRO', 30_000),
    },
    {
      brand: 'GoPro',
      series: 'HERO13 Black',
      noun: 'Action Camera',
      priceCents: 39_999,
      blurb:
        'Waterproof to 10 m without a housing, with HyperSmooth stabilisation that makes mountain-bike footage watchable. Magnetic latch mounts swap in seconds.',
      specs: {
        Sensor: '1/1.9-inch CMOS',
        'Resolution (MP)': 27,
        Video: '5.3K 60p',
        Mount: 'Magnetic latch, folding fingers',
        'Weight (g)': 159,
      },
      variants: [
        size('Standard', 'The standard box has the camera, one battery and a curved adhesive mount.', 0),
        size(
          'Creator Edition',
          'The Creator Edition adds the Volta battery grip, a media mod with a directional microphone and a light mod.',
          20_000,
          { Bundle: 'Volta grip, Media Mod, Light Mod' },
        ),
      ],
    },
  ],
};

const LENSES: DemoProductLine = {
  categorySlug: 'lenses',
  skuPrefix: 'PHO-LN',
  models: [
    {
      brand: 'Sigma',
      series: '24-70mm F2.8 DG DN II',
      noun: 'Art Lens',
      priceCents: 129_900,
      blurb:
        'The standard zoom for weddings and events, now with fast linear autofocus motors and an aperture ring. Sharp from corner to corner even wide open.',
      specs: {
        'Focal length': '24–70 mm',
        'Maximum aperture': 'f/2.8',
        'Weight (g)': 735,
        'Filter size (mm)': 82,
        'Optical stabilisation': false,
      },
      variants: mounts('Sony E', 'L-Mount'),
    },
    {
      brand: 'Tamron',
      series: '28-75mm F/2.8 Di III VXD G2',
      noun: 'Zoom Lens',
      priceCents: 87_900,
      blurb:
        'A light, affordable f/2.8 zoom with quick, quiet autofocus and close focusing down to 18 cm at the wide end. Moisture-resistant construction.',
      specs: {
        'Focal length': '28–75 mm',
        'Maximum aperture': 'f/2.8',
        'Weight (g)': 540,
        'Filter size (mm)': 67,
        'Optical stabilisation': false,
      },
      variants: mounts('Sony E', 'Nikon Z'),
    },
    {
      brand: 'Sigma',
      series: '18-50mm F2.8 DC DN',
      noun: 'Contemporary Lens',
      priceCents: 54_900,
      blurb: 'A constant f/2.8 zoom for APS-C bodies that weighs about as much as a can of soda. Pairs well with small cameras for travel.',
      specs: {
        'Focal length': '18–50 mm',
        'Maximum aperture': 'f/2.8',
        'Weight (g)': 290,
        'Filter size (mm)': 55,
        'Optical stabilisation': false,
      },
      variants: mounts('Sony E', 'Fujifilm X', 'L-Mount', 'Canon RF'),
    },
    {
      brand: 'Sony',
      series: 'FE 50mm F1.8',
      noun: 'Standard Prime Lens',
      priceCents: 24_999,
      blurb:
        'A natural field of view and soft background blur at a modest price and weight. The classic first prime for portraits and everyday photos.',
      specs: {
        'Focal length': '50 mm',
        'Maximum aperture': 'f/1.8',
        Mount: 'Sony E',
        'Weight (g)': 186,
        'Filter size (mm)': 49,
        'Optical stabilisation': false,
      },
    },
    {
      brand: 'Canon',
      series: 'RF 50mm F1.8 STM',
      noun: 'Lens',
      priceCents: 19_999,
      blurb:
        'The "nifty fifty" for Canon mirrorless: pocket-sized, sharp and quiet enough for video. A control ring can adjust exposure settings.',
      specs: {
        'Focal length': '50 mm',
        'Maximum aperture': 'f/1.8',
        Mount: 'Canon RF',
        'Weight (g)': 160,
        'Filter size (mm)': 43,
        'Optical stabilisation': false,
      },
    },
    {
      brand: 'Nikon',
      series: 'NIKKOR Z 50mm f/1.8 S',
      noun: 'Prime Lens',
      priceCents: 59_995,
      blurb:
        'Exceptional sharpness and almost no focus breathing make this S-line prime as good for video as for stills. Sealed against dust and drips.',
      specs: {
        'Focal length': '50 mm',
        'Maximum aperture': 'f/1.8',
        Mount: 'Nikon Z',
        'Weight (g)': 415,
        'Filter size (mm)': 62,
        'Optical stabilisation': false,
      },
    },
    {
      brand: 'Sony',
      series: 'FE 24-105mm F4 G OSS',
      noun: 'Zoom Lens',
      priceCents: 139_999,
      blurb:
        'One lens from wide landscapes to tight portraits, with optical stabilisation and a constant f/4 aperture. A favourite travel zoom for full-frame Sony shooters.',
      specs: {
        'Focal length': '24–105 mm',
        'Maximum aperture': 'f/4',
        Mount: 'Sony E',
        'Weight (g)': 663,
        'Filter size (mm)': 77,
        'Optical stabilisation': true,
      },
    },
    {
      brand: 'Fujifilm',
      series: 'XF 23mm F1.4 R LM WR',
      noun: 'Lens',
      priceCents: 89_999,
      blurb:
        'A 35 mm-equivalent prime with a bright f/1.4 aperture for storytelling and low-light scenes. A linear motor focuses fast and silently.',
      specs: {
        'Focal length': '23 mm',
        'Maximum aperture': 'f/1.4',
        Mount: 'Fujifilm X',
        'Weight (g)': 375,
        'Filter size (mm)': 58,
        'Optical stabilisation': false,
      },
    },
    {
      brand: 'Viltrox',
      series: 'AF 75mm F1.2 Pro',
      noun: 'Portrait Lens',
      priceCents: 54_900,
      blurb:
        'A fast f/1.2 portrait prime for crop-sensor cameras with a metal barrel and a small screen showing focus distance. Creamy bokeh at a fraction of first-party prices.',
      specs: {
        'Focal length': '75 mm',
        'Maximum aperture': 'f/1.2',
        'Weight (g)': 670,
        'Filter size (mm)': 72,
        'Optical stabilisation': false,
      },
      variants: mounts('Sony E', 'Fujifilm X', 'Nikon Z'),
    },
    {
      brand: 'Samyang',
      series: 'AF 35mm F1.8 FE',
      noun: 'Compact Prime Lens',
      priceCents: 39_900,
      blurb: 'A tiny, light wide-standard prime for walkaround shooting. A custom switch can turn the focus ring into an aperture control.',
      specs: {
        'Focal length': '35 mm',
        'Maximum aperture': 'f/1.8',
        Mount: 'Sony E',
        'Weight (g)': 210,
        'Filter size (mm)': 58,
        'Optical stabilisation': false,
      },
    },
    {
      brand: 'Tamron',
      series: '70-180mm F/2.8 Di III VXD G2',
      noun: 'Telephoto Zoom Lens',
      priceCents: 119_900,
      blurb:
        'A compact telephoto zoom for portraits, stage and sports, now with optical stabilisation. About a third lighter than a traditional 70-200 f/2.8.',
      specs: {
        'Focal length': '70–180 mm',
        'Maximum aperture': 'f/2.8',
        'Weight (g)': 855,
        'Filter size (mm)': 67,
        'Optical stabilisation': true,
      },
      variants: mounts('Sony E', 'Nikon Z'),
    },
    {
      brand: 'Canon',
      series: 'RF 24-105mm F4 L IS USM',
      noun: 'Lens',
      priceCents: 139_900,
      blurb:
        'Red-ring L-series build with weather sealing and five stops of stabilisation in a do-everything zoom. Nano USM focuses quickly and quietly.',
      specs: {
        'Focal length': '24–105 mm',
        'Maximum aperture': 'f/4',
        Mount: 'Canon RF',
        'Weight (g)': 700,
        'Filter size (mm)': 77,
        'Optical stabilisation': true,
      },
    },
    {
      brand: 'Sigma',
      series: '150-600mm F5-6.3 DG DN OS',
      noun: 'Sports Lens',
      priceCents: 149_900,
      blurb:
        'Reach for birds, wildlife and motorsport with stabilisation and dust- and splash-resistant construction. A zoom lock holds the barrel while you hike.',
      specs: {
        'Focal length': '150–600 mm',
        'Maximum aperture': 'f/5–6.3',
        'Weight (g)': 2100,
        'Filter size (mm)': 95,
        'Optical stabilisation': true,
      },
      variants: mounts('Sony E', 'L-Mount'),
    },
  ],
};

/** The product lines of every leaf category, also the vocabulary of the benchmark generator. */
export const DEMO_PRODUCT_LINES: readonly DemoProductLine[] = [
  HEADPHONES,
  SPEAKERS,
  LAPTOPS,
  MONITORS,
  COMPUTER_ACCESSORIES,
  COFFEE,
  COOKWARE,
  CAMPING,
  FITNESS,
  CAMERAS,
  LENSES,
];

/** `brand series noun[, variant]`, without empty parts. */
export function modelName(model: DemoModel, variant?: DemoVariant): string {
  const base = [model.brand, model.series, model.noun].filter((part) => part.length > 0).join(' ');
  return variant ? `${base}, ${variant.label}` : base;
}

/** A slug not in `taken` (which it joins): `name`, then `name-2`, `name-3`... */
export function uniqueSlug(name: string, taken: Set<string>): string {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Mostly 5–120 in stock; every so often sold out (0) or nearly (1–4), for the low-stock demos. */
function demoStock(index: number, random: () => number): number {
  const roll = random();
  if (index % 37 === 11) return 0;
  if (index % 23 === 7) return 1 + (index % 4);
  return 5 + Math.floor(roll * 116);
}

/** The demo products: every model of every line, once per variant. A new array (of new objects) on each call. */
export function demoProducts(): DemoProduct[] {
  const random = mulberry32(20_260_101);
  const slugs = new Set<string>();
  const products: DemoProduct[] = [];
  for (const line of DEMO_PRODUCT_LINES) {
    let number = 0;
    for (const model of line.models) {
      const variants: readonly (DemoVariant | undefined)[] = model.variants && model.variants.length > 0 ? model.variants : [undefined];
      for (const variant of variants) {
        number++;
        const name = modelName(model, variant);
        products.push({
          sku: `${line.skuPrefix}-${String(number).padStart(4, '0')}`,
          name,
          slug: uniqueSlug(name, slugs),
          brand: model.brand,
          categorySlug: line.categorySlug,
          description: variant ? `${model.blurb} ${variant.note}` : model.blurb,
          priceCents: model.priceCents + (variant?.priceDeltaCents ?? 0),
          specifications: { ...model.specs, ...variant?.specs },
          stock: demoStock(products.length, random),
        });
      }
    }
  }
  return products;
}
