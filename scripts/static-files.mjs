import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configuredDefaultLanguage } from './default-language.mjs';

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Rollup plugin: writes index.html in the package's default language, its
 * `{{lang}}` filled in with that language and its texts (`{{section.key}}`)
 * from that language's interface strings, and copies page.css, next to the bundle.
 */
export function staticFiles({ outDir }) {
  return {
    name: 'static-files',
    buildStart() {
      // Not imported by any module: named here, so that `npm run dev` rebuilds when they change.
      for (const file of ['src/index.html', 'src/page.css']) this.addWatchFile(file);
    },
    async writeBundle() {
      const language = configuredDefaultLanguage();
      const uiFile = `content/${language}/ui.json`;
      const ui = JSON.parse(await readFile(uiFile, 'utf8'));
      const template = (await readFile('src/index.html', 'utf8')).replaceAll('{{lang}}', language);
      const html = template.replace(/\{\{(\w+)\.(\w+)\}\}/g, (placeholder, section, key) => {
        const text = ui[section]?.[key];
        if (typeof text !== 'string') this.error(`src/index.html: ${placeholder} has no text in ${uiFile}`);
        return escapeHtml(text);
      });
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, 'index.html'), html);
      await copyFile('src/page.css', join(outDir, 'page.css'));
    },
  };
}
