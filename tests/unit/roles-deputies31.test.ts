import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// «نائبه», «نائبها» after a definite title is the verb's object, not the title's genitive: the deputy of the person
// just named. Sentences written for the test.
const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a deputy named by a pronoun right after a definite title', () => {
  it('is the deputy of that office, not its complement («رافق المبعوث الأممي نائبه X»)', () => {
    const text = 'وصل المبعوث الأممي إلى اليمن هانس غروندبرغ إلى عدن، وفي اللقاء الثاني رافق المبعوث الأممي نائبه خالد الزين.';
    const role = roleOf(text, 'خالد الزين');
    expect(role).toMatch(/^Deputy .*Envoy/);
    expect(role).not.toMatch(/of the Deputy/);
  });
  it('is the deputy of a secretary-general given by his bare title («رافق الأمين العام نائبه X»)', () => {
    const text = 'وشارك في القمة الأمين العام لجامعة الدول العربية أحمد أبو الغيط، وفي الجلسة الختامية رافق الأمين العام نائبه حسام زكي.';
    expect(roleOf(text, 'حسام زكي')).toMatch(/^Deputy Secretary-General/);
  });
});

describe('a party leader after «بزعامة» when describing adjectives close the party name', () => {
  it('leads the party named before its leaning («حزب الشعب اليميني المتطرف بزعامة X»)', () => {
    const text = 'وفي الانتخابات البلدية، حقق حزب الشعب اليميني المتطرف بزعامة يوهان كارلسون تقدما كبيرا في الشمال.';
    expect(roleOf(text, 'يوهان كارلسون')).toMatch(/^Leader of the People'?s? Party$/);
  });
  it('keeps the member of parliament who leads it («حزب العمال اليساري بزعامة النائب X»)', () => {
    const text = 'ورفض حزب العمال اليساري بزعامة النائب بيتر هانسن مشروع الموازنة الجديدة.';
    expect(roleOf(text, 'بيتر هانسن')).toMatch(/^MP and Leader of the (Labou?r|Workers'?) Party$/);
  });
});
