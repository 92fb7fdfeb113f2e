import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One copy of graphql for type-graphql, Apollo and the tests ("Duplicate graphql modules").
const graphqlDir = dirname(require.resolve('graphql/package.json'));

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: [{ find: /^graphql$/, replacement: `${graphqlDir}/index.js` }] },
  test: {
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/server/**/*.spec.ts', 'tests/client/**/*.spec.ts', 'tests/seeds/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.spec.ts'], fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.spec.ts'], fileParallelism: false, testTimeout: 180_000 },
      },
    ],
  },
});
