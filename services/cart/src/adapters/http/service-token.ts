import type { ServiceTokenSource } from '@shop/auth/service-token';
import type { Logger } from '@shop/logging/logger';

/**
 * The cart's own service token for its calls to catalog and inventory. Those reads are public,
 * so the token is only there to be exempt from their per-IP rate limit: when the user service
 * cannot issue one, calls go without it (and the cart does not ask again for `coolOffMs`).
 */
export function bestEffortToken(source: ServiceTokenSource, logger: Logger, coolOffMs = 30_000): () => Promise<string> {
  let retryAt = 0;
  return async () => {
    if (Date.now() < retryAt) return '';
    try {
      return await source.getToken();
    } catch (error) {
      retryAt = Date.now() + coolOffMs;
      logger.warn({ err: error }, 'no service token; calling catalog and inventory without one');
      return '';
    }
  };
}
