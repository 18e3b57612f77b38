import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

const OPENING = 'جاكرتا - استقبل الرئيس الإندونيسي جوكو ويدودو رئيس الوزراء الماليزي، بحضور وزيرة الخارجية ريتنو مرسودي. '
  + 'وقال ويدودو إن "البلدين شريكان". ';

describe('a title and the word that opens one official\'s full name («الوزيرة ريتنو»)', () => {
  it('is that official', () => {
    expect(speakerOf(OPENING + 'وأوضحت الوزيرة ريتنو أن الاتفاق يشمل ترسيم الحدود البحرية.', 'ترسيم الحدود')).toBe('ريتنو مرسودي');
    expect(speakerOf(OPENING + 'وأوضحت الوزيرة ريتنو في مؤتمر صحفي أن الاتفاق يشمل ترسيم الحدود البحرية.', 'ترسيم الحدود')).toBe('ريتنو مرسودي');
  });

  it('is nobody when the word is in two officials\' names', () => {
    const text = 'عمان - التقى وزير الخارجية أيمن الصفدي نظيره المصري سامح شكري، بحضور السفير أيمن علوش. وقال الصفدي إن "العلاقات متينة". '
      + 'وأوضح السفير أيمن أن التحضيرات جارية.';
    expect(speakerOf(text, 'التحضيرات')).not.toBe('أيمن الصفدي');
  });
});
