import { gatewayClients } from '@shop/next-host/gateway';
import { getAccessToken } from './session';

export { gatewayUrl } from '@shop/next-host/gateway';

/**
 * `publicApi()` has no token (catalog, search); `api()` carries the signed-in customer's access
 * token, if any; `forRequest(request)` is the proxy's. All pass on the shopper's address.
 */
export const { publicApi, api, forRequest } = gatewayClients(getAccessToken);
