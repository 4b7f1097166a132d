import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Integration tests start servers and touch the real keychain: keep them apart.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
