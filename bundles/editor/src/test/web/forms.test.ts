import { describe, expect, test } from 'vitest';
import type { ApiErrorBody } from '../../main/web/api/errors';
import { href, match, type Route } from '../../main/web/router';
import { errorTree } from '../../main/web/ui/schemaForm';
import schema from '../../../../api/src/main/resources/UNIVERSO-INF/schemas/error/ApiError.schema.json';

describe('server field errors on the form', () => {
  test('pointers under the prefix become the form error tree, escaped names decoded', () => {
    expect(errorTree([
      { pointer: '/settings/title', message: 'too long' },
      { pointer: '/settings/title', message: 'bad char' },
      { pointer: '/settings/camera/fov', message: 'max 120' },
      { pointer: '/settings/a~1b', message: 'slash' },
      { pointer: '/profile', message: 'not mine' },
    ], '/settings')).toEqual({
      title: { __errors: ['too long', 'bad char'] },
      camera: { fov: { __errors: ['max 120'] } },
      'a/b': { __errors: ['slash'] },
    });
  });
});

describe('routes', () => {
  const routes: Route[] = [
    { name: 'home' }, { name: 'signin' }, { name: 'signup' }, { name: 'metaverse', id: 'm 1' }, { name: 'unik', id: 'u' },
    { name: 'space', unikId: 'u', spaceId: 's' }, { name: 'space', unikId: 'u', spaceId: 's', canvasId: 'c/1' },
    { name: 'publish', unikId: 'u', spaceId: 's' },
  ];
  test.each(routes)('%o round-trips through its path', (r) => {
    expect(match(href(r))).toEqual(r);
  });
  test('unknown paths are not found', () => {
    expect(match('/editor/nope/x')).toEqual({ name: 'notfound', path: '/nope/x' });
  });
});

describe('the error body type follows the API schema', () => {
  test('ApiErrorBody names exactly the schema properties, with the same required ones', () => {
    const sample: Required<ApiErrorBody> = { code: 'c', message: 'm', details: {}, traceId: 't' };
    expect(Object.keys(sample).sort()).toEqual(Object.keys(schema.properties).sort());
    const required: (keyof ApiErrorBody)[] = ['code', 'message'];
    expect([...schema.required].sort()).toEqual(expect.arrayContaining(required));
  });
});

describe('languages', () => {
  test('every language answers every key, and an unknown language falls back to English', async () => {
    const { languages, setLanguage, t } = await import('../../main/web/strings');
    expect(languages()).toEqual(['en', 'ru']);
    setLanguage('ru');
    expect(t('signIn')).toBe('Войти');
    setLanguage('xx');
    expect(t('signIn')).toBe('Sign in');
    setLanguage('en');
  });
});
