import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test (round 67): a side the meeting names without a person stands for the article's one official of
// that side only when he is tied to the meetings, not when he is named in passing in a sentence about something else.

describe('findDelegations: the one official of a side named without a person', () => {
  it('leaves out an organisation\'s official named only in a sentence about something else', () => {
    const text = [
      'عمان - انطلقت في العاصمة الأردنية، اليوم الأحد، جولة جديدة من المفاوضات بين الحكومة اليمنية وجماعة الحوثيين حول تبادل الأسرى، برعاية الأمم المتحدة واللجنة الدولية للصليب الأحمر.',
      'ويترأس وفد الحكومة وكيل وزارة حقوق الإنسان عبد الرحمن الحيدري، فيما يترأس وفد الحوثيين رئيس لجنة شؤون الأسرى عبد القادر المرتضى.',
      'من جهته، قال مدير العمليات في اللجنة الدولية للصليب الأحمر بيار كرينبول للصحفيين إن طائرات اللجنة جاهزة لنقل المفرج عنهم.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عبد الرحمن الحيدري')).toBeDefined();
    expect(sideOf(found, 'بيار كرينبول')).toBeUndefined();
  });

  it('leaves out a leader named as the talks\' subject', () => {
    const text = [
      'باريس - استقبل الرئيس الفرنسي إيمانويل ماكرون، اليوم الثلاثاء، في قصر الإليزيه ولي العهد الأردني الأمير الحسين بن عبدالله الثاني.',
      'وتناول الاستقبال الأوضاع في أوكرانيا وروسيا.',
      'وقال ماكرون إن على الرئيس الروسي فلاديمير بوتين أن يوقف الحرب فورا.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'إيمانويل ماكرون')).toBe('France');
    expect(sideOf(found, 'فلاديمير بوتين')).toBeUndefined();
  });

  it('keeps the one official who speaks of the meeting itself', () => {
    const text = [
      'الخرطوم - اختتم وزيرا الخارجية في مصر والسودان، اليوم، اجتماعا في الخرطوم لبحث ملف سد النهضة.',
      'وقال وزير الخارجية السوداني علي الصادق إن الاجتماع بحث سبل التنسيق بين البلدين.',
      'من جهته، قال وزير الخارجية المصري سامح شكري إن المباحثات تناولت كل القضايا العالقة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'علي الصادق')).toBe('Sudan');
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
  });
});
