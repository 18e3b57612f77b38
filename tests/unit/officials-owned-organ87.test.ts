import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a body\'s organ owned by a pronoun after the head is that organ of the body named before', () => {
  it('«رئيس مفوضيتها» after the African Union is the President of its Commission', () => {
    const text = 'وكان الاتحاد الأفريقي قد رحب بالاتفاق، إذ قال رئيس مفوضيته موسى فقي محمد إن الخطوة "تاريخية".';
    expect(officialOf(text, 'موسى فقي محمد')?.role_en).toMatch(/African Union Commission|AU Commission/);
  });
  it('«رئيسة بعثتها» after a named organization heads its mission', () => {
    const text = 'وأصدرت المنظمة الدولية للهجرة تقريرا جديدا، وقالت رئيسة بعثتها في ليبيا ماريا أندرسون إن الأوضاع صعبة.';
    expect(officialOf(text, 'ماريا أندرسون')?.role_en).toMatch(/^Head of the IOM Mission/);
  });
  it('leaves a government or an office a pronoun gives to a state or a person', () => {
    const text = 'وأعلنت وزارة الخارجية الفرنسية دعمها للمبادرة، وقال رئيس حكومتها جان كاستيكس إن باريس مستعدة.';
    expect(officialOf(text, 'جان كاستيكس')?.role_en ?? '').not.toMatch(/Ministry/);
  });
});
