import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { contentValidation } from './scripts/content/rollup-plugin.mjs';
import { defaultLanguageTexts } from './scripts/default-language.mjs';
import { rmSync } from 'node:fs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { prerenderFirstScreen } from './scripts/prerender/prerender.mjs';
import { staticFiles } from './scripts/static-files.mjs';

const outDir = 'dist/web';

export default {
  input: 'src/main.ts',
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: 'app.js',
    experimentalMinChunkSize: 500,
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    // Chunk names carry hashes: without a clean folder, old chunks would end up in the zips.
    { name: 'empty-out-dir', buildStart: () => rmSync(outDir, { recursive: true, force: true }) },
    contentValidation(),
    defaultLanguageTexts(),
    minifyCssLiterals(),
    nodeResolve(),
    json({ preferConst: true }),
    // Transpile only: `npm run typecheck` (tsc) does the type checking.
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
    terser({ format: { comments: false } }),
    staticFiles({ outDir }),
    // The introduction into index.html as markup, once staticFiles() has written it (docs/prerender.md).
    prerenderFirstScreen({ outDir }),
  ],
};
