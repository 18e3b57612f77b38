import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));
const speakerOf = (text: string, words: string) => {
  const q = quoteWith(text, words);
  return q ? q.speaker_en ?? q.speaker_ar : undefined;
};

describe('«… له، دعا فيها أنصاره إلى»: a document of someone\'s own, and the pronoun that names it again', () => {
  it('gives the words to the one whose recorded message it is, not to the party that published it', () => {
    const text = 'وقال رئيس الوزراء الباكستاني شهباز شريف إن القضاء "قال كلمته". ونشر حزب "حركة الإنصاف" الذي يتزعمه رئيس الوزراء السابق عمران خان رسالة مسجلة له قبل اعتقاله، دعا فيها أنصاره إلى "عدم الجلوس في المنازل" حتى استعادة حقوقهم.';
    expect(speakerOf(text, 'عدم الجلوس')).toMatch(/Imran Khan/);
  });

  it('never makes the pronoun and the ones urged a speaker', () => {
    const text = 'ونشرت الحركة التي يتزعمها الرئيس السابق كمال بنعلي كلمة مصورة له، دعا فيها أنصاره إلى "التظاهر السلمي".';
    const q = quoteWith(text, 'التظاهر السلمي');
    expect(q?.speaker_ar ?? '').not.toMatch(/فيها|أنصاره/);
  });

  it('opens the words at the ones urged, past «فيه» («أصدرت بيانا دعت فيه العسكريين إلى «…»»)', () => {
    const text = 'وكانت قيادة الجيش قد أصدرت بيانا دعت فيه العسكريين في الخدمة الفعلية إلى «عدم المشاركة في أي تحرك ذي طابع مطلبي».';
    const q = quoteWith(text, 'عدم المشاركة');
    expect(q?.text.startsWith('العسكريين')).toBe(true);
    expect(q?.speaker_en).toMatch(/Army Command/);
  });

  it('leaves a letter sent to someone with its sender («وجه الرئيس رسالة له»)', () => {
    const text = 'واستقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف، ووجه الرئيس رسالة خطية له، أكد فيها أن "العلاقات بين البلدين متينة".';
    expect(speakerOf(text, 'العلاقات بين البلدين')).not.toMatch(/Attaf/);
  });
});
