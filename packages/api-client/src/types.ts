import type * as cart from './generated/cart.js';
import type * as catalog from './generated/catalog.js';
import type * as order from './generated/order.js';
import type * as user from './generated/user.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Product = catalog.components['schemas']['Product'];
export type Category = catalog.components['schemas']['Category'];
export type ProductList = Json<catalog.paths['/api/v1/products']['get']['responses'][200]>;
export type ProductQuery = NonNullable<catalog.paths['/api/v1/products']['get']['parameters']['query']>;
export type SearchResult = Json<catalog.paths['/api/v1/search']['get']['responses'][200]>;
export type SearchQuery = NonNullable<catalog.paths['/api/v1/search']['get']['parameters']['query']>;
export type Facets = SearchResult['facets'];
export type Suggestions = Json<catalog.paths['/api/v1/search/suggest']['get']['responses'][200]>;
export type SortOrder = NonNullable<SearchQuery['sort']>;

export type User = user.components['schemas']['User'];
export type AuthResult = Json<user.paths['/api/v1/auth/login']['post']['responses'][200]>;
export type RegisterBody = NonNullable<user.paths['/api/v1/auth/register']['post']['requestBody']>['content']['application/json'];
export type ProfileUpdate = NonNullable<user.paths['/api/v1/users/profile']['put']['requestBody']>['content']['application/json'];

export type Cart = Json<cart.paths['/api/v1/cart/{userId}']['get']['responses'][200]>;
export type CartItem = cart.components['schemas']['CartItem'];

export type Order = order.components['schemas']['Order'];
export type OrderList = Json<order.paths['/api/v1/orders']['get']['responses'][200]>;
export type PlaceOrderBody = NonNullable<order.paths['/api/v1/orders']['post']['requestBody']>['content']['application/json'];
export type Address = PlaceOrderBody['shippingAddress'];
export type QuoteBody = NonNullable<order.paths['/api/v1/orders/quote']['post']['requestBody']>['content']['application/json'];
export type Quote = Json<order.paths['/api/v1/orders/quote']['post']['responses'][200]>;
export type ShippingMethod = NonNullable<PlaceOrderBody['shippingMethod']>;
