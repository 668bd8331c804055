// The names of the TypeScript `private` members of our classes that can be shortened in the CDN build: those that
// appear nowhere in src but as `this.<name>`, their declaration, or their own `static properties` entry. A private
// member is reached only from its class, and a class is in one chunk, so terser renames it the same everywhere it
// occurs. A name used anywhere else (an object key passed to a lazy chunk, a property of data) keeps its name.
import { readdirSync, readFileSync } from 'node:fs';

/** `private`, with what may come between it and the member's name, at the start of a line. */
const PRIVATE = String.raw`^\s*(?:declare\s+)?private\s+(?:readonly\s+|static\s+|async\s+|get\s+|set\s+)*`;
const DECLARATION = new RegExp(`${PRIVATE}([A-Za-z_$][\\w$]*)`, 'gm');

/** Every private name that is safe to rename, in a stable order. */
export function privateNames(root = 'src') {
  const sources = readdirSync(root, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => readFileSync(`${root}/${file}`, 'utf8'));
  const declared = new Set(sources.flatMap((text) => [...text.matchAll(DECLARATION)].map((m) => m[1])));
  const all = sources.join('\n');
  const count = (pattern) => all.match(pattern)?.length ?? 0;
  return [...declared]
    .filter((name) => {
      const uses = count(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g'));
      const own =
        count(new RegExp(`\\bthis\\.${name}(?![\\w$])`, 'g')) +
        count(new RegExp(`${PRIVATE}${name}(?![\\w$])`, 'gm')) +
        count(new RegExp(`^\\s+${name}: \\{ state: true \\},$`, 'gm'));
      return uses === own;
    })
    .sort();
}

/** A terser `mangle.properties.regex` for `privateNames()`. */
export function privateNamesPattern(root) {
  return new RegExp(`^(?:${privateNames(root).join('|')})$`);
}
