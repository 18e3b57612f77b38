import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: a coordination of movements at talks is a side of its own', () => {
  // Written for the test: a mediator hosts a government and a coordination of armed movements; a leading member of one
  // of its councils, whose body's name holds a region of the country, is in the coordination's delegation.
  const text = [
    'استضافت العاصمة الجزائرية أمس جولة جديدة من المفاوضات بين الحكومة التشادية وتنسيقية حركات دارفور.',
    'وقاد وفد الحكومة التشادية وزير الخارجية محمد صالح، ويرافقه وزير الدفاع إدريس آدم.',
    'أما وفد تنسيقية حركات دارفور فترأسه الأمين العام للتنسيقية عثمان يوسف، وضم القيادي في المجلس الأعلى لوحدة دارفور موسى عبد الله، والمتحدث باسم التنسيقية حسن علي.',
  ].join('\n\n');
  const officials = [
    official(text, 'محمد صالح', 'Mohamed Saleh', 'TD', 'وزير الخارجية'),
    official(text, 'إدريس آدم', 'Idriss Adam', null, 'وزير الدفاع'),
    official(text, 'عثمان يوسف', 'Osman Youssef', null, 'الأمين العام للتنسيقية'),
    official(text, 'موسى عبد الله', 'Moussa Abdallah', 'SD', 'القيادي في المجلس الأعلى لوحدة دارفور'),
    official(text, 'حسن علي', 'Hassan Ali', null, 'المتحدث باسم التنسيقية'),
  ];

  it('names the side by the coordination and seats its leading member there, not with a state', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Coordination of the Darfur Movements', members: ['*Osman Youssef', 'Moussa Abdallah', 'Hassan Ali'] },
      { side: 'Chad', members: ['*Mohamed Saleh', 'Idriss Adam'] },
    ]);
  });
});
