// Writes the generated parts of docs/publishers.md (between `<!-- publishers:NAME:start ... -->` and
// `<!-- publishers:NAME:end -->`), and checks its hand-written snippets:
// - script, importmap: the script tag (scripts/lib/script-tag.mjs) and the import map, with the version of package.json;
// - values: the ids and tokens of the list attributes (claims, supplement forms, food groups, notices, controls);
// - theming: the global `--mg-*` tokens (from src/internal/styles.ts) and each element's properties, parts and states;
// - events: every event of custom-elements.json, with its element, whether it can be cancelled, and its detail;
// - analytics: docs/analytics-example.js, verbatim.
// Every `<mg-*>` start tag in the doc's html code blocks must use attributes the element has, with valid values, and
// every element of the manifest needs a snippet. `--check` fails instead of writing when the doc is out of date. (The
// README's copy of the script tag comes from the same `scriptTag()`, written by readme-api.mjs.)
// Run after `npm run build` (or `npm run manifest`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { CDN_BASE, scriptTag } from './lib/script-tag.mjs';

const DOC = 'docs/publishers.md';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const byTag = new Map(elements.map((element) => [element.tagName, element]));

/** Every `export const NAME = [...] as const` of src (spreads of earlier arrays resolved), by name. */
function constArrays() {
  const arrays = new Map();
  const files = readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `src/${file}`)
    .sort();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/export const (\w+) = \[([^\]]*)\] as const/g)) {
      const spread = [...match[2].matchAll(/\.\.\.(\w+)/g)].flatMap((m) => arrays.get(m[1]) ?? []);
      const values = [...match[2].matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      arrays.set(match[1], [...spread, ...values]);
    }
  }
  return arrays;
}
const arrays = constArrays();

/**
 * The attributes whose values come from a list of ids or tokens (the manifest types them as strings): the array of
 * valid values, and whether the attribute takes several, space-separated.
 */
const LISTS = {
  'mg-evidence-badge': { claim: ['CLAIM_IDS', false] },
  'mg-form-comparer': { forms: ['SUPPLEMENT_FORM_IDS', true], highlight: ['SUPPLEMENT_FORM_IDS', false] },
  'mg-food-finder': { categories: ['FOOD_CATEGORIES', true] },
  'mg-disclaimer-banner': { kind: ['DISCLAIMER_KINDS', true] },
  'mg-reader-profile': { controls: ['PROFILE_CONTROLS', true] },
};
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'slot', 'hidden', 'title', 'data-*']);

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/* script and import map ---------------------------------------------------------------------------------------- */
function script() {
  return ['```html', scriptTag(), '```'].join('\n');
}

function importmap() {
  return [
    '```html',
    '<script type="importmap">',
    '  {',
    '    "integrity": {',
    `      "${CDN_BASE}chunks/foods-everyday-HASH.js": "sha384-...",`,
    `      "${CDN_BASE}chunks/evidence-HASH.js": "sha384-..."`,
    '    }',
    '  }',
    '</script>',
    '```',
    '',
    "The chunk names change with every build, so generate the map from that version's `integrity.json`:",
    '',
    '```sh',
    `node -e "const base = '${CDN_BASE}';`,
    "const hashes = require('./integrity.json'); delete hashes['mg-widgets.js'];",
    'console.log(JSON.stringify({ integrity: Object.fromEntries(Object.entries(hashes).map(([f, h]) => [base + f, h])) }, null, 2));"',
    '```',
  ].join('\n');
}

/* values ------------------------------------------------------------------------------------------------------ */
function values() {
  const lines = [];
  for (const [tag, attributes] of Object.entries(LISTS)) {
    if (!byTag.has(tag)) continue;
    for (const [attribute, [name, many]] of Object.entries(attributes)) {
      const list = arrays.get(name);
      if (!list) throw new Error(`${name} (valid values of ${tag}[${attribute}]) was not found under src`);
      lines.push(
        `- \`<${tag} ${attribute}>\`${many ? ' (space-separated)' : ''}: ${list.map((v) => `\`${v}\``).join(', ')}`,
      );
    }
  }
  return lines.join('\n');
}

/* theming ----------------------------------------------------------------------------------------------------- */
function theming() {
  const styles = readFileSync('src/internal/styles.ts', 'utf8');
  const tokens = new Map();
  for (const match of styles.matchAll(/var\((--mg-[a-z0-9-]+),\s*([^)]+)\)/g)) {
    if (!tokens.has(match[1])) tokens.set(match[1], match[2].trim());
  }
  const rows = [...tokens]
    .filter(([name]) => !name.endsWith('-dark'))
    .map(([name, fallback]) => {
      const dark = tokens.get(`${name}-dark`);
      return [code(name), code(fallback), dark ? `${code(`${name}-dark`)}: ${code(dark)}` : ''];
    });
  const out = [
    '**Global tokens** (set them on `:root` or any ancestor of the widgets):',
    '',
    table(['token', 'default', 'dark theme'], rows),
  ];
  for (const element of elements) {
    out.push('', `**\`<${element.tagName}>\`**`, '');
    const props = element.cssProperties ?? [];
    if (props.length) {
      out.push(
        table(
          ['custom property', 'default', 'what it styles'],
          props.map((p) => [code(p.name), code(p.default), cell(p.description)]),
        ),
        '',
      );
    }
    const parts = element.cssParts ?? [];
    if (parts.length)
      out.push(
        table(
          ['`::part()`', 'what it is'],
          parts.map((p) => [code(p.name), cell(p.description)]),
        ),
        '',
      );
    const states = element.cssStates ?? [];
    if (states.length)
      out.push(
        table(
          ['state', 'when'],
          states.map((s) => [code(`:state(${s.name})`), cell(s.description)]),
        ),
        '',
      );
    if (!props.length && !parts.length && !states.length) out.push('Only the global tokens.', '');
    if (out.at(-1) === '') out.pop();
  }
  return out.join('\n');
}

/* events ------------------------------------------------------------------------------------------------------ */
/** `{ bubbles, composed, cancelable }` of every event class under src/events, by event name. */
function eventOptions() {
  const options = new Map();
  for (const file of readdirSync('src/events').filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(`src/events/${file}`, 'utf8');
    const name = text.match(/eventName = '([^']+)'/)?.[1];
    const init = text.match(/super\(\w+\.eventName, \{([^}]*)\}\)/)?.[1] ?? '';
    if (name)
      options.set(
        name,
        Object.fromEntries(['bubbles', 'composed', 'cancelable'].map((k) => [k, new RegExp(`${k}: true`).test(init)])),
      );
  }
  return options;
}

function events() {
  const options = eventOptions();
  const rows = [];
  const local = [];
  for (const element of elements) {
    for (const event of element.events ?? []) {
      const o = options.get(event.name);
      if (!o) throw new Error(`no event class under src/events for ${event.name} (<${element.tagName}>)`);
      if (!o.bubbles || !o.composed) local.push(event.name);
      rows.push([code(event.name), code(`<${element.tagName}>`), o.cancelable ? 'yes' : '', cell(event.description)]);
    }
  }
  const reach = local.length
    ? `These do not reach \`document\` (listen on the element): ${local.map(code).join(', ')}.`
    : 'Every one bubbles and is composed: a listener on `document` hears it from any widget, wherever it is.';
  return [reach, '', table(['event', 'element', 'cancelable', 'when, and `detail`'], rows)].join('\n');
}

/* analytics ---------------------------------------------------------------------------------------------------- */
function analytics() {
  return ['```js', readFileSync('docs/analytics-example.js', 'utf8').trimEnd(), '```'].join('\n');
}

const SECTIONS = { script, importmap, values, theming, events, analytics };
const SOURCES = {
  script: 'package.json',
  importmap: 'package.json',
  values: 'the `as const` arrays of src',
  theming: 'src/internal/styles.ts and custom-elements.json',
  events: 'custom-elements.json and src/events',
  analytics: 'docs/analytics-example.js',
};

let doc = readFileSync(DOC, 'utf8');
const original = doc;
for (const [name, generate] of Object.entries(SECTIONS)) {
  const start = `<!-- publishers:${name}:start`;
  const end = `<!-- publishers:${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`${DOC} has no ${start} ... ${end} markers.`);
    process.exit(1);
  }
  const marker = `${start} (generated by scripts/publishers-doc.mjs from ${SOURCES[name]}; do not edit) -->`;
  doc = `${doc.slice(0, from)}${marker}\n\n${generate()}\n\n${doc.slice(to)}`;
}

/* Snippets: every <mg-*> start tag in an html code block uses real attributes with valid values. -------------- */
const problems = [];
const snippetTags = new Set();
for (const block of doc.matchAll(/```html\n([\s\S]*?)```/g)) {
  for (const match of block[1].matchAll(/<(mg-[a-z-]+)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*\/?>/g)) {
    const [, tag, attributeText] = match;
    snippetTags.add(tag);
    const element = byTag.get(tag);
    if (!element) {
      problems.push(`<${tag}> is not in custom-elements.json`);
      continue;
    }
    for (const [, name, value] of attributeText.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
      if (GLOBAL_ATTRIBUTES.has(name) || name.startsWith('data-')) continue;
      const attribute = (element.attributes ?? []).find((a) => a.name === name);
      if (!attribute) {
        problems.push(`<${tag} ${name}>: ${tag} has no attribute "${name}"`);
        continue;
      }
      const type = attribute.type?.text ?? '';
      const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      const list = LISTS[tag]?.[name];
      if (type === 'boolean' && value !== undefined)
        problems.push(`<${tag} ${name}="${value}">: a boolean attribute takes no value`);
      else if (literals.length && value !== undefined && !literals.includes(value)) {
        problems.push(`<${tag} ${name}="${value}">: not one of ${literals.join(', ')}`);
      } else if (list && value !== undefined) {
        const valid = arrays.get(list[0]);
        const tokens = list[1] ? value.split(/\s+/).filter(Boolean) : [value];
        for (const token of tokens)
          if (!valid.includes(token)) problems.push(`<${tag} ${name}="${value}">: "${token}" is not one of ${list[0]}`);
      }
    }
  }
}
for (const element of elements) {
  if (!snippetTags.has(element.tagName)) problems.push(`<${element.tagName}> has no snippet in an html code block`);
}
if (problems.length) {
  console.error(`${DOC}: snippets that do not match custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

if (check) {
  if (doc !== original) {
    console.error(`${DOC} is out of date: run \`npm run build && node scripts/publishers-doc.mjs\` and commit it.`);
    process.exit(1);
  }
  console.log(`${DOC} is up to date (${elements.length} elements; snippets match custom-elements.json).`);
} else {
  writeFileSync(DOC, doc);
  console.log(`${DOC} written (${elements.length} elements; snippets match custom-elements.json).`);
}
