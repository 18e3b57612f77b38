import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// «وقع وزير الخارجية الموريتاني ونظيره الإسباني Y»: the signer is told by his title alone (or by a name not read as a
// person's), so the counterpart is the one met, on the side of his own country. (Invented sentences; the class is from
// a signing at the end of a visit, heldout19 2023.)
const sides = (text: string) =>
  Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, d.members.map((m) => m.name_ar)]));

describe('the counterpart of one told by his title', () => {
  it('seats the counterpart of a minister named only by his title with his own country', () => {
    const s = sides(
      'أجرى الرئيس الموريتاني محمد ولد الشيخ الغزواني، الخميس، في نواكشوط، مباحثات مع رئيس الوزراء الإسباني بيدرو سانشيز.\n' +
        'وحضر المباحثات من الجانب الموريتاني وزير الخارجية محمد سالم ولد مرزوك، فيما حضرها من الجانب الإسباني وزير الداخلية فرناندو غراندي مارلاسكا.\n' +
        'وفي ختام الزيارة، وقع وزير الخارجية الموريتاني ونظيره الإسباني خوسيه مانويل ألباريس مذكرة تفاهم للتعاون في مجال التكوين المهني.',
    );
    expect(s['Spain']).toContain('خوسيه مانويل ألباريس');
    expect(s['Mauritania']).not.toContain('خوسيه مانويل ألباريس');
  });
  it('adds no one when the counterpart is of the same country as the title', () => {
    const s = sides('وقع وزير الخارجية المصري ونظيره المصري السابق عمرو موسى كتابا عن الدبلوماسية المصرية.');
    expect(Object.keys(s)).toHaveLength(0);
  });
});
