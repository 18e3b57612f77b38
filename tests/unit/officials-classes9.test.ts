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

describe('one plural title shared by a list of names', () => {
  it('gives each name of «النواب X وY وZ» the singular office', () => {
    const text = 'وضم الوفد النواب سامر حداد ووليد كرامي ومحمد عيسى.';
    expect(names(text)).toEqual(['سامر حداد', 'وليد كرامي', 'محمد عيسى']);
    expect(roleOf(text, 'وليد كرامي')).toBe('MP');
  });

  it('reads the plural with its complement and after a colon', () => {
    const text = 'وحضر الجلسة أعضاء مجلس النواب خالد زيادة وفادي سعد.';
    expect(names(text)).toEqual(['خالد زيادة', 'فادي سعد']);
    expect(roleOf(text, 'فادي سعد')).toBe('Member of the House of Representatives');
    expect(names('وحضر الاجتماع السفراء: بيتر مولر، وجان دوبوا.')).toEqual(['بيتر مولر', 'جان دوبوا']);
  });

  it('ends the list at an item with a title of its own', () => {
    const text = 'وحضر اللقاء الوزراء جورج قرم وعلي حمدان والنائب سامي فرح.';
    expect(roleOf(text, 'علي حمدان')).toBe('Minister');
    expect(roleOf(text, 'سامي فرح')).toBe('MP');
  });

  it('takes no plural in a body\'s name for a title, nor one name for a list', () => {
    expect(names('وانتقد حزب المحافظين سامر حداد ووليد كرامي.')).toEqual([]);
    expect(names('وقال الوزراء سامر حداد إن الأمر خطير.')).toEqual([]);
  });
});
