// Delegation members the officials layer missed, and members of meetings at another time (issue 12, sixth round),
// each class on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { renderTitle } from '@/lib/english/roles';
import { parseTitle, toWords } from '@/lib/officials';

/** Each side's English name and its members' English names, the head starred. */
function sides(text: string) {
  return analyze(text).delegations.map((d) => ({ side: d.side_en, members: d.members.map((m) => (m.head ? '*' : '') + m.name_en) }));
}

describe('a Maghreb minister delegate in an attendance list («الوزير المنتدب … المكلف ب…»)', () => {
  const text = [
    'العثماني يستقبل وزير خارجية السنغال',
    'استقبل رئيس الحكومة المغربية سعد الدين العثماني اليوم الثلاثاء بالرباط وزير الخارجية السنغالي سيديكي كابا.',
    'وحضر اللقاء عن الجانب المغربي الوزيرة المنتدبة المكلفة بالجالية المقيمة بالخارج نزهة الوافي، والوزير المنتدب لدى وزير الخارجية المكلف بالتعاون الإفريقي، محسن الجزولي، وسفير المغرب بدكار طالب برادة.',
  ].join('\n\n');

  it('reads the title to the name, whatever the minister is in charge of', () => {
    const a = analyze(text);
    const jazouli = a.officials.find((o) => o.name_ar === 'محسن الجزولي');
    expect(jazouli?.role_en).toBe('Minister Delegate to the Minister of Foreign Affairs in charge of African Cooperation');
    expect(a.officials.map((o) => o.name_ar)).toContain('نزهة الوافي');
  });

  it('puts both delegates on the Moroccan side', () => {
    const morocco = sides(text).find((s) => s.side === 'Morocco');
    expect(morocco?.members).toEqual(expect.arrayContaining([expect.stringMatching(/J[ae]z[ou]+li/), expect.stringMatching(/Wafi/)]));
  });
});

describe('an embassy or mission member whose title ends in a bare body or an unlisted adjective («بالسفارة»، «البعثة الطبية»)', () => {
  const text = [
    'والي صفاقس يستقبل السفير الياباني',
    'استقبل والي صفاقس محمد علي بن سالم اليوم الخميس سفير اليابان بتونس شينسوكي شيميزو.',
    'ورافق السفير الياباني المستشار الثقافي بالسفارة كينجي تاناكا ورئيس البعثة الزراعية اليابانية بتونس الدكتور هيروشي ساتو.',
  ].join('\n\n');

  it('reads the name after the body', () => {
    const names = analyze(text).officials.map((o) => o.name_ar);
    expect(names).toEqual(expect.arrayContaining(['كينجي تاناكا', 'هيروشي ساتو']));
  });

  it('puts both on the Japanese side', () => {
    const japan = sides(text).find((s) => s.side === 'Japan');
    expect(japan?.members.length).toBe(3);
  });

  it('leaves a bare body followed by a title to the meeting («استقبل الوزير بالوزارة سفير …»)', () => {
    const names = analyze('خبر\n\nواستقبل وزير الخارجية بالوزارة سفير اليابان شينسوكي شيميزو.').officials.map((o) => o.name_ar);
    expect(names).toEqual(['شينسوكي شيميزو']);
  });
});

describe('a delegation list whose members have a portfolio pair with an adjective, or a compound name on «الله»', () => {
  const text = [
    'وزير الخارجية الماليزي في الرباط',
    'استقبل وزير الخارجية المغربي ناصر بوريطة اليوم بالرباط نظيره الماليزي سيف الدين عبدالله.',
    'ويضم الوفد الماليزي وزيرة التجارة الدولية والصناعة لينا تان، ورئيس هيئة الاستثمار عمر جار الله.',
  ].join('\n\n');

  it('reads the portfolio pair in full, adjective and all', () => {
    const byName = new Map(analyze(text).officials.map((o) => [o.name_ar, o.role_en]));
    expect(byName.get('لينا تان')).toBe('Minister of International Trade and Industry');
  });

  it('reads the compound name to its end', () => {
    const malaysia = sides(text).find((s) => s.side === 'Malaysia');
    expect(malaysia?.members.some((m) => m.startsWith('Omar'))).toBe(true);
    expect(analyze(text).officials.map((o) => o.name_ar)).toContain('عمر جار الله');
  });

  it('leaves a blessing after a pronoun out of the name («حفظه الله»)', () => {
    const names = analyze('خبر\n\nوأكد الملك سلمان حفظه الله أن المملكة ماضية في دعم الاستقرار.').officials.map((o) => o.name_ar);
    expect(names).toEqual(['سلمان']);
  });
});

describe('a ministry unit («قطاع»، «مديرية») heading a member\'s office, the name before it', () => {
  const text = [
    'وزير النقل يستقبل محافظ الإسكندرية',
    'استقبل وزير النقل كامل الوزير اليوم بمقر الوزارة محافظ الإسكندرية محمد الشريف لبحث مشروعات النقل بالمحافظة.',
    'وحضر اللقاء من جانب الوزارة الدكتورة منى رضوان رئيس قطاع التخطيط بالوزارة، والمهندس طارق عزت مدير مديرية الطرق بالمحافظة.',
  ].join('\n\n');

  it('reads both people and their offices', () => {
    const byName = new Map(analyze(text).officials.map((o) => [o.name_ar, o.role_en]));
    expect(byName.get('منى رضوان')).toMatch(/^Head of the Planning Sector/);
    expect(byName.get('طارق عزت')).toMatch(/^Director of the .*Directorate/);
  });

  it('keeps the Gaza Strip a place, not a sector', () => {
    const t = parseTitle(toWords('مدير المكتب في قطاع غزة سلامة معروف'), 0);
    expect(t && renderTitle(t)).toBe('Director of the Office in the Gaza Strip');
  });
});
