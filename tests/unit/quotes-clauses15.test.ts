import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? `${q.speaker_ar ?? ''} | ${q.speaker_en ?? ''}` : 'no quote';
};
const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.text ?? 'no quote';

describe('a clause of explanation after a comma gives the next speaker their own words', () => {
  it('ends the first report before «؛ إذ قالت X» and gives the words to X', () => {
    const text = 'وأبدى سكان الحي استياءهم من انقطاع المياه؛ إذ قالت أم علي، وهي أرملة تعيش مع بناتها، إن الخزانات «فارغة منذ أسبوع».';
    expect(speakerOf(text, 'فارغة منذ')).toMatch(/^أم علي \| /);
    expect(quoteOf(text, 'استياءهم')).not.toMatch(/فارغة/);
  });

  it('ends it before «، حيث أكد X أن» after a body that warned or criticised', () => {
    const text = 'وحذرت الأمم المتحدة من تفاقم الجوع في الإقليم، حيث أكد منسق الشؤون الإنسانية مارتن غريفيث أن "الملايين على حافة المجاعة".';
    expect(speakerOf(text, 'حافة المجاعة')).toMatch(/غريفيث/);
    const amnesty = 'وانتقدت منظمة العفو الدولية قرار الحكومة بإغلاق الحدود، حيث قالت مديرتها الإقليمية هبة مرايف إن "آلاف العائلات عالقة في العراء".';
    expect(speakerOf(amnesty, 'عالقة في العراء')).toMatch(/مرايف/);
  });

  it('reads «إذ يقول X إن» in the present as a report of its own', () => {
    const text = 'وأعرب المزارعون عن غضبهم من أسعار الأسمدة، إذ يقول المزارع أبو حسن إن "الموسم كله ضاع هذا العام".';
    expect(speakerOf(text, 'الموسم كله')).toMatch(/^أبو حسن \| /);
  });

  it('keeps the same speaker when the clause of explanation names nobody new', () => {
    const text = 'وانتقد وزير المالية خالد العلي قرار البرلمان، إذ قال إن "الموازنة لا تحتمل أعباء جديدة".';
    expect(speakerOf(text, 'الموازنة لا تحتمل')).toMatch(/خالد العلي/);
  });
});

describe('a participle of circumstance between commas before إن is an aside of the subject', () => {
  it('reads the words after «، متحدثا من …، إن», not the participle, and gives them to the one named', () => {
    const text = 'وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر، متحدثا من واشنطن، إن "الولايات المتحدة تدعم وقف إطلاق النار".';
    expect(quoteOf(text, 'تدعم وقف')).not.toMatch(/متحدثا|واشنطن،/);
    expect(speakerOf(text, 'تدعم وقف')).toMatch(/ميلر/);
  });

  it('does so for feminine and other participles of address, with or without tanween', () => {
    const she = 'وقالت المتحدثة باسم الأمم المتحدة ستيفاني تريمبلاي، متحدثة للصحفيين في نيويورك، إن "الوضع الإنساني كارثي".';
    expect(quoteOf(she, 'كارثي')).not.toMatch(/متحدثة/);
    const address = 'وقال وزير الدفاع البريطاني جون هيلي، مخاطبا البرلمان في لندن، إن "بريطانيا سترسل مزيدا من المساعدات".';
    expect(quoteOf(address, 'سترسل')).not.toMatch(/مخاطبا/);
    const tanween = 'وقالت المديرة التنفيذية لليونيسف كاثرين راسل، مخاطبةً مجلس الأمن، إن "الأطفال يدفعون الثمن الأكبر".';
    expect(quoteOf(tanween, 'يدفعون')).not.toMatch(/مخاطبة/);
    expect(speakerOf(tanween, 'يدفعون')).toMatch(/راسل/);
  });
});
