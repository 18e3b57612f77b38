import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// «استقبل X Y، نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال إفريقيا، والوفد المرافق له، الذي ضم A وB»: a long
// title between the guest's name and «والوفد المرافق له» still makes him the one accompanied, so the list is his side's.
// And «المغرب العربي» in a title is the Maghreb, not Morocco. (Invented sentences, after heldout22's 2317.)
const sides = (text: string) =>
  Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, d.members.map((m) => m.name_ar)]));

describe('the one a delegation accompanies, named before a long title', () => {
  it('seats the list after «والوفد المرافق له، الذي ضم» with an organisation head whose title is long', () => {
    const s = sides(
      'استقبلت وزيرة الاقتصاد والمالية نادية فتاح العلوي، اليوم الثلاثاء بمقر الوزارة في الرباط، فريد بلحاج، نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال إفريقيا، والوفد المرافق له، الذي ضم جون سميث، المدير الإقليمي لدائرة المغرب العربي، وبيتر براون، الممثل المقيم للبنك بالمغرب.\n\n' +
        'وحضر اللقاء عن الجانب المغربي فوزي لقجع، الوزير المنتدب المكلف بالميزانية.',
    );
    expect(s['World Bank']).toEqual(expect.arrayContaining(['فريد بلحاج', 'جون سميث', 'بيتر براون']));
    expect(s['Morocco']).not.toContain('جون سميث');
    expect(s['Morocco']).toContain('فوزي لقجع');
  });
  it('seats the list with a minister whose long title names his country', () => {
    const s = sides(
      'استقبل وزير الخارجية الإيطالي أنطونيو تاياني في روما اليوم أيمن الصفدي نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين في المملكة الأردنية الهاشمية والوفد المرافق له، الذي يضم الأمين العام لوزارة الخارجية ماجد القطارنة ومدير إدارة أوروبا علي المومني.',
    );
    expect(s['Jordan']).toEqual(expect.arrayContaining(['ماجد القطارنة', 'علي المومني']));
    expect(s['Italy'] ?? []).not.toContain('ماجد القطارنة');
  });
});
