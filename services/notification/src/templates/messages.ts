import type { MessageKind } from '../domain/ports.js';

/**
 * The message templates (Handlebars). Each email is written once, as HTML; its plain-text part is
 * derived from the same rendering, so the two never disagree. `{{> lines}}` and `{{> address}}`
 * are shared partials; `money` formats major units in the event's currency.
 */
export const PARTIALS = {
  lines: `<table class="lines" role="presentation">
  <thead><tr><th align="left">Item</th><th align="right">Qty</th><th align="right">Price</th><th align="right">Total</th></tr></thead>
  <tbody>
  {{#each items}}<tr><td>{{name}}</td><td align="right">{{quantity}}</td><td align="right">{{money price ../currency}}</td><td align="right">{{money (times price quantity) ../currency}}</td></tr>
  {{/each}}</tbody>
</table>
<table class="totals" role="presentation">
  <tr><td>Subtotal</td><td align="right">{{money subtotal currency}}</td></tr>
  <tr><td>Tax</td><td align="right">{{money taxAmount currency}}</td></tr>
  <tr><td>Shipping</td><td align="right">{{#if shippingAmount}}{{money shippingAmount currency}}{{else}}Free{{/if}}</td></tr>
  <tr><td><strong>Total</strong></td><td align="right"><strong>{{money totalAmount currency}}</strong></td></tr>
</table>`,
  address: `<p class="address">{{firstName}} {{lastName}}<br>{{line1}}<br>{{#if line2}}{{line2}}<br>{{/if}}{{postalCode}} {{city}}{{#if state}}, {{state}}{{/if}}<br>{{country}}</p>`,
  greeting: `<p>{{#if firstName}}Hi {{firstName}},{{else}}Hello,{{/if}}</p>`,
  orderLink: `<p><a href="{{orderUrl}}">View order {{orderNumber}}</a></p>`,
};

export const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{subject}}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1c1917">
<main style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<h1 style="font-size:20px;margin:0 0 16px">{{subject}}</h1>
{{{body}}}
<p style="color:#57534e;font-size:13px;margin-top:32px">Shop · <a href="{{shopUrl}}" style="color:#1d4ed8">{{shopUrl}}</a></p>
</main>
</body>
</html>`;

export const TEMPLATES: Record<MessageKind, { subject: string; body: string; sms: string }> = {
  'order.created': {
    subject: 'Order {{orderNumber}} confirmed',
    body: `{{> greeting}}
<p>Thank you for your order. We have received your payment and are getting order <strong>{{orderNumber}}</strong> ready.</p>
{{> lines}}
<h2 style="font-size:16px">Shipping to</h2>
{{#with shippingAddress}}{{> address}}{{/with}}
{{> orderLink}}`,
    sms: 'Shop: order {{orderNumber}} is confirmed. Total {{money totalAmount currency}}.',
  },
  'payment.successful': {
    subject: 'Payment received{{#if orderNumber}} for order {{orderNumber}}{{/if}}',
    body: `{{> greeting}}
<p>We received your payment of <strong>{{money amount currency}}</strong>{{#if orderNumber}} for order <strong>{{orderNumber}}</strong>{{/if}}.</p>
<p>Payment reference: {{paymentId}}</p>
{{> orderLink}}`,
    sms: 'Shop: payment of {{money amount currency}} received{{#if orderNumber}} for order {{orderNumber}}{{/if}}.',
  },
  'payment.failed': {
    subject: 'Payment declined{{#if orderNumber}} for order {{orderNumber}}{{/if}}',
    body: `{{> greeting}}
<p>Your payment of <strong>{{money amount currency}}</strong>{{#if orderNumber}} for order <strong>{{orderNumber}}</strong>{{/if}} did not go through{{#if declineCode}} ({{declineReason declineCode}}){{/if}}, and you have not been charged.</p>
<p>Your cart is still there: you can try again with another card.</p>
<p><a href="{{shopUrl}}/cart">Go to your cart</a></p>`,
    sms: 'Shop: your payment{{#if orderNumber}} for order {{orderNumber}}{{/if}} was declined. You have not been charged.',
  },
  'order.shipped': {
    subject: 'Order {{orderNumber}} has shipped',
    body: `{{> greeting}}
<p>Good news: order <strong>{{orderNumber}}</strong> is on its way.</p>
<p>Carrier: <strong>{{carrier}}</strong><br>Tracking number: <strong>{{trackingNumber}}</strong></p>
{{> orderLink}}`,
    sms: 'Shop: order {{orderNumber}} has shipped with {{carrier}}, tracking {{trackingNumber}}.',
  },
  'order.delivered': {
    subject: 'Order {{orderNumber}} was delivered',
    body: `{{> greeting}}
<p>Order <strong>{{orderNumber}}</strong> was delivered. We hope you enjoy it.</p>
{{> orderLink}}`,
    sms: 'Shop: order {{orderNumber}} was delivered.',
  },
  'order.cancelled': {
    subject: 'Order {{orderNumber}} was cancelled',
    body: `{{> greeting}}
<p>Order <strong>{{orderNumber}}</strong> was cancelled{{#if reason}}: {{reason}}{{/if}}.</p>
<p>If you were charged, the full amount is being refunded to your card.</p>
{{> orderLink}}`,
    sms: 'Shop: order {{orderNumber}} was cancelled. Any charge is being refunded.',
  },
  'user.registered': {
    subject: 'Welcome to Shop{{#if firstName}}, {{firstName}}{{/if}}',
    body: `{{> greeting}}
<p>Your account is ready. You can follow your orders and check out faster from now on.</p>
<p><a href="{{shopUrl}}">Start shopping</a></p>`,
    sms: 'Shop: welcome{{#if firstName}}, {{firstName}}{{/if}}! Your account is ready.',
  },
};
