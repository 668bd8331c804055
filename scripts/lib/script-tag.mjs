// The publishers' script tag, written once for the README and docs/publishers.md: the pinned CDN URL of this
// version's entry, `blocking="render"`, and the entry's SRI hash from the last build (dist/cdn/integrity.json).
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Where the docs say the CDN build is served (a placeholder host, with this version pinned). */
export const CDN_BASE = `https://cdn.example.com/mg-widgets@${version}/cdn/`;

/** The tag's lines, from `<script` to `></script>`. Run after a build (`npm run build` writes integrity.json). */
export function scriptTag() {
  const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'))['mg-widgets.js'];
  return [
    '<script',
    '  type="module"',
    '  blocking="render"',
    `  src="${CDN_BASE}mg-widgets.js"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join('\n');
}
