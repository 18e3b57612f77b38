/** Arabic letters (the basic block; presentation forms are rare in titles). */
const ARABIC = /[\u0621-\u064A]/;

/**
 * Whether a page that is still loading looks Arabic, from what exists first: the language and direction of
 * <html>, then, once the <head> is complete (the parser has started <body>), the title and language metadata.
 * true: Arabic or right-to-left; false: the head is complete and says nothing of the kind; undefined: not yet known.
 */
export function looksArabic(doc: Document): boolean | undefined {
  const html = doc.documentElement;
  if (!html) return undefined;
  if (/^ar\b/i.test(html.lang) || html.dir.toLowerCase() === 'rtl') return true;
  if (!doc.body) return undefined;
  if (ARABIC.test(doc.title) || doc.body.dir.toLowerCase() === 'rtl') return true;
  const meta = doc.querySelector('meta[http-equiv="content-language" i], meta[property="og:locale"], meta[name="language" i]');
  return /^ar\b/i.test(meta?.getAttribute('content') ?? '');
}
