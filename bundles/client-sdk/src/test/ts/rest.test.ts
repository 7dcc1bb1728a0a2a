import { describe, expect, it } from 'vitest';
import { ApiError, RestClient, type Session } from '../../main/ts/rest';

type Call = { url: string; method: string; headers: Record<string, string>; body?: string };

function server(handler: (c: Call) => { status: number; body?: unknown }) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const c: Call = { url, method: String(init.method), headers: init.headers as Record<string, string>, body: init.body as string };
    calls.push(c);
    const r = handler(c);
    return new Response(r.body === undefined ? '' : JSON.stringify(r.body), { status: r.status });
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('RestClient', () => {
  it('fills path and query, sends the token, and an idempotency key on writes only', async () => {
    const s = server(() => ({ status: 200, body: { id: 'e1', name: 'Probe' } }));
    const c = new RestClient({ baseUrl: 'http://h/api/v1/', session: { accessToken: 'A', refreshToken: 'R' }, fetch: s.fetch });
    const e = await c.call('EntityResource.get', { path: { id: 'a b' } });
    expect(e.name).toBe('Probe');
    await c.call('EntityResource.list', { query: { worldId: 'w', roots: true, limit: 5 } });
    await c.call('EntityResource.patch', { path: { id: 'e1' }, body: { name: 'x' } });
    expect(s.calls.map((x) => `${x.method} ${x.url}`)).toEqual(['GET http://h/api/v1/entities/a%20b',
      'GET http://h/api/v1/entities?worldId=w&roots=true&limit=5', 'PATCH http://h/api/v1/entities/e1']);
    expect(s.calls[0].headers.Authorization).toBe('Bearer A');
    expect(s.calls[0].headers['Idempotency-Key']).toBeUndefined();
    expect(s.calls[2].headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refreshes once for concurrent calls that met a 401 and retries them with the same key', async () => {
    const sessions: Array<Session | null> = [];
    const s = server((c) => {
      if (c.url.endsWith('/auth/refresh')) return { status: 200, body: { accessToken: 'A2', refreshToken: 'R2' } };
      return c.headers.Authorization === 'Bearer A2' ? { status: 200, body: { id: 'ok' } }
        : { status: 401, body: { code: 'token_expired', message: 'expired' } };
    });
    const c = new RestClient({ baseUrl: 'http://h/api/v1', session: { accessToken: 'A', refreshToken: 'R' },
      fetch: s.fetch, onSession: (x) => sessions.push(x) });
    const results = await Promise.all([c.call('EntityResource.get', { path: { id: '1' } }),
      c.call('EntityResource.patch', { path: { id: '2' }, body: { name: 'n' }, idempotencyKey: 'k-1' })]);
    expect(results.map((r) => r.id)).toEqual(['ok', 'ok']);
    expect(s.calls.filter((x) => x.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(s.calls.filter((x) => x.headers['Idempotency-Key'] === 'k-1')).toHaveLength(2);
    expect(sessions).toEqual([{ accessToken: 'A2', refreshToken: 'R2' }]);
  });

  it('ends the session when the refresh is refused and reports errors with their code', async () => {
    const s = server((c) => (c.url.endsWith('/auth/refresh') ? { status: 401, body: { code: 'token_invalid', message: 'no' } }
      : { status: 401, body: { code: 'token_expired', message: 'expired', traceId: 't-1' } }));
    const c = new RestClient({ baseUrl: 'http://h/api/v1', session: { accessToken: 'A', refreshToken: 'R' }, fetch: s.fetch });
    const e = await c.call('EntityResource.get', { path: { id: '1' } }).catch((x) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.traceId]).toEqual([401, 'token_expired', 't-1']);
    expect(c.signedIn).toBe(false);
  });
});
