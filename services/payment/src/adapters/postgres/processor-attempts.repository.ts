import type { Database } from '@shop/db/database';
import type { ProcessorAttempts } from '../../domain/ports.js';

/** The simulated processor's per-order attempt log (table `processor_attempts`). */
export function createProcessorAttempts(db: Database): ProcessorAttempts {
  return {
    async first(orderId) {
      const { rowCount } = await db.query('INSERT INTO processor_attempts (order_id) VALUES ($1) ON CONFLICT DO NOTHING', [orderId]);
      return rowCount === 1;
    },
  };
}
