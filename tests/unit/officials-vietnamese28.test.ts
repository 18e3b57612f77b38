import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { nameToEnglish } from '@/lib/english/names';

const officials = (text: string) => findOfficials(text).map((o) => `${o.name_ar} | ${o.name_en}`);

describe('a Vietnamese name after an office, read by its syllables', () => {
  it('reads a family name and syllables the lexicon takes for pronouns, clitics or words', () => {
    expect(officials('وقال وزير الصحة الفيتنامي نغوين ثانه لونغ إن الحملة بدأت.')).toEqual(['نغوين ثانه لونغ | Nguyen Thanh Long']);
    expect(officials('وقالت نائبة رئيس الجمعية الوطنية الفيتنامية فام ثي هانغ، إن البرلمان سيصوت.')).toEqual(['فام ثي هانغ | Pham Thi Hang']);
    expect(officials('وحضر اللقاء نائب وزير التجارة هو ثي كيم ثوا، ومسؤولون آخرون.')).toEqual(['هو ثي كيم ثوا | Ho Thi Kim Thoa']);
  });

  it('reads a counterpart whose family name begins with ف', () => {
    const found = officials('واستقبل وزير الخارجية أحمد سالم، أمس، نظيره الفيتنامي فام فان دونغ في القاهرة.');
    expect(found).toContain('فام فان دونغ | Pham Van Dung');
  });

  it('spells each syllable as the Vietnamese press does', () => {
    expect(nameToEnglish('فام مينه تشينه')).toBe('Pham Minh Chinh');
  });

  it('needs a syllable only Vietnamese names hold: a pronoun after a title stays a pronoun', () => {
    expect(officials('وقال المتحدث هو أن الأمر صعب.')).toEqual([]);
    expect(officials('وقال المتحدث باسم الوزارة لي لام إن الأمر صعب.').some((o) => o.includes('Le Lam'))).toBe(false);
  });
});
