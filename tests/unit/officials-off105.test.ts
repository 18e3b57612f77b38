// Round 105 (off105): officials never read inside attendee lists — a Vietnamese list item whose last syllable is
// written with a madda («وتران توان آنه وزير …», not the complementizer «أنه»), and a lineage closed by a nisba no
// dictionary holds before the office in apposition («السيد ناصر بن خميس الجشمي مدير …»).
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a Vietnamese list item ending on a madda syllable', () => {
  // tests/heldout33/3422-youm7-hanoi-sisi-vietnam.txt
  it('reads «وتران توان آنه وزير الصناعة والتجارة» between two officials of the same side', () => {
    const text = 'أعقبتها جلسة موسعة بحضور وفدى البلدين، حضرها من الجانب الفيتنامى فام بينه مينه نائب رئيس الوزراء وزير الخارجية، وتران توان آنه وزير الصناعة والتجارة، وتران ثانه هاى سفير فيتنام بالقاهرة.';
    expect(byName(text, 'تران توان آنه')?.role_en).toBe('Minister of Industry and Trade');
  });
  it('does not read the complementizer «أنه» after a verb as a name', () => {
    const text = 'حضرها من الجانب الفيتنامى فام بينه مينه نائب رئيس الوزراء وزير الخارجية، وأكد أنه وزير الصناعة والتجارة.';
    expect(findOfficials(text).some((o) => /انه|أنه/.test(o.name_ar))).toBe(false);
  });
});

describe('a lineage closed by a nisba the name sources miss', () => {
  // tests/heldout34/3523-ona-muscat-imf-mission.txt (there after the Omani style «الفاضل», here after «السيد»)
  it('reads «والسيد ناصر بن خميس الجشمي مدير عام الميزانية بالوزارة» with the whole name', () => {
    const text = 'وحضر المقابلة سعادة طاهر بن سالم العمري الرئيس التنفيذي للبنك المركزي العُماني، والسيد ناصر بن خميس الجشمي مدير عام الميزانية بالوزارة.';
    expect(byName(text, 'ناصر بن خميس الجشمي')?.role_en).toBe('Director General of Budget');
  });
  it('still leaves a dictionary adjective after the lineage to the office, not the name («بن خميس الحالي»)', () => {
    const text = 'والسيد ناصر بن خميس الحالي مدير الميزانية بوزارة المالية.';
    expect(findOfficials(text).some((o) => o.name_ar.endsWith('الحالي'))).toBe(false);
  });
});
