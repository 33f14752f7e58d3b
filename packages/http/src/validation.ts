import type { FieldError } from '@shop/errors/errors';
import { Ajv, type ErrorObject, type Options, type SchemaValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { MULTILINE } from './schemas.js';

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
  addTextRules(instance);
  return instance;
}

// Keywords the compiler adds to a copy of each request schema (never written in a schema by hand).
const TEXT = 'x-text';
const KEYS = 'x-keys';
type TextRule = 'line' | 'multiline';

/** Every control character (Unicode Cc: C0, DEL, C1); in multi-line text, all but tab, line feed and carriage return. */
const FORBIDDEN: Readonly<Record<TextRule, { test: RegExp; message: string }>> = {
  line: { test: /\p{Cc}/u, message: 'must not contain control characters' },
  multiline: { test: /[^\P{Cc}\t\n\r]/u, message: 'must not contain control characters other than tab and line breaks' },
};

function addTextRules(instance: Ajv): void {
  const text: SchemaValidateFunction = (rule: TextRule, data: string) => {
    const forbidden = FORBIDDEN[rule];
    if (!forbidden.test.test(data)) return true;
    text.errors = [{ keyword: TEXT, message: forbidden.message, params: {} }];
    return false;
  };
  // A map's keys are data too (a record of specifications is stored as it came).
  const keys: SchemaValidateFunction = (_rule: TextRule, data: object, _parentSchema, context) => {
    const bad = Object.keys(data).filter((key) => FORBIDDEN.line.test.test(key));
    if (bad.length === 0) return true;
    const at = context?.instancePath ?? '';
    keys.errors = bad.map((key) => ({ keyword: KEYS, instancePath: `${at}/${key}`, message: FORBIDDEN.line.message, params: {} }));
    return false;
  };
  instance.addKeyword({ keyword: TEXT, type: 'string', schemaType: 'string', errors: true, validate: text });
  instance.addKeyword({ keyword: KEYS, type: 'object', schemaType: 'string', errors: true, validate: keys });
}

type Schema = Record<string, unknown>;
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Keywords whose value is a map of subschemas, and those whose value is a subschema or a list of them. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
const SUBSCHEMAS = [
  ...['items', 'prefixItems', 'additionalItems', 'contains', 'unevaluatedItems'],
  ...['additionalProperties', 'unevaluatedProperties', 'propertyNames'],
  ...['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else'],
];
const withRules = new WeakMap<object, Schema>();

/**
 * A copy of a request schema in which every string refuses control characters (NUL, which
 * PostgreSQL cannot store in text, among them) unless marked `MULTILINE`, which lets tab and line
 * breaks through; the keys of an open object (a record) refuse them too. One copy per schema, so a
 * schema with an `$id` is compiled once however many routes use it.
 */
function withTextRules(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withTextRules);
  if (!isSchema(schema)) return schema;
  const done = withRules.get(schema);
  if (done) return done;
  const copy: Schema = { ...schema };
  for (const keyword of SCHEMA_MAPS) {
    const map = copy[keyword];
    if (isSchema(map)) copy[keyword] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, withTextRules(sub)]));
  }
  for (const keyword of SUBSCHEMAS) if (copy[keyword] !== undefined) copy[keyword] = withTextRules(copy[keyword]);
  const types = Array.isArray(copy['type']) ? (copy['type'] as unknown[]) : [copy['type']];
  if (types.includes('string')) copy[TEXT] = copy[MULTILINE] === true ? 'multiline' : 'line';
  if (types.includes('object') && copy['additionalProperties'] !== false) copy[KEYS] = 'line';
  withRules.set(schema, copy);
  return copy;
}

/**
 * Bodies are validated as sent (no coercion: `"2"` is not a quantity); querystrings, params and
 * headers arrive as text, so they are coerced. Unknown fields are never stripped: with
 * `additionalProperties: false` in the schema they are rejected. No string in any part may hold
 * a control character, except tab and line breaks in a `MultilineText`.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = ajv({ coerceTypes: false });
  const coercing = ajv({ coerceTypes: 'array' });
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? strict : coercing).compile(withTextRules(schema) as object);
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
