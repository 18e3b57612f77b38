/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour, or null when transparent or unreadable. */
export function luminance(css: string): number | null {
  const m = css.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const lin = (v: string) => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/**
 * Is the page dark where `el` sits? The first opaque background up the tree decides; a page with no
 * background of its own follows the browser's `prefers-color-scheme` when it declares it supports dark.
 */
export function isDarkAt(el: Element | null): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    // Our own highlights are not the page's background.
    if (e.classList.contains('ana-hl')) continue;
    const l = luminance(getComputedStyle(e).backgroundColor);
    if (l !== null) return l < 0.18;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme || '';
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark && (scheme.includes('dark') || scheme === 'normal' || scheme === '');
}
