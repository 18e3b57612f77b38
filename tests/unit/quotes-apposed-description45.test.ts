import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout18 1917: an analyst named with «الدكتور», then described by a title an official of the text holds.
describe('«قال الدكتور X Y، المستشار بمركز …، إن»: the named person speaks, not the official who holds the bare title', () => {
  const opening = 'استقبل الرئيس الإريتري أسياس أفورقي في أسمرة الرئيس عبد الفتاح السيسي، بحضور المستشار الرئاسي يماني قبرآب.\n\n';
  it('the analyst named before the comma speaks', () => {
    const text = opening + 'وفي تعليقه على القمة، قال الدكتور سامح الجندي، المستشار بمركز الدراسات السياسية، للصحفيين إن القمة "رسالة واضحة لدول المنطقة".';
    expect(speakerOf(text, 'رسالة واضحة')).toBe('سامح الجندي');
  });
  it('the title alone still names the official who holds it', () => {
    const text = opening + 'وقال المستشار للصحفيين إن القمة "رسالة واضحة لدول المنطقة".';
    expect(speakerOf(text, 'رسالة واضحة')).not.toBe('سامح الجندي');
  });
});
