import { Strict, Timestamp, Type } from '@shop/http/schemas';
import { GUEST_ID_PATTERN, MAX_LINE_QUANTITY } from '../domain/cart.js';

/** A letter or digit first: ids become Redis hash fields next to `_`-prefixed meta fields, and never hold `{`/`}`. */
const IdText = (maxLength: number, description: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description });

const UserId = IdText(128, 'The signed-in customer\'s own user id, or a guest id "guest_<uuid v4>"');
const ProductId = IdText(64, 'A catalog product id');

export const CartItemSchema = Type.Object(
  {
    productId: Type.String(),
    sku: Type.String(),
    name: Type.String(),
    price: Type.Number({ description: 'Unit price in major units, from the catalog' }),
    quantity: Type.Integer({ minimum: 1, maximum: MAX_LINE_QUANTITY }),
    imageUrl: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'CartItem' },
);

export const CartSchema = Type.Object(
  {
    userId: Type.String(),
    items: Type.Array(CartItemSchema),
    subtotal: Type.Number({ description: 'Σ price × quantity, major units' }),
    totalItems: Type.Integer({ description: 'Σ quantity' }),
    updatedAt: Timestamp,
    expiresAt: Timestamp,
  },
  { $id: 'Cart' },
);

export const CartParams = Strict({ userId: UserId });
export const LineParams = Strict({ userId: UserId, productId: ProductId });

export const AddItemBody = Strict({
  productId: ProductId,
  quantity: Type.Integer({
    minimum: 1,
    maximum: MAX_LINE_QUANTITY,
    description: 'Added to the line if the product is already in the cart',
  }),
});

export const SetQuantityBody = Strict({
  quantity: Type.Integer({ minimum: 0, maximum: MAX_LINE_QUANTITY, description: '0 removes the line' }),
});

export const MergeBody = Strict({
  guestId: Type.String({ pattern: GUEST_ID_PATTERN, description: 'The guest cart to move into this one' }),
});
