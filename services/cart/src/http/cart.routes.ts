import type { Principal } from '@shop/auth/principal';
import type { HttpApp } from '@shop/http/app';
import type { FastifyRequest } from 'fastify';
import type { Carts } from '../domain/carts.js';
import { AddItemBody, CartParams, CartSchema, LineParams, MergeBody, SetQuantityBody } from './cart.schemas.js';
import { cartView } from './cart.view.js';

const tags = ['cart'];
/** A guest cart needs no token; a user's cart needs that user's (or an admin's or a service's). */
const security: Record<string, string[]>[] = [{ bearerAuth: [] }, {}];

/** The caller, or null for none; a token that was sent but does not verify is a 401, never "anonymous". */
function callerOf(request: FastifyRequest): Principal | null {
  if (request.authError) throw request.authError;
  return request.auth;
}

export function registerCartRoutes(app: HttpApp, carts: Carts): void {
  app.get(
    '/api/v1/cart/:userId',
    {
      schema: { tags, security, summary: 'The cart (an empty one when there is none)', params: CartParams, response: { 200: CartSchema } },
    },
    async (request) => cartView(await carts.get(callerOf(request), request.params.userId)),
  );

  app.post(
    '/api/v1/cart/:userId/items',
    {
      schema: {
        tags,
        security,
        summary: 'Add a product (name, sku, price and image come from the catalog)',
        params: CartParams,
        body: AddItemBody,
        response: { 200: CartSchema },
      },
    },
    async (request) => {
      const { productId, quantity } = request.body;
      return cartView(await carts.addItem(callerOf(request), request.params.userId, productId, quantity));
    },
  );

  app.put(
    '/api/v1/cart/:userId/items/:productId',
    {
      schema: {
        tags,
        security,
        summary: "Set a line's quantity; 0 removes it",
        params: LineParams,
        body: SetQuantityBody,
        response: { 200: CartSchema },
      },
    },
    async (request) => {
      const { userId, productId } = request.params;
      return cartView(await carts.setQuantity(callerOf(request), userId, productId, request.body.quantity));
    },
  );

  app.delete(
    '/api/v1/cart/:userId/items/:productId',
    { schema: { tags, security, summary: 'Remove a line', params: LineParams, response: { 200: CartSchema } } },
    async (request) => cartView(await carts.removeItem(callerOf(request), request.params.userId, request.params.productId)),
  );

  app.delete(
    '/api/v1/cart/:userId',
    { schema: { tags, security, summary: 'Empty the cart', params: CartParams, response: { 204: { type: 'null' } } } },
    async (request, reply) => {
      await carts.clear(callerOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/cart/:userId/merge',
    {
      schema: {
        tags,
        security,
        summary: "Move a guest cart's lines into this user's cart (at sign-in)",
        params: CartParams,
        body: MergeBody,
        response: { 200: CartSchema },
      },
    },
    async (request) => cartView(await carts.merge(callerOf(request), request.params.userId, request.body.guestId)),
  );
}
