import { UpstreamUnavailableError } from '@shop/errors/errors';

export interface ServiceTokenOptions {
  /** `POST /api/v1/auth/token` of the user service. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Renew this many seconds before expiry. */
  refreshMarginSeconds?: number;
  timeoutMs?: number;
  now?: () => number;
}

export interface ServiceTokenSource {
  /** A valid access token with `role: service`; fetched once and shared by concurrent callers. */
  getToken(): Promise<string>;
  /** Forget the cached token (after a 401 from a peer, say). */
  invalidate(): void;
}

/** Client-credentials tokens for outbound calls, cached until shortly before they expire. */
export function createServiceTokenSource(options: ServiceTokenOptions): ServiceTokenSource {
  const now = options.now ?? Date.now;
  const margin = (options.refreshMarginSeconds ?? 60) * 1000;
  let cached: { token: string; expiresAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await fetch(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: options.clientId, clientSecret: options.clientSecret }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      throw new UpstreamUnavailableError('user service (token)', error);
    }
    if (!response.ok) {
      if (response.status >= 500) throw new UpstreamUnavailableError('user service (token)');
      throw new Error(`The user service refused client ${options.clientId}: HTTP ${response.status}`);
    }
    const body = (await response.json()) as { accessToken: string; expiresIn: number };
    cached = { token: body.accessToken, expiresAt: now() + body.expiresIn * 1000 };
    return body.accessToken;
  }

  return {
    getToken() {
      if (cached && cached.expiresAt - margin > now()) return Promise.resolve(cached.token);
      inFlight ??= fetchToken().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
