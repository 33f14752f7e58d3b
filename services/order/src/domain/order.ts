import { InvalidStateError } from '@shop/errors/errors';

export type OrderStatus = 'pending' | 'confirmed' | 'shipped' | 'delivered' | 'cancelled';
export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'refunded';
export type ShippingMethod = 'standard' | 'express';

export interface Address {
  firstName: string;
  lastName: string;
  line1: string;
  line2?: string | undefined;
  city: string;
  state?: string | undefined;
  postalCode: string;
  country: string;
  phone?: string | undefined;
}

export interface OrderLine {
  id: string;
  productId: string;
  sku: string;
  name: string;
  priceCents: number;
  quantity: number;
  imageUrl: string | null;
}

export interface StatusChange {
  status: OrderStatus;
  at: Date;
  note: string | null;
}

export interface Order {
  id: string;
  orderNumber: string;
  userId: string;
  email: string;
  items: OrderLine[];
  subtotalCents: number;
  taxCents: number;
  shippingCents: number;
  totalCents: number;
  currency: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: string | null;
  paymentId: string | null;
  shippingAddress: Address;
  billingAddress: Address;
  shippingMethod: ShippingMethod;
  trackingNumber: string | null;
  carrier: string | null;
  cancelReason: string | null;
  fromCart: boolean;
  statusHistory: StatusChange[];
  createdAt: Date;
  updatedAt: Date;
}

/** The order lifecycle (contract section 7); anything else is 409 INVALID_STATE. */
const NEXT: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(order: Pick<Order, 'orderNumber' | 'status'>, to: OrderStatus): void {
  if (!canTransition(order.status, to)) {
    throw new InvalidStateError(`Order ${order.orderNumber} is ${order.status}; it cannot become ${to}.`);
  }
}

/** The statuses an order may move to `to` from. */
export function sourcesOf(to: OrderStatus): OrderStatus[] {
  return (Object.keys(NEXT) as OrderStatus[]).filter((from) => NEXT[from].includes(to));
}
