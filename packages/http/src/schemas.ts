import { Type, type Static, type TObject, type TProperties, type TSchema } from 'typebox';

/** An object schema that rejects unknown fields (the contract: unknown fields are a 400). */
export function Strict<P extends TProperties>(properties: P, options: { description?: string; $id?: string } = {}): TObject<P> {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });

/** The last page a list serves: (MAX_PAGE - 1) × MAX_LIMIT still fits the 32-bit offset of every engine. */
export const MAX_PAGE = 1_000_000;
/** The most items on one page (the contract's bound). */
export const MAX_LIMIT = 100;

/** `page` 1..1_000_000, `limit` 1..100: out of range is a 400, never clamped. */
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: 20 })),
};

/** Marks a string that may hold tabs and line breaks; every other request string refuses all control characters. */
export const MULTILINE = 'x-multiline';

/**
 * Free text that may span lines (a description, a reason): tab, line feed and carriage return are
 * accepted; NUL and every other control character are still a 400 (see `createValidatorCompiler`).
 */
export function MultilineText(options: { minLength?: number; maxLength: number; description?: string }) {
  return Type.String({ ...options, [MULTILINE]: true });
}

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
