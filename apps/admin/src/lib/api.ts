import { gatewayClients } from '@shop/next-host/gateway';
import { getAccessToken } from './session';

export { gatewayUrl } from '@shop/next-host/gateway';

/**
 * `publicApi()` has no token (sign-in); `api()` carries the signed-in admin's access token;
 * `forRequest(request)` is the proxy's. All pass on the staff member's address.
 */
export const { publicApi, api, forRequest } = gatewayClients(getAccessToken);
