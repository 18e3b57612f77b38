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
