import type { NextConfig } from 'next';

const config: NextConfig = {
  // The monorepo root, so Turbopack resolves the hoisted workspace packages.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default config;
