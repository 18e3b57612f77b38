import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 38, delegations: a joint committee «التي ترأسها X وY», two heads of government of two countries after a verb of
// chairing with its pronoun: each leads his own side (as after «برئاسة X ونظيره Y»).

// Written for the test (Asharq Al-Awsat's style).
describe('leaderMeeting: co-chairs after «ترأسها»', () => {
  it('makes the second co-chair the head of his country\'s side', () => {
    const text =
      'وقّعت الجزائر وتونس، الأربعاء، 18 اتفاقية في ختام أشغال الدورة الثالثة والعشرين للجنة الكبرى المشتركة التي ترأسها الوزير الأول الجزائري نذير العرباوي ورئيس الحكومة التونسية أحمد الحشاني بقصر الحكومة في العاصمة الجزائرية.\n\n' +
      'ووقّع عن الجانب الجزائري وزير الخارجية أحمد عطاف، وعن الجانب التونسي نظيره نبيل عمار، على محضر أشغال الدورة.';
    const found = Object.values(sides(text));
    const tunisia = found.find((ms) => ms.includes('نبيل عمار'));
    expect(tunisia).toContain('*أحمد الحشاني');
    const algeria = found.find((ms) => ms.includes('أحمد عطاف'));
    expect(algeria).toContain('*نذير العرباوي');
  });
});
