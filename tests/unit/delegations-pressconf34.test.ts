import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: «قال X …. جاء ذلك في مؤتمر صحفي مشترك مع نظيره Y، عقب مباحثات بينهما»: the speaker of the sentence
// before held the joint press conference with Y, and sits on his own side with his delegation.
describe('findDelegations: a joint press conference with a counterpart, told after the speaker\'s words', () => {
  it('seats the speaker at the head of his side', () => {
    const text = [
      'أنقرة / الأناضول',
      'قال وزير الخارجية التركي مولود تشاووش أوغلو، الإثنين، إن بلاده وماليزيا "ستعملان معًا على مكافحة الإسلاموفوبيا".',
      'جاء ذلك في مؤتمر صحفي مشترك مع نظيره الماليزي سيف الدين عبد الله، عقب مباحثات بينهما في العاصمة أنقرة.',
      'وشارك في المباحثات من الجانب التركي، نائب وزير الخارجية يافوز سليم قيران، بينما رافق الوزير الماليزي سفير ماليزيا لدى أنقرة محمد عدنان عثمان.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'مولود تشاووش أوغلو')).toBe(sideOf(found, 'يافوز سليم قيران'));
    expect(sideOf(found, 'سيف الدين عبد الله')).toBe(sideOf(found, 'محمد عدنان عثمان'));
    expect(sideOf(found, 'مولود تشاووش أوغلو')).not.toBe(sideOf(found, 'سيف الدين عبد الله'));
  });
});
