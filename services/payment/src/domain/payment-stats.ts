import type { PaymentDay } from './ports.js';

export interface PaymentStats {
  capturedCents: number;
  refundedCents: number;
  /** Captured less refunded: what the shop kept. */
  netCents: number;
  failedCount: number;
  succeededCount: number;
  byDay: { date: string; capturedCents: number; refundedCents: number; netCents: number }[];
}

/** A range's totals from its days (integer cents throughout). */
export function summarizePayments(days: PaymentDay[]): PaymentStats {
  const total = (key: 'capturedCents' | 'refundedCents' | 'failedCount' | 'succeededCount') => days.reduce((sum, d) => sum + d[key], 0);
  const capturedCents = total('capturedCents');
  const refundedCents = total('refundedCents');
  return {
    capturedCents,
    refundedCents,
    netCents: capturedCents - refundedCents,
    failedCount: total('failedCount'),
    succeededCount: total('succeededCount'),
    byDay: days.map((d) => ({
      date: d.date,
      capturedCents: d.capturedCents,
      refundedCents: d.refundedCents,
      netCents: d.capturedCents - d.refundedCents,
    })),
  };
}
