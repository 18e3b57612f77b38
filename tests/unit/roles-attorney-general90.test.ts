import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en;

describe('«المدعي العام» of a state of Spanish America whose chief prosecutor English calls its Attorney General', () => {
  it('is the Attorney General in a story of Ecuador\'s officials', () => {
    const text = 'كيتو - قال الرئيس الإكوادوري غييرمو لاسو إن الحكومة ستتعاون مع القضاء. وكان المدعي العام كارلوس مندوزا قد أعلن فتح تحقيق في القضية، فيما قال وزير الداخلية الإكوادوري خوان زاباتا إن الأمن مستتب.';
    expect(roleOf(text, 'كارلوس مندوزا')).toBe('Attorney General');
  });
});
