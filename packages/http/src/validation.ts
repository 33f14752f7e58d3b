import type { FieldError } from '@shop/errors/errors';
import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats ships CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function ajv(options: Options): Ajv {
  // multipleOfPrecision: `multipleOf: 0.01` must accept 19.99 despite binary floating point.
  const instance = new Ajv({
    removeAdditional: false,
    useDefaults: true,
    allErrors: true,
    strict: false,
    multipleOfPrecision: 9,
    ...options,
  });
  addFormats(instance);
  return instance;
}

/**
 * Bodies are validated as sent (no coercion: `"2"` is not a quantity); querystrings, params and
 * headers arrive as text, so they are coerced. Unknown fields are never stripped: with
 * `additionalProperties: false` in the schema they are rejected.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = ajv({ coerceTypes: false });
  const coercing = ajv({ coerceTypes: 'array' });
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? strict : coercing).compile(schema as object);
    return (data: unknown) =>
      validate(data) ? { value: data } : { error: Object.assign(new Error('invalid'), { validation: validate.errors }) };
  };
}

/** Ajv errors → the contract's `errors: [{path, message}]`, paths as JSON pointers into the part. */
export function validationErrors(validation: unknown, part = 'body'): FieldError[] {
  const list = Array.isArray(validation) ? (validation as ErrorObject[]) : [];
  const prefix = part === 'body' ? '' : `/${part}`;
  return list.map((e) => {
    let path = e.instancePath;
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'required') {
      path += `/${String(e.params['missingProperty'])}`;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      path += `/${String(e.params['additionalProperty'])}`;
      message = 'is not an accepted field';
    }
    return { path: `${prefix}${path}` || '/', message };
  });
}
