import { ListOf, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';

export const Sku = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const OrderId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' });
const Quantity = Type.Integer({ minimum: 1, maximum: 100_000 });
const Status = Type.Union([
  Type.Literal('active'),
  Type.Literal('confirmed'),
  Type.Literal('committed'),
  Type.Literal('released'),
  Type.Literal('expired'),
]);

export const StockSchema = Type.Object(
  {
    sku: Type.String(),
    quantity: Type.Integer(),
    reservedQuantity: Type.Integer(),
    availableQuantity: Type.Integer(),
    location: Type.Union([Type.String(), Type.Null()]),
    updatedAt: Timestamp,
  },
  { $id: 'StockRecord' },
);

export const ReservationSchema = Type.Object(
  {
    reservationId: Type.String(),
    orderId: Type.String(),
    sku: Type.String(),
    quantity: Type.Integer(),
    status: Status,
    expiresAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'Reservation' },
);

export const ReservationRecordSchema = Type.Object(
  {
    id: Type.String(),
    orderId: Type.String(),
    sku: Type.String(),
    quantity: Type.Integer(),
    status: Status,
    expiresAt: Type.Union([Timestamp, Type.Null()], { description: 'Set while active' }),
    createdAt: Timestamp,
  },
  { $id: 'ReservationRecord' },
);

export const OrderReservationsSchema = Type.Object({
  orderId: Type.String(),
  items: Type.Array(ReservationSchema),
  expiresAt: Type.Union([Timestamp, Type.Null()], { description: 'When the first still-active item lapses' }),
});

export const SkuParams = Strict({ sku: Sku });
export const OrderParams = Strict({ orderId: OrderId });
export const StockList = ListOf(StockSchema);
export const StockListQuery = Strict({
  ...PageQuery,
  lowStock: Type.Optional(Type.Boolean()),
  sku: Type.Optional(Type.String({ maxLength: 100, description: 'Sku prefix' })),
});
export const PutStockBody = Strict({
  quantity: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  location: Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()])),
});
export const ReserveOneBody = Strict({ orderId: OrderId, quantity: Quantity });
export const ReleaseOneBody = Strict({ orderId: OrderId });
export const ReserveManyBody = Strict({
  orderId: OrderId,
  items: Type.Array(Strict({ sku: Sku, quantity: Quantity }), { minItems: 1, maxItems: 100 }),
  ttlSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
});
export const SkuReservationsQuery = Strict({ status: Type.Optional(Status) });
export const SkuReservations = Type.Object({ data: Type.Array(ReservationSchema) });
export const ReservationList = ListOf(ReservationRecordSchema);
export const ReservationListQuery = Strict({
  ...PageQuery,
  sku: Type.Optional(Sku),
  orderId: Type.Optional(OrderId),
  status: Type.Optional(Status),
});
