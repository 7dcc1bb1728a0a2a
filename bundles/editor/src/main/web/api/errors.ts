/** The platform's error body (error/ApiError.schema.json): every 4xx/5xx of the API carries one. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown> | null;
  traceId?: string | null;
}

/** One field error of a 422, as the server names it: a JSON pointer into the request body. */
export interface FieldError {
  pointer: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.code;
  }

  /** Field errors in details.errors (settings, request bodies), empty when there are none. */
  fieldErrors(): FieldError[] {
    const errors = this.body.details?.['errors'];
    return Array.isArray(errors)
      ? errors.filter((e): e is FieldError => typeof e?.pointer === 'string' && typeof e?.message === 'string')
      : [];
  }

  /** A network failure or a body that is not the platform's error shape still becomes an ApiError. */
  static from(status: number, text: string): ApiError {
    try {
      const body = JSON.parse(text);
      if (body && typeof body.code === 'string' && typeof body.message === 'string') {
        return new ApiError(status, body);
      }
    } catch {
      // not JSON: fall through
    }
    return new ApiError(status, { code: status === 0 ? 'network' : 'http_' + status, message: text || 'HTTP ' + status });
  }
}
