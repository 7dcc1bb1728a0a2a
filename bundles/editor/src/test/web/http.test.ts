import { describe, expect, test } from 'vitest';
import { ApiError } from '../../main/web/api/errors';
import { Http, type TokenStore, type Tokens } from '../../main/web/api/http';

class MemoryTokens implements TokenStore {
  constructor(public value: Tokens | null) {}
  get() { return this.value; }
  set(t: Tokens) { this.value = t; }
  clear() { this.value = null; }
}

type Call = { url: string; init?: RequestInit };

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), { status });
}

/** A fake server: an access token is good when it is in {@code valid}; refresh hands out "access-N". */
function server(valid: Set<string>, refreshOk = true) {
  const calls: Call[] = [];
  let n = 0;
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    await new Promise((r) => setTimeout(r, 1));
    if (url.endsWith('/auth/refresh')) {
      if (!refreshOk) {
        return json(401, { code: 'token_invalid', message: 'refresh token is dead' });
      }
      const access = `access-${++n}`;
      valid.add(access);
      return json(200, { accessToken: access, refreshToken: `refresh-${n}` });
    }
    const auth = new Headers(init?.headers).get('Authorization');
    return auth && valid.has(auth.slice(7))
      ? json(200, { ok: true, auth })
      : json(401, { code: 'token_expired', message: 'expired', traceId: 't1' });
  };
  return { calls, fetcher };
}

describe('Http', () => {
  test('sends the bearer token and parses JSON', async () => {
    const s = server(new Set(['a']));
    const http = new Http('/api/v1', new MemoryTokens({ accessToken: 'a', refreshToken: 'r' }), s.fetcher);
    expect(await http.get('/x')).toEqual({ ok: true, auth: 'Bearer a' });
    expect(s.calls.map((c) => c.url)).toEqual(['/api/v1/x']);
  });

  test('an expired token is refreshed once for concurrent calls, and the calls repeated', async () => {
    const s = server(new Set());
    const tokens = new MemoryTokens({ accessToken: 'old', refreshToken: 'r0' });
    const http = new Http('/api/v1', tokens, s.fetcher);
    const answers = await Promise.all([http.get('/a'), http.get('/b'), http.get('/c')]);
    expect(answers).toEqual([1, 2, 3].map(() => ({ ok: true, auth: 'Bearer access-1' })));
    expect(s.calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(JSON.parse(String(s.calls.find((c) => c.url.endsWith('/refresh'))!.init!.body))).toEqual({ refreshToken: 'r0' });
    expect(tokens.value).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  test('a failed refresh ends the session: tokens dropped, the UI told, the error kept', async () => {
    const s = server(new Set(), false);
    const tokens = new MemoryTokens({ accessToken: 'old', refreshToken: 'r0' });
    const http = new Http('/api/v1', tokens, s.fetcher);
    let expired = 0;
    http.onExpired = () => expired++;
    const e = (await http.get('/a').catch((x) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(401);
    expect(e.code).toBe('token_expired');
    expect(e.body.traceId).toBe('t1');
    expect(tokens.value).toBeNull();
    expect(expired).toBe(1);
  });

  test('a 401 without a session (wrong password) does not try to refresh', async () => {
    const s = server(new Set());
    const http = new Http('/api/v1', new MemoryTokens(null), s.fetcher);
    let expired = 0;
    http.onExpired = () => expired++;
    await expect(http.post('/auth/login', { email: 'a', password: 'b' })).rejects.toBeInstanceOf(ApiError);
    expect(s.calls).toHaveLength(1);
    expect(expired).toBe(0);
  });

  test('a network failure and a non-JSON body still become ApiErrors', async () => {
    const down = new Http('', new MemoryTokens(null), async () => { throw new TypeError('fetch failed'); });
    const e = (await down.get('/x').catch((x) => x)) as ApiError;
    expect(e.code).toBe('network');
    expect(ApiError.from(502, '<html>bad gateway</html>').code).toBe('http_502');
  });

  test('field errors are read from details.errors', () => {
    const e = new ApiError(422, { code: 'validation_failed', message: 'bad', details: { errors: [
      { pointer: '/settings/title', message: 'too long' }, { nope: 1 }] } });
    expect(e.fieldErrors()).toEqual([{ pointer: '/settings/title', message: 'too long' }]);
  });
});

describe('conditional requests', () => {
  test('a 304 answers undefined and sends the validator given', async () => {
    let seen: string | null = null;
    const http = new Http('', new MemoryTokens({ accessToken: 'a', refreshToken: 'r' }), async (_u, init) => {
      seen = new Headers(init?.headers).get('If-None-Match');
      return new Response(null, { status: 304 });
    });
    expect(await http.call('GET', '/templates', undefined, { 'If-None-Match': '"templates-3"' })).toBeUndefined();
    expect(seen).toBe('"templates-3"');
  });
});
