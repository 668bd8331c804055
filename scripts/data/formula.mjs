// Molar mass and elemental magnesium of a chemical formula, computed (never typed in).

/**
 * Counts the atoms of a formula such as `Mg3(C6H5O7)2` or `MgCl2·6H2O`: element symbols with optional counts,
 * nested parentheses with a multiplier, and hydrate parts after `·` (or `.`/`*`) with a leading coefficient.
 * @param {string} formula
 * @returns {Map<string, number>}
 */
export function countAtoms(formula) {
  const total = new Map();
  for (const part of formula.split(/[·.*]/)) {
    const hydrate = /^(\d+)(.*)$/.exec(part);
    const coefficient = hydrate ? Number(hydrate[1]) : 1;
    const body = hydrate ? hydrate[2] : part;
    for (const [element, count] of parseGroup(body)) {
      total.set(element, (total.get(element) ?? 0) + count * coefficient);
    }
  }
  return total;
}

function parseGroup(text) {
  const stack = [new Map()];
  const tokens = text.match(/[A-Z][a-z]?|\d+|\(|\)/g) ?? [];
  if (tokens.join('') !== text) throw new Error(`cannot read formula part "${text}"`);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const count = next && /^\d+$/.test(next) ? Number(next) : 1;
    if (token === '(') stack.push(new Map());
    else if (token === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) throw new Error(`unbalanced parentheses in "${text}"`);
      for (const [element, n] of group) add(stack.at(-1), element, n * count);
      if (count !== 1 || /^\d+$/.test(next ?? '')) i++;
    } else if (/^[A-Z]/.test(token)) {
      add(stack.at(-1), token, count);
      if (next && /^\d+$/.test(next)) i++;
    } else throw new Error(`unexpected "${token}" in "${text}"`);
  }
  if (stack.length !== 1) throw new Error(`unbalanced parentheses in "${text}"`);
  return stack[0];
}

function add(map, element, n) {
  map.set(element, (map.get(element) ?? 0) + n);
}

/**
 * Molar mass (g/mol) from atom counts and atomic weights; throws for an element without a weight.
 * @param {Map<string, number>} atoms
 * @param {Record<string, number>} weights
 */
export function molarMass(atoms, weights) {
  let sum = 0;
  for (const [element, count] of atoms) {
    const weight = weights[element];
    if (weight === undefined) throw new Error(`no atomic weight for ${element}`);
    sum += weight * count;
  }
  return sum;
}

/**
 * Reads the atomic weights stated in the reference text, e.g. "(H 1.008, C 12.011, ... Mg 24.305)".
 * @param {string} text
 * @returns {Record<string, number>}
 */
export function readAtomicWeights(text) {
  const list = /\(((?:[A-Z][a-z]? \d+\.\d+(?:, )?)+)\)/.exec(text);
  if (!list) throw new Error('no atomic weights found in the reference text');
  return Object.fromEntries(
    list[1].split(', ').map((pair) => {
      const [symbol, value] = pair.split(' ');
      return [symbol, Number(value)];
    }),
  );
}
