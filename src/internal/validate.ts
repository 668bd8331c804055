import { warnOnce } from './warn.js';

/**
 * Attribute validation shared by every element. Each helper returns a usable value and, for a bad input, logs
 * one `console.warn` per page naming the element, the attribute, the bad value, the valid values, a
 * did-you-mean when one is close, and the fallback in use. Nothing here throws.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/**
 * The candidate closest to `value`, when it is close enough to be a likely typo: a case or separator
 * difference, a prefix of at least three characters, or an edit distance within about a third of the length.
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const normalized = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (!normalized) return undefined;
  const exact = candidates.find((candidate) => candidate.toLowerCase() === normalized);
  if (exact) return exact;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    let score = editDistance(normalized, lower);
    if (normalized.length >= 3 && (lower.includes(normalized) || normalized.startsWith(lower))) {
      score = Math.min(score, 1);
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const allowed = Math.max(2, Math.ceil(normalized.length / 3));
  return bestScore <= allowed ? best : undefined;
}

/** Attribute-like input as text: a property set from script may be a number or anything else. */
function text(value: unknown): string | null | undefined {
  return value == null || typeof value === 'string' ? value : String(value);
}

function tagOf(host: Element | string): string {
  return typeof host === 'string' ? host : host.localName;
}

function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}

/**
 * Logs the shared warning for one bad attribute value (once per element name, attribute and value).
 * `valid` describes the accepted values; `fallback` describes what the element uses instead.
 */
export function warnInvalid(
  host: Element | string,
  attribute: string,
  value: string,
  valid: string,
  fallback: string,
  suggestion?: string,
): void {
  const tag = tagOf(host);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  warnOnce(
    `attr:${tag}:${attribute}:${value}`,
    `<${tag}>: ${attribute}=${quote(value)} is not valid. Valid values: ${valid}.${hint} Using ${fallback}.`,
  );
}

function listOf(valid: readonly string[]): string {
  return valid.join(', ');
}

/**
 * Validates an enumerated attribute. Missing (`null`/`undefined`) or empty gives `fallback` silently; an unknown
 * value warns and gives `fallback`. Matching is exact, so `Vegan` warns with a did-you-mean of `vegan`.
 */
export function parseEnum<T extends string>(
  host: Element | string,
  attribute: string,
  input: unknown,
  valid: readonly T[],
  fallback: T,
): T {
  const value = text(input);
  if (value == null || value.trim() === '') return fallback;
  const trimmed = value.trim();
  if ((valid as readonly string[]).includes(trimmed)) return trimmed as T;
  warnInvalid(host, attribute, value, listOf(valid), `"${fallback}"`, didYouMean(trimmed, valid));
  return fallback;
}

/** Like `parseEnum`, for attributes whose default is "unset" (for example `life-stage`). */
export function parseOptionalEnum<T extends string>(
  host: Element | string,
  attribute: string,
  input: unknown,
  valid: readonly T[],
  fallbackDescription = 'the default',
): T | undefined {
  const value = text(input);
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if ((valid as readonly string[]).includes(trimmed)) return trimmed as T;
  warnInvalid(host, attribute, value, listOf(valid), fallbackDescription, didYouMean(trimmed, valid));
  return undefined;
}

/**
 * Validates a space-separated token list (`categories="nuts-seeds legumes"`). Valid tokens are kept in order
 * without duplicates; each unknown token warns once and is dropped. When nothing valid remains and the
 * attribute was not empty, `fallback` is returned.
 */
export function parseTokenList<T extends string>(
  host: Element | string,
  attribute: string,
  input: unknown,
  valid: readonly T[],
  fallback: readonly T[] = [],
): T[] {
  const value = text(input);
  if (value == null) return [...fallback];
  const tokens = value.split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) return [...fallback];
  const result: T[] = [];
  for (const token of tokens) {
    if ((valid as readonly string[]).includes(token)) {
      if (!result.includes(token as T)) result.push(token as T);
    } else {
      warnInvalid(host, attribute, token, listOf(valid), 'the valid tokens only', didYouMean(token, valid));
    }
  }
  return result.length ? result : [...fallback];
}

export interface NumberRule {
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Value used when the attribute is missing or invalid. */
  fallback: number;
  /** Whether only whole numbers are accepted. */
  integer?: boolean;
}

/**
 * Validates a numeric attribute: not a number, not whole when `integer`, or outside `[min, max]` warns and gives
 * the fallback. Missing or empty gives the fallback silently.
 */
export function parseNumber(
  host: Element | string,
  attribute: string,
  value: string | number | null | undefined,
  rule: NumberRule,
): number {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return rule.fallback;
  const number = typeof value === 'number' ? value : Number(value.trim());
  const kind = rule.integer ? 'a whole number' : 'a number';
  const ok =
    Number.isFinite(number) && (!rule.integer || Number.isInteger(number)) && number >= rule.min && number <= rule.max;
  if (ok) return number;
  warnInvalid(host, attribute, String(value), `${kind} from ${rule.min} to ${rule.max}`, String(rule.fallback));
  return rule.fallback;
}
