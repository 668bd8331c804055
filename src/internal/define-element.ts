import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element without ever throwing on the host page.
 * - Not yet defined: defines it.
 * - Already defined by the same mg-widgets version (the script loaded twice): silent.
 * - Defined by another version, or by another script: one `console.warn` for the page, naming both versions;
 *   the element already defined stays in use.
 */
export function defineElement(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing === ctor) return;
    const theirs = existing.version;
    if (theirs === VERSION) return;
    const owner = theirs ? `mg-widgets ${theirs}` : 'another script';
    warnOnce(
      `define:${theirs ?? 'foreign'}`,
      `mg-widgets ${VERSION}: <${tag}> is already defined by ${owner}; the elements already defined stay in use. ` +
        'Load one copy of mg-widgets per page.',
    );
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    warnOnce(`define-error:${tag}`, `mg-widgets ${VERSION}: could not define <${tag}>: ${String(error)}`);
  }
}
