import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 67, officials: an office whose holder's name the name reader refused (a foreign word, a word that is also a
// common word, a rank between), vouched for by the article's later bare use of the family name as a speaker
// («وأضاف X أن»). Sentences written for the test, in the style of the wires.

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en] as const);
const names = (text: string) => officials(text).map(([n]) => n);

describe('nameOfficesBySpeakerRepeated: the office gets the name the article repeats as a speaker', () => {
  it('names the chairman of a committee named by a common noun, his four-word foreign name after it', () => {
    const text = [
      'أنتاناناريفو - وقال رئيس اللجنة توفو راكوتو أندريانا ميلالا، في مؤتمر صحفي، إن نسبة المشاركة بلغت 46 في المئة.',
      'وأضاف أندريانا ميلالا أن اللجنة تلقت عشرات الطعون.',
    ].join('\n\n');
    expect(names(text)).toContain('توفو راكوتو أندريانا ميلالا');
  });
  it('names the holder before the office and its comma', () => {
    const text = [
      'تونس - وقال منير بوشناقة، رئيس الهيئة، خلال مؤتمر صحافي إن النتائج أولية.',
      'وأضاف بوشناقة أن الطعون تقبل خلال ثلاثة أيام.',
    ].join('\n\n');
    expect(names(text)).toContain('منير بوشناقة');
  });
  it('skips a rank between the office and the name', () => {
    const text = [
      'أثينا - استقبل وزير الدفاع رئيس هيئة الأركان القبرصي الفريق أول ديميتريس كاليغاروس، والوفد المرافق له.',
      'وقال كاليغاروس في تصريح إن التعاون العسكري يتوسع.',
    ].join('\n\n');
    expect(names(text)).toContain('ديميتريس كاليغاروس');
  });
  it('takes the name after the comma that follows a body named in quotation marks', () => {
    const text = [
      'دمشق - وكان مدير "المصرف العقاري"، رامز قنطرجي، قال في تصريح إن القروض ستستأنف.',
      'وأضاف قنطرجي أن المصرف رفع سقف القرض.',
    ].join('\n\n');
    const found = officials(text).find(([n]) => n === 'رامز قنطرجي');
    expect(found).toBeDefined();
  });
  it('leaves the office unnamed when the words after it never stand alone as a speaker', () => {
    const text = 'أنتاناناريفو - وقال رئيس اللجنة توفو راكوتو أندريانا ميلالا، في مؤتمر صحفي، إن نسبة المشاركة بلغت 46 في المئة.';
    expect(names(text)).not.toContain('توفو راكوتو أندريانا ميلالا');
  });
  it('takes no nouns of the sentence for a name, even one the article repeats', () => {
    const text = [
      'الرباط - ووقع الملحق تجديد اتفاقية التوأمة، بحضور العمدة.',
      'وأكدت التوأمة أن المدينتين شريكتان.',
    ].join('\n\n');
    expect(names(text).some((n) => n.includes('التوأمة'))).toBe(false);
  });
});
