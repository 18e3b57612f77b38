import { describe, expect, it } from 'vitest';
import { members, sides } from './helpers/delegations';

// Written for the test: a president flies to a summit; he is welcomed on arrival by the host's deputy prime minister,
// and his spokesman says he will hold a bilateral meeting with the host's president on the sidelines of the summit.
// «على هامش القمة» names the frame of that later meeting; the summit is no meeting of the host's president with anyone.
describe('findDelegations: the event named after «على هامش» is the frame, not a meeting of those around it', () => {
  const text = [
    'الرئيس المصري يتوجه إلى كازان للمشاركة في القمة الروسية الآسيوية',
    'توجه الرئيس المصري حسن عامر، صباح اليوم الثلاثاء، إلى مدينة كازان الروسية، للمشاركة في أعمال القمة الروسية الآسيوية الأولى، إلى جانب الرئيس الروسي بوريس كالينين.',
    'ويرافق الرئيس خلال الزيارة كريم فؤاد وزير الخارجية، وسلمى رشدي وزيرة الاستثمار.',
    'وقال السفير نبيل حمدي، المتحدث الرسمي باسم رئاسة الجمهورية، إن الرئيس سيعقد على هامش القمة لقاء ثنائيا مع الرئيس كالينين لبحث مشروعات التعاون المشترك.',
    'وكان في استقبال الرئيس لدى وصوله مطار كازان الدولي أوليغ سيدوروف، نائب رئيس الوزراء الروسي، وإيفان بيلوف، حاكم إقليم تتارستان.',
  ].join('\n\n');
  it('leaves out the president he is only to meet on the sidelines', () => {
    const found = sides(text);
    expect(members(found).some((n) => n.includes('كالينين'))).toBe(false);
    expect(members(found).some((n) => n.includes('سيدوروف'))).toBe(true);
  });
});

// Written for the test: a president heads to a summit he chairs «بالتشارك مع» (in partnership with) the host's president;
// «ويرافق الرئيس خلال الزيارة» lists his ministers. «التشارك» with the article is a noun, no verb of attending; the bare
// «الرئيس» the ministers accompany is the president the article introduced with that title.
describe('findDelegations: a co-chair «بالتشارك مع» attends nothing; «ويرافق الرئيس» is the president named first', () => {
  const text = [
    'الرئيس حسن عامر يتوجه إلى كازان لرئاسة القمة الروسية الآسيوية',
    'توجه الرئيس المصري حسن عامر، صباح اليوم الثلاثاء، إلى مدينة كازان الروسية، للمشاركة في رئاسة أعمال القمة الروسية الآسيوية الأولى، بالتشارك مع الرئيس الروسي بوريس كالينين.',
    'ويرافق الرئيس خلال الزيارة كل من كريم فؤاد وزير الخارجية، وسلمى رشدي وزيرة الاستثمار.',
    'وتشهد القمة، التي تستمر يومين، منتدى اقتصاديا بمشاركة ما يزيد على ألفين من رجال الأعمال.',
  ].join('\n\n');
  it('seats the president at the head of his ministers, and not the co-chair', () => {
    const found = sides(text);
    expect(members(found).some((n) => n.includes('كالينين'))).toBe(false);
    const side = Object.values(found).find((ms) => ms.some((m) => m.includes('كريم فؤاد')));
    expect(side).toContain('*حسن عامر');
  });
});
