/**
 * One service of the checkout benchmark in its own process (so the load generator and the five
 * services spread over the machine's cores as they would in production). The parent passes the
 * configuration through the environment. Prints `READY <url>`.
 */
import { startCatalogService } from '@shop/catalog-service/main';
import { startInventoryService } from '@shop/inventory-service/main';
import { startOrderService } from '@shop/order-service/main';
import { startPaymentService } from '@shop/payment-service/main';
import { startUserService } from '@shop/user-service/main';

const starters = {
  user: startUserService,
  catalog: startCatalogService,
  inventory: startInventoryService,
  payment: startPaymentService,
  order: startOrderService,
};
const name = process.argv[2] as keyof typeof starters;
if (!(name in starters)) throw new Error(`usage: service.ts ${Object.keys(starters).join(' | ')}`);
const service = await starters[name](process.env);
process.on('SIGTERM', () => void service.close().then(() => process.exit(0)));
process.stdout.write(`READY ${service.url}\n`);
