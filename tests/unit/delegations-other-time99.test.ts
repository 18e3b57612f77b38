import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const seated = (text: string) => analyze(text).delegations.flatMap((d) => d.members.map((m) => m.name_ar));

// Round 99 (delegation precision, class 3): people of another time seated at the article's meeting. The background
// sentence of tests/heldout2/312-cnn-tehran-iaea.txt, «في عهد الرئيس الراحل إبراهيم رئيسي، الذي لقي حتفه … برفقة وزير
// الخارجية آنذاك حسين أمير عبد اللهيان», seated both as Iran's side (lib/delegations/other-time.ts).
const BACKGROUND =
  'وكانت إيران قد قلصت تعاونها مع الوكالة تدريجيا منذ عام 2021، في عهد الرئيس الراحل إبراهيم رئيسي، الذي لقي حتفه في تحطم مروحية في مايو/أيار 2024 برفقة وزير الخارجية آنذاك حسين أمير عبد اللهيان.';

describe('one named only as of another time is at no meeting (lib/delegations/other-time.ts)', () => {
  it('the late president and the minister of then are not seated', () => {
    const text = `استقبل وزير الخارجية العماني بدر البوسعيدي، اليوم في مسقط، وزير الخارجية الإيراني عباس عراقجي، وبحث معه العلاقات الثنائية.\n\n${BACKGROUND}`;
    const names = seated(text);
    expect(names.some((n) => n.includes('رئيسي'))).toBe(false);
    expect(names.some((n) => n.includes('عبد اللهيان'))).toBe(false);
    expect(names.some((n) => n.includes('عراقجي'))).toBe(true);
  });
  it('near miss: one at the meeting keeps his seat though another sentence dates him («حينها»)', () => {
    // tests/heldout14/1524-annahar-beirut-mikati-le-drian.txt: «… والتقى حينها ميقاتي وبري»; Mikati met Le Drian again.
    const text =
      'استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي الموفد الرئاسي الفرنسي جان إيف لودريان، وعرض معه الأوضاع العامة.\n\nوكان لودريان قد زار بيروت في حزيران الماضي، والتقى حينها ميقاتي.';
    expect(seated(text).some((n) => n.includes('ميقاتي'))).toBe(true);
  });
});
