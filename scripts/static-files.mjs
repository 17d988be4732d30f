import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Rollup plugin: writes index.html with its texts filled in from the interface
 * strings (`{{section.key}}`), and copies page.css, next to the bundle.
 */
export function staticFiles({ outDir, uiFile }) {
  return {
    name: 'static-files',
    async writeBundle() {
      const ui = JSON.parse(await readFile(uiFile, 'utf8'));
      const template = await readFile('src/index.html', 'utf8');
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
