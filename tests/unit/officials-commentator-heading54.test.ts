// A commentator (analyst, researcher) who then heads a body the title names by no state or vocabulary name — a
// pollster, a campaign group — is a person the press asks, not an official. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a commentator heading an unnamed body', () => {
  it('makes no official of an analyst who heads a polling firm', () => {
    expect(names('ويرى المحلل السياسي البرازيلي جواو سيلفا، رئيس مؤسسة "أوبينيا" لاستطلاعات الرأي، أن الحكومة ضعيفة.')).toEqual([]);
  });

  it('makes no official of a researcher who heads a campaign group', () => {
    expect(names('وقالت الباحثة الاجتماعية لورا مينديز، رئيسة منظمة "شفافية بلا حدود"، إن الأرقام مقلقة.')).toEqual([]);
  });

  it('keeps an analyst who heads a state body or held an office', () => {
    expect(names('وقال الخبير الاقتصادي سامي العبيدي، رئيس هيئة الاستثمار التونسية، إن المناخ يتحسن.')).toContain('سامي العبيدي');
    expect(names('وقال المحلل سامي العبيدي، وزير المالية السابق، إن المناخ يتحسن.')).toContain('سامي العبيدي');
  });
});
