import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';

// The catalog site (site/ → dist/site), built from the packages' TypeScript
// sources through their 'source' export condition. `npm start` serves it.
export default defineConfig({
  root: resolve(import.meta.dirname, 'site'),
  base: './',
  publicDir: false,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/site'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { index: resolve(import.meta.dirname, 'site/index.html') } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
