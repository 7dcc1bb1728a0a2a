import Form from '@rjsf/core';
import type { RJSFSchema, RJSFValidationError, UiSchema, ValidationData } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test } from 'vitest';
import { FORMAT_PATTERNS, stringFormats } from '../../main/web/ui/formats';
import { InterpretingValidator, KEYWORD_ORDER } from '../../main/web/ui/validator';
import camera from '../../../../updl/src/main/resources/UNIVERSO-INF/schemas/updl/nodes/Camera.schema.json';
import light from '../../../../updl/src/main/resources/UNIVERSO-INF/schemas/updl/nodes/Light.schema.json';
import object3d from '../../../../updl/src/main/resources/UNIVERSO-INF/schemas/updl/nodes/Object.schema.json';
import arjs from '../../../../../template-plugins/arjs-core/src/main/resources/UNIVERSO-INF/schemas/template/arjs-core/settings.schema.json';

/*
 * The forms' validator against Ajv, which it replaced: Ajv (as @rjsf/validator-ajv8 set it up for the editor) is the
 * oracle for what a form shows, so for each schema and value both must give the same errors (name, property, message,
 * stack, title), the same error tree and the same isValid answers, and the validator must never reach eval or Function.
 * Where they differ, a test below says how and why: names with dots or slashes in the error tree, multipleOf on sums
 * of floats, formats of numbers, schemas that break the meta-schema.
 */

const oracle = customizeValidator({ AjvClass: Ajv2020 });
const validator = new InterpretingValidator();

/** Runs {@code run} with eval and Function replaced by stubs that throw, as a CSP without 'unsafe-eval' would. */
function withoutEval<T>(run: () => T): T {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { Function: g.Function, eval: g.eval };
  const refuse = (what: string) => function refused() {
    throw new EvalError(`${what} is refused (no 'unsafe-eval')`);
  };
  g.Function = refuse('Function');
  g.eval = refuse('eval');
  try {
    return run();
  } finally {
    g.Function = saved.Function;
    g.eval = saved.eval;
  }
}

/** As SchemaForm hands a schema to the form: without $schema and $id. */
function formSchema(s: object): RJSFSchema {
  const { $schema: _s, $id: _i, ...rest } = s as Record<string, unknown>;
  return rest as RJSFSchema;
}

const fields = (errors: RJSFValidationError[]) =>
  errors.map(({ name, property, message, stack, title }) => ({ name, property, message, stack, title }));

function both(schema: RJSFSchema, data: unknown, uiSchema?: UiSchema): { ajv: ValidationData<unknown>; mine: ValidationData<unknown> } {
  const ajv = oracle.validateFormData(data, schema, undefined, undefined, uiSchema);
  const mine = withoutEval(() => validator.validateFormData(data, schema, undefined, undefined, uiSchema));
  return { ajv, mine };
}

function expectSame(schema: RJSFSchema, data: unknown, uiSchema?: UiSchema) {
  const { ajv, mine } = both(schema, data, uiSchema);
  expect(fields(mine.errors)).toEqual(fields(ajv.errors));
  expect(mine.errorSchema).toEqual(ajv.errorSchema);
  return ajv;
}

/** The subschemas RJSF asks isValid about: options of oneOf/anyOf, if conditions, properties (discriminators). */
function subschemas(s: unknown, out: RJSFSchema[] = []): RJSFSchema[] {
  if (s === null || typeof s !== 'object') {
    return out;
  }
  const o = s as Record<string, unknown>;
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    (o[k] as unknown[] | undefined)?.forEach((x) => { if (typeof x === 'object') out.push(x as RJSFSchema); subschemas(x, out); });
  }
  for (const k of ['if', 'then', 'else', 'items', 'not']) {
    if (o[k] !== undefined && typeof o[k] === 'object') {
      out.push(o[k] as RJSFSchema);
      subschemas(o[k], out);
    }
  }
  for (const k of ['properties', '$defs']) {
    Object.values((o[k] ?? {}) as Record<string, unknown>).forEach((x) => {
      if (typeof x === 'object') out.push(x as RJSFSchema);
      subschemas(x, out);
    });
  }
  return out;
}

interface Case { name: string; schema: RJSFSchema; uiSchema?: UiSchema; valid: unknown[]; invalid: unknown[] }

const profile: RJSFSchema = {
  title: 'Profile',
  type: 'object',
  required: ['name', 'age', 'code'],
  properties: {
    name: { type: 'string', title: 'Name', minLength: 2, maxLength: 5 },
    nick: { type: 'string', minLength: 2, maxLength: 3 },
    age: { type: 'integer', title: 'Age', minimum: 0, maximum: 150 },
    score: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 },
    ratio: { type: 'number', minimum: -1e8, maximum: 1e15 },
    code: { type: 'string', pattern: '^[A-Z]{3}$' },
    kind: { type: 'string', title: 'Kind', enum: ['a', 'b'] },
    version: { const: 2 },
    flag: { type: ['boolean', 'null'] },
    address: {
      type: 'object',
      title: 'Address',
      required: ['street'],
      properties: {
        street: { type: 'string', title: 'Street', minLength: 1 },
        zip: { type: 'string', pattern: '^\\d{5}$' },
        city: { type: 'string' },
      },
    },
  },
};

const cases: Case[] = [
  {
    name: 'a profile: required, bounds, lengths in code points, pattern, enum, const, nested object',
    schema: profile,
    valid: [
      { name: 'Ann', age: 30, code: 'ABC' },
      { name: '😀😀😀😀😀', age: 0, code: 'XYZ', score: 9.5, ratio: 1e15, kind: 'b', version: 2, flag: null },
      { name: 'Al', age: 150, code: 'QQQ', address: { street: 'Main', zip: '12345' }, nick: '😀😀😀' },
    ],
    invalid: [
      {},
      { name: 'A', age: -1, code: 'abc' },
      { name: '😀😀😀😀😀😀', age: 151, code: 'ABCD', nick: '😀' },
      { name: 'Bob', age: 1.5, code: 'ABC', score: 10, kind: 'c', version: 3, flag: 'x' },
      { name: 'Bob', age: '7', code: 'ABC', score: 0, ratio: -1e9 },
      { name: 'Bob', age: 7, code: 'ABC', score: 0.3 },
      { name: 'Bob', age: 7, code: 'ABC', address: {} },
      { name: 'Bob', age: 7, code: 'ABC', address: { street: '', zip: '1234', city: 5 } },
      { name: 5, age: null, code: 'ABC', address: 'home' },
      'not an object',
      [],
      null,
      undefined,
    ],
  },
  {
    name: 'the same profile with ui:title',
    schema: profile,
    uiSchema: {
      name: { 'ui:title': 'Your name' },
      code: { 'ui:title': 'Code' },
      address: { 'ui:title': 'Where', street: { 'ui:title': 'Road' }, zip: { 'ui:options': { title: 'Post code' } } },
    },
    valid: [{ name: 'Ann', age: 30, code: 'ABC' }],
    invalid: [
      {},
      { name: 'A', age: 3, code: 'abc', address: { zip: '1' } },
      { name: 'Bob', age: 3, code: 'ABC', address: { street: 7, zip: 1 } },
    ],
  },
  {
    name: 'arrays: items, minItems, maxItems, uniqueItems, objects in arrays',
    schema: {
      type: 'object',
      properties: {
        tags: { type: 'array', title: 'Tags', items: { type: 'string', minLength: 1 }, minItems: 1, maxItems: 3, uniqueItems: true },
        points: {
          type: 'array',
          items: { type: 'object', required: ['x'], properties: { x: { type: 'number', title: 'X' }, y: { type: 'number' } } },
        },
        pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } as RJSFSchema,
        objects: { type: 'array', items: { type: 'object' }, uniqueItems: true },
      },
    },
    valid: [
      {},
      { tags: ['a', 'b'], points: [{ x: 1 }, { x: 2, y: 3 }], pair: ['a', 1], objects: [{ a: 1 }, { a: 2 }] },
      { pair: ['a'] },
    ],
    invalid: [
      { tags: [] },
      { tags: ['a', 'b', 'c', 'd'] },
      { tags: ['a', '', 'a', 'b'] },
      { tags: ['x', 'y', 'x', 'y'] },
      { tags: 'a' },
      { points: [{ y: 1 }, { x: 'no' }, 3] },
      { pair: [1, 'a', 'extra'] },
      { objects: [{ a: 1 }, { a: 1 }] },
    ],
  },
  {
    name: '$defs and $ref, also chained',
    schema: {
      type: 'object',
      $defs: {
        vec: {
          type: 'object', title: 'Vector', required: ['x', 'y'],
          properties: { x: { $ref: '#/$defs/coord' }, y: { $ref: '#/$defs/coord' } }, additionalProperties: false,
        },
        coord: { type: 'number', minimum: -10, maximum: 10 },
        name: { type: 'string', maxLength: 4, title: 'Short name' },
      },
      required: ['position'],
      properties: {
        position: { $ref: '#/$defs/vec' },
        target: { $ref: '#/$defs/vec', title: 'Target' },
        label: { $ref: '#/$defs/name' },
        path: { type: 'array', items: { $ref: '#/$defs/vec' } },
      },
    },
    valid: [{ position: { x: 0, y: 10 } }, { position: { x: 1, y: 2 }, target: { x: -10, y: 0 }, label: 'abcd', path: [] }],
    invalid: [
      {},
      { position: {} },
      { position: { x: 11, y: 'a', z: 1 } },
      { position: { x: 1, y: 1 }, target: { x: 20 }, label: 'abcde', path: [{ x: 1, y: 1 }, { x: 99 }] },
    ],
  },
  {
    name: 'additionalProperties false, nested',
    schema: {
      type: 'object',
      title: 'Closed',
      properties: {
        a: { type: 'string' },
        inner: { type: 'object', title: 'Inner', properties: { b: { type: 'number' } }, additionalProperties: false },
        open: { type: 'object', additionalProperties: { type: 'integer' } },
      },
      additionalProperties: false,
    },
    valid: [{}, { a: 'x', inner: { b: 1 }, open: { any: 1, other: 2 } }],
    invalid: [{ c: 1 }, { c: 1, d: 2 }, { inner: { b: 'x', c: 1 } }, { open: { x: 1.5, y: 'y' } }, { a: 1, 'odd.name': 1 }],
  },
  {
    name: 'oneOf and anyOf',
    schema: {
      type: 'object',
      properties: {
        shape: {
          title: 'Shape',
          oneOf: [
            { type: 'object', title: 'Circle', properties: { kind: { const: 'circle' }, radius: { type: 'number', minimum: 0 } }, required: ['kind', 'radius'] },
            { type: 'object', title: 'Square', properties: { kind: { const: 'square' }, side: { type: 'number', minimum: 0 } }, required: ['kind', 'side'] },
          ],
        },
        id: { anyOf: [{ type: 'string', minLength: 3 }, { type: 'integer', minimum: 1 }] },
        either: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
        mixed: { anyOf: [{ type: 'string' }, { type: 'null' }], title: 'Mixed' },
      },
    },
    valid: [{}, { shape: { kind: 'circle', radius: 1 } }, { shape: { kind: 'square', side: 2 }, id: 'abc', either: 1.5, mixed: null }, { id: 5 }],
    invalid: [
      { shape: { kind: 'circle' } },
      { shape: { kind: 'triangle', radius: -1 } },
      { shape: 'round' },
      { id: 'ab' },
      { id: 0 },
      { id: true },
      { either: 1 },
      { either: 'x' },
      { mixed: 3 },
    ],
  },
  {
    name: 'if/then/else',
    schema: {
      type: 'object',
      properties: {
        mode: { enum: ['single', 'multi'], title: 'Mode' },
        server: { type: 'string', title: 'Server' },
        port: { type: 'integer' },
      },
      if: { properties: { mode: { const: 'multi' } }, required: ['mode'] },
      then: { required: ['server'], properties: { port: { minimum: 1024 } } },
      else: { properties: { server: { maxLength: 0 } } },
    },
    valid: [{}, { mode: 'single' }, { mode: 'multi', server: 'x' }, { mode: 'multi', server: 'x', port: 8080 }],
    invalid: [{ mode: 'multi' }, { mode: 'multi', port: 80 }, { mode: 'single', server: 'x' }, { server: 'y' }, { mode: 'other' }],
  },
  {
    name: 'formats: color, data-url and the standard ones',
    schema: {
      type: 'object',
      properties: {
        color: { type: 'string', format: 'color', title: 'Colour' },
        file: { type: 'string', format: 'data-url' },
        email: { type: 'string', format: 'email' },
        when: { type: 'string', format: 'date-time' },
        day: { type: 'string', format: 'date' },
        id: { type: 'string', format: 'uuid' },
        site: { type: 'string', format: 'uri' },
        unknown: { type: 'string', format: 'no-such-format' },
      },
    },
    valid: [
      {},
      {
        color: '#ff0000', file: 'data:text/plain;name=a.txt;base64,SGk=', email: 'a@b.org', when: '2024-01-02T03:04:05Z',
        day: '2024-02-29', id: '123e4567-e89b-12d3-a456-426614174000', site: 'https://example.com/x?y=1', unknown: 'anything',
      },
      { color: 'rgb(1, 2, 3)' },
      { color: 'teal' },
    ],
    invalid: [
      { color: 'nope' },
      { color: '#12' },
      { file: 'hello' },
      { email: 'no at sign' },
      { when: 'yesterday' },
      { day: '2024-13-01' },
      { id: 'xyz' },
      { site: 'not a uri' },
    ],
  },
  {
    name: 'not, allOf, dependentRequired, propertyNames, minProperties',
    schema: {
      type: 'object',
      title: 'Misc',
      properties: {
        a: { type: 'string', not: { const: 'forbidden' } },
        b: { allOf: [{ type: 'number' }, { minimum: 3 }] },
        card: { type: 'string' },
        cvc: { type: 'string' },
      },
      dependentRequired: { card: ['cvc'] },
      propertyNames: { maxLength: 4 },
      minProperties: 1,
      maxProperties: 3,
    },
    valid: [{ a: 'ok' }, { card: '1', cvc: '2' }],
    invalid: [{}, { a: 'forbidden' }, { b: 2 }, { b: 'x' }, { card: '1' }, { longname: 1 }, { a: 'x', b: 4, card: '1', cvc: '2' }],
  },
  {
    name: 'keyword order: Ajv applies keywords in its own order, not the schema\'s',
    schema: {
      type: 'object',
      properties: {
        s: { maxLength: 2, enum: ['abc', 'x'], type: 'string', minimum: 3 },
        i: { maximum: 2, enum: [1], type: 'integer' },
        n: { type: ['string', 'null'], minLength: 3 },
        o: { properties: { a: false }, additionalProperties: false, propertyNames: { pattern: '^[a-z]+$', maxLength: 3 }, required: ['z'] },
      },
    } as RJSFSchema,
    valid: [{ s: 'x', i: 1, n: null }],
    invalid: [{ s: 5 }, { s: 'abcd' }, { i: 5.5 }, { i: 'x' }, { n: 'ab' }, { n: 1 }, { o: { a: 1, BB: 2, cccc: 3 } }, { o: { z: 1 } }],
  },
  {
    name: 'uniqueItems: the pair Ajv names',
    schema: {
      type: 'object',
      properties: {
        strings: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        mixed: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
        any: { type: 'array', uniqueItems: true },
        refs: { type: 'array', items: { $ref: '#/$defs/s' }, uniqueItems: true },
      },
      $defs: { s: { type: 'string' } },
    } as RJSFSchema,
    valid: [{ strings: ['a', 'b'], mixed: ['1', 1], any: [{ a: 1 }, { a: 2 }, [1], [2]], refs: ['a', 'b'] }],
    invalid: [
      { strings: [1, 1, 'a', 'a'] },
      { strings: [1, 1] },
      { mixed: ['1', 1, 2, 'b', 2] },
      { any: [{ a: 1 }, 2, { a: 1 }, 2] },
      { any: [{ a: 1, b: 2 }, { b: 2, a: 1 }] },
      { refs: ['x', 'y', 'x'] },
    ],
  },
  {
    name: 'contains, minContains, maxContains',
    schema: {
      type: 'object',
      properties: {
        one: { type: 'array', contains: { type: 'string', minLength: 2 } },
        two: { type: 'array', contains: { type: 'string' }, minContains: 2 },
        few: { type: 'array', contains: { type: 'number' }, maxContains: 1 },
      },
    } as RJSFSchema,
    valid: [{ one: [1, 'ab'], two: ['a', 'b', 3], few: ['a', 1] }],
    invalid: [{ one: [] }, { one: [1, 'a'] }, { two: [1, 'a'] }, { two: ['a'] }, { few: [1, 'a', 2, 3] }],
  },
  {
    name: 'dependencies, dependentSchemas, unevaluatedProperties, items false',
    schema: {
      type: 'object',
      properties: { a: {}, c: {}, e: {}, list: { type: 'array', items: false }, more: { type: 'array', prefixItems: [{}], unevaluatedItems: false } },
      dependentSchemas: { a: { required: ['b'] } },
      dependencies: { c: ['d'], e: { required: ['f'] } },
      dependentRequired: { x: ['y', 'z'] },
      allOf: [{ properties: { b: {}, d: {}, f: {} } }],
      unevaluatedProperties: false,
    } as RJSFSchema,
    valid: [{}, { a: 1, b: 2 }, { list: [] }, { more: [1] }],
    invalid: [{ a: 1, c: 1, e: 1 }, { x: 1 }, { x: 1, y: 2 }, { q: 1, r: 2 }, { list: [1, 2] }, { more: [1, 2, 3] }],
  },
  {
    name: 'references Ajv compiles on their own (recursive, or holding references) and options repeated through $ref',
    schema: {
      type: 'object',
      $defs: {
        node: { type: 'object', title: 'Node', properties: { v: { type: 'number' }, next: { $ref: '#/$defs/node' } }, required: ['v'] },
        id: { anyOf: [{ type: 'string', minLength: 2 }, { type: 'integer' }] },
        holder: { type: 'object', properties: { id: { $ref: '#/$defs/id' } } },
      },
      properties: {
        list: { $ref: '#/$defs/node' },
        a: { $ref: '#/$defs/id' },
        b: { $ref: '#/$defs/id' },
        h: { $ref: '#/$defs/holder' },
        k: { $ref: '#/$defs/holder' },
      },
    } as RJSFSchema,
    valid: [{ list: { v: 1, next: { v: 2 } }, a: 'ab', b: 3, h: { id: 1 } }],
    invalid: [
      { list: { v: 'x', next: { next: { v: 'z' } } } },
      // Ajv names both "a" and "b" by their common "#/$defs/id": RJSF's filter keeps b's first errors out, and so does this
      { a: true, b: false },
      { a: 'x', b: 1.5 },
      { h: { id: true }, k: { id: false } },
    ],
  },
  {
    name: 'oneOf matching twice, anyOf with a false option, if without else, not, const and enum of objects',
    schema: {
      type: 'object',
      properties: {
        two: { oneOf: [{ type: 'number' }, { minimum: 0 }, { type: 'string' }] },
        f: { anyOf: [{ type: 'string' }, false, { anyOf: [{ type: 'boolean' }, false] }] },
        c: { const: { a: [1, 2] } },
        e: { enum: [{ a: 1 }, [1], 'x'] },
        n: { not: { type: 'string' }, title: 'Not a string' },
        kind: { type: 'string' },
      },
      if: { properties: { kind: { const: 'big' } }, required: ['kind'] },
      then: { required: ['size'], properties: { size: { title: 'Size' } } },
    } as RJSFSchema,
    valid: [{ two: -1, f: 'x', c: { a: [1, 2] }, e: { a: 1 }, n: 1 }, { kind: 'big', size: 1 }],
    invalid: [{ two: 5 }, { two: 'x' }, { f: 1 }, { c: { a: [2, 1] } }, { e: [2] }, { n: 's' }, { kind: 'big' }],
  },
  {
    name: 'titles: of the parent, of the root, from ui:title and ui:options',
    schema: {
      type: 'object',
      title: 'Root',
      required: ['top'],
      properties: {
        top: { type: 'string', title: 'Top' },
        box: {
          type: 'object',
          required: ['inner'],
          properties: { inner: { type: 'string', title: 'Inner' }, other: { type: 'number', title: '' } },
          allOf: [{ required: ['other'] }],
        },
        list: { type: 'array', items: { type: 'object', title: 'Item', required: ['name'], properties: { name: { title: 'Name' } } } },
      },
      dependentRequired: { top: ['box'] },
    } as RJSFSchema,
    uiSchema: { box: { other: { 'ui:options': { title: 'Other one' } } }, list: { items: { name: { 'ui:title': 'Item name' } } } },
    valid: [{ top: 'x', box: { inner: 'y', other: 1 } }],
    invalid: [{}, { top: 'x' }, { top: 1, box: {} }, { top: 'x', box: { inner: 'y', other: 1 }, list: [{}, 5] }],
  },
  {
    name: 'a root that is no object',
    schema: { type: 'integer', title: 'Count', minimum: 1, multipleOf: 2 },
    valid: [2, 4],
    invalid: [0, 3, 'x', null, undefined],
  },
  {
    name: 'a Camera node (the real schema)',
    schema: formSchema(camera),
    valid: [{}, { cameraName: 'Main', cameraType: 'orthographic', fieldOfView: 90, nearClippingPlane: 0.01 }],
    invalid: [
      { fieldOfView: 0, zoom: 1000, cameraType: 'fisheye', positionX: 1e9 },
      { cameraName: 'x'.repeat(201), extra: true },
      { nearClippingPlane: 0.001, farClippingPlane: '5' },
    ],
  },
  {
    name: 'a Light node (the real schema)',
    schema: formSchema(light),
    valid: [{}, { lightColor: '', groundColor: '#abcd', intensity: 10 }],
    invalid: [{ lightColor: 'red', intensity: 11 }, { lightType: 'laser', castShadow: 'yes' }],
  },
  {
    name: 'an Object node (the real schema)',
    schema: formSchema(object3d),
    valid: [{ scale: 0.001, color: '#00ff00' }],
    invalid: [{ scale: 0 }, { scale: -1, positionX: -2e15, color: '#zzz' }],
  },
  {
    name: 'the AR.js settings (the real schema)',
    schema: formSchema(arjs),
    valid: [{}, { title: 'Quiz', mode: 'wallpaper', wallpaper: '#112233', timerSeconds: 600, showPoints: 'never' }],
    invalid: [{ title: '😀'.repeat(121), mode: 'vr', wallpaper: '#123', timerSeconds: 0.5, showPoints: true }, { timerSeconds: 601 }],
  },
];

describe('the forms validator agrees with Ajv', () => {
  afterEach(() => {
    expect(globalThis.Function).toBe(Object.getPrototypeOf(() => 0).constructor);
  });

  for (const c of cases) {
    describe(c.name, () => {
      test.each(c.valid.map((d) => [JSON.stringify(d), d]))('valid %s', (_, data) => {
        const ajv = expectSame(c.schema, data, c.uiSchema);
        expect(ajv.errors).toEqual([]);
      });
      test.each(c.invalid.map((d) => [JSON.stringify(d), d]))('invalid %s', (_, data) => {
        const ajv = expectSame(c.schema, data, c.uiSchema);
        expect(ajv.errors.length).toBeGreaterThan(0);
      });
      test('isValid agrees on the schema and the subschemas RJSF asks about', () => {
        const parts = [c.schema, ...subschemas(c.schema)];
        for (const data of [...c.valid, ...c.invalid, undefined]) {
          for (const part of parts) {
            const values = [data, ...Object.values(data !== null && typeof data === 'object' ? data : {})];
            for (const v of values) {
              const expected = oracle.isValid(part, v, c.schema);
              const actual = withoutEval(() => validator.isValid(part, v, c.schema));
              expect({ part, v, valid: actual }).toEqual({ part, v, valid: expected });
            }
          }
        }
      });
    });
  }
});

describe('where the forms validator differs from Ajv, on purpose or by its interpreter', () => {
  test('a property name with a dot or a slash: the same errors, but the error tree keeps the name whole', () => {
    const schema: RJSFSchema = { type: 'object', properties: { 'a.b': { type: 'string' }, 'c/d': { type: 'string', title: 'C or D' } } };
    const { ajv, mine } = both(schema, { 'a.b': 1, 'c/d': 2 });
    expect(fields(mine.errors)).toEqual(fields(ajv.errors));
    expect(mine.errors.map((e) => e.property)).toEqual(['.a.b', '.c~1d']);
    // Ajv's error tree splits the dotted property: the error of "a.b" lands on a field "b" under "a", and that of "c/d"
    // on a field "c~1d"; neither is shown at its field. Built from the path's segments, both are where the fields are.
    expect(ajv.errorSchema).toEqual({ a: { b: { __errors: ['must be string'] } }, 'c~1d': { __errors: ['must be string'] } });
    expect(mine.errorSchema).toEqual({ 'a.b': { __errors: ['must be string'] }, 'c/d': { __errors: ['must be string'] } });
  });

  test('multipleOf is exact where Ajv allows a rounding error of 1e-8', () => {
    // cfworker divides decimals exactly; Ajv divides floats and accepts a quotient within 1e-8 of an integer. Values
    // typed into a form (0.3, 1.2) agree; only results of float arithmetic such as 0.1 + 0.2 tell them apart.
    const schema: RJSFSchema = { type: 'number', multipleOf: 0.1 };
    for (const v of [0.3, 1.2, 7]) {
      expectSame(schema, v);
    }
    expect(oracle.isValid(schema, 0.1 + 0.2, schema)).toBe(true);
    expect(withoutEval(() => validator.isValid(schema, 0.1 + 0.2, schema))).toBe(false);
  });

  test('the formats of numbers (int32, int64) are not checked', () => {
    // ajv-formats checks them on numbers; cfworker checks formats on strings only. No editor schema uses them.
    const schema: RJSFSchema = { type: 'number', format: 'int32' };
    expect(oracle.isValid(schema, 2 ** 40, schema)).toBe(false);
    expect(withoutEval(() => validator.isValid(schema, 2 ** 40, schema))).toBe(true);
  });

  test('a schema that Ajv cannot compile: the same validationError for a reference to nothing and an invalid pattern', () => {
    for (const schema of [
      { type: 'object', properties: { a: { $ref: '#/$defs/nope' } } },
      { type: 'object', properties: { a: { type: 'string', pattern: '([' } } },
      { type: 'object', patternProperties: { '([': { type: 'string' } } },
    ] as RJSFSchema[]) {
      const { ajv, mine } = both(schema, { b: 1 });
      expect(mine.errors).toEqual(ajv.errors);
      expect(mine.errorSchema).toEqual(ajv.errorSchema);
      expect(mine.errors).toHaveLength(1);
    }
  });

  test('a schema that breaks the meta-schema is not refused, as Ajv does, but applied as it stands', () => {
    // Ajv checks each schema against the 2020-12 meta-schema first; the interpreter does not (the server checks the
    // schemas it serves). An unknown type then simply matches nothing.
    const schema = { type: 'object', properties: { a: { type: 'strin' } } } as unknown as RJSFSchema;
    const { ajv, mine } = both(schema, { a: 'x' });
    expect(ajv.errors[0].stack).toMatch(/^schema is invalid: data\/properties\/a\/type must be equal to one of the allowed values/);
    expect(fields(mine.errors)).toEqual([{ name: 'type', property: '.a', message: 'must be strin', stack: '.a must be strin', title: '' }]);
  });
});

describe('the rest of the validator interface agrees with Ajv', () => {
  const schema = profile;
  const data = { name: 'A', age: 200, code: 'abc', address: { zip: 'x' } };

  test('transformErrors rewrites the errors, and the error tree follows them', () => {
    const transform = (errors: RJSFValidationError[]) => errors.filter((e) => e.name !== 'pattern')
      .map((e) => ({ ...e, message: `${e.name}!` }));
    const ajv = oracle.validateFormData(data, schema, undefined, transform);
    const mine = withoutEval(() => validator.validateFormData(data, schema, undefined, transform));
    expect(fields(mine.errors)).toEqual(fields(ajv.errors));
    expect(mine.errorSchema).toEqual(ajv.errorSchema);
  });

  test('customValidate adds its errors to the schema errors', () => {
    const custom = (formData: unknown, errors: any) => {
      if ((formData as { age?: number }).age! > 100) {
        errors.age.addError('too old for this form');
      }
      return errors;
    };
    const ajv = oracle.validateFormData(data, schema, custom);
    const mine = withoutEval(() => validator.validateFormData(data, schema, custom));
    expect(fields(mine.errors)).toEqual(fields(ajv.errors));
    expect(mine.errorSchema).toEqual(ajv.errorSchema);
    expect((mine.errorSchema as { age?: { __errors?: string[] } }).age?.__errors).toContain('too old for this form');
  });

  test('rawValidation answers the same errors as Ajv, in RJSF form', () => {
    const raw = withoutEval(() => validator.rawValidation(schema, data));
    expect(raw.validationError).toBeUndefined();
    expect(raw.errors!.map((e) => e.message)).toEqual(oracle.validateFormData(data, schema).errors.map((e) => e.message));
    expect(withoutEval(() => validator.rawValidation(schema, { name: 'Ann', age: 3, code: 'ABC' })).errors).toBeUndefined();
  });

  test('schema paths are Ajv\'s, also through references', () => {
    const s = cases.find((c) => c.name.startsWith('references Ajv compiles'))!.schema;
    const d = { list: { v: 'x', next: {} }, a: true, h: { id: true } };
    const paths = (r: ValidationData<unknown>) => r.errors.map((e) => [e.property, e.schemaPath]);
    expect(paths(withoutEval(() => validator.validateFormData(d, s)))).toEqual(paths(oracle.validateFormData(d, s)));
  });
});

describe('the validator follows Ajv as configured by @rjsf/validator-ajv8', () => {
  const ajv = (oracle as unknown as { ajv: { RULES: { rules: { type?: string; rules: { keyword: string }[] }[] }; formats: Record<string, unknown> } }).ajv;

  test('the keywords are in the order Ajv applies them', () => {
    expect(Object.fromEntries(ajv.RULES.rules.map((g) => [g.type ?? 'any', g.rules.map((r) => r.keyword)]))).toEqual(KEYWORD_ORDER);
  });

  test('the formats are Ajv\'s', () => {
    for (const [name, pattern] of Object.entries(FORMAT_PATTERNS)) {
      expect(String(ajv.formats[name]), name).toBe(String(pattern));
    }
    const checked = Object.entries(ajv.formats)
      .filter(([, f]) => f !== true && !(typeof f === 'object' && (f as { type?: string }).type === 'number'))
      .map(([name]) => name);
    expect(Object.keys(stringFormats).sort()).toEqual(checked.sort());
    const samples: Record<string, string[]> = {
      date: ['2024-02-29', '2023-02-29', '2024-1-1'],
      time: ['10:20:30', '10:20:30Z', '23:59:60+01:00', '24:00:00'],
      'date-time': ['2024-01-02T03:04:05Z', '2024-01-02 03:04:05+01:00', '2024-01-02T03:04:05'],
      uri: ['https://a.b/c?d#e', 'urn:isbn:123', 'no scheme', '/relative'],
      regex: ['^a+$', '(', 'a\\Z'],
      byte: ['SGVsbG8=', 'SGVsbG8', '***'],
    };
    for (const [name, values] of Object.entries(samples)) {
      const ajvCheck = ajv.formats[name] as { validate?: (s: string) => boolean } | ((s: string) => boolean);
      const check = typeof ajvCheck === 'function' ? ajvCheck : ajvCheck.validate!;
      expect(values.map((v) => stringFormats[name](v)), name).toEqual(values.map((v) => check(v)));
    }
  });
});

describe('no eval', () => {
  test('the stubs do stop a validator that compiles (Ajv)', () => {
    const fresh = customizeValidator({ AjvClass: Ajv2020, ajvOptionsOverrides: { logger: false } });
    const r = withoutEval(() => fresh.validateFormData({}, { type: 'object', properties: { x: { type: 'string' } } }));
    expect(r.errors[0].stack).toMatch(/refused/);
  });

  test('a form renders as with Ajv, without eval (RJSF asks isValid to choose oneOf/anyOf options and if branches)', () => {
    const shown = ['oneOf and anyOf', 'if/then/else', '$defs and $ref, also chained', 'titles: of the parent, of the root, from ui:title and ui:options'];
    for (const c of cases.filter((k) => shown.includes(k.name))) {
      for (const formData of [...c.valid, ...c.invalid]) {
        const props = { schema: c.schema, uiSchema: c.uiSchema, formData, liveValidate: true };
        const html = withoutEval(() => renderToString(createElement(Form, { ...props, validator: new InterpretingValidator() })));
        expect(html).toBe(renderToString(createElement(Form, { ...props, validator: oracle })));
      }
    }
  });

  test('the form\'s own validation gives the errors Ajv gave', () => {
    const c = cases.find((k) => k.name === 'oneOf and anyOf')!;
    for (const formData of c.invalid) {
      const mine = withoutEval(() => new Form({ schema: c.schema, validator: new InterpretingValidator(), formData }).validate(formData));
      const ajv = new Form({ schema: c.schema, validator: oracle, formData }).validate(formData);
      expect(fields(mine.errors)).toEqual(fields(ajv.errors));
      expect(mine.errorSchema).toEqual(ajv.errorSchema);
    }
  });
});
