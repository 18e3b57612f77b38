import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: the news is one meeting (a call between two heads of state); a later paragraph opens with
// «وفي سياق متصل» / «من جهة أخرى» and tells of another contact between two other officials of the same
// countries. Those two were not at the article's meeting: they are no members of its sides. A contact told there by
// someone already at the meeting, or one that brings a new side, stays part of the news.
describe('findDelegations: a meeting told after «وفي سياق متصل» by people new to the article\'s meeting is another', () => {
  const article = (opener: string, contact: string) => [
    'الرئيس التونسي يتلقى اتصالا هاتفيا من رئيس الوزراء الإيطالي',
    'تونس 4 آذار - تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من رئيسة الوزراء الإيطالية جورجيا ميلوني، تناول العلاقات الثنائية وملف الهجرة.',
    'وأكد الرئيس سعيد خلال الاتصال حرص تونس على تعزيز التعاون مع إيطاليا.',
    `${opener}، ${contact}`,
    'وأكد النفطي خلال الاتصال أهمية التنسيق بين البلدين في المحافل الدولية.',
  ].join('\n\n');
  const call = 'أجرى وزير الخارجية التونسي محمد علي النفطي اتصالا هاتفيا مع وزير الخارجية الإيطالي أنطونيو تاياني، بحثا فيه التحضير لمؤتمر الهجرة.';

  for (const opener of ['وفي سياق متصل', 'من جهة أخرى']) {
    it(`leaves out the ministers of the other call (${opener})`, () => {
      const found = sides(article(opener, call));
      expect(sideOf(found, 'قيس سعيد')).toBe('Tunisia');
      expect(sideOf(found, 'جورجيا ميلوني')).toBe('Italy');
      expect(members(found)).not.toContain('محمد علي النفطي');
      expect(members(found)).not.toContain('أنطونيو تاياني');
    });
  }

  it('keeps a contact told there by one already at the meeting', () => {
    const found = sides(article('وفي سياق متصل', 'أجرى الرئيس قيس سعيد اتصالا هاتفيا مع وزير الخارجية الإيطالي أنطونيو تاياني، بحثا فيه التحضير لمؤتمر الهجرة.'));
    expect(sideOf(found, 'أنطونيو تاياني')).toBe('Italy');
  });
});
