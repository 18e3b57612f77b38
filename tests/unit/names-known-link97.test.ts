import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { knownNameAsWritten } from '@/lib/english/known-chain';
import type { KnownPerson } from '@/lib/gazetteer';

const known = (name_en: string, country: string): KnownPerson => ({ id: 'x', name_en, names_ar: [], country, roles: [{ role_en: 'Minister' }] });
const spell = (ar: string) => ar.replace('بن أحمد', 'Bin Ahmed').replace('بن صالح', 'Bin Saleh').replace('بن حمد', 'Bin Hamad').replace('بن محمد', 'Bin Mohammed');

// A family-named known official the release writes with one link more than the gazetteer's form (given name, father,
// family name, as the Gulf's agencies write them): readers name him as written.
describe('a known official named with his father before the family name', () => {
  it('takes the one link the text adds before the family name', () => {
    expect(knownNameAsWritten(known('Sultan Al Jaber', 'AE'), 'سلطان بن أحمد الجابر', spell)).toBe('Sultan bin Ahmed Al Jaber');
    expect(knownNameAsWritten(known('Mohammed bin Abdulaziz Al-Khulaifi', 'QA'), 'محمد بن عبدالعزيز بن صالح الخليفي', spell)).toBe('Mohammed bin Abdulaziz bin Saleh Al-Khulaifi');
    expect(knownNameAsWritten(known('Badr Albusaidi', 'OM'), 'بدر بن حمد البوسعيدي', spell)).toBe('Badr bin Hamad Albusaidi');
  });
  it('leaves a longer lineage, a name of another shape and a Maghreb «بن» family name to the gazetteer', () => {
    expect(knownNameAsWritten(known('Badr Albusaidi', 'OM'), 'بدر بن حمد بن حمود البوسعيدي', spell)).toBe('Badr Albusaidi');
    expect(knownNameAsWritten(known("Zeid Ra'ad Al Hussein", 'JO'), 'زيد بن رعد الحسين', spell)).toBe("Zeid Ra'ad Al Hussein");
    expect(knownNameAsWritten(known('Aymen Benabderrahmane', 'DZ'), 'أيمن بن عبد الرحمن', spell)).toBe('Aymen Benabderrahmane');
    expect(knownNameAsWritten(known('Binali Yildirim', 'TR'), 'بن علي يلدريم', spell)).toBe('Binali Yildirim');
    expect(knownNameAsWritten(known('Adel al-Jubeir', 'SA'), 'عادل الجبير', spell)).toBe('Adel al-Jubeir');
  });
  it('names them so in real releases', () => {
    // heldout33/3414-wam-abudhabi-lula-farewell
    const wam = analyze('وكان في وداعه لدى مغادرته مطار الرئاسة في أبوظبي إلى جانب سموه، معالي الدكتور سلطان بن أحمد الجابر وزير الصناعة والتكنولوجيا المتقدمة المبعوث الخاص لدولة الإمارات للتغير المناخي.');
    expect(wam.officials.find((o) => o.name_ar.includes('الجابر'))?.name_en).toBe('Sultan bin Ahmed Al Jaber');
    // heldout34/3515-qna-doha-philippines-agreements
    const qna = analyze('ووقع مذكرة تفاهم بشأن المشاورات السياسية بين وزارتي الخارجية في البلدين سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، وسعادة السيد إنريكي مانالو وزير خارجية الفلبين.');
    expect(qna.officials.find((o) => o.name_ar.includes('الخليفي'))?.name_en).toBe('Mohammed bin Abdulaziz bin Saleh Al-Khulaifi');
  });
});

describe('a sitting crown prince written with his grandfather', () => {
  it('keeps the short form', () => {
    const prince: KnownPerson = { id: 'x', name_en: 'Hamdan bin Mohammed Al Maktoum', names_ar: [], country: 'AE', roles: [{ role_en: 'Crown Prince of Dubai' }] };
    expect(knownNameAsWritten(prince, 'حمدان بن محمد بن راشد آل مكتوم', (ar) => ar.replace('بن راشد', 'Bin Rashid'))).toBe('Hamdan bin Mohammed Al Maktoum');
  });
});
