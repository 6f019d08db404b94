import { defaultClientConditions, defineConfig } from 'vite';

// Stories import the packages' TypeScript sources through the 'source' export condition.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { target: 'es2022' },
});
