/**
 * Returns `value` as an absolute `http:`/`https:` URL string, or `undefined` for anything else
 * (`javascript:`, `data:`, `vbscript:`, relative garbage that resolves elsewhere, empty strings).
 * Relative URLs resolve against `base` (the document's base URL by default).
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base ?? globalThis.document?.baseURI ?? undefined);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
