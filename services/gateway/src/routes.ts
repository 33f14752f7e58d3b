/**
 * Which service owns which public path (contract section 1). A service appears here when it
 * exists; the gateway answers 404 for everything else.
 */
export interface ServiceRoute {
  service: string;
  /** Variable naming the service's base URL, and its default in the one-process run. */
  urlVar: string;
  defaultUrl: string;
  prefixes: string[];
}

export const SERVICE_ROUTES: readonly ServiceRoute[] = [
  { service: 'inventory', urlVar: 'INVENTORY_SERVICE_URL', defaultUrl: 'http://127.0.0.1:8002', prefixes: ['/api/v1/inventory'] },
  { service: 'cart', urlVar: 'CART_SERVICE_URL', defaultUrl: 'http://127.0.0.1:8003', prefixes: ['/api/v1/cart'] },
  { service: 'order', urlVar: 'ORDER_SERVICE_URL', defaultUrl: 'http://127.0.0.1:8004', prefixes: ['/api/v1/orders'] },
  { service: 'payment', urlVar: 'PAYMENT_SERVICE_URL', defaultUrl: 'http://127.0.0.1:8005', prefixes: ['/api/v1/payments'] },
  {
    service: 'notification',
    urlVar: 'NOTIFICATION_SERVICE_URL',
    defaultUrl: 'http://127.0.0.1:8007',
    prefixes: ['/api/v1/notifications'],
  },
  {
    service: 'catalog',
    urlVar: 'CATALOG_SERVICE_URL',
    defaultUrl: 'http://127.0.0.1:8001',
    prefixes: ['/api/v1/products', '/api/v1/search', '/api/v1/categories'],
  },
  {
    service: 'user',
    urlVar: 'USER_SERVICE_URL',
    defaultUrl: 'http://127.0.0.1:8006',
    prefixes: ['/api/v1/auth', '/api/v1/users', '/.well-known/jwks.json'],
  },
];
