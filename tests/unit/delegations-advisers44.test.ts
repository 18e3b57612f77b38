import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { sideOf, sides } from './helpers/delegations';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en;

// Written for the test, in the style of agency meeting reports.
describe('attendance lists: an office of a leader\'s right after the opener (round 44)', () => {
  const opening = 'استقبل الرئيس التونسي الباجي قائد السبسي اليوم وزير الخارجية الروسي سيرغي لافروف.';
  const article = (list: string) => ['الرئيس التونسي يستقبل لافروف', opening, list].join('\n\n');

  // «مستشار رئيس الجمهورية X» right after «وحضر اللقاء»: X is the adviser, not the president.
  it('reads the adviser, not the leader, after «وحضر اللقاء»', () => {
    const text = article('وحضر اللقاء مستشار رئيس الجمهورية كمال العكروت.');
    expect(roleOf(text, 'كمال العكروت')).toBe('Adviser to the President of the Republic');
  });

  it('reads the envoy after a side-opened list', () => {
    const text = article('وضم الجانب الروسي المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط ميخائيل بوغدانوف.');
    expect(roleOf(text, 'ميخائيل بوغدانوف')).toBe('Special Envoy of the Russian President to the Middle East');
    const found = sides(text);
    expect(sideOf(found, 'ميخائيل بوغدانوف')).toBe(sideOf(found, 'سيرغي لافروف'));
  });

  it('still gives a known leader his own office after the opener', () => {
    const text = article('وحضر اللقاء مستشار الرئيس الروسي فلاديمير بوتين.');
    expect(roleOf(text, 'فلاديمير بوتين')).not.toMatch(/Adviser/);
  });

  it('still reads the leader when a verb, not an opener, stands before the title', () => {
    const text = 'وقال مستشار الرئيس التركي ياسين أقطاي إن الزيارة مهمة.';
    expect(roleOf(text, 'ياسين أقطاي')).toMatch(/Adviser/);
  });
});

describe('Vietnamese heads whose syllables are common but were not listed (round 44)', () => {
  it('reads «تران لو كوانغ» after a Vietnamese office as the side\'s head', () => {
    const text = [
      'رئيس الوزراء يستقبل نائب رئيس الوزراء الفيتنامي',
      'استقبل رئيس مجلس الوزراء مصطفى مدبولي اليوم نائب رئيس الوزراء الفيتنامي تران لو كوانغ والوفد المرافق له.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Vietnam']).toContain('*تران لو كوانغ');
    expect(analyze(text).officials.find((o) => o.name_ar === 'تران لو كوانغ')?.name_en).toBe('Tran Luu Quang');
  });
  it('renders «لي مينه خاي» syllable by syllable', () => {
    const text = 'استقبل رئيس مجلس الوزراء مصطفى مدبولي اليوم نائب رئيس الوزراء الفيتنامي لي مينه خاي.';
    expect(analyze(text).officials.find((o) => o.name_ar === 'لي مينه خاي')?.name_en).toBe('Le Minh Khai');
  });
});

describe('a Vietnamese name listed after the Vietnamese side (round 44)', () => {
  it('reads the name after «ومن الجانب الفيتنامي» and a title, with no mark syllable', () => {
    const text = [
      'أمير قطر يستقبل رئيس وزراء فيتنام',
      'استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اليوم دولة السيد فام مينه تشينه رئيس وزراء جمهورية فيتنام الاشتراكية.',
      'وشارك في اللقاء من الجانب القطري سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية، ومن الجانب الفيتنامي نائب رئيس الوزراء تران لو كوانغ.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'تران لو كوانغ')).toBe(sideOf(found, 'فام مينه تشينه'));
  });
  it('does not read two plain syllables as a name after another side', () => {
    const text = 'وشارك في اللقاء من الجانب القطري وزير الدولة تو لام.';
    expect(analyze(text).officials.map((o) => o.name_ar)).not.toContain('تو لام');
  });
});
