import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'مكسيكو - فازت كلوديا شينباوم بالرئاسة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a body\'s long name in quotation marks in the office set off after the speaker: a name, not the words', () => {
  it('reads the words after «إن», not the organisation\'s name (a channel between)', () => {
    const q = quotesOf('وقالت الباحثة السياسية ماريا أمبارو كاسار، رئيسة منظمة "مكسيكيون ضد الفساد والإفلات من العقاب"، لـCNN إن "حجم الفوز يمنح شينباوم تفويضا واسعا".');
    expect(q).toEqual(['"حجم الفوز يمنح شينباوم تفويضا واسعا"']);
  });

  it('reads the words after «إن» right after the name', () => {
    const q = quotesOf('وقال الناشط أحمد علي، رئيس جمعية "أصدقاء البيئة في الساحل الشرقي"، إن التلوث "بلغ مستويات خطيرة".');
    expect(q).toEqual(['التلوث "بلغ مستويات خطيرة"']);
  });

  it('keeps a long quotation after «إن» that happens to follow an office', () => {
    const q = quotesOf('وقال رئيس الوزراء إن "الحكومة ماضية في خطتها مهما كانت الظروف".');
    expect(q).toEqual(['"الحكومة ماضية في خطتها مهما كانت الظروف"']);
  });
});
