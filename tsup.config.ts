import { defineConfig } from 'tsup'

// unified, remark-parse and their helpers are ESM only. The ESM build leaves
// every dependency external; the CommonJS build bundles the ESM-only ones so
// that `require('yujuesuan')` works on every Node 20, with or without
// require(esm). zod and decimal.js ship CommonJS and stay external, so a
// consumer's zod and ours are the same instance.
const cjsExternal = ['zod', 'decimal.js']

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schemas: 'schemas/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { index: 'src/index.ts', schemas: 'schemas/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    external: cjsExternal,
    noExternal: [/^(?!zod$|decimal\.js$)/],
  },
  {
    entry: { cli: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
])
