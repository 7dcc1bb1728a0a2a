// The platform's sign-in for every published app, whatever its template: loaded before the template's scripts, it
// keeps one session for the page and exposes it as window.UNIVERSO_SESSION. A page opened from the editor's Play
// arrives with a one-time hand-off code in its fragment (#handoff=...), redeemed at once and removed from the address
// bar; otherwise the player signs in or registers in the platform's own form. The access token is renewed before it
// expires, so a session outlives the token's 15 minutes. Nothing long-lived ever sits in a URL.

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Tokens { accessToken: string; refreshToken: string; expiresIn: number; user?: { id: string; email?: string } }

export interface UniversoSession {
  /** The current access token, or null when signed out. */
  accessToken(): string | null;
  user(): { id: string; email?: string } | null;
  /** Resolves with an access token once signed in, showing the sign-in form when needed. */
  require(): Promise<string>;
  /** Called with each new access token (after sign-in or renewal) and with null on sign-out. */
  onChange(listener: (accessToken: string | null) => void): void;
  signOut(): Promise<void>;
  /** Settles once a hand-off code in the URL (if any) was redeemed or refused. */
  ready: Promise<void>;
}

const STORE = 'universo.session';
/** Renew this long before the access token expires. */
const EARLY_S = 60;

function storage(): Storage | null {
  try {
    return window.sessionStorage;   // a sandboxed app (an opaque origin) has none: the session lives in the page
  } catch {
    return null;
  }
}

function apiBase(): string {
  const u = String((window as any).UNIVERSO?.apiUrl || '/api/v1');
  return (/^https?:/.test(u) ? u : `${location.origin}${u.startsWith('/') ? '' : '/'}${u}`).replace(/\/$/, '');
}

async function call(path: string, body: unknown, token?: string): Promise<any> {
  const r = await fetch(`${apiBase()}${path}`, { method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  const json = r.status === 204 ? {} : await r.json().catch(() => ({}));
  if (!r.ok) throw Object.assign(new Error(json.message ?? `HTTP ${r.status}`), { status: r.status, code: json.code });
  return json;
}

function create(): UniversoSession {
  let tokens: Tokens | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners: Array<(t: string | null) => void> = [];
  const waiting: Array<(t: string) => void> = [];
  const set = (t: Tokens | null): void => {
    tokens = t;
    if (timer) clearTimeout(timer);
    timer = null;
    const s = storage();
    if (t) {
      s?.setItem(STORE, JSON.stringify({ refreshToken: t.refreshToken, user: t.user }));
      timer = setTimeout(() => { void renew(); }, Math.max(5, t.expiresIn - EARLY_S) * 1000);
      waiting.splice(0).forEach((w) => w(t.accessToken));
      closeForm();
    } else {
      s?.removeItem(STORE);
    }
    listeners.forEach((l) => { try { l(t ? t.accessToken : null); } catch { /* a listener's fault is its own */ } });
  };
  const renew = async (refreshToken = tokens?.refreshToken): Promise<void> => {
    if (!refreshToken) return;
    try {
      set(await call('/auth/refresh', { refreshToken }));
    } catch (e) {
      if ((e as { status?: number }).status === 401) set(null);   // revoked or expired: sign in again
      else timer = setTimeout(() => { void renew(refreshToken); }, 10_000);   // the server away: try again
    }
  };

  let form: HTMLFormElement | null = null;
  const closeForm = (): void => { form?.remove(); form = null; };
  const openForm = (): void => {
    if (form || !document.body) return;
    form = document.createElement('form');
    form.id = 'universo-sign-in';
    form.setAttribute('aria-label', 'Sign in');
    form.style.cssText = 'position:fixed;inset:0;margin:auto;width:280px;height:fit-content;padding:18px;z-index:99;'
      + 'display:flex;flex-direction:column;gap:8px;font:14px system-ui,sans-serif;color:#e8eefc;'
      + 'background:rgba(10,16,34,.94);border:1px solid #3b5ba8;border-radius:10px';
    const title = document.createElement('strong');
    title.textContent = 'Sign in to play';
    const email = Object.assign(document.createElement('input'), { type: 'email', name: 'email', required: true,
      placeholder: 'Email', autocomplete: 'username' });
    const password = Object.assign(document.createElement('input'), { type: 'password', name: 'password',
      required: true, placeholder: 'Password', autocomplete: 'current-password' });
    const message = document.createElement('p');
    message.id = 'universo-sign-in-message';
    message.setAttribute('role', 'alert');
    message.style.cssText = 'margin:0;min-height:1em;color:#ffb4a8';
    const signIn = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Sign in' });
    const register = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Create account' });
    const submit = async (registering: boolean): Promise<void> => {
      message.textContent = '';
      try {
        if (registering) await call('/auth/register', { email: email.value, password: password.value });
        set(await call('/auth/login', { email: email.value, password: password.value }));
      } catch (e) {
        message.textContent = (e as Error).message;   // text only: the server's message, never markup
      }
    };
    form.addEventListener('submit', (e) => { e.preventDefault(); void submit(false); });
    register.addEventListener('click', () => { if (form?.reportValidity()) void submit(true); });
    form.append(title, email, password, message, signIn, register);
    document.body.appendChild(form);
  };

  const code = new URLSearchParams(location.hash.slice(1)).get('handoff');
  if (code) {
    try {
      history.replaceState(null, '', location.pathname + location.search);
    } catch {
      location.hash = '';   // a sandboxed document may not replace its history entry; the code leaves the bar
    }
  }
  const saved = (() => {
    try {
      return JSON.parse(storage()?.getItem(STORE) ?? 'null') as { refreshToken?: string } | null;
    } catch {
      return null;
    }
  })();
  const ready = (async () => {
    if (code) {
      try {
        set(await call('/auth/handoff/redeem', { code }));
        return;
      } catch {
        // used or expired: the player signs in instead
      }
    }
    if (saved?.refreshToken) await renew(saved.refreshToken);
  })();

  return {
    accessToken: () => tokens?.accessToken ?? null,
    user: () => tokens?.user ?? null,
    require: async () => {
      await ready;
      if (tokens) return tokens.accessToken;
      openForm();
      return new Promise<string>((resolve) => waiting.push(resolve));
    },
    onChange: (l) => { listeners.push(l); },
    signOut: async () => {
      const t = tokens?.accessToken;
      set(null);
      if (t) await call('/auth/logout', {}, t).catch(() => undefined);
    },
    ready,
  };
}

(window as any).UNIVERSO_SESSION = (window as any).UNIVERSO_SESSION ?? create();
