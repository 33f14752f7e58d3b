import { createApiClient } from '@shop/api-client/client';
import { getAccessToken } from './session';

/** Read at request time: the in-process runner sets it just before it starts the app. */
export const gatewayUrl = () => process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080';

/** A client without a token (sign-in, product pictures). */
export const publicApi = () => createApiClient({ baseUrl: gatewayUrl() });

/** A client carrying the signed-in admin's access token from the httpOnly cookie. */
export async function api() {
  return createApiClient({ baseUrl: gatewayUrl(), token: await getAccessToken() });
}
