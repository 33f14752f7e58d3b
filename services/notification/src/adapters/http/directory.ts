import { UpstreamProblemError, createServiceClient } from '@shop/http-client/client';
import type { Directory, OrderSummary, UserContact } from '../../domain/ports.js';

export interface DirectoryOptions {
  userServiceUrl: string;
  orderServiceUrl: string;
  token: () => Promise<string>;
  timeoutMs: number;
}

const notFound = (error: unknown) => error instanceof UpstreamProblemError && error.status === 404;

/** The user and order services, asked with this service's token. 404 is "no such user/order". */
export function httpDirectory(options: DirectoryOptions): Directory {
  const common = { token: options.token, timeoutMs: options.timeoutMs, retries: 2 };
  const users = createServiceClient({ upstream: 'user', baseUrl: options.userServiceUrl, ...common });
  const orders = createServiceClient({ upstream: 'order', baseUrl: options.orderServiceUrl, ...common });
  return {
    async user(userId): Promise<UserContact | null> {
      try {
        const u = await users.get<{ email: string; firstName?: string | null; phone?: string | null }>(
          `/api/v1/users/${encodeURIComponent(userId)}`,
        );
        return { email: u.email, firstName: u.firstName ?? null, phone: u.phone ?? null };
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async order(orderId): Promise<OrderSummary | null> {
      try {
        const o = await orders.get<{ id: string; orderNumber: string; userId: string; email: string }>(
          `/api/v1/orders/${encodeURIComponent(orderId)}`,
        );
        return { id: o.id, orderNumber: o.orderNumber, userId: o.userId, email: o.email };
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
  };
}
