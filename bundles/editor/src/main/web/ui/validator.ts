import { dereference, format, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import {
  createErrorHandler, ErrorSchemaBuilder, getByPath, getDefaultFormState, getUiOptions, ROOT_SCHEMA_PREFIX, toErrorSchema,
  unwrapErrorHandler, validationDataMerge,
  type CustomValidator, type ErrorSchema, type ErrorTransformer, type RJSFSchema, type RJSFValidationError, type UiSchema,
  type ValidationData, type ValidatorType,
} from '@rjsf/utils';
import { stringFormats } from './formats';

/*
 * The forms' JSON Schema 2020-12 validator. It interprets the schemas (through @cfworker/json-schema) where Ajv compiles
 * them into JavaScript with new Function, so the editor runs under a Content-Security-Policy without 'unsafe-eval'.
 * It reports what @rjsf/validator-ajv8 (Ajv 8, allErrors) reported before: the same errors, in Ajv's order, with
 * Ajv's messages, titles and schema paths, so that the forms look as they did. The test holds it against Ajv.
 */

type Lookup = Record<string, Schema | boolean>;
/** A private copy of a schema with its $ref targets indexed (cfworker marks the schemas it indexes). */
interface Prepared { schema: Schema | boolean; lookup: Lookup; problem?: Error | null }
type Params = Record<string, unknown>;
/** An error as Ajv reports it, with the path of the value it is about. */
interface AjvError { keyword: string; path: string[]; schemaPath: string; params: Params; message: string; parentSchema: unknown }
interface Found { error: RJSFValidationError; path: string[] }

/** cfworker's units of one schema applied to one value, as a tree: a keyword's unit, then what its subschemas found. */
interface Frame { loc: string; entries: Entry[]; falseUnit?: OutputUnit }
interface Entry { unit: OutputUnit; frames: Frame[] }

const DRAFT = '2020-12';
/** The root schema's address: RJSF points a part's "#..." references at it by prefixing them with ROOT_SCHEMA_PREFIX. */
const ROOT = new URL(ROOT_SCHEMA_PREFIX, 'https://rjsf.invalid/');
const PART = new URL('part', 'https://rjsf.invalid/');

// the formats as Ajv checks them (ajv-formats, full), and the two that RJSF's widgets produce
Object.assign(format, stringFormats);

/**
 * Ajv 8's keywords in the order it applies them (its RULES): first those for any value, then those of the value's type.
 * Errors come in this order, whatever the order of the schema's members.
 */
export const KEYWORD_ORDER: Record<'any' | 'number' | 'string' | 'array' | 'object', string[]> = {
  any: ['$dynamicAnchor', '$dynamicRef', '$recursiveAnchor', '$recursiveRef', '$comment', 'id', '$ref', 'type', 'nullable',
    'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else'],
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  string: ['maxLength', 'minLength', 'pattern', 'format', 'formatMaximum', 'formatMinimum', 'formatExclusiveMaximum',
    'formatExclusiveMinimum'],
  array: ['maxItems', 'minItems', 'prefixItems', 'items', 'contains', 'uniqueItems', 'maxContains', 'minContains',
    'unevaluatedItems'],
  object: ['maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'dependencies',
    'properties', 'patternProperties', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties'],
};
const TYPED = ['number', 'string', 'array', 'object'] as const;
const RANK = new Map<string, number>();
[KEYWORD_ORDER.any, ...TYPED.map((t) => KEYWORD_ORDER[t])].flat().forEach((k) => RANK.has(k) || RANK.set(k, RANK.size));
// cfworker's names for what Ajv calls otherwise
RANK.set('minContains', RANK.get('contains')!).set('maxContains', RANK.get('contains')!);

const LIMITS: Record<string, string> = { maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>' };
const COUNTS: Record<string, [string, string]> = {
  maxLength: ['more', 'characters'], minLength: ['fewer', 'characters'], maxItems: ['more', 'items'],
  minItems: ['fewer', 'items'], maxProperties: ['more', 'properties'], minProperties: ['fewer', 'properties'],
};
/** Keywords whose unit is followed by the units of one subschema applied to one value. */
const ONE_SUBSCHEMA = new Set(['$ref', '$recursiveRef', 'items', 'additionalItems', 'unevaluatedItems', 'additionalProperties',
  'unevaluatedProperties', 'propertyNames']);
/** The same, with the subschema under a name or index: properties/<name>... */
const NAMED_SUBSCHEMA = new Set(['properties', 'patternProperties', 'prefixItems', 'dependentSchemas']);

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
      const problem = compileProblem(part);
      if (problem) {
        throw problem;
      }
      return formData === undefined ? absent(part.schema, '#', part.lookup).valid
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
      // built from the path segments (where Ajv's splits the dotted property), so that names with dots stay whole
      const builder = new ErrorSchemaBuilder();
      found.forEach((f) => builder.addErrors(f.error.message ?? '', f.path));
      errorSchema = builder.ErrorSchema;
    }
    if (validationError) {
      errorSchema = { ...errorSchema, $schema: { __errors: [validationError.message] } } as unknown as ErrorSchema;
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
    let data: unknown;
    try {
      root = this.root(schema);
      const problem = compileProblem(root);
      if (problem) {
        return { found: [], validationError: problem };
      }
      data = copy(formData);
      units = formData === undefined ? absent(root.schema, '#', root.lookup).errors
        : validate(data, root.schema, DRAFT, root.lookup, false).errors;
    } catch (e) {
      // the first line says what (cfworker lists every known schema after it)
      return { found: [], validationError: new Error(String(e instanceof Error ? e.message : e).split('\n')[0]) };
    }
    const errors: AjvError[] = [];
    new Emitter(root, data, errors).frame(parse(units, '#', root));
    return { found: dedupe(errors.map((e) => rjsfError(e, schema, uiSchema))) };
  }
}

/** Reads cfworker's flat list of units (each keyword's unit before what its subschemas found) as frames. */
function parse(units: OutputUnit[], loc: string, root: Prepared): Frame {
  const at = { pos: 0 };
  const next = () => units[at.pos] as OutputUnit | undefined;
  const frame = (loc: string): Frame => {
    const first = next();
    if (first?.keyword === 'false') {
      at.pos++;
      return { loc, entries: [], falseUnit: first };
    }
    const entries: Entry[] = [];
    for (let u = next(); u && u.keyword !== 'false' && u.keywordLocation.startsWith(loc + '/'); u = next()) {
      at.pos++;
      if (u.keywordLocation.includes('/', loc.length + 1)) {
        // not a keyword of this schema: an item's error against "contains", which cfworker keeps when too few items
        // match (with what follows a false subschema of it); Ajv's are found again, see Emitter.contains
        while (next()?.keyword === 'false') {
          at.pos++;
        }
        continue;
      }
      entries.push({ unit: u, frames: children(u, loc) });
    }
    return { loc, entries };
  };
  const children = (unit: OutputUnit, loc: string): Frame[] => {
    const { keyword, keywordLocation: kl, error } = unit;
    if (ONE_SUBSCHEMA.has(keyword)) {
      return [frame(kl)];
    }
    if (NAMED_SUBSCHEMA.has(keyword) || (keyword === 'dependencies' && error.endsWith('does not match dependant schema.'))) {
      const u = next();
      if (u === undefined) {
        return [];
      }
      if (u.keyword !== 'false') {
        return [frame(kl + '/' + u.keywordLocation.slice(kl.length + 1).split('/')[0])];
      }
      // a false subschema's unit says not where it is: its name comes from the value's location or the message
      const name = segments(u.instanceLocation).pop() ?? '';
      const key = keyword === 'patternProperties'
        ? error.slice(`Property "${name}" matches pattern "`.length, -'" but does not match associated schema.'.length)
        : keyword === 'dependentSchemas' || keyword === 'dependencies'
          ? error.slice('Instance has "'.length, -'" but does not match dependant schema.'.length) : name;
      return [frame(kl + '/' + encodePointer(key))];
    }
    if (keyword === 'if') {
      return [frame(loc + (error.includes('"then"') ? '/then' : '/else'))];
    }
    if (keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') {
      // each failing option's units in turn; a false option gives one unit that does not say which option it is
      const options = at_(root, segments(kl));
      const falseOptions = Array.isArray(options) ? options.flatMap((o, i) => (o === false ? [i] : [])) : [];
      const out: Frame[] = [];
      let last = -1;
      for (let u = next(); u; u = next()) {
        let i: number;
        if (u.keyword === 'false') {
          const f = falseOptions.find((j) => j > last);
          if (f === undefined) {
            break;
          }
          i = f;
        } else if (u.keywordLocation.startsWith(kl + '/')) {
          i = Number(u.keywordLocation.slice(kl.length + 1).split('/')[0]);
        } else {
          break;
        }
        out.push(frame(`${kl}/${i}`));
        last = i;
      }
      return out;
    }
    return [];
  };
  return frame(loc);
}

/** Turns frames into Ajv's errors, in Ajv's order. */
class Emitter {
  constructor(private root: Prepared, private data: unknown, private out: AjvError[]) {}

  frame(f: Frame, over?: string[]): void {
    if (f.falseUnit) {
      this.push('false schema', f.falseUnit, f.loc, false, {}, 'boolean schema is false', over, '/false schema');
      return;
    }
    const schema = at_(this.root, segments(f.loc)) as Schema;
    const ranked = f.entries.map((e, i) => ({ e, i, r: rank(e.unit.keyword, schema) }));
    ranked.sort((a, b) => a.r - b.r || a.i - b.i);
    const once = new Set<string>();
    for (const { e: { unit, frames } } of ranked) {
      const kw = unit.keyword;
      const value = schema[kw];
      const sub = (o?: string[]) => frames.forEach((c) => this.frame(c, o));
      if ((kw === 'additionalProperties' || kw === 'unevaluatedProperties') && value === false) {
        const name = between(unit.error, 'Property "', kw === 'additionalProperties'
          ? '" does not match additional properties schema.' : '" does not match unevaluated properties schema.') ?? '';
        if (kw === 'unevaluatedProperties' && named(schema, name, this.root)) {
          continue; // cfworker counts a property evaluated only when its value is valid (and that has its errors)
        }
        this.push(kw, unit, f.loc, schema, { [kw === 'additionalProperties' ? 'additionalProperty' : 'unevaluatedProperty']: name },
          `must NOT have ${kw === 'additionalProperties' ? 'additional' : 'unevaluated'} properties`, over);
      } else if ((kw === 'items' && value === false && schema.prefixItems) || (kw === 'unevaluatedItems' && value === false)) {
        // Ajv: one error for the array, however many items too many
        if (!once.has(kw)) {
          once.add(kw);
          const limit = kw === 'items' ? (schema.prefixItems as unknown[]).length
            : Number(segments(frames[0]?.falseUnit?.instanceLocation ?? unit.instanceLocation).pop());
          this.push(kw, unit, f.loc, schema, { limit }, `must NOT have more than ${limit} items`, over);
        }
      } else if (kw === 'oneOf') {
        // once a second option matches, Ajv tries no further one
        const second = passingOptions(value as unknown[], frames)[1];
        frames.filter((c) => second === undefined || optionIndex(c) < second).forEach((c) => this.frame(c, over));
        this.leaf(unit, f, schema, over);
      } else if (kw === 'anyOf' || kw === 'if' || kw === 'propertyNames') {
        // the errors of a property name are about the object
        sub(kw === 'propertyNames' ? over ?? segments(unit.instanceLocation) : over);
        this.leaf(unit, f, schema, over);
      } else if (kw === 'contains' || kw === 'minContains' || kw === 'maxContains') {
        this.contains(unit, f, schema, over);
      } else if (frames.length > 0) {
        sub(over); // $ref, properties, items, allOf...: only what the subschemas found
      } else {
        this.leaf(unit, f, schema, over);
      }
    }
  }

  /** Ajv keeps the errors of the items that do not match "contains" (cfworker drops them): they are found again. */
  private contains(unit: OutputUnit, f: Frame, schema: Schema, over?: string[]): void {
    const min = schema.minContains ?? 1;
    const max = schema.maxContains;
    const items = valueAt(this.data, segments(unit.instanceLocation));
    let count = 0;
    if (Array.isArray(items)) {
      for (let j = 0; j < items.length; j++) {
        const r = validate(items[j], schema.contains as Schema, DRAFT, this.root.lookup, false, null,
          `${unit.instanceLocation}/${j}`, `${f.loc}/contains`);
        if (!r.valid) {
          this.frame(parse(r.errors, `${f.loc}/contains`, this.root), over);
        } else if (max === undefined ? ++count >= min : ++count > max) {
          break;
        }
      }
    }
    this.push('contains', unit, f.loc, schema, max === undefined ? { minContains: min } : { minContains: min, maxContains: max },
      `must contain at least ${min}${max === undefined ? '' : ` and no more than ${max}`} valid item(s)`, over, '/contains');
  }

  private leaf(unit: OutputUnit, f: Frame, schema: Schema, over?: string[]): void {
    const kw = unit.keyword;
    const value = schema[kw];
    let params: Params = {};
    let text: string;
    if (LIMITS[kw]) {
      params = { comparison: LIMITS[kw], limit: value };
      text = `must be ${LIMITS[kw]} ${value}`;
    } else if (COUNTS[kw]) {
      params = { limit: value };
      text = `must NOT have ${COUNTS[kw][0]} than ${value} ${COUNTS[kw][1]}`;
    } else {
      switch (kw) {
        case 'type': {
          const types = ([] as string[]).concat(value as string | string[]).join(',');
          params = { type: types };
          text = `must be ${types}`;
          break;
        }
        case 'required': {
          const missing = between(unit.error, 'Instance does not have required property "', '".') ?? '';
          params = { missingProperty: missing };
          text = `must have required property '${missing}'`;
          break;
        }
        case 'dependentRequired':
        case 'dependencies': {
          const all = (kw === 'dependentRequired' ? schema.dependentRequired : schema.dependencies) as Record<string, string[]>;
          const property = Object.keys(all).find((k) => unit.error.startsWith(`Instance has "${k}" but does not have "`)) ?? '';
          const deps = all[property] ?? [];
          const missing = unit.error.slice(`Instance has "${property}" but does not have "`.length, -'".'.length);
          params = { property, missingProperty: missing, depsCount: deps.length, deps: deps.join(', ') };
          text = `must have ${deps.length === 1 ? 'property' : 'properties'} ${deps.join(', ')} when property ${property} is present`;
          this.push(kw === 'dependencies' ? kw : 'dependentRequired', unit, f.loc, schema, params, text, over,
            '/' + (kw === 'dependencies' ? kw : 'dependentRequired'));
          return;
        }
        case 'enum': params = { allowedValues: value }; text = 'must be equal to one of the allowed values'; break;
        case 'const': params = { allowedValue: value }; text = 'must be equal to constant'; break;
        case 'pattern': params = { pattern: value }; text = `must match pattern "${value}"`; break;
        case 'format': params = { format: value }; text = `must match format "${value}"`; break;
        case 'multipleOf': params = { multipleOf: value }; text = `must be multiple of ${value}`; break;
        case 'oneOf': {
          const passing = passingOptions(value as unknown[], f.entries.find((e) => e.unit === unit)?.frames ?? []);
          params = { passingSchemas: passing.length === 2 ? passing : null };
          text = 'must match exactly one schema in oneOf';
          break;
        }
        case 'anyOf': text = 'must match a schema in anyOf'; break;
        case 'not': text = 'must NOT be valid'; break;
        case 'if': {
          const failing = unit.error.includes('"else"') ? 'else' : 'then';
          params = { failingKeyword: failing };
          text = `must match "${failing}" schema`;
          break;
        }
        case 'propertyNames':
          params = { propertyName: between(unit.error, 'Property name "', '" does not match schema.') };
          text = 'property name must be valid';
          break;
        case 'uniqueItems': {
          const pair = duplicates(valueAt(this.data, segments(unit.instanceLocation)) as unknown[], schema);
          if (pair === undefined) {
            return; // Ajv skips items of a wrong type (they have their own errors)
          }
          params = { i: pair[0], j: pair[1] };
          text = `must NOT have duplicate items (items ## ${pair[1]} and ${pair[0]} are identical)`;
          break;
        }
        default: text = unit.error;
      }
    }
    this.push(kw, unit, f.loc, schema, params, text, over);
  }

  private push(keyword: string, unit: OutputUnit, loc: string, parentSchema: unknown, params: Params, message: string,
    over?: string[], tail = '/' + keyword): void {
    this.out.push({
      keyword, path: over ?? segments(unit.instanceLocation), schemaPath: ajvSchemaPath(this.root, loc) + tail, params, message,
      parentSchema,
    });
  }
}

function optionIndex(f: Frame): number {
  return Number(f.loc.slice(f.loc.lastIndexOf('/') + 1));
}

/** The first two options that matched: those without units. */
function passingOptions(options: unknown[], failing: Frame[]): number[] {
  const failed = new Set(failing.map(optionIndex));
  return options.flatMap((_, i) => (failed.has(i) ? [] : [i])).slice(0, 2);
}

/** Whether Ajv counts a property evaluated whatever its value: named by properties or patternProperties, also through allOf and $ref. */
function named(schema: unknown, name: string, root: Prepared, seen = new Set<unknown>()): boolean {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) {
    return false;
  }
  seen.add(schema);
  const s = schema as Schema;
  return (s.properties !== undefined && Object.hasOwn(s.properties, name))
    || Object.keys(s.patternProperties ?? {}).some((p) => new RegExp(p, 'u').test(name))
    || (s.allOf ?? []).some((o) => named(o, name, root, seen))
    || (typeof s.$ref === 'string' && named(root.lookup[s.__absolute_ref__ ?? s.$ref], name, root, seen));
}

/** Where Ajv puts a keyword's errors among the schema's: see KEYWORD_ORDER. */
function rank(keyword: string, schema: Schema): number {
  if (keyword === 'type') {
    // Ajv checks the type first, unless the schema has keywords for its one type (then it says so where they would be)
    const types = ([] as string[]).concat(schema.type ?? []);
    const group = types.length === 1 ? KEYWORD_ORDER[types[0] as (typeof TYPED)[number]] : undefined;
    return group && group.some((k) => schema[k] !== undefined) ? RANK.get(group[0])! - 0.5 : -1;
  }
  return RANK.get(keyword === 'dependantRequired' ? 'dependentRequired' : keyword) ?? RANK.size;
}

/**
 * The pair of equal items Ajv names: with items of primitive types it scans from the end and skips items of another
 * type, otherwise it compares each item with those before it, from the end.
 */
function duplicates(items: unknown[], schema: Schema): [number, number] | undefined {
  const itemsSchema = schema.items && typeof schema.items === 'object' ? schema.items as Schema : undefined;
  const types = ([] as string[]).concat(itemsSchema?.type ?? []);
  if (itemsSchema?.nullable === true && !types.includes('null')) {
    types.push('null');
  }
  if (types.length > 0 && !types.some((t) => t === 'object' || t === 'array')) {
    const seen = new Map<unknown, number>();
    for (let i = items.length - 1; i >= 0; i--) {
      let item = items[i];
      if (!types.some((t) => isType(item, t))) {
        continue;
      }
      if (types.length > 1 && typeof item === 'string') {
        item += '_';
      }
      const key = String(item);
      if (seen.has(key)) {
        return [i, seen.get(key)!];
      }
      seen.set(key, i);
    }
    return undefined;
  }
  for (let i = items.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) {
      if (equal(items[i], items[j])) {
        return [i, j];
      }
    }
  }
  return undefined;
}

function isType(v: unknown, t: string): boolean {
  switch (t) {
    case 'integer': return typeof v === 'number' && !(v % 1) && !Number.isNaN(v);
    case 'null': return v === null;
    default: return typeof v === t;
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return a !== a && b !== b; // NaN
  }
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k)
    && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Ajv's path to a keyword: through a $ref to a schema without references of its own, it goes on from the $ref's text
 * (Ajv inlines that schema); through any other, from "#" (Ajv compiles that schema as a function of its own).
 */
function ajvSchemaPath(root: Prepared, loc: string): string {
  let node: unknown = root.schema;
  let path = '#';
  for (const step of segments(loc)) {
    const here = node as Schema | undefined;
    if (step === '$ref' && typeof here?.$ref === 'string') {
      node = root.lookup[here.__absolute_ref__ ?? here.$ref];
      path = hasRef(node) ? '#' : here.$ref;
    } else {
      path += '/' + encodeURIComponent(escapePointer(step));
      node = (here as Record<string, unknown> | undefined)?.[step];
    }
  }
  return path;
}

function hasRef(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') {
    return false;
  }
  return Object.entries(schema).some(([k, v]) => ['$ref', '$recursiveRef', '$recursiveAnchor', '$dynamicRef', '$dynamicAnchor'].includes(k)
    || (Array.isArray(v) ? v.some(hasRef) : hasRef(v)));
}

/** An Ajv error as RJSF shows it: what @rjsf/validator-ajv8's transformRJSFValidationErrors makes of it. */
function rjsfError(e: AjvError, rootSchema: RJSFSchema, uiSchema?: UiSchema): Found {
  const { keyword, params, schemaPath, parentSchema, path } = e;
  let { message } = e;
  let property = path.map((s) => '.' + escapePointer(s)).join('');
  let stack = `${property} ${message}`.trim();
  let uiTitle = '';
  const names = [...((params.deps as string | undefined)?.split(', ') ?? []), params.missingProperty, params.property]
    .filter((n): n is string => typeof n === 'string' && n.length > 0);
  const ui = (p: string[]): string | undefined => getUiOptions(getByPath<UiSchema | undefined>(uiSchema, p)).title;
  if (names.length > 0) {
    for (const name of names) {
      // looked up by the path's segments, where Ajv splits the dotted property
      let title = ui([...path, name])
        ?? ui(schemaPath.replace(/\/properties\//g, '/').split('/').slice(1, -1).concat([name]))
        ?? getByPath<string | undefined>(uiSchema, [...path, name, 'title']);
      if (!title) {
        title = getByPath<string | undefined>(parentSchema, ['properties', name, 'title'])
          || getByPath<string | undefined>(rootSchema, [...path.flatMap((p) => ['properties', p]), 'properties', name, 'title']);
      }
      if (title) {
        message = message.replace(`'${name}'`, `'${title}'`);
        uiTitle = title;
      }
    }
    stack = message;
  } else {
    const title = ui(path) || (parentSchema as Schema | false | undefined || undefined)?.title;
    if (title) {
      stack = `'${title}' ${message}`.trim();
      uiTitle = title;
    }
  }
  let fieldPath = path;
  if ('missingProperty' in params) {
    const missing = params.missingProperty as string;
    property = property ? `${property}.${missing}` : missing;
    fieldPath = [...path, missing];
  }
  return { error: { name: keyword, property, message, params, stack, schemaPath, title: uiTitle }, path: fieldPath };
}

/** Drops an anyOf/oneOf option's error when another option already said the same (@rjsf/validator-ajv8's filter). */
function dedupe(list: Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of list) {
    const { message, schemaPath = '' } = f.error;
    const anyOf = schemaPath.indexOf('/anyOf/');
    const oneOf = schemaPath.indexOf('/oneOf/');
    const prefix = anyOf > 0 ? schemaPath.slice(0, anyOf) : oneOf > 0 ? schemaPath.slice(0, oneOf) : undefined;
    if (!prefix || !kept.some((k) => k.error.message === message && k.error.schemaPath?.startsWith(prefix))) {
      kept.push(f);
    }
  }
  return kept;
}

/**
 * What Ajv refuses to compile, as it says it: a reference to nothing, a pattern that is no regular expression. Ajv
 * compiles what the schema applies, following references, and not the $defs nobody refers to.
 */
function compileProblem(p: Prepared): Error | null {
  if (p.problem !== undefined) {
    return p.problem;
  }
  const seen = new Set<unknown>();
  const walk = (s: unknown): void => {
    if (s === null || typeof s !== 'object' || seen.has(s)) {
      return;
    }
    seen.add(s);
    if (Array.isArray(s)) {
      s.forEach(walk);
      return;
    }
    const schema = s as Schema;
    if (typeof schema.$ref === 'string') {
      const target = p.lookup[schema.__absolute_ref__ ?? schema.$ref];
      if (target === undefined) {
        throw new Error(`can't resolve reference ${schema.$ref} from id #`);
      }
      walk(target);
    }
    if (typeof schema.pattern === 'string') {
      new RegExp(schema.pattern, 'u');
    }
    for (const k of ['properties', 'patternProperties', 'dependentSchemas', 'dependencies']) {
      for (const [name, v] of Object.entries((schema[k] ?? {}) as Record<string, unknown>)) {
        if (k === 'patternProperties') {
          new RegExp(name, 'u');
        }
        walk(v);
      }
    }
    for (const k of ['additionalProperties', 'unevaluatedProperties', 'propertyNames', 'items', 'prefixItems', 'contains',
      'unevaluatedItems', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else']) {
      walk(schema[k]);
    }
  };
  try {
    walk(p.schema);
    p.problem = null;
  } catch (e) {
    p.problem = e instanceof Error ? e : new Error(String(e));
  }
  return p.problem;
}

/**
 * cfworker's units for an absent value (undefined, which it cannot take): as Ajv, only what says what a value must be
 * fails it, directly or through $ref, not, anyOf, allOf, oneOf and if.
 */
function absent(schema: Schema | boolean, loc: string, lookup: Lookup, seen = new Set<unknown>()): { valid: boolean; errors: OutputUnit[] } {
  const unit = (keyword: string, error = '', at = `${loc}/${keyword}`): OutputUnit =>
    ({ keyword, keywordLocation: at, instanceLocation: '#', error });
  if (schema === true) {
    return { valid: true, errors: [] };
  }
  if (schema === false) {
    return { valid: false, errors: [unit('false', 'False boolean schema.', '#')] };
  }
  const errors: OutputUnit[] = [];
  const sub = (s: unknown, at: string) => absent(s as Schema | boolean, at, lookup, seen);
  if (typeof schema.$ref === 'string') {
    const target = lookup[schema.__absolute_ref__ ?? schema.$ref];
    if (target === undefined) {
      throw new Error(`can't resolve reference ${schema.$ref} from id #`);
    }
    if (!seen.has(target)) {
      seen.add(target);
      const r = sub(target, `${loc}/$ref`);
      seen.delete(target);
      if (!r.valid) {
        errors.push(unit('$ref'), ...r.errors);
      }
    }
  }
  for (const k of ['type', 'const', 'enum']) {
    if (schema[k] !== undefined) {
      errors.push(unit(k));
    }
  }
  if (schema.not !== undefined && sub(schema.not, `${loc}/not`).valid) {
    errors.push(unit('not'));
  }
  for (const k of ['anyOf', 'allOf', 'oneOf'] as const) {
    const options = schema[k];
    if (Array.isArray(options)) {
      const results = options.map((o, i) => sub(o, `${loc}/${k}/${i}`));
      const matches = results.filter((r) => r.valid).length;
      if (k === 'anyOf' ? matches === 0 : k === 'allOf' ? matches < results.length : matches !== 1) {
        errors.push(unit(k, k === 'oneOf' ? `Instance does not match exactly one subschema (${matches} matches).` : ''),
          ...results.flatMap((r) => r.errors));
      }
    }
  }
  if (schema.if !== undefined) {
    const branch = sub(schema.if, `${loc}/if`).valid ? 'then' : 'else';
    if (schema[branch] !== undefined) {
      const r = sub(schema[branch], `${loc}/${branch}`);
      if (!r.valid) {
        errors.push(unit('if', `Instance does not match "${branch}" schema.`), ...r.errors);
      }
    }
  }
  return { valid: errors.length === 0, errors };
}

/** The schema value at a keyword location, following $ref as the location does. */
function at_(root: Prepared, path: string[]): unknown {
  let node: unknown = root.schema;
  for (const step of path) {
    const here = node as Schema | undefined;
    node = step === '$ref' && typeof here?.$ref === 'string'
      ? root.lookup[here.__absolute_ref__ ?? here.$ref] : (here as Record<string, unknown> | undefined)?.[step];
  }
  return node;
}

function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, step) => (v as Record<string, unknown> | undefined)?.[step], data);
}

/** "#/a~1b/0" as its decoded segments ["a/b", "0"]. */
function segments(location: string): string[] {
  return location.split('/').slice(1).map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** As cfworker writes a name into a location. */
function encodePointer(s: string): string {
  return encodeURI(escapePointer(s)).replace(/#/g, '%23');
}

function between(text: string, start: string, end: string): string | undefined {
  return !text.startsWith(start) || !text.endsWith(end) ? undefined : text.slice(start.length, text.length - end.length);
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
