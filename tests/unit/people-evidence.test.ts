import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { normalize } from '@/lib/arabic/normalize';
import { articleFromPlainText } from '@/lib/article/text';
import { isCliticReadingBesideForeign, isOrdinaryWord, isUnattestedWord } from '@/lib/people/evidence';
import { nameParticles } from '@/lib/vocab/titles';
import { hasFamilyNameShape } from '@/lib/officials/names';

const ordinary = (w: string) => isOrdinaryWord(normalize(w));

describe('the lexicon as counter-evidence for names', () => {
  it('knows ordinary words in their written forms: article, clitics, plural and nisba endings, pronouns', () => {
    for (const w of ['طريق', 'الاقتصادي', 'بسبب', 'قائلة', 'محادثات', 'مرارا', 'بتدبير', 'انقلاب', 'الخارجية', 'رافقوا', 'القطاع', 'المصرفي'])
      expect(ordinary(w), w).toBe(true);
  });
  it('leaves names alone, also those that are words too or carry a conjunction', () => {
    for (const w of ['بوتين', 'لافروف', 'سعيد', 'هارون', 'محمد', 'شرف', 'وبارك', 'ولي', 'ماكرون', 'دوبون', 'مارتان', 'جونغ'])
      expect(ordinary(w), w).toBe(false);
  });
});

describe('names that are names', () => {
  const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);
  it('ends a name before an adverb or a noun after it', () => {
    expect(names('وقد حذر الرئيس الفلسطيني محمود عباس مرارا من انهيار الاتفاق.')).toContain('محمود عباس');
    expect(names('واقترح الرئيس الأفغاني أشرف غني إجراء محادثات سلام مع المعارضة.')).toEqual(['أشرف غني']);
  });
  it('never takes a verb before a known surname for a first name', () => {
    const found = names('وصل وزير الخارجية الأمريكي ريكس تيلرسون إلى أنقرة، ورافق تيلرسون وفد من وزارته.');
    expect(found).toEqual(['ريكس تيلرسون']);
  });
  it('reads a name after the words of a company the title grammar does not know', () => {
    const [o] = analyze('ووقع الاتفاق عن الجانب الصيني رئيس شركة الصين الوطنية للبترول وانغ يلين.').officials;
    expect(o?.name_ar).toBe('وانغ يلين');
  });
});

const DEV = resolve(__dirname, '../../../shared/corpus/dev');
/** The words that close a person's name in an article's gold: a family name the gold attests may be a word too. */
function goldFamilyNames(file: string): Set<string> {
  const gold = resolve(DEV, file.replace(/\.txt$/, '.gold.json'));
  if (!existsSync(gold)) return new Set();
  const { officials = [] } = JSON.parse(readFileSync(gold, 'utf8')) as { officials?: { name_ar: string; aliases_ar?: string[] }[] };
  return new Set(officials.flatMap((o) => [o.name_ar, ...(o.aliases_ar ?? [])]).map((n) => normalize(n).split(/\s+/)).filter((ws) => ws.length >= 2).map((ws) => ws.at(-1)!));
}
describe.runIf(existsSync(DEV))('no English name on the dev corpus is a transliterated common word', () => {
  it('every word of every named person is a name word, not an ordinary word of the language', () => {
    const bad: string[] = [];
    for (const f of readdirSync(DEV).filter((f) => f.endsWith('.txt'))) {
      const { text } = articleFromPlainText(readFileSync(resolve(DEV, f), 'utf8'));
      const a = analyze(text);
      const attested = goldFamilyNames(f);
      const people = [...a.officials, ...a.people.filter((p) => p.named)];
      for (const p of people) {
        const words = normalize(p.name_ar).split(/\s+/);
        words.forEach((w, k) => {
          // (A family name with the article that closes the name may be a nisba the lexicon also derives: الشهواني.)
          const family = k > 0 && k === words.length - 1 && hasFamilyNameShape(w);
          // (A word that reads as a word only behind a clitic, beside a word of no language, is part of a foreign name:
          // «وركنه غيبيهو», Workneh Gebeyehu.)
          const foreign = isCliticReadingBesideForeign(w, words[k + 1]) || isCliticReadingBesideForeign(w, words[k - 1]);
          // (A family name the article's gold itself gives, which the lexicon reads as a word: «أسامة بن أحمد نقلي،» is
          // Osama Nugali.)
          const goldFamily = k > 0 && k === words.length - 1 && attested.has(w);
          if (!nameParticles.has(w) && !family && !foreign && !goldFamily && isUnattestedWord(w)) bad.push(`${f}: ${p.name_ar} → ${p.name_en} (${w})`);
        });
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
