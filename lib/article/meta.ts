// What a page says about itself: JSON-LD (headline, articleBody, type), Open Graph, the title.

export interface StructuredData {
  headline: string | null;
  articleBody: string | null;
  /** JSON-LD or Open Graph says the page is an article. */
  isArticle: boolean;
  /** JSON-LD says the page is a listing (home page, collection, search results) and nothing says article. */
  isListing: boolean;
  siteName: string | null;
}

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;
const LISTING_TYPE = /^(WebSite|CollectionPage|SearchResultsPage|ItemList|SiteNavigationElement)$/;

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

/** Every object of a JSON-LD value (arrays and @graph flattened). */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    yield o;
    if (o['@graph']) yield* objects(o['@graph']);
  }
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() || null;

export function readStructuredData(doc: Document): StructuredData {
  let headline: string | null = null;
  let articleBody: string | null = null;
  let isArticle = false;
  let listing = false;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const o of objects(json)) {
      const types = typesOf(o);
      if (types.some((t) => ARTICLE_TYPE.test(t))) {
        isArticle = true;
        if (!headline && typeof o.headline === 'string') headline = o.headline.trim() || null;
        if (!articleBody && typeof o.articleBody === 'string') articleBody = o.articleBody.trim() || null;
      } else if (types.some((t) => LISTING_TYPE.test(t)) && !types.includes('WebSite')) listing = true;
    }
  }
  const ogType = meta(doc, 'og:type');
  if (ogType && /article/i.test(ogType)) isArticle = true;
  if (ogType && /^website$/i.test(ogType)) listing = true;
  return { headline, articleBody, isArticle, isListing: listing && !isArticle, siteName: meta(doc, 'og:site_name') };
}

const SEPARATOR = /\s+[-|–—•:]\s+/;

/** A page title without its site-name suffix or prefix ("… - اليوم السابع", "الجزيرة نت | …"). */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title.trim();
  const isSite = (p: string) => (siteName && p.trim() === siteName.trim()) || p.trim().split(/\s+/).length <= 3;
  const last = parts[parts.length - 1]!;
  if (isSite(last)) return title.slice(0, title.lastIndexOf(last)).replace(/\s+[-|–—•:]\s*$/, '').trim();
  const first = parts[0]!;
  if (siteName && first.trim() === siteName.trim()) return title.slice(first.length).replace(/^\s*[-|–—•:]\s+/, '').trim();
  return title.trim();
}

function withoutSiteName(title: string, siteName: string | null): string {
  const site = siteName?.trim();
  if (!site) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length > 1 && (parts[parts.length - 1]!.trim() === site || parts[0]!.trim() === site)) return stripSiteName(title, site);
  return title;
}

/** The article's title: JSON-LD headline, then og:title without the site name, then the first h1, then <title>. */
export function pageTitle(doc: Document, data: StructuredData): string | null {
  // Some sites put their name in the JSON-LD headline too ("… - قناة صدى البلد"): only that exact name goes.
  if (data.headline) return withoutSiteName(data.headline, data.siteName);
  const og = meta(doc, 'og:title');
  if (og) return stripSiteName(og, data.siteName);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  const t = doc.querySelector('title')?.textContent?.trim();
  return t ? stripSiteName(t, data.siteName) : null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Plain paragraphs of a JSON-LD articleBody (some sites put markup or entities in it). */
export function plainArticleBody(body: string): string {
  return body
    .replace(/<\/?(p|div|br|h[1-6]|li|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : ENTITIES[e.toLowerCase()] ?? m)
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
}
