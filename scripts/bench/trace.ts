// The page's main-thread tasks from a Chromium trace: every task with its full length (script, style, layout,
// paint), which the Long Tasks API reports only above 50 ms. Our tasks are those between two of the content
// script's performance marks.
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what it would take with the core to itself. */
  tdur?: number;
  pid: number;
  tid: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const chunks: Buffer[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream });
    chunks.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8'));
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The longest task (ms) on the thread that set the performance mark `from`, among tasks that overlap the time
 * between the marks `from` and `to` (the first of each): by the clock (`wall`, what the reader waits) and by the
 * thread's own time (`cpu`, the same task on a core of its own; on a busy machine much less than `wall`).
 * NaN when a mark is missing.
 */
export function longestTaskBetween(events: TraceEvent[], from: string, to: string): { wall: number; cpu: number } {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) return { wall: NaN, cpu: NaN };
  let wall = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== a.pid || e.tid !== a.tid || e.dur === undefined) continue;
    if (e.ts + e.dur < a.ts || e.ts > b.ts) continue;
    wall = Math.max(wall, e.dur / 1000);
    cpu = Math.max(cpu, (e.tdur ?? NaN) / 1000);
  }
  return { wall, cpu };
}

/** The longest tasks between two marks with what they spent their time on (for looking into a figure). */
export function explainLongTasks(events: TraceEvent[], from: string, to: string, top = 3): string[] {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) return [];
  const thread = events.filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = thread
    .filter((e) => e.name === 'RunTask' && e.ts + e.dur! >= a.ts && e.ts <= b.ts)
    .sort((x, y) => y.dur! - x.dur!)
    .slice(0, top);
  return tasks.map((t) => {
    const inside = new Map<string, number>();
    for (const e of thread) {
      if (e === t || e.name === 'RunTask' || e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
      const args = (e as unknown as { args?: { data?: { url?: string; functionName?: string } } }).args?.data;
      const what = `${e.name}${args?.url ? ` ${args.url.split('/').pop()}` : ''}${args?.functionName ? ` ${args.functionName}` : ''}`;
      inside.set(what, (inside.get(what) ?? 0) + e.dur! / 1000);
    }
    const parts = [...inside].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    return `task at +${((t.ts - a.ts) / 1000).toFixed(1)} ms, ${(t.dur! / 1000).toFixed(1)} ms (cpu ${((t.tdur ?? NaN) / 1000).toFixed(1)}): ${parts.join(', ')}`;
  });
}
