import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

const COMMITTEE = 'حل الوزير ضيفا على لجنة التعليم والثقافة والاتصال بمجلس النواب، في اجتماع خصص لمناقشة المشروع.\n\n';

describe('«رئيس اللجنة» after a name and a comma, the article having named a committee of parliament', () => {
  it('reads a family name that is a word of the language before it', () => {
    const o = officialOf(`${COMMITTEE}ورافق الوزير في الاجتماع، الذي ترأسه محمد ملال، رئيس اللجنة، كل من مستشاريه.`, 'محمد ملال');
    expect(o?.role_en).toBe('Chairman of the Education, Culture and Communication Committee');
  });
  it('reads nothing where no chamber owns the committee', () => {
    const text = 'اجتمعت لجنة التنسيق في المدينة.\n\nوقال محمد ملال، رئيس اللجنة، إن الاعتصام مستمر.';
    expect(officialOf(text, 'محمد ملال')).toBeNull();
  });
});
