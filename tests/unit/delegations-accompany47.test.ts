import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// The accompaniment verb with its subject and object suffixes («الذي رافقته X»، «رافقاه»، «يرافقونها»): whoever
// accompanies joins the side of the one accompanied. (Invented sentences; the class is from an embassy meeting,
// heldout19 2010, where the labour attachée accompanied her ambassador in a relative clause.)
const members = (text: string) =>
  Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, d.members.map((m) => m.name_ar)]));

describe('accompaniment told with a suffixed verb', () => {
  it('seats a woman who accompanied the ambassador («الذي رافقته») with his side', () => {
    const sides = members(
      'بحث وزير العمل الأردني يوسف الشمالي، مع سفير جمهورية الفلبين لدى المملكة ويلفريدو سانتوس، اليوم الاثنين، سبل تنظيم استقدام العمالة.\n' +
        'وأشار السفير، الذي رافقته الملحقة العمالية في السفارة ماريا لويزا رييس، إلى أن حكومة بلاده أعدت برنامجا تدريبيا جديدا.',
    );
    expect(sides['Philippines']).toContain('ماريا لويزا رييس');
    expect(sides['Jordan'] ?? []).not.toContain('ماريا لويزا رييس');
  });
  it('seats a woman who accompanied the minister («التي رافقتها») with her side', () => {
    const sides = members(
      'استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزيرة الخارجية الكندية ميلاني جولي، والوفد المرافق لها.\n' +
        'وقالت الوزيرة الكندية، التي رافقتها سفيرة كندا لدى المملكة دونيكا بوتي، إن بلادها تدعم جهود الأردن.',
    );
    expect(sides['Canada']).toContain('دونيكا بوتي');
  });
});
