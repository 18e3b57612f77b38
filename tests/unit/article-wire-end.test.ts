// A wire story's end mark after its last sentence, and the editors' initials under it (issue 14).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/article/text';

const story = (tail: string) => [
  'الوزير يبحث مع وفد البنك الدولي برامج التمويل',
  'عمان 12 آذار (بترا) -- بحث وزير التخطيط اليوم الثلاثاء مع وفد البنك الدولي برامج التمويل المقررة للعام المقبل وسبل تسريع تنفيذ المشاريع المتفق عليها في قطاعي المياه والطاقة.',
  'وأكد الوزير أهمية الشراكة مع البنك في دعم الإصلاحات الاقتصادية وتوفير فرص العمل للشباب في المحافظات كافة خلال السنوات المقبلة.' + tail,
].join('\n\n');

describe('a wire end mark at the end of the last paragraph', () => {
  for (const mark of [' (النهاية)', ' -انتهى-', ' / انتهى /', ' (انتهى)']) {
    it(`is left out: «${mark.trim()}»`, () => {
      const { text } = articleFromPlainText(story(mark));
      expect(text).not.toContain(mark.trim());
      expect(text.endsWith('خلال السنوات المقبلة.')).toBe(true);
    });
  }
  it('stays inside a sentence that only mentions the end', () => {
    const { text } = articleFromPlainText(story(' وقال إن المرحلة (انتهى) العمل بها رسميا.'));
    expect(text).toContain('(انتهى) العمل بها رسميا.');
  });
});

describe("the editors' initials on their own line under the story", () => {
  it('are left out, after an end mark too', () => {
    expect(articleFromPlainText(story('') + '\n\nف ك ع / ع ه ر').text).not.toContain('ف ك ع');
    const { text } = articleFromPlainText(story(' (النهاية)') + '\n\nف ك ع / ع ه ر');
    expect(text).not.toContain('ف ك ع');
    expect(text).not.toContain('النهاية');
  });
  it('leave a short line of real words in place', () => {
    const { text } = articleFromPlainText(story('') + '\n\nوقال: نعم / لا / ربما.');
    expect(text).toContain('نعم / لا / ربما');
  });
});
