import type { FieldError } from '@shop/errors/errors';
import { Ajv, type ErrorObject, type Options, type SchemaValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { MULTILINE } from './schemas.js';

// ajv-formats ships CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function ajv(options: Options): Ajv {
  // multipleOfPrecision: `multipleOf: 0.01` must accept 19.99 despite binary floating point. 9 digits
  // refused one amount in ten near a million (948747.69 / 0.01 is 94874768.99999999); 6 accepts every
  // 2-decimal amount up to a million and still refuses every third decimal (test/money-validation.test.ts).
  const instance = new Ajv({
    removeAdditional: false,
    useDefaults: true,
    allErrors: true,
    strict: false,
    multipleOfPrecision: 6,
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
/** A copy of `schema` with `mark` applied to every subschema, children first; `memo` keeps one copy per schema. */
function walk(schema: unknown, mark: (copy: Schema) => void, memo: WeakMap<object, Schema>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => walk(item, mark, memo));
  if (!isSchema(schema)) return schema;
  const done = memo.get(schema);
  if (done) return done;
  const copy: Schema = { ...schema };
  for (const keyword of SCHEMA_MAPS) {
    const map = copy[keyword];
    if (isSchema(map)) copy[keyword] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, walk(sub, mark, memo)]));
  }
  for (const keyword of SUBSCHEMAS) if (copy[keyword] !== undefined) copy[keyword] = walk(copy[keyword], mark, memo);
  mark(copy);
  memo.set(schema, copy);
  return copy;
}

/** The text rule a subschema takes: strings one of the two, open objects (records) the line rule on their keys. */
function textRuleOf(schema: Schema): { value?: TextRule; keys?: TextRule } {
  const types = Array.isArray(schema['type']) ? (schema['type'] as unknown[]) : [schema['type']];
  return {
    ...(types.includes('string') ? { value: schema[MULTILINE] === true ? 'multiline' : 'line' } : {}),
    ...(types.includes('object') && schema['additionalProperties'] !== false ? { keys: 'line' as const } : {}),
  };
}

const withRules = new WeakMap<object, Schema>();

/**
 * A copy of a request schema in which every string refuses control characters (NUL, which
 * PostgreSQL cannot store in text, among them) unless marked `MULTILINE`, which lets tab and line
 * breaks through; the keys of an open object (a record) refuse them too. One copy per schema, so a
 * schema with an `$id` is compiled once however many routes use it.
 */
function withTextRules(schema: unknown): unknown {
  return walk(
    schema,
    (copy) => {
      const rule = textRuleOf(copy);
      if (rule.value) copy[TEXT] = rule.value;
      if (rule.keys) copy[KEYS] = rule.keys;
    },
    withRules,
  );
}

/**
 * The same rules as patterns, for the OpenAPI document: what the validator refuses is stated in
 * the schema a client (or a fuzzer) reads, so a request the document calls valid is not refused
 * for a character it did not forbid. ECMA-262 and Python both read these classes alike.
 */
export const TEXT_PATTERNS: Readonly<Record<TextRule, string>> = {
  line: '^[^\\u0000-\\u001F\\u007F-\\u009F]*$',
  multiline: '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$',
};

const documented = new WeakMap<object, Schema>();

/** Formats whose grammar (as ajv-formats checks it) has no control character; `uri` is not one of them. */
const TEXT_SAFE_FORMATS = new Set(['email', 'uuid', 'date-time', 'date', 'time', 'ipv4', 'ipv6']);

/**
 * Whether a string schema already rules out control characters: by listing its values, by such a
 * format (a pattern beside a format makes generators filter, which is slow), or by a pattern that
 * lists what it takes.
 */
function statesTextRule(schema: Schema): boolean {
  if (schema['enum'] !== undefined || schema['const'] !== undefined) return true;
  if (typeof schema['format'] === 'string' && TEXT_SAFE_FORMATS.has(schema['format'])) return true;
  return typeof schema['pattern'] === 'string' && admitsNoControlCharacter(schema['pattern']);
}

/** Escapes that take a control character (or may: a code point, a property). */
const UNSAFE_ESCAPE = /[SWDsPpxuctnrfv0]/;

/**
 * Whether a pattern already lists every character it takes, none of them a control character
 * (`^[A-Za-z0-9][A-Za-z0-9._-]*$`): anchored at both ends, with no wildcard, negated class or
 * escape that could take one. Such a pattern states the rule by itself; any other gets it beside.
 */
function admitsNoControlCharacter(pattern: string): boolean {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (UNSAFE_ESCAPE.test(pattern[i + 1] ?? '')) return false;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      if (pattern[i + 1] === '^') return false;
      inClass = true;
    } else if (c === '.') return false;
  }
  return true;
}

/** A copy of a request schema stating its text rules as `pattern` (beside a pattern of its own, in `allOf`) and `propertyNames`. */
export function documentTextRules(schema: unknown): unknown {
  return walk(
    schema,
    (copy) => {
      const rule = textRuleOf(copy);
      // Nothing to add where the schema rules control characters out already (see `statesTextRule`).
      if (rule.value && !statesTextRule(copy)) {
        const text = { pattern: TEXT_PATTERNS[rule.value] };
        if (typeof copy['pattern'] === 'string') copy['allOf'] = [...((copy['allOf'] as unknown[] | undefined) ?? []), text];
        else copy['pattern'] = text.pattern;
      }
      if (rule.keys) copy['propertyNames'] = { pattern: TEXT_PATTERNS.line };
    },
    documented,
  );
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
