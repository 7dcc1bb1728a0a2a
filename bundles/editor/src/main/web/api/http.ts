import { ApiError } from './errors';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Where tokens live between page loads; the browser uses localStorage, tests a plain object. */
export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens): void;
  clear(): void;
}

export class LocalTokenStore implements TokenStore {
  constructor(private readonly key = 'universo.tokens') {}

  get(): Tokens | null {
    try {
      const raw = localStorage.getItem(this.key);
      return raw ? (JSON.parse(raw) as Tokens) : null;
    } catch {
      return null;
    }
  }

  set(tokens: Tokens): void {
    localStorage.setItem(this.key, JSON.stringify(tokens));
  }

  clear(): void {
    localStorage.removeItem(this.key);
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * JSON over the platform API. An expired access token is refreshed once, transparently, and the request repeated;
 * concurrent requests share one refresh. When the refresh fails the session is over: tokens are dropped and
 * {@link onExpired} tells the UI to ask the user to sign in again.
 */
export class Http {
  onExpired: () => void = () => {};
  private refreshing: Promise<boolean> | null = null;

  constructor(
    readonly base: string,
    readonly tokens: TokenStore,
    private readonly fetcher: Fetch = (i, init) => fetch(i, init),
  ) {}

  get signedIn(): boolean {
    return this.tokens.get() !== null;
  }

  async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let response = await this.send(method, path, body, headers);
    if (response.status === 401 && this.tokens.get() && (await this.refresh())) {
      response = await this.send(method, path, body, headers);
    }
    if (response.status === 304) {
      return undefined as T; // the caller sent If-None-Match: what it has is current
    }
    const text = await response.text();
    if (!response.ok) {
      const error = ApiError.from(response.status, text);
      if (response.status === 401 && this.tokens.get()) {
        this.expire();
      }
      throw error;
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.call<T>('POST', path, body ?? {});
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PATCH', path, body);
  }

  del(path: string): Promise<void> {
    return this.call<void>('DELETE', path);
  }

  private async send(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
    const h: Record<string, string> = { Accept: 'application/json', ...headers };
    const access = this.tokens.get()?.accessToken;
    if (access) {
      h['Authorization'] = 'Bearer ' + access;
    }
    if (body !== undefined) {
      h['Content-Type'] = 'application/json';
    }
    try {
      return await this.fetcher(this.base + path, {
        method,
        headers: h,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, { code: 'network', message: 'The server cannot be reached: ' + String(e) });
    }
  }

  /** One refresh at a time; true when new tokens were stored. */
  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    const current = this.tokens.get();
    if (!current) {
      return false;
    }
    try {
      const r = await this.fetcher(this.base + '/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      });
      if (!r.ok) {
        return false;
      }
      const pair = (await r.json()) as Tokens;
      this.tokens.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
      return true;
    } catch {
      return false;
    }
  }

  private expire(): void {
    this.tokens.clear();
    this.onExpired();
  }
}
