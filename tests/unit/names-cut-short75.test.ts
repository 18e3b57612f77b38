import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const english = (text: string) => analyze(text).officials.map((o) => o.name_en);

describe('a name is not cut short at a word boundary', () => {
  it('reads «علي» before a comma or a full stop after two name words as the name Ali', () => {
    expect(names('وحضر اللقاء اللواء أحمد حسين علي، قائد القوات البرية، وعدد من الضباط.')).toContain('أحمد حسين علي');
    expect(names('وقال قائد الشرطة العميد سامي حسن علي. وأضاف أن التحقيق مستمر.')).toContain('سامي حسن علي');
  });

  it('leaves «على» before a noun to the sentence', () => {
    expect(names('وحضر اللقاء اللواء أحمد حسين علي الجانب الآخر.')).toContain('أحمد حسين');
  });

  it('closes a foreign name on a word of no language after a word only a name source lists, at punctuation', () => {
    expect(english('وقالت وزيرة الخارجية لوسيا فرناندا بالاريغو، إن الحكومة مستعدة.')).toContain('Lucia Fernanda Balarigo');
  });

  it('keeps a preposition on a noun of the language and an adverb out of the name', () => {
    expect(names('وقالت الوزيرة ماريا فرناندا بالأمس، إن الحكومة مستعدة.')).toContain('ماريا فرناندا');
    expect(names('ورحب المدير الإقليمي للبنك الدولي تيموثي أوكوري كاماو بالإصلاحات.')).toContain('تيموثي أوكوري كاماو');
    expect(names('فيما حل مرشح حركة «النهضة» عبد الفتاح مورو ثالثاً.')).toContain('عبد الفتاح مورو');
  });

  it('reads a word before «أوغلو» written apart as the first half of a Turkish family name', () => {
    expect(names('وقال وزير الداخلية التركي محمد جمال قاضي أوغلو، إن أنقرة ترفض ذلك.')).toContain('محمد جمال قاضي أوغلو');
  });

  it('ends the -oğlu name at the next person of the list', () => {
    const found = names('وقال رئيس البرلمان التركي مصطفى شنطوب إن أنقرة ترفض، وأيده نائبه أحمد داود أوغلو والوزير مولود جاويش أوغلو.');
    expect(found).toContain('أحمد داود أوغلو');
    expect(found).toContain('مولود جاويش أوغلو');
  });
});
