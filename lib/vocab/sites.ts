import data from '../../assets/sites.json';

/** Selectors of one big news site (assets/sites.json). */
export interface SiteRule {
  name: string;
  host: string;
  /** Only pages whose path starts with this (BBC hosts many languages). */
  path?: string;
  body: string[];
  exclude: string[];
  title: string;
  /** Saved real pages of the site in ../shared/corpus/dev (ids) that the rule is checked against. */
  real_pages: string[];
  /** Why the rule has no real page behind it, when it has none. */
  unverified?: string;
}

export const sites: SiteRule[] = data.sites;

/** The rule for a page URL, if its host is (a subdomain of) a known site. */
export function siteFor(url: string | null | undefined): SiteRule | null {
  if (!url) return null;
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  for (const s of sites) {
    if (host !== s.host && !host.endsWith('.' + s.host)) continue;
    if (s.path && !path.startsWith(s.path)) continue;
    return s;
  }
  return null;
}
