/**
 * The customer journey in a real browser: `npm run test:browser` (needs `npm run build -w apps/storefront`
 * first, and Debian's chromium or CHROMIUM_PATH). Starts the platform and the storefront on free ports.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '@shop/browser/chromium';
import { cspViolations, pageSecurityProblems } from '@shop/next-host/testing';
import { ephemeralPorts } from '@shop/runner/env';
import { startPlatform } from '@shop/runner/main';
import { startStorefront } from '../src/server.js';

const root = join(import.meta.dirname, '..', '..', '..');
const shots = join(root, '.artifacts', 'screenshots');
mkdirSync(shots, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), 'storefront-e2e-'));
const platform = await startPlatform({ ...process.env, ...ephemeralPorts(), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const storefront = await startStorefront({ port: 0, gatewayUrl: platform.gatewayUrl, clientAddressSecret: platform.clientAddressSecret });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

/**
 * The answers the browser received whose body holds `secret`: pages and actions, not the app's own
 * code under /_next/static (which lists the test cards).
 */
function answersHolding(page: Page, secret: string): () => Promise<string[]> {
  const found: string[] = [];
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/static/')) return;
    const read = response.text().then(
      (body) => void (body.includes(secret) && found.push(`${response.request().method()} ${response.url()}`)),
      () => undefined, // a redirect, or a body the browser no longer holds
    );
    reads.push(read);
  });
  return async () => {
    await Promise.all(reads);
    return found;
  };
}

async function journey(card: string, tag: string) {
  const context = await browser.newContext({ baseURL: storefront.url });
  const page = await context.newPage();
  const violations = cspViolations(page);
  const cardAnswers = answersHolding(page, card);
  await page.goto('/');
  await shot(page, `${tag}-01-home`);

  // A guest searches with a typo and filters by brand.
  await page.getByLabel('Search products').fill('hedphones');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/\/search\?q=hedphones/);
  await shot(page, `${tag}-02-search`);
  await page.getByRole('list', { name: 'Products' }).waitFor();
  const products = page.getByRole('list', { name: 'Products' }).getByRole('listitem');
  assert.ok((await products.count()) > 0, 'the typo search finds products');
  const brands = page.getByRole('group', { name: 'Brand' }).getByRole('checkbox');
  const brand = (await brands.first().getAttribute('value'))!;
  await page.getByRole('checkbox', { name: brand, exact: true }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/brand=/);
  await page.getByRole('list', { name: 'Products' }).waitFor();
  const filtered = page.getByRole('list', { name: 'Products' }).getByRole('listitem');
  const count = await filtered.count();
  assert.ok(count > 0, 'the brand filter leaves products');
  for (let i = 0; i < count; i++) assert.match(await filtered.nth(i).innerText(), new RegExp(brand));
  await shot(page, `${tag}-03-filtered`);

  // Adds two products (in stock) to the cart.
  const hrefs: string[] = [];
  const all = page.getByRole('list', { name: 'Products' }).getByRole('listitem');
  for (let i = 0; i < (await all.count()) && hrefs.length < 2; i++) {
    if ((await all.nth(i).innerText()).includes('Out of stock')) continue;
    hrefs.push((await all.nth(i).getByRole('link').first().getAttribute('href'))!);
  }
  if (hrefs.length < 2) {
    await page.goto('/search?q=hedphones');
    const more = page.getByRole('list', { name: 'Products' }).getByRole('listitem');
    for (let i = 0; i < (await more.count()) && hrefs.length < 2; i++) {
      const h = (await more.nth(i).getByRole('link').first().getAttribute('href'))!;
      if (!hrefs.includes(h) && !(await more.nth(i).innerText()).includes('Out of stock')) hrefs.push(h);
    }
  }
  assert.equal(hrefs.length, 2);
  for (const [i, href] of hrefs.entries()) {
    await page.goto(href);
    await page.getByLabel('Quantity').fill(String(i + 1));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
    await shot(page, `${tag}-04-product-${i + 1}`);
  }
  await page.getByRole('link', { name: /^Cart/ }).click();
  await page.waitForURL(/\/cart$/);
  await page.getByRole('list', { name: 'Items in your cart' }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem').count(), 2);
  await shot(page, `${tag}-05-cart`);

  // Checkout asks to sign in; the guest registers and the cart survives.
  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.waitForURL(/\/login/);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByRole('heading', { name: 'Create an account' }).waitFor();
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email').fill(`ada-${tag}-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery');
  await shot(page, `${tag}-06-register`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/checkout$/);
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  await page.getByRole('link', { name: 'Account' }).waitFor();
  assert.match(await page.getByRole('link', { name: /^Cart/ }).innerText(), /Cart \(3\)/, 'the cart survived the sign-up');

  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Address', { exact: true }).fill('1 Analytical Way');
  await page.getByLabel('City').fill('London');
  await page.getByLabel('Postal code').fill('12345');
  await page.getByLabel('Country').selectOption('GB');
  await page.getByRole('radio', { name: 'Express' }).check();
  await shot(page, `${tag}-07-checkout`);
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.getByRole('heading', { name: 'Review your order' }).waitFor();
  // The card is typed on the review step, beside the total, and sent once, with "Place order".
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiry month').fill('12');
  await page.getByLabel('Expiry year').fill(String(new Date().getFullYear() + 2));
  await page.getByLabel('CVC').fill('123');
  await shot(page, `${tag}-08-review`);
  await page.getByRole('button', { name: 'Place order' }).click();
  /** After the outcome is on screen: no answer carried the card back, and the page broke no policy. */
  const settled = async () => {
    assert.deepEqual(await cardAnswers(), [], 'no answer to the browser holds the card number');
    const fields = await page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).value} ${i.getAttribute('value')}`));
    assert.ok(!fields.join(' ').includes(card), 'no field of the page holds the card number');
    assert.deepEqual(violations, [], 'the pages broke no Content-Security-Policy');
  };
  return { page, context, settled };
}

let failed = false;
try {
  for (const path of ['/', '/login']) {
    assert.deepEqual(await pageSecurityProblems(`${storefront.url}${path}`), [], `the security headers of ${path}`);
  }
  process.stdout.write('ok - pages carry the security headers and a fresh nonce on every script\n');

  const ok = await journey('4242424242424242', 'success');
  await ok.page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
  const text = await ok.page.getByRole('status').innerText();
  const orderNumber = /ORD-\d+/.exec(text)?.[0];
  assert.ok(orderNumber, 'the confirmation shows the order number');
  await shot(ok.page, 'success-09-confirmation');
  await ok.page.getByRole('link', { name: 'Account' }).click();
  await ok.page.getByRole('link', { name: 'Your orders' }).click();
  await ok.page.getByRole('link', { name: orderNumber }).waitFor();
  await shot(ok.page, 'success-10-orders');
  await ok.page.getByRole('link', { name: orderNumber }).click();
  await ok.page.getByRole('list', { name: 'Status history' }).waitFor();
  await shot(ok.page, 'success-11-order-detail');
  process.stdout.write(`ok - checkout with 4242424242424242 placed ${orderNumber}\n`);

  // A confirmed order can still be cancelled by its owner: the money comes back.
  await ok.page.getByRole('button', { name: 'Cancel order' }).click();
  await ok.page.getByRole('status').filter({ hasText: 'Your order was cancelled and refunded' }).waitFor();
  assert.equal(await ok.page.getByRole('button', { name: 'Cancel order' }).count(), 0, 'a cancelled order cannot be cancelled again');
  await shot(ok.page, 'success-12-cancelled');
  await ok.settled();
  await ok.context.close();
  process.stdout.write(`ok - ${orderNumber} cancelled and refunded from the order page\n`);

  const bad = await journey('4000000000000002', 'decline');
  const alert = bad.page.getByRole('alert').filter({ hasText: 'declined' });
  await alert.waitFor();
  await shot(bad.page, 'decline-09-declined');
  assert.equal(await bad.page.getByLabel('Card number').inputValue(), '', 'the card is typed again after a decline');
  await bad.settled();
  await bad.page.goto('/cart');
  await bad.page.getByRole('list', { name: 'Items in your cart' }).waitFor();
  assert.equal(await bad.page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem').count(), 2, 'the cart is kept');
  await shot(bad.page, 'decline-10-cart-kept');
  await bad.context.close();
  process.stdout.write('ok - checkout with 4000000000000002 is declined and keeps the cart\n');
} catch (error) {
  failed = true;
  process.stderr.write(`not ok - ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  await browser.close();
  await storefront.close();
  await platform.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
