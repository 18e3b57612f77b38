// A title and a nationality as the subject («الوزير الماليزي»), round 22: it is a person of its own before another
// definite office or a time word, and it finds the guest whose portfolio alone was given. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string) => findOfficials(text).map((o) => [o.name_ar, o.role_en]);
const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q.speaker_en ?? q.speaker_ar;
};

describe('a definite office with its nationality, then another definite office', () => {
  it('is the subject, not the first of two stacked offices of the name after', () => {
    expect(roleOf('ورافق الوزير الأردني الأمين العام لوزارة الخارجية الأردنية سامر يوسف الحداد.')).toEqual([['سامر يوسف الحداد', 'Secretary-General of the Jordanian Ministry of Foreign Affairs']]);
    expect(roleOf('واستقبلت الرئيسة السلوفاكية المديرة العامة لمنظمة التجارة العالمية نغوزي أوكونجو إيويالا.')).toEqual([['نغوزي أوكونجو إيويالا', 'Director General of the World Trade Organization']]);
    expect(roleOf('وحضر اللقاء الرئيس التونسي الأمين العام للجامعة العربية أحمد أبو الغيط.')).toEqual([['أحمد أبو الغيط', 'Secretary-General of the Arab League']]);
  });
  it('still stacks an office with its nationality and an indefinite office after it', () => {
    expect(roleOf('وقال رئيس الوزراء الأردني وزير الدفاع بشر الخصاونة إن الأردن يدعم الحل.').map(([, r]) => r)[0]).toMatch(/Prime Minister and Minister of Defen[cs]e/);
  });
});

describe('a time word after an office and its nationality', () => {
  it('ends the subject: the name after it keeps its own office', () => {
    expect(roleOf('ويلتقي الوزير الإندونيسي صباح اليوم الدكتور خالد عبد الرحمن الجابري نائب رئيس الوزراء.')).toContainEqual(['خالد عبد الرحمن الجابري', 'Deputy Prime Minister']);
    expect(roleOf('وسيستقبل الرئيس التشيكي اليوم المهندس سامر يوسف الحداد وزير النقل.')).toContainEqual(['سامر يوسف الحداد', 'Minister of Transport']);
  });
  it('but a name right after the time word with no office of its own holds the office before', () => {
    expect(roleOf('وقال وزير الخارجية الإيراني اليوم عباس عراقجي إن بلاده ترحب بالاتفاق.')).toContainEqual(['عباس عراقجي', expect.stringMatching(/Minister of Foreign Affairs/)]);
  });
});

describe('«الوزير الإندونيسي» after a guest named by his portfolio alone', () => {
  it('is the guest, not the official who came with him', () => {
    const t = 'أجرى وزير الخارجية اليوناني نيكوس ديندياس مباحثات مع نظيره الإندونيسي سوجيونو رحمن في أثينا. ورافق الوزير الإندونيسي الأمين العام لوزارة الخارجية الإندونيسية بودي سانتوسو. وتولى سوجيونو رحمن حقيبة الخارجية العام الماضي. وقال الوزير الإندونيسي إن بلاده "ترى في اليونان شريكا في المتوسط".';
    expect(speakerOf(t, 'شريكا في المتوسط')).toBe(speakerOf(t.replace('وقال الوزير الإندونيسي', 'وقال سوجيونو رحمن'), 'شريكا في المتوسط'));
  });
});
