import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { opensAttendanceList } from '@/lib/vocab/attendance';

const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('an ordinary word of the language never goes into a name', () => {
  it('after a foreign name, a noun with the article is what the sentence says next (the verb’s object)', () => {
    expect(officials('وانتقد وزير الداخلية الأرجنتيني كارلوس بيريتي الاستفتاء، معتبرا أنه غير دستوري.')).toEqual(['كارلوس بيريتي']);
    expect(officials('ورفض رئيس الوزراء البيروفي والتر مارتوس التصويت، وقال إن البلاد تدخل مرحلة صعبة.')).toEqual(['والتر مارتوس']);
  });

  it('keeps a family name with the article after an Arab given name, and one the name sources list', () => {
    expect(officials('وانتقد وزير الخارجية أيمن الصفدي القرار، وقال إنه مرفوض.')).toEqual(['أيمن الصفدي']);
    expect(officials('وقال رئيس مجلس الأعيان فيصل الفايز، إن العلاقات متينة.')).toEqual(['فيصل الفايز']);
  });

  it('the audience or the reception an attendance verb names opens the list, and is no given name', () => {
    const opens = (text: string, k: number) => opensAttendanceList(text.split(' '), () => false, k);
    expect(opens('حضر المقابله من الجانب الكيني وزير', 5)).toBe(true);
    expect(opens('وحضر الاستقبال وزير', 2)).toBe(true);
    expect(opens('وحضر المشاورات من الجانب الكيني وزير', 5)).toBe(true);
    expect(opens('تابع المقابله وزير', 2)).toBe(false);
    expect(officials('ومن الجانب الكيني حضر الاستقبال موساليا مودافادي وزير الخارجية.')).toEqual(['موساليا مودافادي']);
  });
});
