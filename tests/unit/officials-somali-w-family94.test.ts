// A Somali family name that starts with W (Warsame, Warfa) closes the name it ends: its «و» is no conjunction opening
// the next person. And an Arab country's official who carries it (Djibouti's) keeps its Somali spelling. Sentences of
// our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.name_en]);

describe('a Somali family name on W', () => {
  it('closes the name at a full stop', () => {
    const text = 'واستقبل وزير الخارجية السفير الجديد يرافقه القنصل العام لجمهورية جيبوتي في دبي عبدي حسن ورسمه.';
    expect(officials(text).map(([ar]) => ar)).toContain('عبدي حسن ورسمه');
  });

  it('closes the name before a comma', () => {
    const text = 'وقال المبعوث الرئاسي الصومالي لشؤون اللاجئين حسن علي ورسمي، إن آلاف الأسر نزحت هذا الشهر.';
    expect(officials(text).map(([ar]) => ar)).toContain('حسن علي ورسمي');
  });

  it('goes on past a known given name before a quotation', () => {
    const text = 'وأكد الوزير أن السفير عبد الله حسن ورفا "عاد إلى العاصمة للتشاور".';
    expect(officials(text).map(([ar]) => ar)).toContain('عبد الله حسن ورفا');
  });

  it('still opens the next person where the word is no Somali name', () => {
    const text = 'والتقى وزير الخارجية الصومالي أحمد علي وسفير إثيوبيا لدى مقديشو.';
    expect(officials(text).map(([ar]) => ar)).not.toContain('أحمد علي وسفير');
  });

  it('is spelled the Somali way in a Djiboutian name', () => {
    expect(nameToEnglish('عبدي حسن ورسمه', { country: 'DJ' })).toBe('Abdi Hassan Warsame');
  });

  it('tells a Somali name where no country is given', () => {
    expect(nameToEnglish('عبد الله حسن ورفا')).toBe('Abdullahi Hassan Warfa');
  });
});
