import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 107, honorifics: Oman's civil styles «الفاضل/الفاضلة» and «المكرم/المكرمة» open an item of a list of titled
// people like «السيد/السيدة». Source: /work/h34/3523-ona-muscat-imf-mission.txt (ONA, IMF mission received in Muscat).

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en] as const);
const names = (text: string) => officials(text).map(([n]) => n);

const RECEPTION = 'وحضر المقابلة من الجانب العُماني سعادة عبدالله بن سالم الحارثي وكيل وزارة المالية، وسعادة طاهر بن سالم العمري الرئيس التنفيذي للبنك المركزي العُماني، والفاضل ناصر بن خميس الجشمي مدير عام الميزانية بالوزارة.';

describe('honorificsOfOman: «الفاضل» and «المكرم» as styles before a name', () => {
  it('names the director general styled «والفاضل» in a reception list', () => {
    expect(names(RECEPTION)).toContain('ناصر بن خميس الجشمي');
  });
  it('keeps «الفاضل» as a family name after a given name (near miss)', () => {
    const found = names('وقال وزير الخارجية محمد الفاضل إن المحادثات كانت بناءة.');
    expect(found.some((n) => n.includes('الفاضل'))).toBe(true);
  });
  it('keeps «مكة المكرمة» a place before an official (near miss)', () => {
    const found = officials('واستقبل أمير منطقة مكة المكرمة خالد الفيصل اليوم السفير.');
    expect(found.some(([n]) => n.includes('المكرمة'))).toBe(false);
  });
});
