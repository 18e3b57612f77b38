import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 101, delegation recall: members who sit on a side in gold but on none (or «Also present») in ours, because the
// list that names them opens in a way the list readers did not take.

// tests/heldout42/4316-kuna-kuwait-mishal-credentials-four-ambassadors.txt (KUNA's style).
const CEREMONY =
  'الكويت - 15 - 10 (كونا) -- تسلم حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله ورعاه في قصر بيان اليوم الثلاثاء أوراق اعتماد أربعة سفراء جدد لدى دولة الكويت.\n' +
  'وقدم أوراق الاعتماد كل من سفير جمهورية ليتوانيا غير المقيم ريماس ماتسكيفيتشيوس وسفير جمهورية البيرو أوغوستو فيلكاتشو ريبيرا وسفير جمهورية قيرغيزستان أولانبيك توكتوغولوف وسفير دولة بابوا غينيا الجديدة غير المقيم جوزيف كيما كوبالي.\n' +
  'وحضر مراسم تقديم أوراق الاعتماد وزير شؤون الديوان الأميري الشيخ محمد عبدالله المبارك الصباح ووزير الخارجية عبدالله علي اليحيا ورئيس المراسم والتشريفات الأميرية الشيخ خالد عبدالله الصباح.';

describe('ambassadorsListFrom: «وقدم أوراق الاعتماد كل من …» after a ceremony of ambassadors in the plural', () => {
  it('reads the ambassadors listed after the definite «الاعتماد» as the ceremony\'s guests, each heading his side', () => {
    const found = sides(CEREMONY);
    expect(found['Kuwait']).toContain('*مشعل الأحمد الجابر الصباح');
    expect(found['Kuwait']).toContain('عبدالله علي اليحيا');
    expect(found['Lithuania']).toEqual(['*ريماس ماتسكيفيتشيوس']);
    expect(found['Peru']).toEqual(['*أوغوستو فيلكاتشو ريبيرا']);
    expect(found['Kyrgyzstan']).toEqual(['*أولانبيك توكتوغولوف']);
    expect(found['Papua New Guinea']).toEqual(['*جوزيف كيما كوبالي']);
  });

  it('still reads the plural possessive «أوراق اعتمادهم» the same way (near miss, unchanged)', () => {
    const found = sides(CEREMONY.replace('وقدم أوراق الاعتماد كل من', 'وقدم أوراق اعتمادهم كل من'));
    expect(found['Lithuania']).toEqual(['*ريماس ماتسكيفيتشيوس']);
    expect(found['Papua New Guinea']).toEqual(['*جوزيف كيما كوبالي']);
  });
});

// tests/heldout41/4214-ona-muscat-karis-farewell.txt (the Oman News Agency's style).
const FAREWELL =
  'مسقط في 6 مارس /العُمانية/ غادر البلاد اليوم فخامة الرئيس آلار كاريس رئيس جمهورية إستونيا بعد زيارة دولة استغرقت ثلاثة أيام، أجرى خلالها مباحثات رسمية مع حضرة صاحب الجلالة السُّلطان هيثم بن طارق المعظم.\n\n' +
  'وكان في وداع فخامته لدى مغادرته مطار مسقط الدولي صاحب السُّمو السَّيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع، ومعالي قيس بن محمد اليوسف وزير التجارة والصناعة وترويج الاستثمار، وسعادة ماركو ليمبرغ سفير جمهورية إستونيا غير المقيم المعتمد لدى سلطنة عُمان.\n\n' +
  'وقد غادر بمغادرة فخامته الوفد الرسمي المرافق الذي ضم معالي مارغوس تساهكنا وزير الخارجية، ومعالي تيت ريسالو وزير الاقتصاد وتقنية المعلومات، وسعادة كريستينا كالياس مستشارة الرئيس للشؤون الخارجية.';

describe('honorificBeforeDelegation: «بمغادرة فخامته الوفد الرسمي المرافق الذي ضم …»', () => {
  it('seats the delegation with the one the honorific pronoun before it names (the styled guest)', () => {
    const found = sides(FAREWELL);
    for (const name of ['مارغوس تساهكنا', 'تيت ريسالو', 'كريستينا كالياس']) expect(sideOf(found, name)).toBe('Estonia');
    expect(found['Estonia']).toContain('*آلار كاريس');
    expect(sideOf(found, 'قيس بن محمد اليوسف')).toBe('Oman');
  });

  it('takes no principal from this rule when no honorific pronoun stands right before the delegation word (near miss)', () => {
    const found = sides(FAREWELL.replace('وقد غادر بمغادرة فخامته الوفد الرسمي', 'وقد غادر اليوم الوفد الرسمي'));
    expect(sideOf(found, 'تيت ريسالو')).not.toBe('Estonia');
  });
});
