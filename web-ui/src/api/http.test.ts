import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, cookie, orNotFound, requestHeaders } from './http';

describe('requests to the API', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a cookie among others, decoded', () => {
    expect(cookie('XSRF-TOKEN', 'SESSION=x; XSRF-TOKEN=a%2Bb; other=1')).toBe('a+b');
    expect(cookie('XSRF', 'XSRF-TOKEN=abc')).toBeUndefined();
  });

  it('echoes the CSRF cookie on unsafe methods only', () => {
    const cookies = 'XSRF-TOKEN=t0k3n';
    expect(requestHeaders('POST', {}, cookies).get('X-XSRF-TOKEN')).toBe('t0k3n');
    expect(requestHeaders('delete', undefined, cookies).get('X-XSRF-TOKEN')).toBe('t0k3n');
    expect(requestHeaders('GET', undefined, cookies).get('X-XSRF-TOKEN')).toBeNull();
    expect(requestHeaders('POST', {}, cookies).get('Content-Type')).toBe('application/json');
    expect(requestHeaders('GET', undefined, cookies).get('Content-Type')).toBeNull();
  });

  it('calls /api with the session cookie and no token of its own', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);

    expect(await api('/tracking/portfolio')).toEqual({ ok: true });

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/tracking/portfolio');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Headers).get('Authorization')).toBeNull();
  });

  it('turns a problem response into an ApiError with its detail', async () => {
    const problem = { title: 'Conflict', status: 409, detail: 'The rollout changed since you read it' };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(
      new Response(JSON.stringify(problem), { status: 409, headers: { 'Content-Type': 'application/problem+json' } }),
    ));

    const error = await api('/planning/rollouts/r-1', { method: 'PUT', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).message).toBe('The rollout changed since you read it');
  });
});

describe('orNotFound', () => {
  it('answers null for a 404 and passes every other failure on', async () => {
    await expect(orNotFound(Promise.reject(new ApiError(404, null)))).resolves.toBeNull();
    await expect(orNotFound(Promise.resolve(7))).resolves.toBe(7);
    await expect(orNotFound(Promise.reject(new ApiError(403, null)))).rejects.toMatchObject({ status: 403 });
  });
});
