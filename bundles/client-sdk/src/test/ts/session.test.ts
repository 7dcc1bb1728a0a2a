import { afterEach, describe, expect, it, vi } from 'vitest';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Call = { path: string; body: any; auth?: string };

/** A page at /p/app/ whose fragment is {@code hash}, with a fake API answering from {@code answers} by path. */
async function page(hash: string, answers: Record<string, Array<{ status: number; body: any }>>) {
  const calls: Call[] = [];
  const win: any = { UNIVERSO: { apiUrl: '/api/v1' } };
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', { hash, pathname: '/p/app/', search: '', origin: 'http://play.test' });
  const replaced: string[] = [];
  vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) });
  vi.stubGlobal('document', { body: null });
  vi.stubGlobal('fetch', async (url: string, init: any) => {
    const path = url.replace('http://play.test/api/v1', '');
    calls.push({ path, body: JSON.parse(init.body), auth: init.headers.Authorization });
    const a = answers[path]?.shift() ?? { status: 500, body: { code: 'internal', message: 'unexpected' } };
    return { ok: a.status < 300, status: a.status, json: async () => a.body };
  });
  vi.resetModules();
  await import('../../main/ts/session');
  return { session: win.UNIVERSO_SESSION, calls, replaced };
}

const pair = (n: number, expiresIn = 900) => ({ status: 200, body: { accessToken: `access-${n}`, refreshToken: `refresh-${n}`,
  tokenType: 'Bearer', expiresIn, user: { id: 'u1' } } });

describe('the sign-in runtime of published apps', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('redeems the hand-off code once, takes it out of the address bar, and renews the token before it expires', async () => {
    vi.useFakeTimers();
    const { session, calls, replaced } = await page('#handoff=one-time', {
      '/auth/handoff/redeem': [pair(1)], '/auth/refresh': [pair(2), pair(3)] });
    await session.ready;
    expect(calls[0]).toEqual({ path: '/auth/handoff/redeem', body: { code: 'one-time' }, auth: undefined });
    expect(replaced).toEqual(['/p/app/']);
    expect(session.accessToken()).toBe('access-1');
    const seen: Array<string | null> = [];
    session.onChange((t: string | null) => seen.push(t));

    await vi.advanceTimersByTimeAsync(839_000);   // 900 s token: not yet
    expect(calls.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);     // 60 s before it expires
    expect(calls[1]).toEqual({ path: '/auth/refresh', body: { refreshToken: 'refresh-1' }, auth: undefined });
    expect(session.accessToken()).toBe('access-2');
    await vi.advanceTimersByTimeAsync(840_000);   // and again with the rotated refresh token
    expect(calls[2].body).toEqual({ refreshToken: 'refresh-2' });
    expect(seen).toEqual(['access-2', 'access-3']);
    expect(await session.require()).toBe('access-3');
  });

  it('signs out when the session was revoked, and keeps the session while the server is away', async () => {
    vi.useFakeTimers();
    const { session, calls } = await page('#handoff=c', { '/auth/handoff/redeem': [pair(1, 120)],
      '/auth/refresh': [{ status: 503, body: { code: 'unavailable', message: 'down' } },
        { status: 401, body: { code: 'token_invalid', message: 'Session has been revoked' } }] });
    await session.ready;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.map((c) => c.path)).toEqual(['/auth/handoff/redeem', '/auth/refresh']);
    expect(session.accessToken()).toBe('access-1');   // a server away is no sign-out
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls.length).toBe(3);
    expect(session.accessToken()).toBeNull();
  });

  it('falls back to signing in when the code is used or expired', async () => {
    const { session, calls } = await page('#handoff=spent', { '/auth/handoff/redeem': [{ status: 401,
      body: { code: 'unauthorized', message: 'The hand-off code is unknown, used or expired' } }] });
    await session.ready;
    expect(calls.length).toBe(1);
    expect(session.accessToken()).toBeNull();
    expect(session.user()).toBeNull();
  });
});
