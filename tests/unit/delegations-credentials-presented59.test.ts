import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';
import { analyze } from '../../lib/analyze';

// Round 59, delegations: a credentials ceremony whose ambassadors, announced in the plural («أوراق اعتماد خمسة سفراء
// جدد»), are listed in a later sentence opened by the presenting verb with the plural possessive («وقدم أوراق اعتمادهم
// كل من: سفير A X، …») rather than «والسفراء هم»; and «أوراق» after a title is the credentials, never a person's name.

describe('«وقدم أوراق اعتمادهم كل من …» lists the ambassadors of a ceremony announced in the plural', () => {
  // Written for the test.
  it('seats each listed ambassador on his own side', () => {
    const text =
      'تسلم رئيس الجمهورية ميشال عون، في قصر بعبدا اليوم، أوراق اعتماد ثلاثة سفراء جدد، في حضور وزير الخارجية عبدالله بو حبيب.\n\n' +
      'وقدم أوراق اعتمادهم كل من: سفير جمهورية الهند سوهيل خان، وسفيرة المملكة الإسبانية كارمن رودريغيث، وسفير جمهورية البرازيل ماركوس فيريرا.\n\n' +
      'وتمنى الرئيس عون للسفراء التوفيق في مهامهم.';
    const found = sides(text);
    expect(sideOf(found, 'ميشال عون')).toBe('Lebanon');
    expect(sideOf(found, 'سوهيل خان')).toBe('India');
    expect(sideOf(found, 'كارمن رودريغيث')).toBe('Spain');
    expect(sideOf(found, 'ماركوس فيريرا')).toBe('Brazil');
  });

  // Written for the test: the feminine verb, no «كل من».
  it('reads «وقدمت أوراق اعتمادهن» the same way', () => {
    const text =
      'تسلمت رئيسة الوزراء إليزابيث بورن، اليوم، أوراق اعتماد عدد من السفراء الجدد.\n\n' +
      'وقدمت أوراق اعتمادهن سفيرة جمهورية الهند سونيتا راو، وسفيرة جمهورية البرازيل ماريا سانتوس.';
    const found = sides(text);
    expect(sideOf(found, 'سونيتا راو')).toBe('India');
    expect(sideOf(found, 'ماريا سانتوس')).toBe('Brazil');
  });
});

describe('«الرئيس التركي أوراق اعتماد السفراء»: the credentials after a title are no name', () => {
  // Written for the test.
  it('reads no official named «أوراق»', () => {
    const text =
      'وتسلم الرئيس التركي رجب طيب أردوغان أوراق اعتماد سفير اليابان كينجي ساتو.\n\n' +
      'ويستقبل الرئيس التركي أوراق اعتماد السفراء الجدد على دفعات عدة.';
    const names = analyze(text).officials.map((o) => o.name_ar);
    expect(names.some((n) => /أوراق|نسخة/.test(n))).toBe(false);
  });
});
