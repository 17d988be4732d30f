// Builds the coordinators' team report as one self-contained file,
// dist/teamrapport.html: script and styles inline, a Content Security Policy
// that allows only these two by their hashes, no request to anywhere, so it
// works offline and from a file:// URL. `npm run build:report`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { contentValidation } from './scripts/content/rollup-plugin.mjs';

const TEMPLATE = 'src/report/page/index.html';
const PAGE_CSS = 'src/report/page/page.css';
const TEXTS = 'content/nl/report.json';
export const REPORT_FILE = 'teamrapport.html';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Replaces the bundle by one HTML file holding it. */
function singleFileHtml() {
  return {
    name: 'single-file-html',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (chunks.length !== 1) this.error(`expected one script chunk, got ${chunks.length}`);
      // "</script" inside the script would end the element early; "<\/" means the same in JS strings and regexes.
      const script = chunks[0].code.replace(/<\/(script)/gi, '<\\/$1').trim();
      if (script.includes('<!--')) this.error('the report script contains "<!--", which HTML would misread');
      const style = (await readFile(PAGE_CSS, 'utf8')).trim();
      const texts = JSON.parse(await readFile(TEXTS, 'utf8'));
      const csp = [
        "default-src 'none'",
        `script-src ${sha256(script)}`,
        `style-src ${sha256(style)}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      const html = (await readFile(TEMPLATE, 'utf8')).replace(/\{\{([\w.]+)\}\}/g, (placeholder, key) => {
        if (key === 'csp') return csp;
        if (key === 'style') return style;
        if (key === 'script') return script;
        const [section, name] = key.split('.');
        const text = texts[section]?.[name];
        if (typeof text !== 'string') this.error(`${TEMPLATE}: ${placeholder} has no text in ${TEXTS}`);
        return escapeHtml(text);
      });
      for (const name of Object.keys(bundle)) Reflect.deleteProperty(bundle, name);
      this.emitFile({ type: 'asset', fileName: REPORT_FILE, source: html });
    },
  };
}

export default {
  input: 'src/report/page/main.ts',
  output: {
    dir: 'dist',
    format: 'iife',
    inlineDynamicImports: true,
    entryFileNames: 'teamrapport.js',
    sourcemap: false,
  },
  plugins: [
    contentValidation(),
    nodeResolve({ browser: true }),
    json({ preferConst: true }),
    // Transpile only: `npm run typecheck` (tsc) does the type checking.
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
    terser({ format: { comments: false } }),
    singleFileHtml(),
  ],
};
