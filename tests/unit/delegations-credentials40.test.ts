import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 40, delegations: an ambassador's credentials. The receiver hosts; the ambassador heads his country's side.

describe('«تسلم X أوراق اعتماد سفير Y»: the receiver hosts the ambassador', () => {
  // Written for the test (WAM's style).
  it('seats the president and the ambassador on their two sides', () => {
    const text =
      'تسلم صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، أوراق اعتماد سفير جمهورية كوريا الجنوبية لدى الدولة يون جونغ سو، وذلك خلال مراسم أقيمت في قصر الوطن بأبوظبي.\n\n' +
      'وأدى السفير اليمين القانونية أمام سموه، ونقل إليه تحيات الرئيس الكوري.';
    const found = sides(text);
    expect(found['United Arab Emirates']).toEqual(['*محمد بن زايد آل نهيان']);
    expect(found['South Korea']).toEqual(['*يون جونغ سو']);
  });

  // Written for the test (MENA's style).
  it('reads «نسخة من أوراق اعتماد» after a foreign minister', () => {
    const text =
      'القاهرة - أ ش أ\nتسلم وزير الخارجية سامح شكري، اليوم الاثنين، نسخة من أوراق اعتماد السفير الياباني الجديد لدى مصر أوكا هيروشي.\n\n' +
      'وأعرب شكري عن تقديره للعلاقات المصرية اليابانية.';
    const found = sides(text);
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
    expect(sideOf(found, 'أوكا هيروشي')).toBe('Japan');
  });
});

describe('«قدم السفير Y أوراق اعتماده إلى X»: the one presented to hosts', () => {
  // Written for the test (SPA's style).
  it('gives the king the host side and the ambassador his own', () => {
    const text =
      'قدم سفير دولة الكويت الجديد لدى المملكة العربية السعودية الشيخ صباح ناصر صباح الأحمد الصباح أوراق اعتماده إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، خلال مراسم أقيمت في قصر اليمامة بالرياض.';
    const found = sides(text);
    expect(found['Saudi Arabia']).toEqual(['*سلمان بن عبدالعزيز آل سعود']);
    expect(sideOf(found, 'سلمان بن عبدالعزيز آل سعود')).not.toBe(Object.keys(found).find((k) => k !== 'Saudi Arabia'));
    expect(Object.keys(found)).toHaveLength(2);
  });

  // Written for the test (ONA's style): a successor who will present his credentials later is no meeting of the article.
  it('does not seat anyone for credentials still to be presented', () => {
    const text =
      'التقى وزير الخارجية العماني بدر بن حمد البوسعيدي، اليوم، وزير الخارجية الهندي سوبراهمانيام جايشانكار.\n\n' +
      'وقالت السفارة الهندية في بيان إن السفير الجديد سيقدم أوراق اعتماده إلى السلطان في وقت لاحق من العام الجاري.';
    const found = sides(text);
    expect(sideOf(found, 'بدر بن حمد البوسعيدي')).toBe('Oman');
    expect(Object.keys(found)).toHaveLength(2);
  });
});

describe('several ambassadors at one ceremony', () => {
  // Written for the test (TAP's style).
  it('gives each ambassador after «أوراق اعتماد كل من» his own side', () => {
    const text =
      'تسلم رئيس الجمهورية قيس سعيد، اليوم الخميس بقصر قرطاج، أوراق اعتماد كل من السيد بيتر بروغل سفيرا لجمهورية ألمانيا الاتحادية، والسيد خافيير بوينو سفيرا لمملكة إسبانيا، والسيدة سارة بوشار سفيرة للجمهورية الفرنسية بتونس.';
    const found = sides(text);
    expect(found['Tunisia']).toEqual(['*قيس سعيد']);
    expect(found['Germany']).toEqual(['*بيتر بروغل']);
    expect(found['Spain']).toEqual(['*خافيير بوينو']);
    expect(found['France']).toEqual(['*سارة بوشار']);
  });

  // Written for the test (KUNA's style): the one presented to is named after the ambassador's posting.
  it('finds the recipient after «سفيرا لـ… لدى …»', () => {
    const text =
      'قدم السفير أوليفييه غوفان أوراق اعتماده سفيرا لجمهورية فرنسا لدى دولة الكويت إلى سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح، في قصر بيان اليوم.';
    const found = sides(text);
    expect(found['Kuwait']).toEqual(['*مشعل الأحمد الجابر الصباح']);
    expect(found['France']).toEqual(['*أوليفييه غوفان']);
  });
});

