// Reads the `as const` string arrays of src/data/enums.ts so the generator and the library share one list.
import { readFileSync } from 'node:fs';

/**
 * Extracts every `export const NAME = ['a', 'b', ...] as const;` whose items are plain string literals
 * (spreads such as `...DIET_TAGS` are resolved against arrays found earlier in the file). Arrays of arrays (such
 * as `LIFE_STAGE_GROUPS`) are not enumerations and are skipped.
 * @param {string} path
 * @returns {Record<string, string[]>}
 */
export function readEnums(path) {
  const source = readFileSync(path, 'utf8');
  const result = {};
  const pattern = /export const ([A-Z_]+) = \[([^[\]]*)\] as const;/g;
  for (const match of source.matchAll(pattern)) {
    const [, name, body] = match;
    const items = [];
    for (const part of body
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const literal = /^'([^']*)'$/.exec(part);
      const spread = /^\.\.\.([A-Z_]+)$/.exec(part);
      if (literal) items.push(literal[1]);
      else if (spread && result[spread[1]]) items.push(...result[spread[1]]);
      else throw new Error(`enums.ts: cannot read item ${part} of ${name}`);
    }
    result[name] = items;
  }
  return result;
}
