import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { storyState } from '@/lib/officials/seat';

const countryOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.country;

// A Beirut paper's story of its parliament: its officials known as Lebanon's, its words naming no state.
const BEIRUT =
  'ترأس رئيس مجلس النواب نبيه بري جلسة تشريعية أمس بحضور رئيس الحكومة نجيب ميقاتي. وقال رئيس لجنة المال والموازنة النائب إبراهيم كنعان إن اللجنة أنهت درس مشروع الموازنة. وأضاف أن النقاش سيستمر الأسبوع المقبل.';
// The same story, its words naming another state twice.
const BEIRUT_ABROAD = `${BEIRUT} وكان الوفد قد زار فرنسا الشهر الماضي، وتلقى وعودا من فرنسا بدعم الإصلاحات.`;

describe('the officials’ home is the story’s state where its words name no state plainly', () => {
  it('seats an official the article places nowhere in the state its officials serve', () => {
    expect(countryOf(BEIRUT, 'إبراهيم كنعان')).toBe('LB');
  });

  it('not where the words name another state twice', () => {
    expect(countryOf(BEIRUT_ABROAD, 'إبراهيم كنعان')).toBeNull();
  });

  it('reads the words’ mentions of other states', () => {
    expect(storyState('LB', null, [['LB', 1]])).toBe('LB');
    expect(storyState('LB', null, [])).toBe('LB');
    expect(storyState('LB', null, [['LB', 1], ['FR', 2]])).toBeNull();
    expect(storyState('LB', 'FR', [['FR', 3]])).toBeNull();
  });
});

describe('a candidate stands in the story’s state', () => {
  const ABUJA =
    'أعلنت اللجنة الانتخابية في نيجيريا فوز بولا تينوبو بالرئاسة. وقال الرئيس النيجيري محمد بخاري إن الاقتراع كان نزيها، فيما قال وزير الإعلام النيجيري لاي محمد إن النتائج نهائية. وقال بيتر أوبي مرشح حزب العمال إنه سيطعن في النتائج أمام المحكمة في نيجيريا.';
  it('gives a party’s candidate the story’s state', () => {
    expect(countryOf(ABUJA, 'بيتر أوبي')).toBe('NG');
  });
});
