// Every call to Golive's API goes through here: same-origin, with the session cookie the gateway set at sign-in
// (no token in the browser), and the gateway's CSRF token echoed on unsafe methods.

/** An answer other than 2xx, with the RFC 9457 problem the services send when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: Record<string, string> } | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The value of a cookie the page may read (the gateway's XSRF-TOKEN is readable by design; the session is not). */
export function cookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Headers a request needs: JSON, and for an unsafe method the CSRF token the gateway expects. */
export function requestHeaders(method: string, body: unknown, cookies?: string): Headers {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const xsrf = UNSAFE.has(method.toUpperCase()) ? cookie('XSRF-TOKEN', cookies) : undefined;
  if (xsrf) headers.set('X-XSRF-TOKEN', xsrf);
  return headers;
}

/** Calls {@code /api<path>} and answers its JSON body; throws {@link ApiError} on anything but 2xx. */
export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: requestHeaders(method, options.body),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) {
    const problem = (response.headers.get('Content-Type') ?? '').includes('json')
      ? await response.json().catch(() => null)
      : null;
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** Sends a file as the services' imports take it (its bytes as text/csv) and answers the JSON report. */
export async function sendCsv<T>(path: string, file: Blob): Promise<T> {
  const headers = requestHeaders('POST', undefined);
  headers.set('Content-Type', 'text/csv');
  const response = await fetch(`/api${path}`, { method: 'POST', credentials: 'same-origin', headers, body: file });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  return (await response.json()) as T;
}

/** The answer, or null when the service answers 404 (nothing there yet: a site without a plan, a fiscal plan...). */
export async function orNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The problem's message per field (`errors` of a 400 or 422), for showing next to each field; empty otherwise. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError && error.problem?.errors && typeof error.problem.errors === 'object' ? error.problem.errors : {};
}
