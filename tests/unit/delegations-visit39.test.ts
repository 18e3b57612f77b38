import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Round 39, delegations: an organisation in a minister's portfolio («وزير الخارجية والاتحاد الأوروبي والتعاون الإسباني»)
// is no side of his; «ويأتي توقيع المذكرة على هامش الزيارة …، والتي التقى خلالها Y» tells the visit's programme, not the
// article's signing; «… في الوفد المرافق لفخامة الرئيس X» in a list of those present names its principal, not a member.

describe('an organisation in a minister\'s portfolio', () => {
  // Written for the test (Annahar's style).
  it('keeps the Spanish minister of «الخارجية والاتحاد الأوروبي والتعاون» with Spain', () => {
    const text =
      'أجرى وزير الخارجية اللبناني عبدالله بو حبيب محادثات في قصر بسترس مع وزير الخارجية والاتحاد الأوروبي والتعاون الإسباني خوسيه مانويل ألباريس، الذي وصل إلى بيروت في زيارة رسمية.\n\n' +
      'وحضر المحادثات عن الجانب الإسباني سفير إسبانيا في لبنان خيسوس سانتوس أغوادو.';
    const found = sides(text);
    expect(sideOf(found, 'خوسيه مانويل ألباريس')).toBe('Spain');
    expect(sideOf(found, 'خيسوس سانتوس أغوادو')).toBe('Spain');
  });
});

describe('a signing placed within a visit', () => {
  // Written for the test (SPA's style).
  it('leads each side by its signer, not by the leaders the visitor met during the visit', () => {
    const text =
      'وقعت المملكة العربية السعودية وجمهورية البرازيل الاتحادية اليوم في الرياض مذكرة تفاهم للتعاون في مجالات الطاقة، وقعها عن الجانب السعودي صاحب السمو الملكي الأمير عبدالعزيز بن سلمان بن عبدالعزيز وزير الطاقة، وعن الجانب البرازيلي معالي وزير المناجم والطاقة ألكسندر سيلفيرا.\n\n' +
      'حضر مراسم التوقيع من الجانب السعودي معالي وزير الاستثمار المهندس خالد بن عبدالعزيز الفالح، فيما حضرها من الجانب البرازيلي معالي وزير الخارجية ماورو فييرا، وعدد من كبار المسؤولين في الوفد المرافق لفخامة الرئيس البرازيلي جايير ماركوس.\n\n' +
      'ويأتي توقيع المذكرة على هامش الزيارة الرسمية التي يقوم بها الرئيس البرازيلي للمملكة، والتي التقى خلالها صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء.';
    const found = sides(text);
    expect(found['Saudi Arabia']).toContain('*عبدالعزيز بن سلمان بن عبدالعزيز');
    expect(found['Brazil']).toContain('*ألكسندر سيلفيرا');
    expect(members(found)).not.toContain('محمد بن سلمان بن عبدالعزيز');
    expect(members(found)).not.toContain('جايير ماركوس');
  });
});
