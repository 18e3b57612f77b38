import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A family name with the article that reads as a word (here as a verb too, «الهين»), closing an attendee's name before
// «، و» and the next attendee's title: a list item's name has no object after it. (Invented sentences.)
describe('an articled family name closing a list item before the next attendee', () => {
  it('keeps the family name', () => {
    expect(names('وحضر اللقاء وكيل الوزارة سامي فهد الراشد، ومساعد وزير الخارجية السفير حمد عبدالله الهين، ومساعد وزير الخارجية السفير بدر المطيري.')).toContain('حمد عبدالله الهين');
  });
  it('keeps it after a given name and a father\'s name of one word each', () => {
    expect(names('وحضر اللقاء وكيل الوزارة سامي فهد الراشد، ومساعد وزير الخارجية السفير حمد يوسف الهين، ومساعد وزير الخارجية السفير بدر المطيري.')).toContain('حمد يوسف الهين');
  });
  it('still ends a name before a plural object', () => {
    expect(names('والتقى وزير الخارجية سالم يوسف الراشد المسؤولين في الوزارة.')).toContain('سالم يوسف الراشد');
  });
});
