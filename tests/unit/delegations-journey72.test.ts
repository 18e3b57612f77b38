import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: a departure told by its farewell list; the talks held during the visit, and the host's reception
// the day before, are told in passing.
describe('findDelegations: an arrival or a departure seats those its lists name, not the leader met during the visit', () => {
  const text = [
    'رئيس تشيلي يغادر الدوحة في ختام زيارة رسمية',
    'الدوحة في 12 مايو /قنا/ غادر فخامة الرئيس غابرييل بوريك رئيس جمهورية تشيلي الدوحة اليوم، في ختام زيارة رسمية للبلاد استغرقت يومين، بحث خلالها مع حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى علاقات التعاون بين البلدين.',
    'وكان في وداع فخامته لدى مغادرته مطار حمد الدولي سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية، وسعادة الشيخ محمد بن حمد بن قاسم آل ثاني وزير التجارة والصناعة.',
    'وكان حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني قد عقد جلسة مباحثات رسمية مع فخامة الرئيس التشيلي أمس في الديوان الأميري.',
  ].join('\n\n');
  it('leaves out the Emir met the day before', () => {
    const names = members(sides(text));
    expect(names.some((n) => n.includes('الخليفي'))).toBe(true);
    expect(names.some((n) => n.includes('تميم بن حمد'))).toBe(false);
  });
});

// Written for the test: an arrival whose delegation «المرافق لفخامته» names ministers by their portfolios alone, no country.
describe('findDelegations: «الوفد المرافق لفخامته» accompanies the one styled «فخامة» before', () => {
  const text = [
    'رئيس جمهورية غانا يصل إلى الرياض في زيارة رسمية',
    'الرياض 3 مايو 2019 م واس',
    'وصل فخامة الرئيس نانا أكوفو أدو رئيس جمهورية غانا إلى الرياض مساء اليوم، في زيارة رسمية للمملكة تستغرق يومين.',
    'وكان في استقباله لدى وصوله مطار الملك خالد الدولي صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض، وسفير جمهورية غانا لدى المملكة ألحسن مصطفى.',
    'ويضم الوفد الرسمي المرافق لفخامته معالي وزير المالية كين أوفوري عطا، ومعالي وزيرة الطاقة بيتر أمويا.',
  ].join('\n\n');
  it('seats the ministers with Ghana', () => {
    const found = sides(text);
    expect(sideOf(found, 'كين أوفوري عطا')).toBe('Ghana');
  });
});

// Written for the test: a title that tells of the arrival and of the talks held on it: the talks are the news too.
describe('findDelegations: an arrival whose title names talks keeps the leader met', () => {
  const text = [
    'الرئيس الكيني يصل إلى أنقرة ويعقد مباحثات مع الرئيس أردوغان',
    'وصل الرئيس الكيني ويليام روتو إلى أنقرة اليوم، حيث يعقد مباحثات مع الرئيس التركي رجب طيب أردوغان في المجمع الرئاسي.',
    'وكان في استقباله لدى وصوله مطار إسنبوغا وزير الخارجية التركي هاكان فيدان.',
  ].join('\n\n');
  it('seats the Turkish president', () => {
    const names = members(sides(text));
    expect(names.some((n) => n.includes('أردوغان'))).toBe(true);
    expect(names.some((n) => n.includes('ويليام روتو'))).toBe(true);
  });
});
