// Runs the manifest analyzer, then tidies custom-elements.json for its readers (Storybook controls, README tables):
// - type aliases of the `as const` enumerations (`Units`, `LifeStageId`...) are expanded to their literal values,
//   so controls offer the real options and tables list them;
// - private and protected members (and the attributes the analyzer derived from private reactive state), and events
//   the analyzer saw without a name, are dropped;
// - modules are sorted, so the output is stable.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const result = spawnSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (result.status !== 0) process.exit(result.status ?? 1);

/** `Units` -> `'us' | 'metric'`, read from every `as const` enumeration under src. */
function enumAliases() {
  const aliases = new Map();
  const sources = readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `src/${file}`)
    .sort();
  for (const file of sources) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const arrays = new Map();
    for (const match of text.matchAll(/export const (\w+) = \[([^\]]*)\] as const/g)) {
      const values = [...match[2].matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      const spread = [...match[2].matchAll(/\.\.\.(\w+)/g)].flatMap((m) => arrays.get(m[1]) ?? []);
      arrays.set(match[1], [...spread, ...values]);
    }
    for (const match of text.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\]/g)) {
      const values = arrays.get(match[2]);
      if (values) aliases.set(match[1], values.map((v) => `'${v}'`).join(' | '));
    }
  }
  return aliases;
}

const aliases = enumAliases();
const expand = (type) => {
  if (!type?.text) return;
  type.text = type.text.replace(/\b[A-Z]\w+\b/g, (name) => aliases.get(name) ?? name);
};

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    const hidden = new Set(
      (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
    );
    declaration.members = declaration.members?.filter((m) => !hidden.has(m.name));
    for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
    // `static properties` lists reactive state too (`{ state: true }`): a private field is not an attribute.
    declaration.attributes = declaration.attributes?.filter((a) => !hidden.has(a.fieldName));
    declaration.events = declaration.events?.filter((e) => e.name);
    for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
  }
}
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
console.log(`custom-elements.json: ${tags.length} element(s): ${tags.join(', ')}`);
