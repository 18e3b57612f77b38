import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 52, delegations: «أوراق اعتماد عدد من سفراء الدول الشقيقة …» names the ambassadors in the plural and lists them
// in a later sentence («والسفراء هم: سفير A X، …»); each listed ambassador heads his country's side.

describe('«والسفراء هم: …» after credentials received from ambassadors in the plural', () => {
  // Written for the test (SPA's style).
  it('seats each listed ambassador on his own side', () => {
    const text =
      'تسلم ولي العهد الأمير محمد بن سلمان بن عبدالعزيز، في قصر السلام بجدة اليوم، أوراق اعتماد عدد من سفراء الدول الشقيقة والصديقة المعينين حديثا لدى المملكة.\n\n' +
      'وقد أدى السفراء التحية لسموه، ونقلوا له تحيات قادة بلدانهم.\n\n' +
      'والسفراء هم: سفير جمهورية البرازيل ماركوس فيريرا، وسفير جمهورية الهند سوهيل خان.';
    const found = sides(text);
    expect(sideOf(found, 'محمد بن سلمان بن عبدالعزيز')).toBe('Saudi Arabia');
    expect(sideOf(found, 'ماركوس فيريرا')).toBe('Brazil');
    expect(sideOf(found, 'سوهيل خان')).toBe('India');
  });

  // Written for the test (SPA's style): the list comes after the title and two paragraphs, past the opening read first to
  // decide whether the article is about a meeting, and no person is named before it but the receiver.
  it('reads the ceremony as a meeting when the list lies past the opening', () => {
    const text =
      'ولي العهد يتسلم أوراق اعتماد عدد من سفراء الدول الشقيقة والصديقة\n\n' +
      'جدة 3 جمادى الأولى واس\n\n' +
      'تسلم ولي العهد الأمير محمد بن سلمان بن عبدالعزيز، في قصر السلام بجدة اليوم، أوراق اعتماد عدد من سفراء الدول الشقيقة والصديقة المعينين حديثا لدى المملكة.\n\n' +
      'وقد أدى السفراء التحية لسموه، ونقلوا له تحيات قادة بلدانهم وتمنياتهم للمملكة بدوام التقدم، فيما حملهم سموه تحياته لقادة بلدانهم.\n\n' +
      'والسفراء هم: سفير جمهورية البرازيل ماركوس فيريرا، وسفير جمهورية الهند سوهيل خان.';
    const found = sides(text);
    expect(sideOf(found, 'محمد بن سلمان بن عبدالعزيز')).toBe('Saudi Arabia');
    expect(sideOf(found, 'ماركوس فيريرا')).toBe('Brazil');
    expect(sideOf(found, 'سوهيل خان')).toBe('India');
  });

  // Written for the test: one ambassador named in the singular keeps the ordinary reading.
  it('keeps an ambassador named right after the phrase', () => {
    const text =
      'تسلم وزير الخارجية سامح شكري، اليوم الاثنين، نسخة من أوراق اعتماد السفير الياباني الجديد لدى مصر أوكا هيروشي.\n\n' +
      'وأعرب شكري عن تقديره للعلاقات المصرية اليابانية.';
    const found = sides(text);
    expect(sideOf(found, 'أوكا هيروشي')).toBe('Japan');
  });
});

describe('«أوراق اعتماد السيد Y سفيرا … لجمهورية X»: the country after «سفيرا» is the ambassador\'s side', () => {
  // Written for the test (Youm7's style).
  it('seats the ambassador on the country he is accredited for', () => {
    const text =
      'تسلم السفير حسام زكي، مساعد وزير الخارجية لشؤون المراسم، اليوم الاثنين، نسخة من أوراق اعتماد السيد رضا شريف سفيرا فوق العادة ومفوضا لجمهورية البيرو لدى جمهورية مصر العربية.\n\n' +
      'وحضر مراسم التسلم من الجانب المصري المستشار أحمد فوزي نائب مدير إدارة المراسم.\n\n' +
      'من جانبه، أعرب السفير رضا شريف عن سعادته بتولي مهامه في القاهرة.';
    const found = sides(text);
    expect(sideOf(found, 'رضا شريف')).toBe('Peru');
    expect(sideOf(found, 'حسام زكي')).toBe('Egypt');
  });
});
