/** Layering rules (HOUSE.md): the domain knows no framework, no driver, no adapter. */
const DRIVERS =
  'node_modules/(fastify|@fastify|pg|pg-pool|@electric-sql|mongodb|ioredis|kafkajs|@platformatic|@opensearch-project|nodemailer|pino|undici|jose|@node-rs|prom-client)/';
module.exports = {
  forbidden: [
    {
      name: 'domain-not-to-http-or-adapters',
      comment: 'Domain code must not import the HTTP layer or adapters; depend on ports (domain/ports.ts) instead.',
      severity: 'error',
      from: { path: '/src/domain/' },
      to: { path: ['/src/http/', '/src/adapters/', '/src/consumers/', '/src/app\\.ts$', '/src/main\\.ts$'] },
    },
    {
      name: 'domain-not-to-drivers',
      comment: 'Domain code must not import a framework or a driver.',
      severity: 'error',
      from: { path: '/src/domain/' },
      to: { path: DRIVERS },
    },
    {
      name: 'domain-not-to-kit-infrastructure',
      comment:
        'Domain code may use the error, auth-principal and event-catalog kits, but not HTTP, database or bus packages, nor ' +
        'the idempotency kit: a use case hands on the opaque receipt a route made, it never sees a status code or a body.',
      severity: 'error',
      from: { path: '/src/domain/' },
      to: { path: '(^|/)packages/(http|http-client|db|runtime|idempotency)/|@shop/(http|http-client|db|runtime|idempotency)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.next)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['source', 'import', 'default'], extensions: ['.ts', '.js'] },
  },
};
