import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const official = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname));
const roleOf = (text: string, surname: string) => official(text, surname)?.role_en;

describe("an office that is the verb's object is not stacked on the subject's (round 60)", () => {
  it('after «رافق», a nationality office then another office: the second alone is the holder’s', () => {
    const text = 'ورافق الرئيس اللبناني مستشار الشؤون الاقتصادية كريم داود، ورئيس جهاز الأمن العام.';
    expect(roleOf(text, 'داود')).not.toMatch(/President/);
  });
  it('after «يرافق», the stacked offices go to the name after them', () => {
    const text = 'ويرافق الوزير المغربي الأمين العام لوزارة الخارجية سعيد العلمي، ومدير التشريفات.';
    const o = official(text, 'العلمي');
    expect(o?.role_ar).toBe('الأمين العام لوزارة الخارجية');
  });
  it('after «في استقبال», a nationality office then an honorific and a name: the honorific’s holder keeps his own office', () => {
    const text = 'وكان في استقبال الوزير الكوري صاحب السمو الأمير فهد بن سعد بن عبدالله نائب أمير منطقة القصيم.';
    expect(roleOf(text, 'بن عبدالله')).toMatch(/^Deputy Governor/);
  });
  it('the same office after a name that follows it is still that name’s', () => {
    const text = 'ورافق الرئيس الموريتاني محمد ولد الغزواني في جولته وزير الخارجية.';
    expect(roleOf(text, 'الغزواني')).toMatch(/President/);
  });
});

describe('an office set off by commas between two names (round 60)', () => {
  it('is the first name’s when that name was read with a style only', () => {
    const text = 'استقبل الدكتور سامي عبد الله، وزير التخطيط، كارلا مارتينيز، رئيسة بعثة البنك الدولي، والوفد المرافق لها.';
    expect(roleOf(text, 'عبد الله')).toBe('Minister of Planning');
    expect(roleOf(text, 'مارتينيز')).toMatch(/^Head of the World Bank Mission/);
  });
});

describe('an office before a courtesy rank and the name (round 60)', () => {
  it('a bare «القائد» after a full office and a comma is a rank: the office is the role', () => {
    const text = 'وقال المتحدث باسم البحرية الباكستانية، القائد فاروق أحمد، إن السفينة وصلت.';
    expect(official(text, 'فاروق أحمد')?.role_ar).toBe('المتحدث باسم البحرية الباكستانية');
  });
  it('a body named by its purpose with «من أجل», then an ambassador’s rank: the office is his', () => {
    const text = 'وحضر اللقاء رئيس الوكالة الوطنية للتعاون من أجل التنمية السفير حسن الشريف، وعدد من المسؤولين.';
    expect(roleOf(text, 'الشريف')).toMatch(/^Head of the National Agency/);
  });
});

describe('«نائبه» after a mention that names a person without his office (round 60)', () => {
  it('is the deputy of the office an earlier mention gave him', () => {
    const text = 'وصل المبعوث الأممي جان بيترسون إلى عدن. والتقى بيترسون، يرافقه نائبه خالد منصور، عددا من المسؤولين في عدن.';
    expect(roleOf(text, 'منصور')).toBe('Deputy UN Envoy');
  });
});
