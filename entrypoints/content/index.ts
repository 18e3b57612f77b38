import './style.css';
import type { Analysis } from '@/lib/types';
import { FIRST_PART_CHARS, analysedPart, type ToBackground, type ToContent } from '@/lib/extension/messages';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '@/lib/extension/settings';
import { loadSettings } from '@/lib/extension/store';
import { findArticle, findArticleSteps, samePrefix, type ArticleInPage } from './article';
import { ArticleMap, highlight, unhighlight, MARK_CLASS, OFFICIAL_CLASS, UI_CLASS } from './highlight';
import { CardController, markFor } from './card';
import { highlightLabel } from '@/lib/extension/speakers';
import type { HighlightRange } from '@/lib/extension/ranges';
import { readerPart, readerPartOfPreview } from './reader-part';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT also announces the script with window.postMessage, for content scripts of WXT versions before its custom
  // event (this extension has always been built with one that listens to the event only). Chromium records the
  // call's source location, reparsing the whole bundle for its source positions: 8-9 ms of every page's first task.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    performance.mark('ana:start');
    let settings: Settings = structuredClone(DEFAULT_SETTINGS);
    // Read while the finder takes its first look at the page (see analyse).
    let settingsKnown = false;
    const settingsRead = loadSettings(browser.storage.sync)
      .catch(() => structuredClone(DEFAULT_SETTINGS))
      .then((read) => {
        settings = read;
        settingsKnown = true;
        applyLook(read);
        performance.mark('ana:settings');
      });
    let analysis: Analysis | null = null;
    let article: ArticleInPage | null = null;
    let lastText: string | null = null;
    let run: AbortController | null = null;
    let busy = false;
    const host = location.hostname;
    const card = new CardController(ctx, () => analysis);
    const send = (msg: ToBackground) => browser.runtime.sendMessage(msg);
    /** A failure in a UI handler: close the card, tell the background; the highlights stay usable. */
    const report = (e: unknown) => {
      card.close(false);
      send({ type: 'ui-error', message: e instanceof Error ? e.message : String(e) }).catch(() => {});
    };

    /**
     * The background's analysis of the article's analysed text or of the part the reader sees first. `totalChars`:
     * the whole article's length (unknown for a part asked for while the finder still runs).
     */
    const ask = async (part: string, which: 'first' | 'whole', title: string | null, totalChars?: number): Promise<Analysis> => {
      const truncated = totalChars === undefined || part.length < totalChars;
      const reply = (await send({ type: 'analyze', text: part, title, host, truncated, ...(totalChars !== undefined && { totalChars }) })) as
        | { ok: true; analysis: Analysis; engineMs?: number; worker?: WorkerTimes }
        | { ok: false; error: string };
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the background');
      // How long the engine itself ran in the background, for `npm run bench` (the rest is messaging).
      if (reply.engineMs !== undefined) performance.measure(which === 'first' ? 'ana:engine-first' : 'ana:engine', { start: 0, duration: reply.engineMs });
      if (reply.worker) markWorker(reply.worker);
      return reply.analysis;
    };

    /** Find, analyse and highlight; on any error leave the page as it was and tell the background. */
    async function analyse(force = false): Promise<void> {
      run?.abort();
      const controller = (run = new AbortController());
      const { signal } = controller;
      card.close(false);
      setState('working');
      try {
        busy = true;
        unhighlight(document);
        busy = false;
        const off = async () => {
          analysis = null;
          lastText = null;
          setState('off');
          await send({ type: 'disabled', host });
        };
        if (settingsKnown && !isSiteEnabled(settings, host)) return await off();
        // Removing old highlights and finding the article are separate tasks, so neither adds to the other's block.
        // On the first look at the page the settings arrive while the finder reads it (reading only): nothing is
        // sent to the background before they say the site is on, and the finder stops if they say it is off.
        await nextTask();
        if (signal.aborted) return;
        performance.mark('ana:find');
        // On a long article the finder hands out its beginning before it has judged the rest: the part the reader
        // sees is asked for then, and its analysis runs in the background while the finder goes on. It is used only
        // if the finder's result agrees with that beginning (see below); the reply is awaited there.
        let early = null as EarlyAsk | null;
        const found = await findInSteps(signal, () => settingsKnown && !isSiteEnabled(settings, host), (preview) => {
          const part = readerPartOfPreview(preview);
          if (!part) return;
          const reply = settingsRead.then(() => {
            if (signal.aborted || !isSiteEnabled(settings, host)) throw new Error('not asked');
            performance.mark('ana:first-asked');
            return ask(preview.text.slice(part.start, part.end), 'first', preview.title);
          });
          reply.catch(() => {});
          early = { part, preview, reply };
        });
        performance.mark('ana:found');
        await settingsRead;
        if (signal.aborted) return;
        if (!isSiteEnabled(settings, host)) return await off();
        article = found;
        if (!found) {
          analysis = null;
          lastText = null;
          setState('no-article');
          await send({ type: 'no-article', host });
          return;
        }
        // Read before any highlight splits the page's text nodes, so a second analysis can be placed too.
        const map = new ArticleMap(found);
        let replace = false;
        if (force || found.text !== lastText || !analysis) {
          const text = analysedPart(found.text);
          // A long article: the part the reader sees is analysed and highlighted first, then the whole analysed
          // part replaces it. Both requests leave at once (the first one earlier, during the find, when the finder's
          // beginning agrees with its result); the background answers them in order.
          const part = readerPart(found, text.length);
          const agreed = !!part && !!early && early.part.start === part.start && early.part.end === part.end && samePrefix(early.preview, found, part.end);
          if (early) performance.mark(agreed ? 'ana:first-agreed' : 'ana:first-not-agreed');
          const first = part && (agreed ? early!.reply : ask(text.slice(part.start, part.end), 'first', found.title, found.text.length));
          const whole = ask(text, 'whole', found.title, found.text.length);
          // Awaited below; until then a failure must not count as unhandled.
          whole.catch(() => {});
          if (part && first) {
            map.snapshot(part.end);
            const screenAnalysis = await first;
            performance.mark('ana:first-analysed');
            if (signal.aborted) return;
            analysis = screenAnalysis;
            busy = true;
            // The part on the screen is drawn in slices of 25 ms, so that it mostly shows in one frame.
            await highlight(found, { analysis: screenAnalysis, signal, label: labelFor, map, offset: part.start, sliceMs: FIRST_PART_SLICE_MS });
            if (signal.aborted) return;
            observer.takeRecords();
            busy = false;
            setFocusable(settings.highlightsVisible);
            markPainted('ana:first-painted');
            replace = true;
          }
          const full = await whole;
          performance.mark('ana:analysed');
          if (signal.aborted) return;
          analysis = full;
          lastText = found.text;
        }
        busy = true;
        await highlight(found, { analysis: analysis!, signal, label: labelFor, map, replace });
        if (signal.aborted) return;
        setFocusable(settings.highlightsVisible);
        setState('done');
        markPainted('ana:painted');
      } catch (e) {
        unhighlight(document);
        analysis = null;
        lastText = null;
        setState('error');
        send({ type: 'error', host, message: e instanceof Error ? e.message : String(e) }).catch(() => {});
      } finally {
        if (run === controller) busy = false;
        observer.takeRecords();
        if (!signal.aborted) markPainted('ana:end');
      }
    }

    const labelFor = (r: HighlightRange) => highlightLabel(analysis, r);

    // Finding the article costs a few ms on a normal page, more on a huge one: a page that keeps changing
    // is looked at again no more often than every ten times that cost.
    let findCost = 0;
    function timedFind(): ArticleInPage | null {
      const t = performance.now();
      try {
        return findArticle(document);
      } finally {
        findCost = performance.now() - t;
      }
    }

    // The first look at a page yields between the finder's phases once a task has run for a few ms, so a big
    // page is never blocked for long and a small one is not kept waiting for timers. A page that changed in
    // between (a text node of the result is gone) is looked at again in one go.
    async function findInSteps(signal: AbortSignal, stop: () => boolean, onPreview: (preview: ArticleInPage) => void): Promise<ArticleInPage | null> {
      const steps = findArticleSteps(document, FIND_OPTIONS);
      let cost = 0;
      let taskStart = performance.now();
      for (;;) {
        const t = performance.now();
        const step = steps.next();
        cost += performance.now() - t;
        if (step.done) {
          findCost = cost;
          const found = step.value;
          return found && !found.segments.every((s) => s.node.isConnected) ? timedFind() : found;
        }
        if (step.value) onPreview(step.value.preview);
        if (performance.now() - taskStart > FIND_SLICE_MS) {
          await nextTask();
          if (signal.aborted || stop()) return null;
          taskStart = performance.now();
        }
      }
    }

    // Single-page sites: a new URL or a replaced article means a new analysis (debounced).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay = 400) => {
      clearTimeout(timer);
      timer = setTimeout(() => void recheck(), Math.max(delay, findCost * 10));
    };
    async function recheck(): Promise<void> {
      if (busy) return schedule();
      const marksAlive = !!document.querySelector(`mark.${MARK_CLASS}`);
      const rootAlive = article?.root.isConnected ?? false;
      if (analysis && rootAlive && marksAlive) {
        const now = timedFind();
        if (now && now.text === lastText) return;
      }
      if (!analysis && !article && !isSiteEnabled(settings, host)) return;
      await analyse();
    }
    const observer = new MutationObserver((records) => {
      if (busy) return;
      const ours = (n: Node) => n instanceof Element && (n.classList.contains(MARK_CLASS) || n.classList.contains(UI_CLASS));
      const relevant = records.some(
        (r) => !ours(r.target) && ![...r.addedNodes, ...r.removedNodes].every(ours) && !(r.target instanceof Element && r.target.closest(`.${UI_CLASS}`)),
      );
      if (relevant) schedule(700);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
      run?.abort();
      card.close(false);
      unhighlight(document);
      for (const a of ['data-ana-state', 'data-ana-hidden', 'data-ana-roles']) document.documentElement.removeAttribute(a);
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lastText = null;
      schedule(300);
    });

    // Cards: click or Enter/Space on a highlight; Escape or a click outside closes.
    ctx.addEventListener(document, 'click', (e) => {
      if (card.contains(e)) return;
      const mark = (e.target as Element | null)?.closest?.<HTMLElement>(`mark.${MARK_CLASS}`);
      if (mark && settings.highlightsVisible && analysis) {
        e.preventDefault();
        e.stopPropagation();
        card.open(mark).catch(report);
      } else if (card.isOpen) card.close(false);
    }, { capture: true });
    ctx.addEventListener(document, 'keydown', (e) => {
      if (e.key === 'Escape' && card.isOpen) {
        e.preventDefault();
        card.close();
        return;
      }
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const mark = (e.target as Element | null)?.closest?.<HTMLElement>(`mark.${MARK_CLASS}`);
      if (mark && settings.highlightsVisible && analysis) {
        e.preventDefault();
        card.open(mark).catch(report);
      }
    }, { capture: true });

    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse) => {
      handle(raw as ToContent).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e) }));
      return true;
    });
    async function handle(msg: ToContent): Promise<unknown> {
      switch (msg.type) {
        case 'scroll-to': {
          const el = markFor(msg);
          if (!el) return { ok: false };
          el.scrollIntoView({ block: 'center', behavior: 'smooth' });
          el.focus({ preventScroll: true });
          flash(el);
          return { ok: true };
        }
        case 'set-highlights':
          return { ok: true };
        case 'reanalyse':
          settings = await loadSettings(browser.storage.sync).catch(() => settings);
          applyLook(settings);
          await analyse(true);
          return { ok: true };
        case 'ping':
          return { ok: true, marks: document.querySelectorAll(`mark.${OFFICIAL_CLASS}.ana-first`).length };
      }
    }

    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'sync' || !changes.settings) return;
      void loadSettings(browser.storage.sync).then((next) => {
        const wasEnabled = isSiteEnabled(settings, host);
        const dictChanged = JSON.stringify(next.dictionary) !== JSON.stringify(settings.dictionary);
        settings = next;
        applyLook(next);
        setFocusable(next.highlightsVisible);
        if (!next.highlightsVisible) card.close(false);
        if (wasEnabled !== isSiteEnabled(next, host) || dictChanged) void analyse(true);
      });
    });

    await analyse();
  },
});

/**
 * The finder runs its steps back to back within this many ms, then lets the page have the main thread: its longest
 * step on the saved dev pages is ~5 ms warm and ~15 ms at a page's first judging (cold code), so no task of it is
 * much longer than a frame (25 ms slices made tasks of 25–45 ms in Chromium).
 */
const FIND_SLICE_MS = 10;

/** The part the reader sees is highlighted in slices of this many ms (planning included), so it mostly shows in one frame. */
const FIRST_PART_SLICE_MS = 25;

/** On a long article the finder hands out its beginning early, enough of it for the part the reader sees first. */
const FIND_OPTIONS = { preview: FIRST_PART_CHARS };

/**
 * A new task, through a message port: timers chained from timers wait at least 4 ms from the fifth on (the HTML
 * standard's clamp), which the finder's slices would reach on a long page.
 */
let taskChannel: MessagePort | null = null;
const waitingForTask: (() => void)[] = [];
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (!taskChannel) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => waitingForTask.shift()?.();
      taskChannel = channel.port2;
    }
    waitingForTask.push(resolve);
    taskChannel.postMessage(null);
  });

/**
 * For `npm run bench`: the first time the highlights of the part the reader sees ('ana:first-painted') or of
 * the whole analysed part ('ana:painted') are in the DOM and a frame with them has been painted, and the end
 * of the first look at the page, whatever it found ('ana:end').
 */
const painted = new Set<string>();
function markPainted(name: 'ana:first-painted' | 'ana:painted' | 'ana:end'): void {
  if (painted.has(name)) return;
  painted.add(name);
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

/** The part the reader sees, asked for from the finder's preview of a long article's beginning, and the pending reply. */
interface EarlyAsk { part: { start: number; end: number }; preview: ArticleInPage; reply: Promise<Analysis> }

/**
 * When the background's worker started, had loaded the engine, and had warmed it up (ms since the epoch; 0: not
 * yet); when it received the request and started its engine on it; when each warm-up step ran.
 */
interface WorkerTimes { startedAt: number; loadedAt: number; warmedAt: number; receivedAt?: number; engineFrom?: number; warmSteps?: [number, number][] }

/** For `npm run bench`: the background's start-up and its first answer's way through it on this page's timeline, once. */
function markWorker(w: WorkerTimes): void {
  if (performance.getEntriesByName('ana:worker-start').length) return;
  const at = (epoch: number) => ({ startTime: Math.max(0, epoch - performance.timeOrigin) });
  performance.mark('ana:worker-start', at(w.startedAt));
  performance.mark('ana:worker-loaded', at(w.loadedAt));
  if (w.warmedAt) performance.mark('ana:worker-warm', at(w.warmedAt));
  if (w.receivedAt) performance.mark('ana:worker-received', at(w.receivedAt));
  if (w.engineFrom) performance.mark('ana:worker-engine', at(w.engineFrom));
  w.warmSteps?.forEach(([from, to], i) => performance.measure(`ana:warm-step-${i}`, { start: at(from).startTime, end: at(to).startTime }));
}

/** Colours, inline roles and visibility live on <html> as CSS variables and data attributes. */
function applyLook(s: Settings): void {
  const html = document.documentElement;
  html.style.setProperty('--ana-official-color', s.colors.official);
  html.style.setProperty('--ana-quote-color', s.colors.quote);
  html.style.setProperty('--ana-person-color', s.colors.person);
  html.toggleAttribute('data-ana-roles', s.showRoles);
  html.toggleAttribute('data-ana-hidden', !s.highlightsVisible);
}

/** Where the annotator is on this page (`<html data-ana-state>`): working, done, no-article, off or error. */
function setState(state: string): void {
  document.documentElement.setAttribute('data-ana-state', state);
}

/** Hidden highlights leave the tab order. */
function setFocusable(visible: boolean): void {
  for (const m of document.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}.ana-first`)) m.tabIndex = visible ? 0 : -1;
}

function flash(el: HTMLElement): void {
  el.animate?.([{ outline: '3px solid #ff6f00' }, { outline: '3px solid transparent' }], { duration: 1200 });
}
