import { Type, type Static, type TObject, type TProperties, type TSchema } from 'typebox';

/** An object schema that rejects unknown fields (the contract: unknown fields are a 400). */
export function Strict<P extends TProperties>(properties: P, options: { description?: string; $id?: string } = {}): TObject<P> {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });

/** `page` from 1, `limit` 1..100 (larger is a 400, never clamped). */
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

export function ListOf<T extends TSchema>(item: T) {
  return Type.Object({
    data: Type.Array(item),
    page: Type.Integer(),
    limit: Type.Integer(),
    total: Type.Integer(),
  });
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details' },
);

export const BearerAuth = [{ bearerAuth: [] as string[] }];

export { Type };
export type { Static };
