import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const officialOf = (text: string, name: RegExp) => analyze(text).officials.find((o) => name.test(o.name_en));

describe('a title governed by «المرافق ل», «برفقة», «نيابة عن» before a style and a name is another person\'s', () => {
  // tests/heldout39/4013-wam-abu-dhabi-mongolia-president-arrival.txt: the president is the one the delegation
  // accompanies; «معالي» opens the minister's own name and her office follows it.
  it('gives the name only the office after it', () => {
    const text = 'ويضم الوفد المرافق لرئيس منغوليا معالي باتمونخ باتسيتسيغ وزيرة الخارجية، وسعادة غانبولد أولزيسايخان رئيس مكتب الرئيس، إلى جانب عدد من كبار المسؤولين ورجال الأعمال.';
    const o = officialOf(text, /^Batmunkh/);
    expect(o?.role_en).toBe('Minister of Foreign Affairs');
    expect(o?.country).toBe('MN');
  });
  // tests/heldout36/3713-wam-abu-dhabi-paraguay-president-arrival.txt
  it('reads the Paraguayan delegation the same way', () => {
    const text = 'ويضم الوفد المرافق لرئيس باراغواي معالي روبين راميريز ليزكانو وزير الخارجية، ومعالي خافيير خيمينيث وزير الصناعة والتجارة.';
    const o = officialOf(text, /^Ruben/);
    expect(o?.role_en).toBe('Minister of Foreign Affairs');
    expect(o?.country).toBe('PY');
  });
  it('keeps the office of a name right after the title with no style between', () => {
    // (Near miss: «المرافق لرئيس الوزراء X» — X is the prime minister himself.)
    const text = 'ويضم الوفد المرافق لرئيس الوزراء محمد شياع السوداني وزير الخارجية فؤاد حسين.';
    expect(officialOf(text, /Sudani/)?.role_en).toBe('Prime Minister');
    expect(officialOf(text, /Fuad/)?.role_en).toBe('Minister of Foreign Affairs');
  });
});

describe('an international body\'s office in a city gives no nationality', () => {
  // tests/heldout11/1221-qna-doha-fakhroo-bello-labour.txt: the ILO's man in Doha is not Qatari (nor his name Arabic).
  it('places the office in the city but the holder in no state', () => {
    const text = 'وفي تعليق على الاجتماع، قال السيد هوتان همايونبور رئيس مكتب مشروع منظمة العمل الدولية في الدوحة إن "التعاون بين دول المقصد ودول المصدر أساسي".';
    const o = officialOf(text, /^Hutan|^Houtan/);
    expect(o?.role_en).toBe('Head of the Project Office of the International Labour Organization in Doha');
    expect(o?.country).toBeNull();
  });
  it('keeps the country of a state\'s own office in its city', () => {
    // (Near miss: a passports office in Doha is Qatar's.)
    const o = officialOf('وقال رئيس مكتب الجوازات في الدوحة العميد سالم المري إن الإجراءات ميسرة.', /Mari/);
    expect(o?.country).toBe('QA');
  });
});
