import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a title word with the article that is a given name too, inside a name («محمد الأمين …»)', () => {
  it('is a word of the name, not a bare title before the rest of it', () => {
    expect(names('وحضر اللقاء وزير المالية، ومحمد الأمين ولد سيدي، سفير موريتانيا في دكار.')).toContain('محمد الأمين ولد سيدي');
    expect(names('وقالت الأمينة العامة للحزب إن أحمد الأمين الشريف، رئيس الكتلة، سيترشح.')).toContain('أحمد الأمين الشريف');
  });

  it('names no official when the person holds no office', () => {
    expect(names('ويرى الباحث محمد الأمين بلغيث أن الانتخابات حاسمة.')).toEqual([]);
  });

  it('stays a title with its complement or after punctuation', () => {
    expect(names('وقال الأمين العام للجامعة أحمد أبو الغيط إن القمة ناجحة.')).toEqual(['أحمد أبو الغيط']);
  });
});
