import { AsyncLocalStorage } from 'node:async_hooks';
import { ROOT_CONTEXT, context, createContextKey, type Context, type ContextManager } from '@opentelemetry/api';

const REQUEST_ID = createContextKey('shop.request-id');

/**
 * OpenTelemetry context manager on AsyncLocalStorage, with `enterWith` so an HTTP hook can set
 * the context for the rest of a request without wrapping Fastify's lifecycle.
 */
export class AlsContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();

  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.storage.run(ctx, () => fn.apply(thisArg, args));
  }

  bind<T>(ctx: Context, target: T): T {
    if (typeof target !== 'function') return target;
    const run = (...args: unknown[]) => this.with(ctx, () => (target as (...a: unknown[]) => unknown)(...args));
    return run as T;
  }

  enterWith(ctx: Context): void {
    this.storage.enterWith(ctx);
  }

  enable(): this {
    return this;
  }

  disable(): this {
    this.storage.disable();
    return this;
  }
}

export const contextManager = new AlsContextManager();
context.setGlobalContextManager(contextManager);

export function withRequestId(ctx: Context, requestId: string): Context {
  return ctx.setValue(REQUEST_ID, requestId);
}

export function requestIdOf(ctx: Context = context.active()): string | undefined {
  return ctx.getValue(REQUEST_ID) as string | undefined;
}
