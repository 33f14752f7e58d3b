import type { Logger } from '@shop/logging/logger';
import {
  MongoClient,
  MongoServerError,
  ObjectId,
  type Collection,
  type Db,
  type Filter,
  type IndexDescription,
  type Sort,
  type WithId,
} from 'mongodb';
import { DuplicateKeyError, type CatalogStore, type ProductChanges, type ProductQuery } from '../../domain/ports.js';
import type { Category, Product, ProductSort, Specifications } from '../../domain/product.js';

export interface MongoStoreOptions {
  /** `mongodb://host:port/<database>`: the path names the database. */
  url: string;
  logger?: Logger | undefined;
}

type DbId = ObjectId | string;
type UniqueField = DuplicateKeyError['field'];

interface ProductDocument {
  _id: DbId;
  sku: string;
  name: string;
  /** FerretDB has no collations, so `name_asc` sorts on this copy instead. */
  name_lower: string;
  slug: string;
  description: string;
  /** Major units, for people reading the collection; `price_cents` is the truth. */
  price: number;
  price_cents: number;
  category_id: DbId | null;
  brand: string;
  image_url: string | null;
  /** Keys escaped by `escapeKey`. */
  specifications: Specifications;
  is_active: boolean;
  inventory_quantity: number;
  inventory_updated_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface CategoryDocument {
  _id: DbId;
  name: string;
  slug: string;
  description: string;
  parent_id: DbId | null;
}

const PRODUCT_INDEXES: IndexDescription[] = [
  { key: { sku: 1 }, name: 'sku_unique', unique: true },
  { key: { slug: 1 }, name: 'slug_unique', unique: true },
  // The storefront list: active products of some categories within a price range, by price.
  { key: { is_active: 1, category_id: 1, price_cents: 1 }, name: 'active_category_price' },
  { key: { category_id: 1 }, name: 'category' },
  { key: { brand: 1 }, name: 'brand' },
  { key: { created_at: -1 }, name: 'newest' },
  { key: { name_lower: 1 }, name: 'name' },
];

const CATEGORY_INDEXES: IndexDescription[] = [{ key: { slug: 1 }, name: 'slug_unique', unique: true }];

// `_id` last in every order so equal keys still page deterministically.
const SORTS: Record<ProductSort, Sort> = {
  relevance: { created_at: -1, _id: -1 },
  newest: { created_at: -1, _id: -1 },
  price_asc: { price_cents: 1, _id: 1 },
  price_desc: { price_cents: -1, _id: 1 },
  name_asc: { name_lower: 1, _id: 1 },
};

// Only the lower-case form the domain mints, so an id reads back exactly as it was given.
const OBJECT_ID = /^[0-9a-f]{24}$/;

/** ObjectId hex becomes an ObjectId; any other id (UUIDs in tests, imported data) stays text. */
function toDbId(id: string): DbId {
  return OBJECT_ID.test(id) ? ObjectId.createFromHexString(id) : id;
}

function fromDbId(id: DbId): string {
  return typeof id === 'string' ? id : id.toHexString();
}

const toNullableDbId = (id: string | null) => (id === null ? null : toDbId(id));
const fromNullableDbId = (id: DbId | null | undefined) => (id === null || id === undefined ? null : fromDbId(id));

const isText = (value: unknown): value is string => typeof value === 'string';
const isNullableText = (value: unknown) => value === null || isText(value);
const isDate = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());
const isSpecifications = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => ['string', 'number', 'boolean'].includes(typeof v));

const PRODUCT_FIELDS: Record<keyof Product, (value: unknown) => boolean> = {
  id: isText,
  sku: isText,
  name: isText,
  slug: isText,
  description: isText,
  priceCents: Number.isSafeInteger,
  categoryId: isNullableText,
  brand: isText,
  imageUrl: isNullableText,
  specifications: isSpecifications,
  isActive: (value) => typeof value === 'boolean',
  inventoryQuantity: Number.isSafeInteger,
  inventoryUpdatedAt: (value) => value === null || isDate(value),
  createdAt: isDate,
  updatedAt: isDate,
};

const CATEGORY_FIELDS: Record<keyof Category, (value: unknown) => boolean> = {
  id: isText,
  name: isText,
  slug: isText,
  description: isText,
  parentId: isNullableText,
};

/** Only typed primitives are stored: an operator object where text belongs is refused, not written. */
function checkFields(record: object, checks: Record<string, (value: unknown) => boolean>, what: string): void {
  for (const [key, value] of Object.entries(record)) {
    const check = checks[key];
    if (value !== undefined && check && !check(value)) throw new TypeError(`${what}.${key} has the wrong type`);
  }
}

// Specification keys are free text ("Wi-Fi 802.11"), but stored field names may not contain '.'
// or start with '$' (FerretDB refuses both): those are escaped, and '%' so that unescaping is exact.
const escapeKey = (key: string) => key.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeKey = (key: string) => key.replace(/%(25|2E|24)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function mapKeys(specifications: Specifications, map: (key: string) => string): Specifications {
  return Object.fromEntries(Object.entries(specifications).map(([k, v]) => [map(k), v]));
}

function toProductDocument(p: Product): ProductDocument {
  return {
    _id: toDbId(p.id),
    sku: p.sku,
    name: p.name,
    name_lower: p.name.toLowerCase(),
    slug: p.slug,
    description: p.description,
    price: p.priceCents / 100,
    price_cents: p.priceCents,
    category_id: toNullableDbId(p.categoryId),
    brand: p.brand,
    image_url: p.imageUrl,
    specifications: mapKeys(p.specifications, escapeKey),
    is_active: p.isActive,
    inventory_quantity: p.inventoryQuantity,
    inventory_updated_at: p.inventoryUpdatedAt,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

function toProduct(d: WithId<ProductDocument>): Product {
  return {
    id: fromDbId(d._id),
    sku: d.sku,
    name: d.name,
    slug: d.slug,
    description: d.description,
    priceCents: d.price_cents,
    categoryId: fromNullableDbId(d.category_id),
    brand: d.brand,
    imageUrl: d.image_url ?? null,
    specifications: mapKeys(d.specifications ?? {}, unescapeKey),
    isActive: d.is_active,
    inventoryQuantity: d.inventory_quantity ?? 0,
    inventoryUpdatedAt: d.inventory_updated_at ?? null,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
  };
}

/** The `$set` of an update: only the port's fields, renamed, with the derived fields kept in step. */
function productSet(changes: ProductChanges, now: Date): Partial<ProductDocument> {
  const set: Partial<ProductDocument> = { updated_at: now };
  if (changes.sku !== undefined) set.sku = changes.sku;
  if (changes.name !== undefined) {
    set.name = changes.name;
    set.name_lower = changes.name.toLowerCase();
  }
  if (changes.slug !== undefined) set.slug = changes.slug;
  if (changes.description !== undefined) set.description = changes.description;
  if (changes.priceCents !== undefined) {
    set.price_cents = changes.priceCents;
    set.price = changes.priceCents / 100;
  }
  if (changes.categoryId !== undefined) set.category_id = toNullableDbId(changes.categoryId);
  if (changes.brand !== undefined) set.brand = changes.brand;
  if (changes.imageUrl !== undefined) set.image_url = changes.imageUrl;
  if (changes.specifications !== undefined) set.specifications = mapKeys(changes.specifications, escapeKey);
  if (changes.isActive !== undefined) set.is_active = changes.isActive;
  return set;
}

function toCategoryDocument(c: Category): CategoryDocument {
  return { _id: toDbId(c.id), name: c.name, slug: c.slug, description: c.description, parent_id: toNullableDbId(c.parentId) };
}

function toCategory(d: WithId<CategoryDocument>): Category {
  return { id: fromDbId(d._id), name: d.name, slug: d.slug, description: d.description, parentId: fromNullableDbId(d.parent_id) };
}

function categorySet(changes: Partial<Omit<Category, 'id'>>): Partial<CategoryDocument> {
  const set: Partial<CategoryDocument> = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.slug !== undefined) set.slug = changes.slug;
  if (changes.description !== undefined) set.description = changes.description;
  if (changes.parentId !== undefined) set.parent_id = toNullableDbId(changes.parentId);
  return set;
}

/** The list filter, every value an `$eq`/range of a primitive; null when a value is not one (matches nothing). */
function listFilter(query: ProductQuery): Filter<ProductDocument> | null {
  const { categoryIds, brand, minPriceCents: min, maxPriceCents: max } = query;
  const filter: Filter<ProductDocument> = {};
  if (query.includeInactive !== true) filter.is_active = { $eq: true };
  if (categoryIds !== undefined) {
    if (!Array.isArray(categoryIds) || !categoryIds.every(isText)) return null;
    filter.category_id = { $in: categoryIds.map(toDbId) };
  }
  if (brand !== undefined) {
    if (!isText(brand)) return null;
    filter.brand = { $eq: brand };
  }
  if (min !== undefined || max !== undefined) {
    const range: { $gte?: number; $lte?: number } = {};
    if (min !== undefined) {
      if (!Number.isFinite(min)) return null;
      range.$gte = min;
    }
    if (max !== undefined) {
      if (!Number.isFinite(max)) return null;
      range.$lte = max;
    }
    filter.price_cents = range;
  }
  return filter;
}

function checkPaging(page: number, limit: number): void {
  // A limit of 0 means "no limit" to MongoDB: refuse it rather than return everything.
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(limit) || limit < 1) {
    throw new RangeError(`page ${page} and limit ${limit} must be positive integers`);
  }
}

/**
 * A unique-index violation. MongoDB reports code 11000; FerretDB 1.24 on SQLite does too for
 * inserts, but reports an update's violation as an InternalError carrying SQLite's text.
 */
function isDuplicateKey(error: unknown): error is MongoServerError {
  return error instanceof MongoServerError && (error.code === 11000 || /UNIQUE constraint failed/.test(error.message));
}

/** The field the server names: MongoDB's keyPattern/keyValue, or the index name in the message (both engines). */
function namedField(error: MongoServerError): UniqueField | undefined {
  const keys = Object.keys({ ...(error.keyPattern as object | undefined), ...(error.keyValue as object | undefined) });
  const named = keys.find((k): k is UniqueField => k === 'sku' || k === 'slug');
  if (named) return named;
  const match = /(sku|slug)_unique/.exec(error.message);
  return match?.[1] as UniqueField | undefined;
}

/**
 * Turns a unique-index violation into DuplicateKeyError. FerretDB's insert errors name no index,
 * so the candidate values are then looked up (after the fact, only to name the field); anything
 * else, such as a taken `_id`, is returned unchanged.
 */
async function asDuplicate(
  error: unknown,
  candidates: Partial<Record<UniqueField, string>>,
  takenByOther: (field: UniqueField, value: string) => Promise<boolean>,
): Promise<unknown> {
  if (!isDuplicateKey(error)) return error;
  const named = namedField(error);
  if (named) return new DuplicateKeyError(named);
  for (const field of ['sku', 'slug'] as const) {
    const value = candidates[field];
    if (value !== undefined && (await takenByOther(field, value))) return new DuplicateKeyError(field);
  }
  return error;
}

/**
 * Creates the indexes a collection lacks. Only the missing ones are sent: FerretDB 2 drops the
 * connection on a `createIndexes` naming several indexes that all exist, which is every start
 * after the first.
 */
async function ensureIndexes(db: Db): Promise<void> {
  await Promise.all(
    (
      [
        ['products', PRODUCT_INDEXES],
        ['categories', CATEGORY_INDEXES],
      ] as const
    ).map(async ([name, wanted]) => {
      const collection = db.collection(name);
      const existing = new Set(
        (
          await collection
            .listIndexes()
            .toArray()
            .catch(() => [])
        ).map((index) => String(index['name'])),
      );
      const missing = wanted.filter((index) => !existing.has(index.name!));
      if (missing.length > 0) await collection.createIndexes(missing);
    }),
  );
}

/**
 * The catalog store port on MongoDB (or FerretDB: no collations, no transactions). Collections
 * `products` and `categories` with snake_case fields; ids are ObjectIds when they are ObjectId
 * hex, else text. Indexes are created at open: unique sku and slug, and those behind the lists.
 * Every value from a caller enters a filter as `$eq`/`$in`/range of a checked primitive.
 */
export async function createMongoStore(options: MongoStoreOptions): Promise<CatalogStore> {
  const client = new MongoClient(options.url, { serverSelectionTimeoutMS: 10_000 });
  await client.connect();
  const db = client.db();
  try {
    await ensureIndexes(db);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  options.logger?.info({ database: db.databaseName }, 'catalog store on mongodb ready');

  const products: Collection<ProductDocument> = db.collection<ProductDocument>('products');
  const categories: Collection<CategoryDocument> = db.collection<CategoryDocument>('categories');

  async function productTakenByOther(field: UniqueField, value: string, id: DbId): Promise<boolean> {
    const filter: Filter<ProductDocument> = field === 'sku' ? { sku: { $eq: value } } : { slug: { $eq: value } };
    return (await products.countDocuments({ ...filter, _id: { $ne: id } }, { limit: 1 })) > 0;
  }

  async function categorySlugTakenByOther(slug: string, id: DbId): Promise<boolean> {
    return (await categories.countDocuments({ slug: { $eq: slug }, _id: { $ne: id } }, { limit: 1 })) > 0;
  }

  return {
    async createProduct(product) {
      checkFields(product, PRODUCT_FIELDS, 'product');
      const document = toProductDocument(product);
      try {
        await products.insertOne(document);
      } catch (error) {
        throw await asDuplicate(error, product, (field, value) => productTakenByOther(field, value, document._id));
      }
    },

    async updateProduct(id, changes, now) {
      if (!isText(id)) return null;
      checkFields(changes, PRODUCT_FIELDS, 'changes');
      const _id = toDbId(id);
      try {
        const updated = await products.findOneAndUpdate(
          { _id: { $eq: _id } },
          { $set: productSet(changes, now) },
          { returnDocument: 'after' },
        );
        return updated ? toProduct(updated) : null;
      } catch (error) {
        throw await asDuplicate(error, changes, (field, value) => productTakenByOther(field, value, _id));
      }
    },

    async getProduct(id) {
      if (!isText(id)) return null;
      const found = await products.findOne({ _id: { $eq: toDbId(id) } });
      return found ? toProduct(found) : null;
    },

    async getProductBySlug(slug) {
      if (!isText(slug)) return null;
      const found = await products.findOne({ slug: { $eq: slug } });
      return found ? toProduct(found) : null;
    },

    async listProducts(query) {
      checkPaging(query.page, query.limit);
      const filter = listFilter(query);
      if (!filter) return { items: [], total: 0 };
      const [found, total] = await Promise.all([
        products
          .find(filter)
          .sort(SORTS[query.sort] ?? SORTS.relevance)
          .skip((query.page - 1) * query.limit)
          .limit(query.limit)
          .toArray(),
        products.countDocuments(filter),
      ]);
      return { items: found.map(toProduct), total };
    },

    async *allProducts() {
      for await (const found of products.find({})) yield toProduct(found);
    },

    countProducts() {
      return products.countDocuments({});
    },

    async countProductsInCategories(categoryIds) {
      if (!Array.isArray(categoryIds) || !categoryIds.every(isText) || categoryIds.length === 0) return 0;
      return products.countDocuments({ category_id: { $in: categoryIds.map(toDbId) } });
    },

    async setInventory(sku, quantity, reportedAt) {
      if (!isText(sku)) return null;
      if (!Number.isSafeInteger(quantity) || !isDate(reportedAt))
        throw new TypeError('inventory needs an integer quantity and a valid date');
      // One conditional write, so an older report never overwrites a newer one (on MongoDB; FerretDB
      // 1.24 finds and then writes without re-checking, so concurrent reports of one sku may race).
      const updated = await products.findOneAndUpdate(
        {
          sku: { $eq: sku },
          $or: [{ inventory_updated_at: { $eq: null } }, { inventory_updated_at: { $lte: reportedAt } }],
        },
        { $set: { inventory_quantity: quantity, inventory_updated_at: reportedAt } },
        { returnDocument: 'after' },
      );
      return updated ? toProduct(updated) : null;
    },

    async createCategory(category) {
      checkFields(category, CATEGORY_FIELDS, 'category');
      const document = toCategoryDocument(category);
      try {
        await categories.insertOne(document);
      } catch (error) {
        throw await asDuplicate(error, { slug: category.slug }, (_field, slug) => categorySlugTakenByOther(slug, document._id));
      }
    },

    async updateCategory(id, changes) {
      if (!isText(id)) return null;
      checkFields(changes, CATEGORY_FIELDS, 'changes');
      const _id = toDbId(id);
      const set = categorySet(changes);
      // An empty `$set` is an error to MongoDB: nothing to change is a plain read.
      if (Object.keys(set).length === 0) {
        const found = await categories.findOne({ _id: { $eq: _id } });
        return found ? toCategory(found) : null;
      }
      try {
        const updated = await categories.findOneAndUpdate({ _id: { $eq: _id } }, { $set: set }, { returnDocument: 'after' });
        return updated ? toCategory(updated) : null;
      } catch (error) {
        throw await asDuplicate(error, { slug: changes.slug }, (_field, slug) => categorySlugTakenByOther(slug, _id));
      }
    },

    async deleteCategory(id) {
      if (!isText(id)) return false;
      const result = await categories.deleteOne({ _id: { $eq: toDbId(id) } });
      return result.deletedCount === 1;
    },

    async getCategory(id) {
      if (!isText(id)) return null;
      const found = await categories.findOne({ _id: { $eq: toDbId(id) } });
      return found ? toCategory(found) : null;
    },

    async getCategoryBySlug(slug) {
      if (!isText(slug)) return null;
      const found = await categories.findOne({ slug: { $eq: slug } });
      return found ? toCategory(found) : null;
    },

    async listCategories() {
      const found = await categories.find({}).sort({ _id: 1 }).toArray();
      return found.map(toCategory);
    },

    async ping() {
      await db.command({ ping: 1 });
    },

    async engine() {
      // FerretDB answers buildInfo with the MongoDB version it emulates and its own beside it.
      const info = await db.command({ buildInfo: 1 });
      const ferret = typeof info['ferretdbVersion'] === 'string' ? info['ferretdbVersion'].replace(/^v/, '') : undefined;
      return ferret ? `MongoDB wire (FerretDB ${ferret})` : `MongoDB ${String(info['version'])}`;
    },

    async close() {
      await client.close();
    },
  };
}
