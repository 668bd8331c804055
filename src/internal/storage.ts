/**
 * Web Storage that never throws: private modes, sandboxed iframes and blocked cookies make `localStorage`
 * access itself throw, and quotas make writes throw. Every call here degrades to "nothing stored".
 */
export type StorageKind = 'local' | 'session';

function area(kind: StorageKind): Storage | undefined {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Reads a value, or `undefined` when it is missing or storage is unavailable. */
export function readStorage(kind: StorageKind, key: string): string | undefined {
  try {
    return area(kind)?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes a value; returns whether it was stored. */
export function writeStorage(kind: StorageKind, key: string, value: string): boolean {
  try {
    const storage = area(kind);
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a value; never throws. */
export function removeStorage(kind: StorageKind, key: string): void {
  try {
    area(kind)?.removeItem(key);
  } catch {
    // Storage unavailable: nothing to remove.
  }
}
