import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en ?? null;

// «الرئاسي» after a head describes the office as «السياسي» and «الإعلامي» do: a presidential adviser, envoy, spokesman
// (h18 1917-mena-asmara: «والمستشار الرئاسي يماني قبرآب», gold "Presidential Adviser").
describe('the describing modifier «الرئاسي» right after a title head', () => {
  it('makes an adviser a Presidential Adviser, not a courtesy Counsellor', () => {
    expect(roleOf('وشارك من الجانب الإريتري وزير الخارجية عثمان صالح، والمستشار الرئاسي يماني قبرآب، في المحادثات.', 'يماني قبرآب')).toBe('Presidential Adviser');
  });
  it('reads the feminine and other heads the same way', () => {
    expect(roleOf('وقالت المتحدثة الرئاسية كارين جان بيير إن الزيارة مهمة.', 'كارين جان بيير')).toBe('Presidential Spokeswoman');
    expect(roleOf('وقال الموفد الرئاسي الفرنسي جان إيف لودريان إن الزيارة مهمة.', 'جان إيف لودريان')).toMatch(/Presidential Envoy/);
  });
  it('leaves a body that the adjective describes to the body', () => {
    expect(roleOf('وقال قائد الحرس الرئاسي محمد علي إن الوضع هادئ.', 'محمد علي')).toBe('Commander of the Presidential Guard');
  });
});
