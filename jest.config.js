/**
 * Jest runs the TypeScript sources as native ES modules: Payload 3 and its adapters are ESM-only,
 * so `npm test` starts Jest with NODE_OPTIONS=--experimental-vm-modules and @swc/jest only strips
 * types (it keeps `import`/`export`). CSS imports from Payload's UI packages are mapped to a stub.
 */
/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: false },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
      // Keeps `with { type: 'json' }` on JSON imports (the claim model), which Node's ESM loader requires.
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
  },
]

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/support/style-stub.cjs',
  },
  testEnvironment: 'node',
}

export default {
  // Booting Payload and seeding takes several seconds on a busy 2-core machine, more under two workers.
  testTimeout: 60_000,
  // Payload leaves a short-lived timer after destroy(); wait for it before calling handles open.
  openHandlesTimeout: 5000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/env.ts'],
    },
    // Browser journeys against the real production server (tests/e2e/support/server.ts starts it).
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
}
