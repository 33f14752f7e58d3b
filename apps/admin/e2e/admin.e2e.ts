/**
 * The staff journey in a real browser: `npm run test:browser -w apps/admin` (needs `npm run build` of
 * apps/admin and apps/storefront first, and Debian's chromium or CHROMIUM_PATH). Starts the platform,
 * the storefront and the admin app on free ports with a throw-away data folder, on the embedded
 * engines or on the real ones when their variables are set (CI runs it both ways).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApiClient } from '@shop/api-client/client';
import type { Order } from '@shop/api-client/types';
import { CHROMIUM_ARGS, chromiumPath } from '@shop/browser/chromium';
import { cspViolations, pageSecurityProblems } from '@shop/next-host/testing';
import { ephemeralPorts } from '@shop/runner/env';
import { startPlatform } from '@shop/runner/main';
import { startStorefront } from '@shop/storefront/server';
import { startAdminProcess } from '../src/process.js';

const root = join(import.meta.dirname, '..', '..', '..');
const shots = join(root, '.artifacts', 'screenshots');
mkdirSync(shots, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), 'admin-e2e-'));
const stamp = Date.now();
// An admin account of its own: real engines outlive a run, and keep the admins earlier runs made.
const adminEmail = `admin-${stamp}@shop.test`;
const adminPassword = `Admin-${randomUUID()}`;
const platform = await startPlatform({
  ...process.env,
  ...ephemeralPorts(),
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  ADMIN_EMAIL: adminEmail,
  ADMIN_PASSWORD: adminPassword,
});
const storefront = await startStorefront({ port: 0, gatewayUrl: platform.gatewayUrl, clientAddressSecret: platform.clientAddressSecret });
// Its own process: two Next.js servers cannot share one (see src/process.ts).
const admin = await startAdminProcess({ port: 0, gatewayUrl: platform.gatewayUrl, clientAddressSecret: platform.clientAddressSecret });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });

const gateway = createApiClient({ baseUrl: platform.gatewayUrl });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `admin-${name}.png`), fullPage: true });
const ok = (line: string) => process.stdout.write(`ok - ${line}\n`);

/** The status line an action form shows after it succeeded. */
const statusWith = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

async function placeOrder(token: string, productId: string): Promise<Order> {
  return gateway.withToken(token).placeOrder({
    items: [{ productId, quantity: 1 }],
    shippingAddress: {
      firstName: 'Grace',
      lastName: 'Hopper',
      line1: '1 Harbor Road',
      city: 'Arlington',
      postalCode: '22201',
      country: 'US',
    },
    paymentMethod: { type: 'card', cardNumber: '4242424242424242', expMonth: 12, expYear: new Date().getFullYear() + 2, cvc: '123' },
  });
}

let failed = false;
try {
  // A registered customer: later places orders, and is refused by the admin app.
  const customerEmail = `grace-${stamp}@example.com`;
  const customerPassword = 'correct horse battery';
  const customer = await gateway.register({ email: customerEmail, password: customerPassword, firstName: 'Grace', lastName: 'Hopper' });

  assert.deepEqual(await pageSecurityProblems(`${admin.url}/login`), [], 'the security headers of the sign-in page');
  ok('pages carry the security headers and a fresh nonce on every script');

  const context = await browser.newContext({ baseURL: admin.url });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const violations = cspViolations(page);

  // Every page needs an admin: the dashboard sends a stranger to sign in; a customer is refused.
  await page.goto('/');
  await page.waitForURL(/\/login\?next=/);
  await page.getByRole('heading', { name: 'Staff sign in' }).waitFor();
  await page.getByLabel('Email').fill(customerEmail);
  await page.getByLabel('Password').fill(customerPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'not a staff account' }).waitFor();
  await shot(page, '01-customer-refused');
  assert.match(page.url(), /\/login/, 'a customer stays on the sign-in page');
  ok("a customer's credentials are refused");

  await page.getByLabel('Email').fill(adminEmail);
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.getByRole('img', { name: /Revenue per day/ }).waitFor();
  await shot(page, '02-dashboard');
  ok('the admin signs in and sees the dashboard');

  // Creates a product with stock, specifications and a picture.
  const { data: demo } = await gateway.listProducts({ limit: 1 });
  const picture = demo[0]?.imageUrl ?? '';
  const name = `Admin Lamp ${stamp}`;
  const sku = `ADM-LAMP-${stamp}`;
  await page.getByRole('link', { name: 'Products', exact: true }).click();
  await page.getByRole('heading', { name: 'Products' }).waitFor();
  await page.getByRole('link', { name: 'New product' }).click();
  await page.getByRole('heading', { name: 'New product' }).waitFor();
  // Validation first: nothing filled in.
  await page.getByRole('button', { name: 'Create product' }).click();
  await page.getByRole('alert').filter({ hasText: 'correct the highlighted fields' }).waitFor();
  assert.ok(await page.getByText('Enter a name.').isVisible(), 'a missing name is flagged beside the field');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('SKU').fill(sku);
  await page.getByLabel('Price (USD)').fill('49.90');
  await page.getByLabel('Brand').fill('Lumen');
  await page.getByLabel('Category').selectOption({ index: 1 });
  await page.getByLabel('Description').fill('A desk lamp created by the admin browser test.');
  await page.getByLabel('Specification 1 name').fill('Wattage');
  await page.getByLabel('Specification 1 value').fill('9');
  await page.getByRole('button', { name: 'Add specification' }).click();
  await page.getByLabel('Specification 2 name').fill('Colour');
  await page.getByLabel('Specification 2 value').fill('Brass');
  await page.getByLabel('Image URL').fill(picture);
  await page.getByRole('img', { name: 'Preview of the image URL' }).waitFor();
  await page.getByLabel('Initial stock').fill('25');
  await page.getByLabel('Stock location').fill('Aisle 7');
  await shot(page, '03-product-form');
  await page.getByRole('button', { name: 'Create product' }).click();
  await page.waitForURL(/\/products\/[^/?]+\?notice=/);
  await statusWith(page, 'The product was created.').waitFor();
  const productId = new URL(page.url()).pathname.split('/').pop()!;
  const staffApi = gateway.withToken((await gateway.login(adminEmail, adminPassword)).accessToken);
  await page.getByText('25 available').waitFor();
  await shot(page, '04-product-created');
  const stock = await staffApi.getStock(sku);
  assert.equal(stock.quantity, 25);
  assert.equal(stock.location, 'Aisle 7');
  ok(`the admin creates ${name} with 25 in stock`);

  // The storefront's search finds it.
  const shop = await context.newPage();
  await shop.goto(`${storefront.url}/search?q=${encodeURIComponent(name)}`);
  const results = shop.getByRole('list', { name: 'Products' });
  await results.waitFor();
  await results.getByRole('listitem').filter({ hasText: name }).first().waitFor();
  await shot(shop, '05-storefront-search');
  await shop.close();
  ok("the storefront's search finds the new product");

  // A customer places two orders through the gateway.
  const first = await placeOrder(customer.accessToken, productId);
  const second = await placeOrder(customer.accessToken, productId);
  assert.equal(first.status, 'confirmed');
  assert.equal(second.status, 'confirmed');
  const placed = [first, second];

  // The dashboard's 30-day figures (the order service's stats) count them.
  await page.goto('/');
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  const counted = Number(await page.locator('.stat', { hasText: 'Orders, 30 days' }).locator('.value').textContent());
  assert.ok(counted >= placed.length, `the 30-day order count (${counted}) includes the ${placed.length} orders placed`);
  await page.getByRole('heading', { name: 'Dead letters' }).waitFor();
  await shot(page, '06-dashboard-orders');
  ok(`the dashboard counts ${counted} orders in 30 days, the ${placed.length} just placed included`);

  // Its dead-letters panel leads to the list of events a consumer gave up on: none in a healthy run, or a table.
  await page.getByRole('link', { name: 'All dead letters' }).click();
  await page.getByRole('heading', { name: 'Dead letters', level: 1 }).waitFor();
  await page
    .getByText('No dead letters match.')
    .or(page.getByRole('table', { name: 'Dead letters, newest first' }))
    .waitFor();
  assert.match(page.url(), /\/dead-letters\?status=dead$/, 'the panel opens the dead letters waiting for a replay');
  await shot(page, '07-dead-letters');
  ok('the admin opens the dead letters from the dashboard');

  // Finds them by the customer's email, and ships the first.
  await page.getByRole('link', { name: 'Orders', exact: true }).click();
  await page.getByRole('heading', { name: 'Orders' }).waitFor();
  await page.getByLabel('Customer (email or id)').fill(customerEmail);
  await page.getByLabel('Status').selectOption('confirmed');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/customer=/);
  await page.getByRole('link', { name: second.orderNumber }).waitFor();
  assert.equal(await page.getByRole('table').getByRole('row').count(), 3, "header plus the customer's two orders");
  await shot(page, '08-orders-filtered');
  await page.getByRole('link', { name: first.orderNumber }).click();
  await page.getByRole('heading', { name: `Order ${first.orderNumber}` }).waitFor();
  await page.getByRole('list', { name: 'Status history' }).waitFor();
  await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
  await page.getByLabel('Carrier').fill('UPS');
  await shot(page, '09-order-detail');
  await page.getByRole('button', { name: 'Mark shipped' }).click();
  await statusWith(page, `Order ${first.orderNumber} is shipped`).waitFor();
  await page.getByText('UPS 1Z999AA10123456784').waitFor();
  await shot(page, '10-order-shipped');
  assert.equal((await staffApi.getOrder(first.id)).status, 'shipped');
  ok(`the admin ships ${first.orderNumber}`);

  // Inventory: the second order, paid and not shipped, still holds its unit. Checkout confirms a
  // reservation once the charge succeeds, so it is `confirmed` (none of this journey's stays `active`).
  await page.getByRole('link', { name: 'Inventory', exact: true }).click();
  await page.getByRole('heading', { name: 'Active reservations' }).waitFor();
  await page.getByRole('link', { name: 'All reservations' }).click();
  await page.getByRole('heading', { name: 'Reservations', level: 1 }).waitFor();
  await page.getByLabel('SKU').fill(sku);
  await page.getByLabel('Status').selectOption('confirmed');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/status=confirmed/);
  const reservations = page.getByRole('table', { name: 'confirmed reservations, newest first' });
  await reservations.getByRole('row').filter({ hasText: second.id }).getByText('confirmed', { exact: true }).waitFor();
  assert.equal(
    await reservations.getByRole('row').count(),
    2,
    "header plus the unshipped order's reservation (the shipped one is committed)",
  );
  await shot(page, '11-reservations');
  ok(`the reservations show the stock ${second.orderNumber} holds until it ships`);

  // Refunds part of the second order's payment with a reason, then cancels it (refunding the rest).
  await page.goto(`/orders/${second.id}`);
  await page.getByRole('heading', { name: `Order ${second.orderNumber}` }).waitFor();
  await page.getByRole('link', { name: /by visa ending 4242/ }).click();
  await page.getByRole('heading', { name: /^Payment / }).waitFor();
  await page.getByLabel('Amount').fill('5.00');
  await page.getByLabel('Reason').fill('Scratched on arrival');
  await page.getByRole('button', { name: 'Refund' }).click();
  await statusWith(page, /Refunded\. \$5\.00 of/).waitFor();
  await page.getByRole('cell', { name: 'Scratched on arrival' }).waitFor();
  await shot(page, '12-payment-partially-refunded');
  ok(`the admin refunds $5.00 of ${second.orderNumber} with a reason`);

  await page.getByRole('link', { name: 'order page' }).click();
  await page.getByLabel('Cancel reason (optional)').fill('Customer asked to cancel');
  await page.getByRole('button', { name: 'Cancel and refund' }).click();
  await statusWith(page, `Order ${second.orderNumber} is cancelled and its payment refunded`).waitFor();
  await shot(page, '13-order-cancelled');
  const payment = await staffApi.getPayment(second.paymentId!);
  assert.equal(payment.status, 'refunded');
  assert.equal(payment.refundedAmount, payment.amount);
  assert.deepEqual(
    payment.refunds.map((r) => r.reason),
    ['Scratched on arrival', 'Customer asked to cancel'],
  );
  ok(`the admin cancels ${second.orderNumber} and the rest is refunded`);

  // The orders list by the customer's email alone (in any letter case) shows both, shipped and cancelled.
  await page.getByRole('link', { name: 'Orders', exact: true }).click();
  await page.getByRole('heading', { name: 'Orders' }).waitFor();
  await page.getByLabel('Customer (email or id)').fill(customerEmail.toUpperCase());
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/customer=/);
  const orders = page.getByRole('table');
  await orders.getByRole('row').filter({ hasText: first.orderNumber }).getByText('shipped', { exact: true }).waitFor();
  await orders.getByRole('row').filter({ hasText: second.orderNumber }).getByText('cancelled', { exact: true }).waitFor();
  assert.equal(await orders.getByRole('row').count(), placed.length + 1, "header plus every order of the customer's");
  await shot(page, '14-orders-by-email');
  ok(`the orders list by ${customerEmail} shows the customer's ${placed.length} orders`);

  // Reads the confirmation email of the first order in the notification log (it is sent asynchronously).
  const log = `/notifications?recipient=${encodeURIComponent(customerEmail)}&eventType=order.created&orderId=${first.id}`;
  const deadline = Date.now() + 30_000;
  await page.goto(log);
  while ((await page.getByRole('table').getByRole('link').count()) === 0) {
    assert.ok(Date.now() < deadline, 'the confirmation email reaches the log within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await page.goto(log);
  }
  await shot(page, '15-notification-log');
  await page.getByRole('table').getByRole('link').first().click();
  const frame = page.frameLocator('iframe.email-frame');
  await frame.getByText(first.orderNumber).first().waitFor();
  assert.equal(await page.locator('iframe.email-frame').getAttribute('sandbox'), '', 'the email is shown in a fully sandboxed frame');
  await shot(page, '16-notification-email');
  ok(`the admin reads the confirmation email of ${first.orderNumber}`);

  // Categories: deleting one that products use is refused, in the catalog's own words.
  const category = await staffApi.getCategory((await staffApi.getProduct(productId)).categoryId!);
  await page.getByRole('link', { name: 'Categories', exact: true }).click();
  await page.getByRole('heading', { name: 'Categories', level: 1 }).waitFor();
  await page.locator('summary', { hasText: category.name }).first().click();
  await page.getByRole('button', { name: `Delete ${category.name}`, exact: true }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /first\./ })
    .waitFor();
  await shot(page, '17-category-in-use');
  ok(`deleting the category ${category.name} is refused while it is used`);

  // Inventory: the shipment took one unit; the admin sets the stock and sees it.
  await page.getByRole('link', { name: 'Inventory', exact: true }).click();
  await page.getByLabel('SKU starts with').fill(sku);
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: sku }).click();
  await page.getByRole('heading', { name: `Stock of ${sku}` }).waitFor();
  await page.getByLabel('Quantity on hand').fill('30');
  await page.getByLabel('Location').fill('Aisle 9');
  await page.getByRole('button', { name: 'Set stock' }).click();
  await statusWith(page, `${sku}: 30 on hand, 30 available.`).waitFor();
  await shot(page, '18-stock-adjusted');
  assert.equal((await staffApi.getStock(sku)).location, 'Aisle 9');
  ok('the admin adjusts quantity and location');

  // Users: deactivating the customer stops their sign-in; reactivating restores it.
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByLabel('Name or email').fill(customerEmail);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: `Deactivate ${customerEmail}` }).click();
  await statusWith(page, 'deactivated and cannot sign in').waitFor();
  await shot(page, '19-user-deactivated');
  const refused = await gateway.login(customerEmail, customerPassword).catch((e: unknown) => e);
  assert.equal((refused as { status?: number }).status, 403, 'a deactivated customer cannot sign in');
  await page.getByRole('button', { name: `Reactivate ${customerEmail}` }).click();
  await statusWith(page, 'active again').waitFor();
  await gateway.login(customerEmail, customerPassword);
  ok('the admin deactivates and reactivates a customer');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Staff sign in' }).waitFor();
  await page.goto('/orders');
  await page.waitForURL(/\/login\?next=%2Forders/);
  ok('after signing out, pages ask to sign in again');
  assert.deepEqual(violations, [], 'the pages broke no Content-Security-Policy');
  ok('no page broke its Content-Security-Policy');
  await context.close();
} catch (error) {
  failed = true;
  process.stderr.write(`not ok - ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  await browser.close();
  await admin.close();
  await storefront.close();
  await platform.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
