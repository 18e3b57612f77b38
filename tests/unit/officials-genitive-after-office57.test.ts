import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// Words after an office that go on the office, not a holder's name. (Invented sentences.)
describe('a word with the article or a place joined by «و» after an office in an attendance list', () => {
  it('is the office’s field, no name', () => {
    const found = names('وحضر اللقاء النائب سامي الخوري، رئيس لجنة المالية والاعتمادات، والسفير كمال العبدالله.');
    expect(found).toContain('سامي الخوري');
    expect(found.some((n) => n.includes('الاعتمادات'))).toBe(false);
  });
  it('is a place the office covers, no name', () => {
    const found = names('والوفد المرافق له، الذي ضم ماركو فيلاني، المدير الإقليمي لدائرة الخليج واليمن، والسفير كمال العبدالله.');
    expect(found).toContain('ماركو فيلاني');
    expect(found.some((n) => n.includes('اليمن'))).toBe(false);
  });
  it('leaves a foreign name after a definite office', () => {
    expect(names('وحضر اللقاء السفير كمال العبدالله، ووزير الدولة كورنيلوسكي.')).toContain('كورنيلوسكي');
  });
});

describe('one word right after an office whose last head is in the construct', () => {
  it('is the head’s genitive, a town, even when the article repeats it', () => {
    const found = names('واستقبل الوزير موسى ندياي، النائب الثاني لعمدة دكار، في مكتبه. وتستضيف دكار المنتدى في الربيع.');
    expect(found).toContain('موسى ندياي');
    expect(found).not.toContain('دكار');
  });
  it('leaves a one-word name after a definite office', () => {
    expect(names('وقال نائب العمدة كيبروتو إن المشروع سيكتمل. وأضاف كيبروتو أن التمويل متوفر.')).toContain('كيبروتو');
  });
  it('leaves a name whose first word is a title word that is a given name too', () => {
    const text = 'وقال الطالب أمين قاسمي: "سنعود غدا". وأضاف قاسمي أن المسيرة سلمية.';
    expect(analyze(text).quotes.some((q) => q.speaker_ar === 'أمين قاسمي' || /قاسمي/.test(q.speaker_ar ?? ''))).toBe(true);
  });
});
