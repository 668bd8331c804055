/**
 * One registry of warnings already shown, shared through `globalThis` so that two copies of the library on
 * one page do not repeat each other's warnings.
 */
const REGISTRY_KEY = Symbol.for('mg-widgets.warnings');

type Registry = { [REGISTRY_KEY]?: Set<string> };

/** The set of warning keys already logged on this page. */
export function warnedKeys(): Set<string> {
  const registry = globalThis as Registry;
  return (registry[REGISTRY_KEY] ??= new Set<string>());
}

/** Logs `message` with `console.warn` once per page for a given `key`. Returns whether it logged. */
export function warnOnce(key: string, message: string): boolean {
  const keys = warnedKeys();
  if (keys.has(key)) return false;
  keys.add(key);
  console.warn(message);
  return true;
}
