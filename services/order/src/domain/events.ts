import type { Order } from './order.js';
import type { OrderEvent } from './ports.js';
import { amountsInUnits, lineInUnits } from './totals.js';

const ref = (o: Order) => ({ orderId: o.id, orderNumber: o.orderNumber, userId: o.userId, email: o.email });

/** The event data each order change publishes (contract section 9). */
export const orderEvents = {
  created: (o: Order): OrderEvent => ({
    type: 'order.created',
    data: {
      ...ref(o),
      items: o.items.map(lineInUnits),
      ...amountsInUnits(o),
      shippingAddress: o.shippingAddress,
    },
  }),
  cancelled: (o: Order, reason: string): OrderEvent => ({ type: 'order.cancelled', data: { ...ref(o), reason } }),
  shipped: (o: Order, trackingNumber: string, carrier: string): OrderEvent => ({
    type: 'order.shipped',
    data: { ...ref(o), trackingNumber, carrier },
  }),
  delivered: (o: Order): OrderEvent => ({ type: 'order.delivered', data: ref(o) }),
};
