/**
 * Recognizes affiliate links for `<mg-disclaimer-banner detect-affiliate>`. Pure apart from reading the DOM it is
 * given; no request leaves the page.
 *
 * A link counts when its `rel` has `sponsored` (the marking search engines ask for on paid links), or when its URL
 * matches a common affiliate network: a redirect host of a network, an Amazon link with an associate `tag`, or a
 * query parameter that only affiliate programs use. Publishers whose own links look different should mark them
 * `rel="sponsored"`.
 */

/** Hosts (and their subdomains) that only serve affiliate redirects. */
export const AFFILIATE_HOSTS = [
  'amzn.to',
  'shareasale.com',
  'shareasale-analytics.com',
  'anrdoezrs.net',
  'dpbolvw.net',
  'jdoqocy.com',
  'kqzyfj.com',
  'tkqlhce.com',
  'emjcd.com',
  'linksynergy.com',
  'awin1.com',
  'skimresources.com',
  'viglink.com',
  'prf.hn',
  'sjv.io',
  'pxf.io',
  '7eer.net',
  'hop.clickbank.net',
  'avantlink.com',
  'pjtra.com',
  'pntra.com',
  'gopjn.com',
  'flexlinkspro.com',
  'rstyle.me',
  'howl.link',
] as const;

/** Query parameters that only affiliate programs use. */
export const AFFILIATE_PARAMS = ['aff_id', 'affid', 'affiliate_id', 'aff_sub', 'irclickid'] as const;

/** Whether a URL (absolute, or relative to the document) points through an affiliate program. */
export function isAffiliateUrl(href: string, base?: string): boolean {
  let url: URL;
  try {
    url = new URL(href, base ?? globalThis.document?.baseURI);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  // A listed host or any of its subdomains.
  if (AFFILIATE_HOSTS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return true;
  // Amazon Associates: any Amazon store (amazon.com, amazon.co.uk, amazon.es...) with an associate tag.
  if (/(^|\.)amazon\.[a-z.]+$/.test(host) && url.searchParams.has('tag')) return true;
  return AFFILIATE_PARAMS.some((param) => url.searchParams.has(param));
}

/** Whether a link element is an affiliate link: `rel~=sponsored`, or an affiliate URL. */
export function isAffiliateLink(link: Element): boolean {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('sponsored')) return true;
  const href = link.getAttribute('href');
  return href != null && isAffiliateUrl(href);
}

/**
 * Counts the affiliate links (`a[href]`, `area[href]`) in `root` (the document by default), leaving out those
 * inside `except` (the banner's own content). Never throws.
 */
export function countAffiliateLinks(root: ParentNode | null | undefined = globalThis.document, except?: Node): number {
  if (!root) return 0;
  let count = 0;
  try {
    for (const link of root.querySelectorAll('a[href], area[href]')) {
      if (except?.contains(link)) continue;
      if (isAffiliateLink(link)) count += 1;
    }
  } catch {
    return count;
  }
  return count;
}
