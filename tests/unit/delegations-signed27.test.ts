import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: the verb of signing with the agreement as its object pronoun («وقعها»، «فقد وقعتها»، «وقعهما»),
// the agreement named before it, and two signers of two countries after it with no «عن الجانب …» between: each signer
// signs for his own country, as after «ووقع الاتفاقية …».
const lead = [
  'مصر والأردن توقعان اتفاقيتين للتعاون',
  'وقع وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي في القاهرة اليوم اتفاقيتين للتعاون.',
];

describe('findDelegations: signers after a verb of signing that carries the agreement as a pronoun', () => {
  it('seats the two signers of «أما الاتفاقية الثانية، فقد وقعها A، وB» on their own sides', () => {
    const text = [...lead, 'أما اتفاقية التعليم، فقد وقعها الملحق الثقافي الأردني في القاهرة، الدكتور محمد الخلايلة، ووكيل وزارة التعليم العالي المصرية، أيمن فريد.'].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'محمد الخلايلة')).toBe('Jordan');
    expect(sideOf(found, 'أيمن فريد')).toBe('Egypt');
  });
  it('reads the feminine «وقعتها» the same way', () => {
    const text = [...lead, 'ومذكرة في مجال الصحة وقعتها وزيرة الصحة الأردنية هالة زواتي، ووزير الصحة المصري خالد عبد الغفار.'].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'هالة زواتي')).toBe('Jordan');
    expect(sideOf(found, 'خالد عبد الغفار')).toBe('Egypt');
  });
});
