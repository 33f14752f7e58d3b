import { CreatedRangeQuery, DayRangeQuery, IsoDay } from '@shop/http/day-range';
import { ListOf, MultilineText, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';

const Money = Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000, multipleOf: 0.01, description: 'Major units, at most 2 decimals' });
const OrderId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' });
const Status = Type.Union([
  Type.Literal('pending'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
  Type.Literal('refunded'),
  Type.Literal('partially_refunded'),
]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const PaymentMethodBody = Strict({
  type: Type.Literal('card'),
  cardNumber: Type.String({
    minLength: 12,
    maxLength: 40,
    pattern: '^[0-9][0-9 -]*[0-9]$',
    description: '12 to 19 digits passing the Luhn check; spaces and dashes between digits are ignored',
  }),
  expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
  expYear: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Four digits' }),
  cvc: Type.String({ pattern: '^[0-9]{3,4}$' }),
  cardholderName: Type.Optional(Type.String({ maxLength: 100 })),
});

export const CreatePaymentBody = Strict({
  orderId: OrderId,
  amount: Money,
  currency: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$', default: 'USD', description: 'ISO 4217; default USD' })),
  paymentMethod: PaymentMethodBody,
  customerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: "The order's owner: may read this payment" })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 320, description: 'Carried in the payment events' })),
});

export const RefundBody = Strict({
  amount: Type.Optional(Money),
  reason: Type.Optional(MultilineText({ maxLength: 500 })),
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: 'Same key and body within 24 h: the first answer again' }),
  ),
});

export const PaymentSchema = Type.Object(
  {
    id: Type.String(),
    orderId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    paymentMethod: Type.Literal('card'),
    status: Status,
    transactionId: NullableString,
    card: Type.Object({
      brand: Type.Union([
        Type.Literal('visa'),
        Type.Literal('mastercard'),
        Type.Literal('amex'),
        Type.Literal('discover'),
        Type.Literal('unknown'),
      ]),
      last4: Type.String({ pattern: '^[0-9]{4}$' }),
      expMonth: Type.Integer(),
      expYear: Type.Integer(),
    }),
    errorMessage: NullableString,
    declineCode: NullableString,
    refundedAmount: Type.Number(),
    refunds: Type.Array(Type.Object({ id: Type.String(), amount: Type.Number(), reason: NullableString, createdAt: Timestamp })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Payment' },
);

export const PaymentParams = Strict({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const PaymentList = ListOf(PaymentSchema);
export const PaymentListQuery = Strict({
  ...PageQuery,
  orderId: Type.Optional(OrderId),
  status: Type.Optional(Status),
  ...CreatedRangeQuery,
});
export const PaymentStatsQuery = Strict(DayRangeQuery);

export const PaymentStatsSchema = Type.Object(
  {
    from: IsoDay,
    to: IsoDay,
    captured: Type.Number({ description: 'Charges that went through, by the day they were made' }),
    refunded: Type.Number({ description: 'Refunds, by the day they were made' }),
    net: Type.Number({ description: 'captured - refunded' }),
    failedCount: Type.Integer({ description: 'Declined charges' }),
    succeededCount: Type.Integer({ description: 'Charges that went through (refunded since or not)' }),
    byDay: Type.Array(Type.Object({ date: IsoDay, captured: Type.Number(), refunded: Type.Number(), net: Type.Number() }), {
      description: 'Every UTC day of the range, oldest first, quiet days as zeros',
    }),
  },
  { $id: 'PaymentStats' },
);
