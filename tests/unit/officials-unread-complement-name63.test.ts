import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials;
const names = (text: string) => officials(text).map((o) => o.name_ar);

// The office's complement runs on past what the title grammar reads, then a foreign name that closes: the words between
// are the office's, the name its holder's. (Invented sentences.)
describe('a foreign name after an office whose complement the grammar stops short of', () => {
  it('reads the holder past the unread words', () => {
    expect(names('وبحث الوزير مع المدير الإقليمي للبنك الدولي لدائرة الشرق الأوسط جان بول ماتيو، سبل التعاون.')).toContain('جان بول ماتيو');
    const found = officials('وقال المدير الإقليمي لمنظمة الصحة العالمية لشرق المتوسط هانز كلوغه في بيان إن الوضع خطير.');
    expect(found.map((o) => o.name_ar)).toContain('هانز كلوغه');
    expect(found.find((o) => o.name_ar === 'هانز كلوغه')!.role_ar).toContain('لشرق المتوسط');
  });
  it('reads no name where no foreign name follows', () => {
    expect(names('وبحث الوزير مع الممثل المقيم للبنك الدولي في القاهرة أمس الموضوع.')).toEqual([]);
    expect(names('وقال المدير العام للشركة الوطنية للنفط الخام الجديد إن الإنتاج ارتفع.')).toEqual([]);
  });
});

// A government in the construct with its genitive («حكومة تصريف الأعمال») is a closed phrase: a head that is a given name
// too after it («أمين», «أمير») opens the minister's name, no office of that government.
describe('a given name that is also a head, after «في حكومة تصريف الأعمال»', () => {
  it('is the minister\'s name', () => {
    expect(names('استقبل وزير المالية في حكومة تصريف الأعمال أمين نادر في مكتبه رئيس البعثة.')).toContain('أمين نادر');
    expect(names('استقبل وزير العدل في حكومة تصريف الأعمال أمير حداد في مكتبه وفدا من النقابة.')).toContain('أمير حداد');
  });
});
