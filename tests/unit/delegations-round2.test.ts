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

describe('findDelegations: one country’s institutions meet', () => {
  // In the style of the Tunisian and Iraqi press: a minister or a governor receives a delegation of a municipality or a
  // union of his own country; the sides are the two bodies, each named by its own words.
  const text = [
    'وزير التجهيز يستقبل وفدا عن بلدية المكنين',
    'استقبل وزير التجهيز والإسكان نور الدين السالمي صباح اليوم بمقر الوزارة وفدا عن بلدية المكنين يتقدمه رئيس البلدية محمد العربي الخياري، ويضم المساعد الأول لرئيس البلدية فاطمة بن صالح، وذلك بحضور المدير العام للطرقات بالوزارة علي الشابي.',
    'وتناول اللقاء مشاريع تهيئة الطرقات بالمدينة.',
  ].join('\n\n');
  const officials = [
    official(text, 'نور الدين السالمي', 'Noureddine Selmi', 'TN', 'وزير التجهيز والإسكان'),
    official(text, 'محمد العربي الخياري', 'Mohamed Arbi Khiari', null, 'رئيس البلدية'),
    official(text, 'فاطمة بن صالح', 'Fatma Ben Salah', null, 'المساعد الأول لرئيس البلدية'),
    official(text, 'علي الشابي', 'Ali Chebbi', null, 'المدير العام للطرقات بالوزارة'),
  ];

  it('makes the ministry and the municipality the sides, with the delegation’s leader, its members and those present', () => {
    const found = findDelegations(text, officials);
    expect(summary(found)).toEqual([
      { side: 'Ministry of Equipment and Housing', members: ['*Noureddine Selmi', 'Ali Chebbi'] },
      { side: 'Meknin Municipality', members: ['*Mohamed Arbi Khiari', 'Fatma Ben Salah'] },
    ]);
    expect(found.map((d) => d.side_ar)).toEqual(['وزارة التجهيز والإسكان', 'بلدية المكنين']);
    expect(found.map((d) => d.country)).toEqual(['TN', 'TN']);
  });

  it('reads a governor and a union «برئاسة» its secretary-general', () => {
    const union = [
      'التقى والي صفاقس أنيس الوسلاتي اليوم بمقر الولاية وفدا من الاتحاد الجهوي للشغل بصفاقس برئاسة الكاتب العام للاتحاد الجهوي يوسف العوادني، وذلك للنظر في مطالب عمال الميناء.',
      'وحضر اللقاء المندوب الجهوي للشؤون الاجتماعية حسن المرزوقي.',
    ].join('\n\n');
    const people = [
      official(union, 'أنيس الوسلاتي', 'Anis Oueslati', 'TN', 'والي صفاقس'),
      official(union, 'يوسف العوادني', 'Youssef Aouadni', null, 'الكاتب العام للاتحاد الجهوي'),
      official(union, 'حسن المرزوقي', 'Hassen Marzouki', null, 'المندوب الجهوي للشؤون الاجتماعية'),
    ];
    const found = findDelegations(union, people);
    expect(summary(found)).toEqual([
      { side: 'Sfax Governorate', members: ['*Anis Oueslati', 'Hassen Marzouki'] },
      { side: 'Union', members: ['*Youssef Aouadni'] },
    ]);
    expect(found[1]!.side_ar).toBe('الاتحاد الجهوي للشغل');
  });

  it('keeps a president receiving his prime minister alone without delegations', () => {
    const alone = 'استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج رئيس الحكومة يوسف الشاهد، وتناول اللقاء الوضع العام في البلاد.';
    const people = [official(alone, 'الباجي قائد السبسي', 'Beji Caid Essebsi', 'TN', 'رئيس الجمهورية'), official(alone, 'يوسف الشاهد', 'Youssef Chahed', 'TN', 'رئيس الحكومة')];
    expect(findDelegations(alone, people)).toEqual([]);
  });

  it('keeps a delegation of a foreign body on its own side', () => {
    const foreign = 'استقبل وزير الخارجية خميس الجهيناوي اليوم بمقر الوزارة وفدا من البرلمان الأوروبي برئاسة النائب الإيطالي أنطونيو بانزيري.';
    const people = [official(foreign, 'خميس الجهيناوي', 'Khemaies Jhinaoui', 'TN', 'وزير الخارجية'), official(foreign, 'أنطونيو بانزيري', 'Antonio Panzeri', 'IT', 'النائب الإيطالي')];
    expect(summary(findDelegations(foreign, people)).map((d) => d.side)).not.toContain('Ministry of Foreign Affairs');
  });
});
