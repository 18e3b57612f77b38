import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 102, delegation sides: members read as officials but seated on no side or the wrong one.

// tests/heldout41/4219-map-rabat-morocco-spain-portugal-energy.txt (MAP's style).
const TRILATERAL =
  'الرباط - عقدت وزيرة الانتقال الطاقي والتنمية المستدامة، ليلى بنعلي، اليوم الخميس بالرباط، اجتماعا ثلاثيا مع النائبة الثالثة لرئيس الحكومة الإسبانية، وزيرة الانتقال البيئي والتحدي الديموغرافي، تيريسا ريبيرا، ووزير البيئة والعمل المناخي البرتغالي، دوارتي كورديرو، خصص لبحث سبل تعزيز الربط الكهربائي بين البلدان الثلاثة.\n\n' +
  'وحضر هذا الاجتماع، عن الجانب المغربي، المدير العام للمكتب الوطني للكهرباء والماء الصالح للشرب، عبد الرحيم الحافظي، وعن الجانب الإسباني، كاتبة الدولة المكلفة بالطاقة، سارة آغيسن، وعن الجانب البرتغالي، كاتبة الدولة المكلفة بالطاقة والمناخ، آنا فونتورا غوفيا.';

describe('stackedTitleMentionAfter: «اجتماعا مع» + two titles stacked before the name', () => {
  it('reads the one met after two comma-separated titles, and those joined to her', () => {
    const found = sides(TRILATERAL);
    expect(sideOf(found, 'تيريسا ريبيرا')).toBe('Spain');
    expect(sideOf(found, 'دوارتي كورديرو')).toBe('Portugal');
    expect(sideOf(found, 'ليلى بنعلي')).toBe('Morocco');
  });

  it('takes nobody when the words after «مع» open no title (near miss)', () => {
    const found = sides(TRILATERAL.replace('مع النائبة الثالثة لرئيس الحكومة الإسبانية،', 'مع ممثلين عن الحكومة الإسبانية،'));
    expect(sideOf(found, 'تيريسا ريبيرا')).toBeUndefined();
  });
});

// tests/heldout26/2719-france24-algeria-tunisia-border-committee.txt (AFP's style).
const COMMITTEE =
  'عقدت اللجنة الثنائية الجزائرية التونسية لتنمية وترقية المناطق الحدودية، السبت، دورتها في مدينة عنابة شرقي الجزائر، برئاسة وزيري داخلية البلدين إبراهيم مراد وكمال الفقي، وسط تركيز على ملفات التهريب.\n\n' +
  'وضم وفد الجزائر إلى جانب وزير الداخلية والجماعات المحلية والتهيئة العمرانية، والي ولاية عنابة عبد القادر جلاوي. فيما ضم وفد تونس، إلى جانب وزير الداخلية، والي جندوبة عاطف بوغطاس.';

describe('dualTitleMeeting: «برئاسة وزيري داخلية البلدين A وB»', () => {
  it('seats each of the two on the side of the country named in the same order before', () => {
    const found = sides(COMMITTEE);
    expect(sideOf(found, 'إبراهيم مراد')).toBe('Algeria');
    expect(sideOf(found, 'كمال الفقي')).toBe('Tunisia');
  });

  it('gives «البلدين» no countries when the sentence names only one before the title (near miss)', () => {
    const found = sides(COMMITTEE.split('\n\n')[0]!.replace('الجزائرية التونسية ', 'الجزائرية '));
    expect(sideOf(found, 'كمال الفقي')).not.toBe('Tunisia');
  });
});

// tests/heldout42/4314-spa-riyadh-abiy-ahmed-farewell.txt (SPA's style).
const FAREWELL =
  'غادر دولة رئيس وزراء جمهورية إثيوبيا الفيدرالية الديمقراطية الدكتور آبي أحمد علي، الرياض اليوم، بعد مشاركته في أعمال القمة السعودية الأفريقية الأولى.\n' +
  'وكان في وداعه بمطار الملك خالد الدولي صاحب السمو الملكي الأمير محمد بن عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض، ومعالي وزير الدولة للشؤون الأفريقية أحمد بن عبدالعزيز قطان، ووكيل المراسم الملكية فهد بن محمد الصهيل.\n' +
  'وغادر برفقة دولته نائب رئيس الوزراء وزير الخارجية دمقي مكونن، ووزير المالية أحمد شيدي.';

describe('referentBefore: «برفقة دولته» after a list of those seeing the guest off', () => {
  it('gives the companions to the one styled «دولة», not to the last welcomer named', () => {
    const found = sides(FAREWELL);
    expect(sideOf(found, 'أحمد شيدي')).toBe('Ethiopia');
    expect(sideOf(found, 'فهد بن محمد الصهيل')).toBe('Saudi Arabia');
  });

  it('does not read «وزير الدولة» as the style «دولة» (near miss)', () => {
    const found = sides(FAREWELL.replace('غادر دولة رئيس وزراء', 'غادر رئيس وزراء'));
    expect(sideOf(found, 'أحمد شيدي')).not.toBe('Ethiopia');
  });
});
