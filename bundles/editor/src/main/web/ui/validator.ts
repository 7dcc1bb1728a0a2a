import { dereference, format, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import {
  createErrorHandler, ErrorSchemaBuilder, getByPath, getDefaultFormState, getUiOptions, ROOT_SCHEMA_PREFIX, toErrorSchema,
  unwrapErrorHandler, validationDataMerge,
  type CustomValidator, type ErrorSchema, type ErrorTransformer, type RJSFSchema, type RJSFValidationError, type UiSchema,
  type ValidationData, type ValidatorType,
} from '@rjsf/utils';

/*
 * The forms' JSON Schema 2020-12 validator. It interprets the schemas (through @cfworker/json-schema) where Ajv compiles
 * them into JavaScript with new Function, so the editor runs under a Content-Security-Policy without 'unsafe-eval'.
 * Messages keep Ajv's wording, as RJSF showed them before.
 */

type Lookup = Record<string, Schema | boolean>;
/** A private copy of a schema with its $ref targets indexed (cfworker marks the schemas it indexes). */
interface Prepared { schema: Schema | boolean; lookup: Lookup }
interface Found { error: RJSFValidationError; path: string[] }

const DRAFT = '2020-12';
/** The root schema's address: RJSF points a part's "#..." references at it by prefixing them with ROOT_SCHEMA_PREFIX. */
const ROOT = new URL(ROOT_SCHEMA_PREFIX, 'https://rjsf.invalid/');
const PART = new URL('part', 'https://rjsf.invalid/');

// the two formats RJSF's widgets produce besides the standard ones (as @rjsf/validator-ajv8 adds them)
format['color'] ??= (s) => /^(#?([0-9A-Fa-f]{3}){1,2}\b|aqua|black|blue|fuchsia|gray|green|lime|maroon|navy|olive|orange|purple|red|silver|teal|white|yellow|(rgb\(\s*\b([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\b\s*,\s*\b([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\b\s*,\s*\b([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\b\s*\))|(rgb\(\s*(\d?\d%|100%)+\s*,\s*(\d?\d%|100%)+\s*,\s*(\d?\d%|100%)+\s*\)))$/.test(s);
format['data-url'] ??= (s) => /^data:([a-z]+\/[a-z0-9-+.]+)?;(?:name=(.*);)?base64,(.*)$/.test(s);

/** Keywords whose own output only says that a subschema failed; the subschema's errors say what. */
const WRAPPERS = new Set(['$ref', '$recursiveRef', 'properties', 'patternProperties', 'items', 'prefixItems', 'allOf',
  'dependentSchemas']);
/** Keywords that apply a schema to further members: when that schema is false, the keyword itself is the error. */
const REST = new Set(['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems']);
const LIMITS: Record<string, string> = { maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>' };
const COUNTS: Record<string, [string, string]> = {
  maxLength: ['more', 'characters'], minLength: ['fewer', 'characters'], maxItems: ['more', 'items'],
  minItems: ['fewer', 'items'], maxProperties: ['more', 'properties'], minProperties: ['fewer', 'properties'],
};

export class InterpretingValidator implements ValidatorType<unknown, RJSFSchema> {
  private roots = new WeakMap<object, Prepared & { parts: WeakMap<object, Prepared> }>();

  reset(): void {
    this.roots = new WeakMap();
  }

  isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
    try {
      const root = this.root(rootSchema);
      let part = schema === rootSchema ? root : root.parts.get(schema);
      if (part === undefined) {
        const copied = copy(schema, true) as Schema;
        part = { schema: copied, lookup: dereference(copied, Object.create(root.lookup) as Lookup, PART) };
        root.parts.set(schema, part);
      }
      return formData === undefined ? acceptsAbsent(part.schema)
        : validate(copy(formData), part.schema, DRAFT, part.lookup, true).valid;
    } catch (e) {
      console.warn('Error encountered validating against a schema:', e);
      return false;
    }
  }

  rawValidation<Result = RJSFValidationError>(schema: RJSFSchema, formData?: unknown):
    { errors?: Result[]; validationError?: Error } {
    const { found, validationError } = this.check(schema, formData);
    return { errors: found.length ? found.map((f) => f.error as Result) : undefined, validationError };
  }

  validateFormData(formData: unknown, schema: RJSFSchema, customValidate?: CustomValidator<unknown, RJSFSchema>,
    transformErrors?: ErrorTransformer<unknown, RJSFSchema>, uiSchema?: UiSchema<unknown, RJSFSchema>): ValidationData<unknown> {
    const { found, validationError } = this.check(schema, formData, uiSchema);
    let errors = found.map((f) => f.error);
    let errorSchema: ErrorSchema;
    if (validationError) {
      errors.push({ stack: validationError.message });
    }
    if (typeof transformErrors === 'function') {
      errors = transformErrors(errors, uiSchema);
      errorSchema = toErrorSchema(errors);
    } else {
      // built from the path segments, so that property names with dots or brackets stay whole
      const builder = new ErrorSchemaBuilder();
      found.forEach((f) => builder.addErrors(f.error.message ?? '', f.path));
      errorSchema = builder.ErrorSchema;
    }
    if (validationError) {
      errorSchema = { ...errorSchema, $schema: { __errors: [validationError.message] } } as ErrorSchema;
    }
    if (typeof customValidate !== 'function') {
      return { errors, errorSchema };
    }
    const withUndefined = getDefaultFormState(this, schema, formData, schema, true);
    const handler = customValidate(withUndefined, createErrorHandler(withUndefined), uiSchema, errorSchema);
    return validationDataMerge({ errors, errorSchema }, unwrapErrorHandler(handler));
  }

  private root(rootSchema: RJSFSchema): Prepared & { parts: WeakMap<object, Prepared> } {
    let root = this.roots.get(rootSchema);
    if (root === undefined) {
      // without its own $id, so that the parts' prefixed references find it at ROOT
      const { $id: _id, ...rest } = rootSchema;
      const copied = copy(rest) as Schema;
      root = { schema: copied, lookup: dereference(copied, Object.create(null) as Lookup, ROOT), parts: new WeakMap() };
      this.roots.set(rootSchema, root);
    }
    return root;
  }

  /** All errors of {@code formData} against {@code schema} (taken as a root), or why the schema could not be used. */
  private check(schema: RJSFSchema, formData: unknown, uiSchema?: UiSchema): { found: Found[]; validationError?: Error } {
    let root: Prepared;
    let units: OutputUnit[];
    try {
      root = this.root(schema);
      units = formData === undefined ? [] : validate(copy(formData), root.schema, DRAFT, root.lookup, false).errors;
    } catch (e) {
      // an unresolvable $ref, an invalid pattern...: the first line says which (cfworker lists every known schema after it)
      return { found: [], validationError: new Error(String(e instanceof Error ? e.message : e).split('\n')[0]) };
    }
    return { found: dedupe(problems(units, root, uiSchema)) };
  }
}

/** The units that name a problem, as RJSF errors with Ajv's messages. */
function problems(units: OutputUnit[], root: Prepared, uiSchema?: UiSchema): Found[] {
  const out: Found[] = [];
  let skipUnder: string | undefined;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const { keyword, keywordLocation } = unit;
    if (skipUnder !== undefined && keywordLocation.startsWith(skipUnder)) {
      continue;
    }
    skipUnder = undefined;
    const value = keyword === 'false' ? false : at(root, segments(keywordLocation));
    if (WRAPPERS.has(keyword) || (REST.has(keyword) && value !== false)
        || (keyword === 'dependencies' && !unit.error.includes('but does not have'))) {
      continue;
    }
    if (REST.has(keyword) && units[i + 1]?.keyword === 'false') {
      i++; // the member's own "false schema" error: Ajv names the keyword only
    } else if (keyword === 'propertyNames') {
      skipUnder = keywordLocation + '/'; // the name's errors are not errors of a field
    }
    const path = segments(unit.instanceLocation);
    const parent = keyword === 'false' ? undefined : at(root, segments(keywordLocation).slice(0, -1)) as Schema | undefined;
    let missing: string | undefined;
    if (keyword === 'required') {
      missing = between(unit.error, 'required property "', '".');
    }
    const fieldPath = missing === undefined ? path : [...path, missing];
    const uiTitle = getUiOptions(getByPath(uiSchema, fieldPath)).title;
    const title: string | undefined = uiTitle
      ?? (missing === undefined ? parent?.title : (parent?.properties?.[missing] as Schema | undefined)?.title);
    const text = message(unit, value, missing === undefined ? undefined : title ?? missing);
    const property = fieldPath.map((s) => '.' + s).join('');
    const error: RJSFValidationError = {
      name: keyword, property, message: text, schemaPath: keywordLocation,
      params: missing !== undefined ? { missingProperty: missing }
        : LIMITS[keyword] || COUNTS[keyword] || keyword === 'multipleOf' ? { limit: value } : {},
      stack: missing === undefined && title ? `'${title}' ${text}` : missing === undefined ? `${property} ${text}`.trim() : text,
      title: title ?? '',
    };
    out.push({ error, path: fieldPath });
  }
  return out;
}

function message(unit: OutputUnit, value: unknown, missingTitle?: string): string {
  const { keyword, error } = unit;
  if (LIMITS[keyword]) {
    return `must be ${LIMITS[keyword]} ${value}`;
  }
  if (COUNTS[keyword]) {
    return `must NOT have ${COUNTS[keyword][0]} than ${value} ${COUNTS[keyword][1]}`;
  }
  switch (keyword) {
    case 'required': return `must have required property '${missingTitle}'`;
    case 'type': return `must be ${Array.isArray(value) ? value.join(',') : value}`;
    case 'enum': return 'must be equal to one of the allowed values';
    case 'const': return 'must be equal to constant';
    case 'pattern': return `must match pattern "${value}"`;
    case 'format': return `must match format "${value}"`;
    case 'multipleOf': return `must be multiple of ${value}`;
    case 'oneOf': return 'must match exactly one schema in oneOf';
    case 'anyOf': return 'must match a schema in anyOf';
    case 'not': return 'must NOT be valid';
    case 'if': return `must match "${error.includes('"else"') ? 'else' : 'then'}" schema`;
    case 'contains': return 'must contain at least 1 valid item(s)';
    case 'propertyNames': return 'property name must be valid';
    case 'false': return 'boolean schema is false';
    case 'additionalProperties': return 'must NOT have additional properties';
    case 'unevaluatedProperties': return 'must NOT have unevaluated properties';
    case 'uniqueItems': {
      const [, j, k] = /(\d+) and (\d+)/.exec(error) ?? [];
      return `must NOT have duplicate items (items ## ${j} and ${k} are identical)`;
    }
    case 'dependentRequired':
    case 'dependencies': {
      const [, has, lacks] = /has "(.*)" but does not have "(.*)"\.$/.exec(error) ?? [];
      return has === undefined ? error : `must have property ${lacks} when property ${has} is present`;
    }
    default: return error;
  }
}

/** Drops an anyOf/oneOf option's error when another option under the same keyword already said the same. */
function dedupe(list: Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of list) {
    const { message: text, schemaPath = '' } = f.error;
    const branch = /\/(anyOf|oneOf)\//.exec(schemaPath);
    const prefix = branch ? schemaPath.slice(0, branch.index) : undefined;
    if (prefix === undefined || !kept.some((k) => k.error.message === text && k.error.schemaPath?.startsWith(prefix))) {
      kept.push(f);
    }
  }
  return kept;
}

/** The schema value at a keyword location, following $ref as the location does. */
function at(root: Prepared, path: string[]): unknown {
  let node: unknown = root.schema;
  for (const step of path) {
    const here = node as Schema | undefined;
    node = step === '$ref' && typeof here?.$ref === 'string'
      ? root.lookup[here.__absolute_ref__ ?? here.$ref] : (here as Record<string, unknown> | undefined)?.[step];
  }
  return node;
}

/** "#/a~1b/0" as its decoded segments ["a/b", "0"]. */
function segments(location: string): string[] {
  return location.split('/').slice(1).map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function between(text: string, start: string, end: string): string | undefined {
  const from = text.indexOf(start);
  return from < 0 || !text.endsWith(end) ? undefined : text.slice(from + start.length, text.length - end.length);
}

/** Ajv's answer for an absent value: it fails only what says what a value must be. */
function acceptsAbsent(schema: Schema | boolean): boolean {
  return schema === true || (schema !== false && !('type' in schema || 'const' in schema || 'enum' in schema));
}

/**
 * A plain copy as JSON has it: members that are undefined left out (cfworker refuses undefined), in arrays null.
 * With {@code prefixRefs}, "#..." references point at the root schema (see ROOT).
 */
function copy(value: unknown, prefixRefs = false): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => (v === undefined ? null : copy(v, prefixRefs)));
  }
  if (value === null || typeof value !== 'object' || ![Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) {
      const c = prefixRefs && k === '$ref' && typeof v === 'string' && v.startsWith('#') ? ROOT_SCHEMA_PREFIX + v : copy(v, prefixRefs);
      Object.defineProperty(out, k, { value: c, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
