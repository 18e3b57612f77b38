import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';
import { seatStateFor } from '@/lib/officials/seat';

const countryOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.country;
const placedAs = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.country;

describe('a state the title names after its office', () => {
  it('is a minister’s state after ب («… بجمهورية X»)', () => {
    const text = 'استقبل رئيس الحكومة اليوم بالرباط وزيرة التجارة بجمهورية رواندا السيدة ماري أوموتوني.';
    expect(placedAs(text, 'ماري أوموتوني')).toBe('RW');
  });

  it('is the state of a ministry named by its nation («بالخارجية البوليفية»)', () => {
    const text = 'وحضر اللقاء مدير إدارة آسيا بالخارجية البوليفية كارلوس ماماني كيسبي وعدد من المسؤولين.';
    expect(placedAs(text, 'كارلوس ماماني كيسبي')).toBe('BO');
  });
});

describe('an official of Arab lineage in a story whose state is not Arab', () => {
  it('is seated in the Arab state the words name most, not the story’s', () => {
    expect(seatStateFor('خالد بن سالم الهاشمي', 'GH', [['GH', 5], ['OM', 3]])).toBe('OM');
    expect(seatStateFor('خالد بن سالم الهاشمي', 'GH', [['GH', 5], ['OM', 1]])).toBeNull();
  });

  it('keeps a plain state whose names are Arabic, and a name of no lineage', () => {
    expect(seatStateFor('نورة بن يحيى', 'MA', [['MA', 4], ['SA', 2]])).toBe('MA');
    expect(seatStateFor('كوامي أسانتي', 'GH', [['GH', 5], ['OM', 3]])).toBe('GH');
  });

  it('with no plain state, takes an Arab state of the East only where it is named twice as often as any Arab one', () => {
    expect(seatStateFor('خالد بن سالم الهاشمي', null, [['KZ', 6], ['OM', 4], ['AE', 1]])).toBe('OM');
    expect(seatStateFor('خالد بن سالم الهاشمي', null, [['OM', 4], ['AE', 3]])).toBeNull();
    expect(seatStateFor('الطيب بن صالح', null, [['TN', 4], ['LY', 3]])).toBeNull();
  });

  it('is shown so in a farewell story', () => {
    const text = 'مسقط في 5 مايو /العمانية/ غادر نائب الرئيس الغاني كوفي مينسا أراضي سلطنة عُمان اليوم بعد زيارة رسمية لسلطنة عُمان. وكان في وداعه وزير الصناعة خالد بن سالم الهاشمي. وكان نائب الرئيس الغاني قد التقى وزير الخارجية الغاني ووزير المالية الغاني بعد وصوله من غانا إلى غانا.';
    expect(countryOf(text, 'خالد بن سالم الهاشمي')).toBe('OM');
  });
});
