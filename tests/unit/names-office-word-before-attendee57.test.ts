import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// The last word of a name that is a bare office word too («قاضي», a judge), right before «و» and the next attendee's
// title: a bare office governs something, so with nothing after it it is the family name. (Invented sentences.)
describe('an office word closing a name before the next attendee', () => {
  it('keeps the family name', () => {
    expect(names('وضم الوفد وزير الخارجية أحمد سليم قاضي ووزير الدفاع خالد منصور.')).toContain('أحمد سليم قاضي');
  });
  it('leaves an office with the article to the verb', () => {
    expect(names('واستقبل وزير الخارجية خالد سعيد السفير ووزير الدفاع.')).not.toContain('خالد سعيد السفير');
  });
});
