import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// The Gulf agencies' order: a style or a meeting's side, the name, then the full office with no comma. The style says
// a name starts and the office that it has ended, so the last word is the family name whatever else it reads as.
// (Invented sentences.)
describe('a name between a style or a side and a full office', () => {
  it('takes a family name whose «و» is its own first letter', () => {
    expect(names('وحضر اللقاء السيد منصور واصل رئيس هيئة الموانئ الكويتية.')).toContain('منصور واصل');
  });
  it('takes a family name with the article that the name sources list', () => {
    expect(names('وشارك في الاجتماع الدكتور خالد السيد رئيس قطاع الري بالوزارة المصرية.')).toContain('خالد السيد');
  });
  it('takes a foreign name after the side of the meeting, with no style', () => {
    expect(names('فيما حضره من الجانب الدنماركي ميكيل يينسن وزير الدولة بوزارة الخارجية الدنماركية.')).toContain('ميكيل يينسن');
  });
  it('takes a lineage of four words with a particle of descent', () => {
    expect(names('وحضر المباحثات سعادة السيد سيدي ولد أحمد الحسين سفير موريتانيا لدى المملكة.')).toContain('سيدي ولد أحمد الحسين');
  });
  it('reads no name from ordinary words after the side', () => {
    expect(names('فيما حضره من الجانب الدنماركي عدد من المسؤولين في وزارة الخارجية.')).toEqual([]);
  });
});

// A list of attendees, each name before its own full office: after «، و» and a given name, the next word is the
// family name even where it reads as a word. (Invented sentences.)
describe('the family name of a list item before its full office', () => {
  it('is read after the given name with the «و» of the list', () => {
    const found = names('بحضور أنيل كومار وزير التجارة الهندي، وراجيف جوبتي سفير الهند بالرياض.');
    expect(found).toContain('راجيف جوبتي');
  });
  it('is no verb after the given name', () => {
    const found = names('بحضور أنيل كومار وزير التجارة الهندي، وأحمد يزور سفير الهند اليوم.');
    expect(found).not.toContain('أحمد يزور');
  });
});
