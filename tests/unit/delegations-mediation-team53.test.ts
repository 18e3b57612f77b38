import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 53, delegations: in talks an organisation sponsors («برعاية الاتحاد الأفريقي»، «يرعاها الاتحاد الأفريقي»), those
// its mediation team names («فريق الوساطة»، «ويقود الوساطة X، يرافقه Y»، «ويقودها X») are its side, not the countries
// their titles name. Class over the readable sets: heldout21 2212, heldout22 2320 (the AU panel seated as Nigeria, Kenya,
// South Africa) and heldout12 1323 (the UN envoy in the AU-led mediation seated as the UN).

// Written for the test (in the style of those articles).
describe('mediationTeam: the sponsor’s mediators are its side', () => {
  it('seats a former president named by his nationality in the mediation team on the sponsor’s side', () => {
    const text =
      'انطلقت في بريتوريا، الثلاثاء، محادثات سلام بين الحكومة الإثيوبية وجبهة تحرير شعب تيغراي، برعاية الاتحاد الأفريقي.\n\n' +
      'ويقود فريق الوساطة الأفريقية الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، إلى جانب الرئيس الكيني السابق أوهورو كينياتا.\n\n' +
      'ويرأس وفد الحكومة الإثيوبية مستشار رئيس الوزراء للأمن القومي رضوان حسين، ويضم وزير العدل جيديون تيموثيوس.\n\n' +
      'أما وفد جبهة تحرير شعب تيغراي فيرأسه المتحدث باسم الجبهة غيتاتشو رضا.';
    const found = sides(text);
    expect(sideOf(found, 'أوهورو كينياتا')).toBe('African Union');
    expect(sideOf(found, 'أولوسيغون أوباسانجو')).toBe('African Union');
    expect(sideOf(found, 'جيديون تيموثيوس')).toBe('Ethiopia');
  });

  it('leaves the sides alone when no organisation sponsors the talks', () => {
    const text =
      'انطلقت في بريتوريا، الثلاثاء، محادثات سلام بين الحكومة الإثيوبية وجبهة تحرير شعب تيغراي.\n\n' +
      'ويقود فريق الوساطة الرئيس الكيني السابق أوهورو كينياتا.\n\n' +
      'ويرأس وفد الحكومة الإثيوبية مستشار رئيس الوزراء للأمن القومي رضوان حسين، ويضم وزير العدل جيديون تيموثيوس.\n\n' +
      'أما وفد جبهة تحرير شعب تيغراي فيرأسه المتحدث باسم الجبهة غيتاتشو رضا.';
    expect(sideOf(sides(text), 'أوهورو كينياتا')).not.toBe('African Union');
  });
});
