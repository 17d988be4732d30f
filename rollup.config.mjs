import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { contentValidation } from './scripts/validate-content.mjs';
import { staticFiles } from './scripts/static-files.mjs';

const outDir = 'dist/web';

export default {
  input: 'src/main.ts',
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: 'app.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    contentValidation(),
    nodeResolve(),
    json({ preferConst: true }),
    // Transpile only: `npm run typecheck` (tsc) does the type checking.
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
    terser({ format: { comments: false } }),
    staticFiles({ outDir, uiFile: 'content/nl/ui.json' }),
  ],
};
