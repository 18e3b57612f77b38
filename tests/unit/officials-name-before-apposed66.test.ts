// A name set off by a comma before its office in apposition, «X Y، OFFICE …», is the office's holder where the name
// reader doubted it: a kunya of «أبو», a list item's given name with «، و» before a surname that reads as a word or a
// verb, an Arab given name that begins with «ف» before such a surname. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const holders = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name before a comma and its office', () => {
  it('reads a kunya of «أبو» as the name', () => {
    expect(holders('وقال أبو بكر ديالو، النائب الأول لرئيس البرلمان، إن الجلسة ستعقد غدا.')).toEqual(['أبو بكر ديالو']);
    expect(holders('وأكد هشام أبو العلا، نائب محافظ البنك المركزي، أن الفائدة لن تتغير.')).toEqual(['هشام أبو العلا']);
  });

  it('reads a list item after «، و» whose surname reads as a word', () => {
    const text = 'وضم الوفد خالد منصور، وكيل وزارة الخارجية، وفاطمة أبشر، وكيلة وزارة المالية.';
    expect(holders(text)).toEqual(['خالد منصور', 'فاطمة أبشر']);
  });

  it('reads an Arab given name that begins with «ف» before a surname that reads as a word', () => {
    expect(holders('وأوضحت فاطمة ملال، مديرة التخطيط في وزارة المالية، أن العجز تراجع.')).toEqual(['فاطمة ملال']);
    expect(holders('وقال فيصل ملال، رئيس لجنة المالية في مجلس النواب، إن الموازنة ستقر.')).toEqual(['فيصل ملال']);
  });

  it('leaves a place, a body or common words before the comma alone', () => {
    for (const text of [
      'وصل الوفد إلى أبو ظبي، عاصمة دولة الإمارات، مساء أمس.',
      'وقالت الوزارة وفريق العمل، نائب رئيس البعثة، إن المحادثات بناءة.',
      'وأكد البيان المشترك، وزير الخارجية، أن العلاقات متينة.',
      'وفي المؤتمر فقط، رئيس الوزراء تحدث عن الموازنة.',
    ]) expect(holders(text)).toEqual([]);
  });
});
