import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import type { Delegation, Official, Span } from '@/lib/types';

// Classes of failure seen on articles nobody had tuned on (issue 12); every sentence here is written for the test.

/** A hand-made official: every occurrence of the name (and of the given short forms) is a mention. */
function official(text: string, name_ar: string, name_en: string, country: string | null, role_ar: string | null = null, forms: string[] = []): Official {
  const mentions: Span[] = [];
  for (const f of [name_ar, ...forms]) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      if (!mentions.some(([s, e]) => at < e && at + f.length > s)) mentions.push([at, at + f.length]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return { id: name_en, name_ar, name_en, role_ar, role_en: null, country, mentions, evidence: '', known: false };
}

const summary = (ds: Delegation[]) => ds.map((d) => ({ side: d.side_en, members: d.members.map((m) => (m.head ? '*' : '') + m.name_en) }));

describe('findDelegations: receptions that name the guest before the place and the hosts', () => {
  it('reads past a relative clause about the place to the hosts («في استقبال X على أرض مطار …، حيث …، Y»)', () => {
    const text = [
      'وصل الرئيس الكيني جون موانغي اليوم إلى غانا للمشاركة في قمة إقليمية.',
      'وكان في استقبال موانغي في مطار أكرا، حيث تعقد القمة، الرئيس الغاني كوفي منساه، ووزير الخارجية الغاني ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'جون موانغي', 'John Mwangi', 'KE', 'الرئيس الكيني', ['موانغي']),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*John Mwangi'] },
      { side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei'] },
    ]);
  });

  it('takes «في استقبالهم» (a plural pronoun) as the guests named before, the list as their hosts', () => {
    const text = [
      'استقبل الرئيس الغاني كوفي منساه في قصره اليوم رئيس الوزراء الكيني بيتر أوتينو والوفد المرافق له.',
      'وكان أوتينو قد وصل أمس مع الوفد المرافق له، حيث كان في استقبالهم بالمطار وزير الخارجية الغاني ياو أدجي ووزير المالية كوابينا أوسي.',
    ].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني', ['أوتينو']),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'كوابينا أوسي', 'Kwabena Osei', null, 'وزير المالية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei', 'Kwabena Osei'] },
      { side: 'Kenya', members: ['*Peter Otieno'] },
    ]);
  });
});

describe('findDelegations: people expected at an event are not at the meeting', () => {
  it('leaves out «ومن المتوقع أن يشارك في المنتدى X» and «سيحضر»', () => {
    const text = [
      'وصل الرئيس الكيني جون موانغي اليوم إلى أكرا، وكان في استقباله الرئيس الغاني كوفي منساه.',
      'ومن المتوقع أن يشارك في المنتدى الرئيس النيجيري السابق إيمانويل أوكافور.',
      'كما سيحضر الجلسة الختامية رئيس الوزراء التوغولي كوامي أغبو.',
    ].join('\n\n');
    const officials = [
      official(text, 'جون موانغي', 'John Mwangi', 'KE', 'الرئيس الكيني'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'إيمانويل أوكافور', 'Emmanuel Okafor', 'NG', 'الرئيس النيجيري السابق'),
      official(text, 'كوامي أغبو', 'Kwame Agbo', 'TG', 'رئيس الوزراء التوغولي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*John Mwangi'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});
