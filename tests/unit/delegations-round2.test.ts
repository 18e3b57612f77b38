// Issue 12, round two: classes of meetings the delegation layer did not place, each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: «ورافق الضيف …» when the visitor speaks first', () => {
  // The visitor holds talks «مع» his host in the host's capital: the one who accompanies «الضيف» is the visitor's.
  const text = [
    'وصل الرئيس الكيني أوهورو كينياتا إلى جوبا صباح اليوم.',
    'وأجرى كينياتا، الذي وصل إلى مطار جوبا صباحا، محادثات في القصر الرئاسي مع رئيس جنوب السودان سلفا كير، بحضور نائبه جيمس واني إيقا. ورافق الضيف في المحادثات سفير بلاده لدى جوبا جون مويا.',
  ].join('\n\n');
  const officials = [
    official(text, 'أوهورو كينياتا', 'Uhuru Kenyatta', 'KE', 'الرئيس الكيني', ['كينياتا']),
    official(text, 'سلفا كير', 'Salva Kiir', 'SS', 'رئيس جنوب السودان'),
    official(text, 'جيمس واني إيقا', 'James Wani Igga', 'SS', 'نائبه'),
    official(text, 'جون مويا', 'John Mwangi', null, 'سفير بلاده لدى جوبا'),
  ];

  it('puts the guest’s companion on the guest’s side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Uhuru Kenyatta', 'John Mwangi'] },
      { side: 'South Sudan', members: ['*Salva Kiir', 'James Wani Igga'] },
    ]);
  });
});
