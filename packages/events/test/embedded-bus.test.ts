import { testPgliteHost } from '@shop/db/testing';
import { silentLogger } from '@shop/logging/logger';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { busContract } from './bus.contract.js';

busContract('the embedded bus in memory', async () => {
  const bus = await createEmbeddedBus({ logger: silentLogger(), pollMs: 50 });
  return { bus, close: () => bus.close() };
});

busContract('the embedded bus on PGlite', async () => {
  const host = await testPgliteHost();
  const bus = await createEmbeddedBus({ db: await host.database('bus'), logger: silentLogger(), pollMs: 50 });
  return {
    bus,
    close: async () => {
      await bus.close();
      await host.close();
    },
  };
});
