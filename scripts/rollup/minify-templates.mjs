// Rollup plugin: shrinks the text of Lit `css` and `html`/`svg` tagged templates, which minifiers leave untouched.
// - css: comments dropped, whitespace collapsed, spaces around `{ } ; , >` and after `:` in declarations removed.
// - html/svg: comments dropped, every whitespace run that holds a line break becomes one space (the same rendering:
//   HTML collapses whitespace; none of our templates uses <pre>, <textarea> or `white-space: pre` on template text).
// Expressions (`${...}`) are untouched: only the static parts change, so bindings keep their positions.
import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);

/** Minifies one static chunk of CSS. `atStart`/`atEnd` say whether an expression touches it on that side. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([{;])\s*([\w-]+)\s*:\s*/g, '$1$2:')
    .trim();
}

/** Minifies one static chunk of HTML. */
export function minifyHtml(text) {
  return text.replace(/<!--(?!\?lit\$)[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      let changed = false;
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          let next = minify(raw);
          // CSS: keep a space where an expression meets a word, so `${a} ${b}` stays two tokens.
          if (node.tag.name === 'css' && raw !== next) {
            if (/^\s/.test(raw) && quasi !== node.quasi.quasis[0]) next = ` ${next}`;
            if (/\s$/.test(raw) && !quasi.tail) next = `${next} `;
          }
          if (next !== raw) {
            s.overwrite(quasi.start, quasi.end, next);
            changed = true;
          }
        }
      });
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
