import type { CartLine, ProductSnapshot, StoredCart } from './cart.js';

/** The outcome of an add: the cart after it, or a refusal that left the cart unchanged. */
export type AddOutcome = { ok: true; cart: StoredCart } | { ok: false; currentQuantity: number };

/**
 * Carts, one record per user or guest id. Every write is atomic in the store (no
 * read-modify-write from the service), refreshes the cart's expiry, and bumps its version.
 * Quantities never go above `MAX_LINE_QUANTITY`.
 */
export interface CartStore {
  /** The cart, or null when there is none (never created, cleared, or expired). */
  get(userId: string): Promise<StoredCart | null>;
  /**
   * Adds `quantity` to the product's line, creating it (and the cart) when absent, and refreshes
   * the line's name, sku, price and image. Refused, with the line's current quantity and nothing
   * changed, when the line would hold more than `limit` (itself capped at 99).
   */
  addItem(userId: string, product: ProductSnapshot, quantity: number, limit: number): Promise<AddOutcome>;
  /** Sets an existing line's quantity (1..99) and refreshes its details; null when the line is not in the cart. */
  setQuantity(userId: string, product: ProductSnapshot, quantity: number): Promise<StoredCart | null>;
  /** Removes a line; null when the line is not in the cart. */
  removeItem(userId: string, productId: string): Promise<StoredCart | null>;
  /** Deletes the cart; nothing happens when there is none. */
  clear(userId: string): Promise<void>;
  /**
   * Adds lines into the cart in one atomic step: quantities add up, capped at 99; a product
   * already in the cart keeps its details and position, a new one comes with its own.
   */
  mergeLines(userId: string, lines: readonly CartLine[]): Promise<StoredCart>;
  /** Deletes the cart only if its version is still `version` (nobody wrote since it was read). */
  deleteIfVersion(userId: string, version: number): Promise<boolean>;
  ping(): Promise<void>;
  /** The engine behind this port and its version, asked from it (readiness names it). */
  engine(): Promise<string>;
  close(): Promise<void>;
}

/** A product as the catalog shows it to the cart. */
export interface CatalogProduct extends ProductSnapshot {
  isActive: boolean;
}

/** The catalog service. Throws `UpstreamUnavailableError` when it does not answer in time or fails. */
export interface CatalogPort {
  /** The product, or null when the catalog does not know it (or hides it). */
  getProduct(productId: string): Promise<CatalogProduct | null>;
}

/** The inventory service. Throws `UpstreamUnavailableError` when it does not answer in time or fails. */
export interface InventoryPort {
  /** How many units of the sku can still be sold; 0 for an sku inventory does not know. */
  availableQuantity(sku: string): Promise<number>;
}
