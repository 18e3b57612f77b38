import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout18 1918: «وأشار المسؤول الإيطالي إلى أن» after the Italian chief of staff spoke.
describe('«وأشار المسؤول الإيطالي إلى أن»: a description with a nationality refers back to that country\'s official', () => {
  const opening = 'استقبل وزير الخارجية الأردني أيمن الصفدي في عمان وزير الخارجية الإيطالي أنطونيو تاياني والوفد المرافق.\n\n'
    + 'وقال الصفدي إن "الأردن شريك موثوق في جهود مكافحة الإرهاب".\n';
  it('the Italian minister named before speaks, not an unnamed «Italian official»', () => {
    const text = opening + 'من جهته، أشاد تاياني بالتعاون بين البلدين.\nوأشار المسؤول الإيطالي إلى أن بلاده "ستواصل المشاركة في برامج التدريب".';
    expect(speakerOf(text, 'ستواصل المشاركة')).toBe('أنطونيو تاياني');
  });
  it('an unnamed official so described before («مسؤول إيطالي») is the one named again', () => {
    const text = opening + 'وقال مسؤول إيطالي طلب عدم ذكر اسمه إن المحادثات كانت صريحة.\nوأشار المسؤول الإيطالي إلى أن بلاده "ستواصل المشاركة في برامج التدريب".';
    expect(speakerOf(text, 'ستواصل المشاركة')).not.toBe('أنطونيو تاياني');
  });
});
