import { CreatedRangeQuery, DayRangeQuery, IsoDay } from '@shop/http/day-range';
import { ListOf, MultilineText, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
export const AddressSchema = Strict({
  firstName: Text(100),
  lastName: Text(100),
  line1: Text(200),
  line2: Type.Optional(Type.String({ maxLength: 200 })),
  city: Text(100),
  state: Type.Optional(Type.String({ maxLength: 100 })),
  postalCode: Type.String({ minLength: 2, maxLength: 12, pattern: '^[A-Za-z0-9][A-Za-z0-9 -]*$' }),
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' }),
  phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^\\+?[0-9][0-9 ()-]{4,19}$' })),
});

const ShippingMethod = Type.Union([Type.Literal('standard'), Type.Literal('express')]);
const OrderStatus = Type.Union(['pending', 'confirmed', 'shipped', 'delivered', 'cancelled'].map((s) => Type.Literal(s as 'pending')));

export const PlaceOrderBody = Strict({
  items: Type.Optional(
    Type.Array(Strict({ productId: Type.String({ minLength: 1, maxLength: 64 }), quantity: Type.Integer({ minimum: 1, maximum: 99 }) }), {
      minItems: 1,
      maxItems: 100,
    }),
  ),
  shippingAddress: AddressSchema,
  billingAddress: Type.Optional(AddressSchema),
  shippingMethod: Type.Optional(ShippingMethod),
  paymentMethod: Strict({
    type: Type.Literal('card'),
    cardNumber: Type.String({ pattern: '^[0-9]{12,19}$' }),
    expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
    expYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
    cvc: Type.String({ pattern: '^[0-9]{3,4}$' }),
    cardholderName: Type.Optional(Type.String({ maxLength: 100 })),
  }),
});

export const QuoteBody = Strict({
  items: PlaceOrderBody.properties.items,
  shippingMethod: Type.Optional(ShippingMethod),
});

const QuoteLine = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  price: Type.Number(),
  quantity: Type.Integer(),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
});

export const QuoteSchema = Type.Object(
  {
    items: Type.Array(QuoteLine),
    shippingMethod: ShippingMethod,
    subtotal: Type.Number(),
    taxAmount: Type.Number(),
    shippingAmount: Type.Number(),
    totalAmount: Type.Number(),
    currency: Type.String(),
  },
  { $id: 'Quote' },
);

export const OrderSchema = Type.Object(
  {
    id: Type.String(),
    orderNumber: Type.String(),
    userId: Type.String(),
    email: Type.String(),
    items: Type.Array(Type.Object({ id: Type.String(), ...QuoteLine.properties })),
    subtotal: Type.Number(),
    taxAmount: Type.Number(),
    shippingAmount: Type.Number(),
    totalAmount: Type.Number(),
    currency: Type.String(),
    status: Type.String(),
    paymentStatus: Type.String(),
    paymentMethod: Type.Union([Type.String(), Type.Null()]),
    paymentId: Type.Union([Type.String(), Type.Null()]),
    shippingAddress: Type.Object({}, { additionalProperties: true }),
    billingAddress: Type.Object({}, { additionalProperties: true }),
    shippingMethod: Type.String(),
    trackingNumber: Type.Union([Type.String(), Type.Null()]),
    carrier: Type.Union([Type.String(), Type.Null()]),
    cancelReason: Type.Union([Type.String(), Type.Null()]),
    statusHistory: Type.Array(Type.Object({ status: Type.String(), at: Timestamp, note: Type.Union([Type.String(), Type.Null()]) })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Order' },
);

export const OrderList = ListOf(OrderSchema);
export const OrderListQuery = Strict({
  ...PageQuery,
  status: Type.Optional(OrderStatus),
  userId: Type.Optional(Type.String({ maxLength: 36, description: 'Admins only' })),
  email: Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: 'The email the order was placed with; exact, any letter case' }),
  ),
  ...CreatedRangeQuery,
});
export const OrderStatsQuery = Strict(DayRangeQuery);

const StatusCounts = Type.Object({
  pending: Type.Integer(),
  confirmed: Type.Integer(),
  shipped: Type.Integer(),
  delivered: Type.Integer(),
  cancelled: Type.Integer(),
});
export const OrderStatsSchema = Type.Object(
  {
    from: IsoDay,
    to: IsoDay,
    orders: Type.Integer({ description: 'Orders placed in the range, in any status' }),
    revenue: Type.Number({ description: 'Totals of the paid orders (paymentStatus paid, or confirmed, shipped, delivered)' }),
    averageOrderValue: Type.Number({ description: 'Revenue over the paid orders; 0 without any' }),
    byStatus: StatusCounts,
    byDay: Type.Array(Type.Object({ date: IsoDay, orders: Type.Integer(), revenue: Type.Number() }), {
      description: 'Every UTC day of the range, oldest first, quiet days as zeros',
    }),
  },
  { $id: 'OrderStats' },
);
export const OrderParams = Strict({ id: Type.String({ minLength: 1, maxLength: 36 }) });
export const CancelBody = Strict({ reason: Type.Optional(MultilineText({ maxLength: 500 })) });
export const ShipBody = Strict({ trackingNumber: Text(100), carrier: Text(50) });
