// Names whose words the lexicon reads as words of the language, found on the evidence around them: an office on both
// sides, «علي» before a family name no dictionary vouches for where the name closes, «برئاسة» and an office after a
// comma. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name between a bare office and its full office in apposition', () => {
  it('keeps a family name that is a word of the language', () => {
    expect(names('وحضر اللقاء السفير حسام ندا سفير مصر لدى كينيا.')).toContain('حسام ندا');
  });
  it('takes no time word for a name', () => {
    expect(names('وحضر اللقاء السفير كريم أمس سفير مصر لدى كينيا.').some((n) => n.includes('أمس'))).toBe(false);
  });
});

describe('«علي» before a family name no dictionary vouches for, where the name closes', () => {
  it('is the given name Ali inside a name of three', () => {
    expect(names('وقال رئيس هيئة الأسواق المالية محمد علي أقبن، إن السيولة كافية.')).toContain('محمد علي أقبن');
    expect(names('وقال رئيس حزب الشعب جواد علي خان، إن الانتخابات مزورة.')).toContain('جواد علي خان');
  });
  it('stays the preposition before a noun it governs', () => {
    expect(names('وشدد الوزير محمد على ضرورة الحوار، وقال إن الحل ممكن.').some((n) => n.includes('ضرورة'))).toBe(false);
    expect(names('وحصل الوزير أحمد على موافقة، بعد أيام.').some((n) => n.includes('موافقة'))).toBe(false);
  });
});

describe('the name after «برئاسة» up to a comma and a full office', () => {
  it('is a name though the name lists do not hold its words', () => {
    expect(names('واستقبل وزير المالية، صباح اليوم، بعثة البنك الدولي برئاسة روبيرتو كارداتيلي، رئيس البعثة المكلف بتونس، والوفد المرافق له.')).toContain('روبيرتو كارداتيلي');
  });
  it('is no country before the comma', () => {
    expect(names('وعقد المجلس اجتماعه برئاسة مصر، رئيسة الدورة الحالية للمجلس.')).toEqual([]);
  });
});

describe('the predecessor named after «سلفه»', () => {
  it('held the office of the officer the sentence named before him', () => {
    const got = findOfficials('وصل رئيس الوزراء الجديد أحمد سالم إلى القصر، بعد يوم من إقالة سلفه كمال أوزبيك من منصبه.');
    const predecessor = got.find((o) => o.name_ar === 'كمال أوزبيك');
    expect(predecessor?.role_en).toBe('Former Prime Minister');
  });
  it('is no loan («سلفة»)', () => {
    expect(names('وقررت الحكومة منح سلفة مالية للموظفين.')).toEqual([]);
  });
});
