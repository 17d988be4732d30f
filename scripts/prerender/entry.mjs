// @ts-check
/**
 * What scripts/prerender/prerender.mjs bundles and runs in Node to write the first screen into
 * dist/web/index.html: `<wed-app>` as the app renders it with no property set (the introduction
 * of a fresh attempt in the build's default language), through Lit's server renderer, with
 * declarative shadow roots. Bundled with esbuild as the build bundles src/ (the default
 * language's packs, the css`…` literals minified), `lit` and `@lit-labs/ssr` left as imports so
 * both are node_modules' one copy; run after @lit-labs/ssr's global DOM shim is installed
 * (scripts/prerender/render-worker.mjs).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/wed-app.js';

/** `<wed-app>` rendered, Lit's hydration markers still in. */
export function renderFirstScreen() {
  return collectResultSync(render(html`<wed-app></wed-app>`));
}
