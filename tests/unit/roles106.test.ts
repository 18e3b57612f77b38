import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const roleOf = (text: string, name: RegExp) => analyze(text).officials.find((o) => name.test(o.name_en))?.role_en;

// A relative clause after a body, «BODY، الذي يرأسه X»: the body may stand after a preposition («للمجلس»), and the
// holder may carry an officer's or a judge's rank; he heads the body all the same. An office's rank («الرئيس X») keeps
// the office as the title.
describe('a holder named in a relative clause after a body', () => {
  it('reads a body after a preposition', () => {
    // tests/heldout35/3603-hespress-rabat-legislative-results.txt
    const text = 'وأفاد بلاغ للمجلس الوطني لحقوق الإنسان، الذي يرأسه إدريس اليزمي، بأن الملاحظين المعتمدين سجلوا بعض الخروقات المحدودة.';
    expect(roleOf(text, /Yazami/)).toBe('Chairman of the National Human Rights Council');
  });
  it('reads a judge who heads the body', () => {
    // tests/heldout43/4404-al-quds-al-arabi-dakar-constitutional-council-election.txt (the council named first here)
    const text = 'وأصدر المجلس الدستوري قراره أمس. وجاء في قرار المجلس، الذي يرأسه القاضي مامادو باديو كامارا، أن التمديد غير ممكن.';
    expect(roleOf(text, /Camara/)).toMatch(/^President of the (Constitutional )?Council$/);
  });
  it('keeps an office rank as the title', () => {
    // tests/heldout2/301-aljazeera-ankara-athens.txt
    const text = 'وتمهد الزيارة لاجتماع مجلس التعاون رفيع المستوى الذي يرأسه الرئيس رجب طيب أردوغان ورئيس الوزراء اليوناني.';
    expect(roleOf(text, /Erdo/)).toMatch(/^President/);
    expect(roleOf(text, /Erdo/)).not.toMatch(/Council/);
  });
});
