import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

describe('«رئيس الغرفة الأولى»: the head of a house of parliament named by its rank', () => {
  const text = 'استقبل كريم العلوي، رئيس مجلس النواب، اليوم بالرباط، وفدا برلمانيا من البيرو، بحضور سعيد الناصري، رئيس مجلس المستشارين.\n\n';
  it('the first chamber is the house of representatives: its speaker speaks', () => {
    expect(speakerOf(text + 'وأضاف رئيس الغرفة الأولى أن المملكة "تعول على أصدقائها في أمريكا الجنوبية".', 'تعول')).toBe('كريم العلوي');
  });
  it('the second chamber is the house of councillors', () => {
    expect(speakerOf(text + 'وأضاف رئيس الغرفة الثانية أن المجلسين "مدعوان إلى تبادل التجارب".', 'مدعوان')).toBe('سعيد الناصري');
  });
  it('no official heads the house the text names: the title is no one of the text', () => {
    const lone = 'استقبل كريم العلوي، وزير الخارجية، اليوم بالرباط، وفدا برلمانيا من البيرو.\n\nوأضاف رئيس الغرفة الأولى أن المملكة "تعول على أصدقائها".';
    expect(speakerOf(lone, 'تعول')).not.toBe('كريم العلوي');
  });
});
