import { useLayoutEffect, useRef } from 'preact/hooks';

/** Where a country's flag is in the package ("RU" → "/flags/ru.svg"), or null for anything but an ISO code. */
export function flagPath(code: string | null | undefined): string | null {
  return code && /^[A-Za-z]{2}$/.test(code) ? `/flags/${code.toLowerCase()}.svg` : null;
}

/**
 * A small flag image for extension pages (popup, side panel, options, People), loaded from the package. Decorative:
 * the country's name is always written beside it. A code without a flag file shows nothing.
 */
export function Flag({ code }: { code: string | null | undefined }) {
  const src = flagPath(code);
  if (!src) return null;
  return (
    <img class="flag" src={src} alt="" width={20} height={15} aria-hidden="true" data-country={code!.toUpperCase()}
      onError={(e) => (e.currentTarget as HTMLImageElement).remove()} />
  );
}

/**
 * The same flag drawn inline, for the in-page card: the page's Content-Security-Policy may forbid images from
 * elsewhere, so the SVG markup (one of our own package files, handed over by the background) becomes DOM nodes.
 */
export function InlineFlag({ svg, code }: { svg: string; code: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName.toLowerCase() !== 'svg' || doc.querySelector('parsererror, script, foreignObject')) return el.replaceChildren();
    el.replaceChildren(el.ownerDocument.importNode(root, true));
  }, [svg]);
  return <span ref={ref} class="flag" aria-hidden="true" data-country={code.toUpperCase()} />;
}
