// Builds the preview LMS (preview/) into dist/preview/. A developer tool: the
// package zips take only dist/web/, so nothing built here ships.
import { readFile } from 'node:fs/promises';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';

// PREVIEW_OUT_DIR lets tests build elsewhere without touching dist/.
const outDir = process.env.PREVIEW_OUT_DIR || 'dist/preview';

/** Emits the preview's page and stylesheet next to the bundle. */
function previewPage() {
  const files = ['preview/index.html', 'preview/preview.css'];
  return {
    name: 'preview-page',
    async generateBundle() {
      for (const file of files) {
        this.addWatchFile(file);
        this.emitFile({ type: 'asset', fileName: file.slice('preview/'.length), source: await readFile(file, 'utf8') });
      }
    },
  };
}

export default {
  input: 'preview/preview.ts',
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: 'preview.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve(),
    json({ preferConst: true }),
    // Transpile only: type checking is tsc's job.
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
    previewPage(),
  ],
};
