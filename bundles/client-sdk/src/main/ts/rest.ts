// A REST client typed by the platform's OpenAPI document (generated/rest-types.ts): operations by operationId,
// bearer auth, an Idempotency-Key on every write (kept across a retry), one shared token refresh on 401.
import { OPERATIONS, type Operations } from './generated/rest-types';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown,
    readonly traceId?: string) {
    super(message);
  }
}

export interface Session { accessToken: string; refreshToken: string }

export interface RestOptions {
  /** e.g. https://host/api/v1 (the profile's apiUrl). */
  baseUrl: string;
  session?: Session | null;
  /** Called when tokens are renewed or the session ends (null). */
  onSession?: (s: Session | null) => void;
  fetch?: typeof fetch;
}

export interface CallArgs<K extends keyof Operations> {
  path?: Operations[K]['path'];
  query?: Operations[K]['query'];
  body?: Operations[K]['body'];
  idempotencyKey?: string;
}

type RawArgs = { path?: unknown; query?: unknown; body?: unknown };

export class RestClient {
  private session: Session | null;
  private refreshing: Promise<boolean> | null = null;

  constructor(private readonly o: RestOptions) {
    this.session = o.session ?? null;
  }

  get signedIn(): boolean {
    return this.session !== null;
  }

  /** Signs in and keeps the session. */
  async login(email: string, password: string): Promise<void> {
    const t = await this.call('AuthResource.login', { body: { email, password } });
    this.use({ accessToken: String(t.accessToken), refreshToken: String(t.refreshToken) });
  }

  async call<K extends keyof Operations>(op: K, args: CallArgs<K> = {}): Promise<Operations[K]['response']> {
    const spec = OPERATIONS[op];
    const key = spec.method === 'GET' ? undefined : args.idempotencyKey ?? crypto.randomUUID();
    const first = await this.send(spec, args, key);
    if (first.status === 401 && spec.secured && this.session && (await this.refresh())) {
      return this.read(await this.send(spec, args, key));
    }
    return this.read(first);
  }

  /**
   * A route outside the platform's OpenAPI document (a domain overlay's, e.g. /trading/orders), with the same bearer,
   * Idempotency-Key and refresh handling as {@link call}. {@code path} is relative to the base URL.
   */
  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string,
    args: { query?: Record<string, unknown>; body?: unknown; idempotencyKey?: string } = {}): Promise<T> {
    const spec = { method, path };
    const key = method === 'GET' || method === 'DELETE' ? undefined : args.idempotencyKey ?? crypto.randomUUID();
    const first = await this.send(spec, args, key);
    if (first.status === 401 && this.session && (await this.refresh())) {
      return this.read(await this.send(spec, args, key));
    }
    return this.read(first);
  }

  private send(spec: { method: string; path: string }, args: RawArgs, key?: string): Promise<Response> {
    const path = spec.path.replace(/\{(\w+)\}/g, (_, name) => {
      const v = (args.path as Record<string, unknown> | undefined)?.[name];
      if (v === undefined) throw new Error(`missing path parameter ${name}`);
      return encodeURIComponent(String(v));
    });
    const q = new URLSearchParams();
    Object.entries((args.query ?? {}) as Record<string, unknown>).forEach(([k, v]) => {
      if (v !== undefined && v !== null) q.set(k, String(v));
    });
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (args.body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.session) headers.Authorization = `Bearer ${this.session.accessToken}`;
    if (key) headers['Idempotency-Key'] = key;
    const url = `${this.o.baseUrl.replace(/\/$/, '')}${path}${q.size ? `?${q}` : ''}`;
    return (this.o.fetch ?? fetch)(url, { method: spec.method, headers,
      body: args.body === undefined ? undefined : JSON.stringify(args.body) });
  }

  private async read(r: Response): Promise<never> {
    const text = await r.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!r.ok) {
      throw new ApiError(r.status, json?.code ?? 'http_error', json?.message ?? `HTTP ${r.status}`, json?.details,
        json?.traceId);
    }
    return json as never;
  }

  /** One refresh for every call that met a 401 meanwhile; false when the session is over. */
  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      const token = this.session!.refreshToken;
      this.refreshing = this.send(OPERATIONS['AuthResource.refresh'], { body: { refreshToken: token } })
        .then(async (r) => {
          if (!r.ok) {
            this.use(null);
            return false;
          }
          const t = await r.json();
          this.use({ accessToken: t.accessToken, refreshToken: t.refreshToken });
          return true;
        })
        .finally(() => { this.refreshing = null; });
    }
    return this.refreshing;
  }

  private use(s: Session | null): void {
    this.session = s;
    this.o.onSession?.(s);
  }
}
