import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

const shared = { plugins: [tsconfigPaths()] }

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/results.json' },
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        ...shared,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          setupFiles: ['tests/helpers/int.setup.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A light proof of work (src/proofOfWork) keeps tests that cast hundreds of votes quick; it is still checked
          env: { NODE_ENV: 'test', LOG_LEVEL: 'warn', PROOF_OF_WORK_MAX_COUNTER: '100' },
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
