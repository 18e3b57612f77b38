// Round 104 (off104): officials never read — two counterparts («نظيريه»), a counterpart's style after a comma, and the
// accusative of appointment with its own modifiers, a comma, a profession before the name or a surname opening with و/ف.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('two counterparts («نظيريه»)', () => {
  // tests/heldout42/4319-map-rabat-laftit-marlaska-carneiro-world-cup-security.txt
  it('reads «نظيريه الإسباني، السيد X، والبرتغالي، السيد Y» as both counterparts, each of his own state', () => {
    const text = 'الرباط - عقد وزير الداخلية، السيد عبد الوافي لفتيت، اليوم الخميس بالرباط، اجتماعا ثلاثيا مع نظيريه الإسباني، السيد فرناندو غراندي مارلاسكا، والبرتغالي، السيد خوسيه لويس كارنيرو، خصص لبحث آليات التنسيق الأمني.';
    expect(byName(text, 'فرناندو غراندي مارلاسكا')).toMatchObject({ country: 'ES', role_en: 'Spanish Minister of Interior' });
    expect(byName(text, 'خوسيه لويس كارنيرو')).toMatchObject({ country: 'PT', role_en: 'Portuguese Minister of Interior' });
  });
  // tests/heldout35/3619-anadolu-antalya-trilateral-lavrov-kuleba.txt
  it('reads «بنظيريه الروسي X والأوكراني Y» with no comma between', () => {
    const text = 'قال وزير الخارجية التركي مولود جاويش أوغلو، الخميس، إن الاجتماع الثلاثي الذي جمعه بنظيريه الروسي سيرغي لافروف والأوكراني دميترو كوليبا في ولاية أنطاليا كان مهما.';
    expect(byName(text, 'سيرغي لافروف')).toMatchObject({ country: 'RU', role_en: 'Russian Minister of Foreign Affairs' });
    expect(byName(text, 'دميترو كوليبا')).toMatchObject({ country: 'UA', role_en: 'Ukrainian Minister of Foreign Affairs' });
  });
  it('reads the style after the nationality\'s comma for one counterpart too («نظيره الإسباني، السيد X،»)', () => {
    const text = 'عقد وزير الداخلية عبد الوافي لفتيت اجتماعا مع نظيره الإسباني، السيد فرناندو غراندي مارلاسكا، لبحث التنسيق.';
    expect(byName(text, 'فرناندو غراندي مارلاسكا')?.country).toBe('ES');
  });
});

describe('the accusative of appointment', () => {
  // tests/heldout21/2203-bbc-arabic-baidoa-drought-wfp.txt
  it('reads an office with accusative modifiers and a surname of its own «و» («عيّن … ورسمي مبعوثا رئاسيا خاصا لشؤون الجفاف»)', () => {
    const text = 'وكان الرئيس الصومالي حسن شيخ محمود قد عيّن عبد الرحمن عبد الشكور ورسمي مبعوثا رئاسيا خاصا لشؤون الجفاف، في خطوة.';
    expect(byName(text, 'عبد الرحمن عبد الشكور ورسمي')?.role_en).toBe('Special Presidential Envoy for Drought Affairs');
  });
  // tests/heldout37/3804-bbc-arabic-lima-dengue-health-minister.txt
  it('reads «وعينت الطبيب X، وزيرا جديدا للصحة» (a profession before, a comma and «جديدا» after)', () => {
    const text = 'وعينت الطبيب سيزار فاسكيث، وزيرا جديدا للصحة، وقالت في كلمة إن الوضع صعب.';
    expect(byName(text, 'سيزار فاسكيث')?.role_en).toBe('Minister of Health');
  });
  it('does not take a comma before an accusative office as an appointment with no word of appointing', () => {
    const text = 'والتقى الرئيس سيزار فاسكيث، وزيرا سابقا للصحة، في العاصمة.';
    expect(byName(text, 'سيزار فاسكيث')?.role_en ?? '').not.toBe('Minister of Health');
  });
  it('does not read «و» and an Arab given name before the office as one surname («… وأحمد وزيرا»)', () => {
    const text = 'وعين الرئيس محمد علي وأحمد وزيرا للصحة.';
    expect(findOfficials(text).some((o) => /وأحمد|علي وأحمد/.test(o.name_ar))).toBe(false);
  });
});
