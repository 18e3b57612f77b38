import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a name before a comma and a fixed office of several words', () => {
  it('reads «X، رئيس مجلس النواب،» as the speaker', () => {
    const text = 'وكان الوفد قد التقى هشام الدباغ، رئيس مجلس النواب، قبل يومين.';
    expect(names(text)).toEqual(['هشام الدباغ']);
    expect(roleOf(text, 'هشام الدباغ')).toBe('Speaker of Parliament');
  });

  it('reads «X، رئيس البرلمان،» and «X، رئيس الوزراء،»', () => {
    expect(names('وقال سامر العبيدي، رئيس البرلمان، إن الجلسة تأجلت.')).toEqual(['سامر العبيدي']);
    expect(names('وأكد فادي الخوري، رئيس الوزراء، أن الحكومة باقية.')).toEqual(['فادي الخوري']);
  });

  it('still takes no name before a bare one-word head', () => {
    expect(names('وقال هشام الدباغ، الرئيس، إن التعاون مهم.')).toEqual([]);
  });
});

describe('a given name that is a common word too, opening a name', () => {
  it('reads it before a family name with the article, after a bare MP title', () => {
    expect(names('وقال النائب جميل الحلبي إن الخطة فاشلة.')).toEqual(['جميل الحلبي']);
    expect(names('وقال النائب جميل السيد إن الخطة فاشلة.')).toEqual(['جميل السيد']);
  });

  it('reads it before a comma and a full title', () => {
    const text = 'وقال كريم الدباغ، وزير الخارجية، إن التعاون مهم.';
    expect(names(text)).toEqual(['كريم الدباغ']);
    expect(names('ورأى شريف بقرادوني، رئيس حزب الكتائب السابق، أن الحل قريب.')).toEqual(['شريف بقرادوني']);
  });

  it('leaves the word a word where no family name follows', () => {
    expect(names('ودعا الوزير إلى سلام دائم في المنطقة.')).toEqual([]);
    expect(names('وقال الوزير إن كريم الأصل لا ينسى.')).toEqual([]);
    expect(names('وقال النائب إن جميل الكلام لا يكفي.')).toEqual([]);
  });

  it('takes no verb glued to و into the name before a title', () => {
    expect(names('ورأى سامي بقرادوني، رئيس حزب الكتائب السابق، أن الحل قريب.')).toEqual(['سامي بقرادوني']);
  });
});
