import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'وزير الخارجية يصل إلى العاصمة\n\nوصل وزير الخارجية البرتغالي جواو سانتوس أمس إلى العاصمة في زيارة رسمية.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('an invitation to a meal or to attend is an act, not words (دعا X إلى …)', () => {
  it('reads no words in an invitation to dinner', () => {
    expect(quotesOf('ودعا رئيس الوزراء ضيفه البرتغالي، الذي يزور البلاد للمرة الأولى، إلى العشاء في قصر الضيافة.')).toEqual([]);
  });

  it('reads no words in an invitation to attend a session', () => {
    expect(quotesOf('وكان الرئيس قد دعا الوزير سانتوس إلى حضور الجلسة الختامية للمنتدى الاقتصادي.')).toEqual([]);
  });

  it('still reads a call to do something', () => {
    expect(quotesOf('ودعا الوزير سانتوس الطرفين إلى العودة إلى طاولة المفاوضات دون شروط.')).toHaveLength(1);
  });
});
