/**
 * Runs as each page starts to load, before its DOM exists: when the page looks Arabic (its language, its
 * direction, or Arabic letters in its title), the background is woken and its engine warmed up, so it is
 * ready by the time the main content script has found the article. It only looks at <html> and the <head>,
 * and sends one message per page at most; everything else waits for the main content script.
 */
import { looksArabic } from '@/lib/extension/looks-arabic';

// The browser's own API object, not the polyfill: this script runs on every page and stays a few hundred bytes.
const runtime = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).runtime;
interface Api { runtime: { sendMessage(msg: unknown): Promise<unknown> | undefined } }

// Listed in the manifest by wxt.config.ts (an unlisted script carries no polyfill and no content-script runtime).
export default defineUnlistedScript({
  main() {
    let sent = false;
    const check = (final: boolean): boolean => {
      if (sent) return true;
      const verdict = looksArabic(document);
      if (verdict === true) {
        sent = true;
        performance.mark('ana:warm');
        runtime.sendMessage({ type: 'warm' })?.catch(() => {});
      }
      return sent || final || verdict === false;
    };
    if (check(false)) return;
    // The <head> (title, language meta) is complete once <body> starts; the parser adds both to <html>.
    const root = document.documentElement;
    if (!root) return;
    const observer = new MutationObserver(() => {
      if (document.body && check(true)) observer.disconnect();
    });
    observer.observe(root, { childList: true });
    document.addEventListener('DOMContentLoaded', () => {
      observer.disconnect();
      check(true);
    }, { once: true });
  },
});
