import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 74, officials: the holder's name after the rest of an office's body that the title reader left unread
// («… الخاص بشلل الأطفال», «… والسلام والأمن», «… في الجبهة»). Sentences written for the test, in the style of the wires.

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('nameOfficesByNameShape: a name after the unread tail of the office', () => {
  it('names the holder after a body ending «الخاص ب…», closed by «إن»', () => {
    expect(names('وقال مدير البرنامج الوطني لمكافحة الأوبئة الخاص بحمى الضنك نويد أختر إن الحملة ستشمل كل الأحياء.')).toContain('نويد أختر');
  });
  it('names the holder after portfolios joined by «و» with the article, closed by a comma', () => {
    expect(names('ويمثل الاتحاد مفوض الشؤون الاقتصادية والتجارة والصناعة واعد بامخرمة، يرافقه وفد فني.')).toContain('واعد بامخرمة');
  });
  it('takes no name after a tail that goes on with a word that is none', () => {
    expect(names('وقال المتحدث باسم الجيش في بيان نشره اليوم إن القوات تقدمت.')).toEqual([]);
    expect(names('وقال رئيس الحكومة في المؤتمر الصحفي أمس إن الموازنة أقرت.')).toEqual([]);
  });
});
