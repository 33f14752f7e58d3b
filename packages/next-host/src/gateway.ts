import { createApiClient, type ApiClient } from '@shop/api-client/client';
import { CLIENT_ADDRESS_HEADER } from '@shop/auth/client-address';
import { headers } from 'next/headers.js';

/** Read at request time: the in-process runner sets it just before it starts the app. */
export const gatewayUrl = (): string => process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080';

/**
 * The shopper's address as this app's server signed it (`serve.ts`), to pass on to the gateway:
 * without it every shopper would reach the gateway from this app's address and share one throttle.
 */
export function vouchedAddress(incoming: Pick<Headers, 'get'>): Record<string, string> {
  const value = incoming.get(CLIENT_ADDRESS_HEADER);
  return value ? { [CLIENT_ADDRESS_HEADER]: value } : {};
}

/** The server side's gateway clients; every call carries the address of the browser being served. */
export function gatewayClients(accessToken: () => Promise<string | undefined>): {
  publicApi(): Promise<ApiClient>;
  api(): Promise<ApiClient>;
  forRequest(request: { headers: Headers }): ApiClient;
} {
  return {
    /** Without a token. */
    publicApi: async () => createApiClient({ baseUrl: gatewayUrl(), headers: vouchedAddress(await headers()) }),
    /** With the signed-in user's access token from the httpOnly cookie, if any. */
    api: async () => createApiClient({ baseUrl: gatewayUrl(), token: await accessToken(), headers: vouchedAddress(await headers()) }),
    /** In the proxy, which has its request instead of `headers()`. */
    forRequest: (request: { headers: Headers }) => createApiClient({ baseUrl: gatewayUrl(), headers: vouchedAddress(request.headers) }),
  };
}
