import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout20 2119 (al-Diyar): a statement named first, then «فقد» and a verb whose subject is the official.
describe('«وبحسب بيان المكتب الإعلامي …، فقد شكر ميقاتي العراق "…"»: the official the clause names speaks', () => {
  const opening = 'استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي وزير النفط العراقي حيان عبد الغني.\n';
  it('the official after «فقد» and the verb, and the participle after', () => {
    const text = opening + 'وبحسب بيان المكتب الاعلامي لرئيس الحكومة، فقد شكر ميقاتي العراق "حكومة وشعبا على الوقوف الى جانب لبنان"، مؤكدا ان الحكومة ملتزمة بتسديد المستحقات.';
    expect(speakerOf(text, 'حكومة وشعبا')).toBe('نجيب ميقاتي');
    expect(speakerOf(text, 'ملتزمة بتسديد')).toBe('نجيب ميقاتي');
  });
  it('a clause that names no official after its verb stays the statement\'s', () => {
    const text = opening + 'وبحسب بيان المكتب الاعلامي لرئيس الحكومة، فقد تناول اللقاء "سبل تجديد اتفاق الفيول".';
    expect(speakerOf(text, 'سبل تجديد')).not.toBe('نجيب ميقاتي');
  });
});
