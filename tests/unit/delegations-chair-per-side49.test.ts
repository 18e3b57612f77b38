import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 49, delegations: one chair per side, each after its side phrase, the Gulf agencies' way of putting the title
// after the name («ترأسها من الجانب القطري X وزير الدولة …، ومن الجانب البنغلاديشي Y وزير الخارجية»): the second chair,
// past the first one's title, leads his own side.

// Written for the test (QNA's and KUNA's style).
describe('leaderMeeting: a chair per side, the title after the name', () => {
  it('reads the second side phrase past the first chair\'s title', () => {
    const text =
      'الدوحة في 23 نوفمبر /قنا/ عقدت دولة قطر وجمهورية إندونيسيا، اليوم، جولة مشاورات سياسية في الدوحة، ترأسها من الجانب القطري سعادة الدكتور سلطان بن سعد المريخي وزير الدولة للشؤون الخارجية، ومن الجانب الإندونيسي معالي السيدة ريتنو مارسودي وزيرة الخارجية.\n\n' +
      'وجرى خلال المشاورات استعراض علاقات التعاون الثنائي بين البلدين.';
    const found = Object.values(sides(text));
    expect(found.find((ms) => ms.includes('*سلطان بن سعد المريخي'))).toBeTruthy();
    expect(found.find((ms) => ms.includes('*ريتنو مارسودي'))).toBeTruthy();
  });

  it('reads it past a title set off by commas', () => {
    const text =
      'الكويت - 24 - 7 (كونا) -- عقد الجانبان الكويتي والعماني اليوم جولة مباحثات رسمية، ترأسها عن الجانب الكويتي الشيخ سالم عبدالله الجابر الصباح، وزير الخارجية الكويتي، وعن الجانب العماني السيد بدر بن حمد البوسعيدي وزير الخارجية.\n\n' +
      'وتناولت المباحثات العلاقات الثنائية.';
    const found = Object.values(sides(text));
    expect(found.find((ms) => ms.includes('*سالم عبدالله الجابر الصباح'))).toBeTruthy();
    expect(found.find((ms) => ms.includes('*بدر بن حمد البوسعيدي'))).toBeTruthy();
  });

  it('does not take a side phrase of another clause after the title', () => {
    const text =
      'عمان 7 أيار (بترا)- ترأس من الجانب الأردني وزير الداخلية مازن الفراية اجتماع اللجنة الأمنية المشتركة، وأكد أن التعاون مستمر.\n\n' +
      'وقال الفراية إن الاجتماع ناجح.';
    const found = Object.values(sides(text));
    expect(found.every((ms) => ms.length <= 1)).toBe(true);
  });
});
