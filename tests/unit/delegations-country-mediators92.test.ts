import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 92, delegations: in talks a country mediates, those who attend its head's session («وترأس جلسات الوساطة X،
// بحضور Y») or belong to its team («عضوا فريق الوساطة Y، وZ») sit on the mediator's side, not on a party's. Class over
// the readable sets: heldout24 2520, heldout32 3319, heldout33 3419 (South Sudan's mediators seated on Sudan's side).

// Written for the test (in the style of those articles).
describe('countryMediators: the mediating country’s people are its side', () => {
  it('seats those attending the mediator’s session on the mediator’s side', () => {
    const text =
      'استضافت كمبالا، الاثنين، جولة محادثات غير مباشرة بين الصومال وكينيا بوساطة من أوغندا، بمشاركة وفد صومالي برئاسة وزير الخارجية أحمد معلم فقي، ووفد كيني برئاسة وزير الداخلية كيثوري كينديكي، ويضم وكيل وزارة الخارجية كورير سينغوي.\n\n' +
      'وترأس جلسات الوساطة مستشار رئيس أوغندا للشؤون الأمنية سالم صالح، بحضور وزير الدولة للشؤون الخارجية أوكيلو أوريم، ووكيل وزارة الخارجية فنسنت باغيري، بحسب ما أفاد مراسل في كمبالا.\n\n' +
      'وقال سالم صالح في تصريحات للصحفيين عقب الجلسة الأولى إن "أوغندا لا تقف مع طرف ضد آخر".';
    const found = sides(text);
    expect(sideOf(found, 'أوكيلو أوريم')).toBe(sideOf(found, 'سالم صالح'));
    expect(sideOf(found, 'فنسنت باغيري')).toBe(sideOf(found, 'سالم صالح'));
    expect(sideOf(found, 'كورير سينغوي')).toBe('Kenya');
  });

  it('seats the mediation team’s members on the mediator’s side, not the observer after them', () => {
    const text =
      'استؤنفت في كمبالا، اليوم الأحد، مفاوضات السلام بين الحكومة الصومالية والحكومة الكينية، برعاية فريق الوساطة الأوغندي الذي يترأسه مستشار رئيس أوغندا للشؤون الأمنية سالم صالح.\n\n' +
      'وترأس الوفد الصومالي وزير الخارجية أحمد معلم فقي، فيما ترأس الوفد الكيني وزير الداخلية كيثوري كينديكي.\n\n' +
      'وشارك في الجلسة الافتتاحية عضوا فريق الوساطة أوكيلو أوريم، وفنسنت باغيري، إضافة إلى مبعوث الاتحاد الأفريقي الخاص محمد الحسن ولد لبات بصفة مراقب.';
    const found = sides(text);
    expect(sideOf(found, 'أوكيلو أوريم')).toBe(sideOf(found, 'سالم صالح'));
    expect(sideOf(found, 'فنسنت باغيري')).toBe(sideOf(found, 'سالم صالح'));
  });
});
