import { ListOf, MultilineText, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';
import { PRODUCT_SORTS } from '../domain/product.js';

const Money = Type.Number({ minimum: 0, maximum: 1_000_000, multipleOf: 0.01, description: 'Major units, at most 2 decimals' });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Sort = Type.Union(PRODUCT_SORTS.map((s) => Type.Literal(s)));
const SpecValue = Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Boolean()]);
const Specifications = Type.Record(Type.String({ minLength: 1, maxLength: 100 }), SpecValue, { maxProperties: 50 });
const Slug = Type.String({ minLength: 1, maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const ImageUrl = Type.String({ maxLength: 2000, pattern: '^(https?://|/)' });
const ProductDescription = MultilineText({ maxLength: 10_000 });
const CategoryDescription = MultilineText({ maxLength: 2_000 });

export const ProductSchema = Type.Object(
  {
    id: Type.String(),
    sku: Type.String(),
    name: Type.String(),
    slug: Type.String(),
    description: Type.String(),
    price: Type.Number(),
    categoryId: Type.Union([Type.String(), Type.Null()]),
    brand: Type.String(),
    imageUrl: Type.Union([Type.String(), Type.Null()]),
    // Values are strings, numbers or booleans (checked on the way in); an open schema here lets the
    // serializer use JSON.stringify instead of testing every value against a union.
    specifications: Type.Record(Type.String(), Type.Unknown(), { description: 'Values: string, number or boolean' }),
    isActive: Type.Boolean(),
    inventoryQuantity: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Product' },
);

export const CategorySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    slug: Type.String(),
    description: Type.String(),
    parentId: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Category' },
);

const Filters = {
  category: Type.Optional(Type.String({ maxLength: 120, description: 'Category id or slug; subcategories are included' })),
  brand: Type.Optional(Type.String({ maxLength: 100 })),
  minPrice: Type.Optional(Money),
  maxPrice: Type.Optional(Money),
  sort: Type.Optional(Sort),
};

/** At most this many ids in one `?ids=` lookup (an order has at most 100 lines). */
export const MAX_LOOKUP_IDS = 100;

export const ProductListQuery = Strict({
  ...PageQuery,
  ...Filters,
  ids: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: MAX_LOOKUP_IDS * 121,
      pattern: '^[^,]+(,[^,]+)*$',
      description: `Up to ${MAX_LOOKUP_IDS} comma-separated ids or slugs: those products in the order asked, unknown (or, for customers, inactive) ones left out; no other filter, sort or page applies`,
    }),
  ),
  includeInactive: Type.Optional(Type.Boolean({ description: 'Admins only' })),
});
export const ProductList = ListOf(ProductSchema);
export const SearchQuerySchema = Strict({ ...PageQuery, ...Filters, q: Type.Optional(Type.String({ maxLength: 200 })) });
const Facet = Type.Object({ value: Type.String(), count: Type.Integer() });
export const SearchResultSchema = Type.Object({
  data: Type.Array(ProductSchema),
  page: Type.Integer(),
  limit: Type.Integer(),
  total: Type.Integer(),
  facets: Type.Object({
    brand: Type.Array(Facet),
    category: Type.Array(Type.Object({ value: Type.String(), count: Type.Integer(), name: Type.String(), slug: Type.String() })),
    price: Type.Array(Type.Object({ from: Type.Number(), to: Type.Union([Type.Number(), Type.Null()]), count: Type.Integer() })),
  }),
});
export const SuggestQuery = Strict({ q: Type.String({ minLength: 1, maxLength: 100 }) });
export const SuggestResult = Type.Object({
  data: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() })),
});

export const IdParams = Strict({ id: Id });
export const IdOrSlugParams = Strict({ idOrSlug: Type.String({ minLength: 1, maxLength: 120 }) });

export const CreateProductBody = Strict({
  sku: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
  name: Name,
  slug: Type.Optional(Slug),
  description: Type.Optional(ProductDescription),
  price: Money,
  categoryId: Type.Optional(Type.Union([Id, Type.Null()])),
  brand: Type.Optional(Type.String({ maxLength: 100 })),
  imageUrl: Type.Optional(Type.Union([ImageUrl, Type.Null()])),
  specifications: Type.Optional(Specifications),
  isActive: Type.Optional(Type.Boolean()),
});
export const UpdateProductBody = Strict(
  {
    sku: Type.Optional(CreateProductBody.properties.sku),
    name: Type.Optional(Name),
    slug: Type.Optional(Slug),
    description: Type.Optional(ProductDescription),
    price: Type.Optional(Money),
    categoryId: Type.Optional(Type.Union([Id, Type.Null()])),
    brand: Type.Optional(Type.String({ maxLength: 100 })),
    imageUrl: Type.Optional(Type.Union([ImageUrl, Type.Null()])),
    specifications: Type.Optional(Specifications),
    isActive: Type.Optional(Type.Boolean()),
  },
  {},
);

export const CategoryList = Type.Object({ data: Type.Array(CategorySchema) });
export const CreateCategoryBody = Strict({
  name: Name,
  slug: Type.Optional(Slug),
  description: Type.Optional(CategoryDescription),
  parentId: Type.Optional(Type.Union([Id, Type.Null()])),
});
export const UpdateCategoryBody = Strict({
  name: Type.Optional(Name),
  slug: Type.Optional(Slug),
  description: Type.Optional(CategoryDescription),
  parentId: Type.Optional(Type.Union([Id, Type.Null()])),
});
