import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'client/**/*.test.ts', 'contract/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Integration tests share one Neo4j (Community has one user database): files run one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
