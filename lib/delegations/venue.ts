/**
 * Where the article's meeting takes place, as a side: the country an ambassador is posted to ("سفير اليابان بتونس"),
 * the country a visitor came to ("الذي يؤدي زيارة إلى تونس"), or the capital or palace named where the meeting is
 * reported ("بقصر قرطاج"، "في الرياض"). A host whose own country the article never says is on it.
 */
import { venues } from '../vocab/meetings';
import { capitals } from '../vocab/titles';
import { placeNameEn } from '../english/countries';
import { matchCountryName } from '../vocab/nationalities';
import type { Official } from '../types';
import { buildContext, isIn, sentenceBounds, type Context } from './context';
import type { Meeting } from './meetings';
import { countrySide, sideAt, type Partition, type Side } from './sides';

const AMBASSADOR = /^(?:ال)?سفير(?:ه)?$/;
const POSTED_AT = new Set(['لدي', 'في', 'الي']);
const VISIT_WORDS = new Set(['زياره', 'زيارته', 'زيارتها', 'يزور', 'زار', 'تزور', 'زارت', 'وصل', 'يصل', 'وصلت', 'تصل', 'وصوله', 'وصولها']);
const TO = new Set(['الي']);

export function venueSide(ctx: Context, meetings: readonly Meeting[], officials: readonly Official[], partition: Partition): Side | null {
  return postedTo(officials) ?? visited(ctx, partition) ?? venueNamed(ctx, meetings);
}

/** The country an ambassador in the article is posted to: "سفير اليابان لدى تونس"، "سفير اليابان بتونس". */
function postedTo(officials: readonly Official[]): Side | null {
  for (const o of officials) {
    const side = postedCountry(o);
    if (side) return side;
  }
  return null;
}

/** The country an ambassador is posted to, from his title: "سفير جمهورية الصين بتونس" → Tunisia. */
export function postedCountry(o: Official): Side | null {
  for (const words of [o.role_ar, o.evidence]) {
    if (!words) continue;
    const c = buildContext(words, []);
    if (!c.norms.some((n) => AMBASSADOR.test(n))) continue;
    for (let k = 1; k < c.norms.length; k++) {
      const n = c.norms[k]!;
      // "سفير ألمانيا في عمان"، "بعمان": a city where an embassy sits is Amman; Oman is «لدى سلطنة عمان»، «في مسقط».
      if ((c.norms[k - 1] === 'في' && n === 'عمان') || n === 'بعمان') return countrySide('JO');
      if (POSTED_AT.has(c.norms[k - 1]!)) {
        const m = matchCountryName(c.norms, k);
        if (m) return countrySide(m.country);
      }
      if (n.startsWith('ب')) {
        const m = matchCountryName([n.slice(1), ...c.norms.slice(k + 1)], 0);
        if (m) return countrySide(m.country);
      }
    }
  }
  return null;
}

/** "يؤدي زيارة عمل إلى تونس"، "وصل إلى الرياض"، "يزور القاهرة"، "زيارته لتونس": the country visited. */
function visited(ctx: Context, partition: Partition): Side | null {
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (ctx.quoted[k] || !isIn(ctx, k, VISIT_WORDS)) continue;
    const [, end] = sentenceBounds(ctx, k);
    const direct = /^و?(?:يزور|زار|تزور|زارت)$/.test(ctx.norms[k]!);
    for (let j = k + 1; j < Math.min(end, k + 5); j++) {
      const n = ctx.norms[j]!;
      let at = -1;
      if (TO.has(n)) at = j + 1;
      else if (direct && j === k + 1) at = j;
      const place = at >= 0 ? placeAt(ctx, at, partition) : /^ل/.test(n) && n.length > 3 ? placeIn([n.slice(1), ...ctx.norms.slice(j + 1, j + 4)]) : null;
      if (place) return place;
      if (at >= 0) break;
    }
  }
  return null;
}

/**
 * "… إلى إندونيسيا"، "لتونس"، "يزور القاهرة": the country a visit goes to, named in the few words from token `from` (after
 * «إلى»، with «ل»، or right after a verb of visiting), before anyone is named or a comma.
 */
export function visitedAfter(ctx: Context, from: number, end: number, partition: Partition, direct: boolean): Side | null {
  for (let j = from; j < Math.min(end, from + 5); j++) {
    if (ctx.coveredBy[j] || (j > from && ctx.comma[j])) return null;
    const n = ctx.norms[j]!;
    if (TO.has(n)) return placeAt(ctx, j + 1, partition);
    if (direct && j === from) {
      const place = placeAt(ctx, j, partition);
      if (place) return place;
    }
    if (/^ل/.test(n) && n.length > 3) {
      const place = placeIn([n.slice(1), ...ctx.norms.slice(j + 1, j + 4)]);
      if (place) return place;
    }
  }
  return null;
}

/** A country or a venue (capital, palace) at token i. */
function placeAt(ctx: Context, i: number, partition: Partition): Side | null {
  const country = matchCountryName(ctx.norms, i);
  if (country) return countrySide(country.country);
  const v = venues.match((k) => ctx.forms[k] ?? [], i, ctx.tokens.length);
  if (v) return countrySide(v.value);
  const capital = capitalIn(ctx.norms.slice(i, i + 2));
  if (capital) return capital;
  const s = sideAt(ctx, i, partition);
  return s?.side.country ? s.side : null;
}

function placeIn(norms: string[]): Side | null {
  const country = matchCountryName(norms, 0);
  if (country) return countrySide(country.country);
  const v = venues.match((k) => (norms[k] ? [norms[k]!] : []), 0, norms.length);
  return v ? countrySide(v.value) : capitalIn(norms.slice(0, 2));
}

const AMBIGUOUS_CAPITALS = new Set(['عمان', 'طرابلس']);

/** "جاكرتا"، "أديس أبابا": a capital (the place names' English, then its country), one or two words. */
function capitalIn(norms: string[]): Side | null {
  // (عمان is Amman or Oman, طرابلس Tripoli of Libya or of Lebanon.)
  if (AMBIGUOUS_CAPITALS.has(norms[0] ?? '')) return null;
  for (let n = Math.min(2, norms.length); n >= 1; n--) {
    const en = placeNameEn(norms.slice(0, n).join(' '));
    const code = en ? capitals.get(en) : undefined;
    if (code) return countrySide(code);
  }
  return null;
}

/** A capital or palace named in the sentence of the article's first meeting ("استقبل … اليوم بقصر قرطاج …"). */
function venueNamed(ctx: Context, meetings: readonly Meeting[]): Side | null {
  const first = meetings[0];
  if (!first) return null;
  const [start, end] = sentenceBounds(ctx, first.cue);
  for (let k = start; k < end; k++) {
    if (ctx.quoted[k] || ctx.coveredBy[k]) continue;
    const v = venues.match((j) => ctx.forms[j] ?? [], k, end);
    if (v) return countrySide(v.value);
  }
  return null;
}
