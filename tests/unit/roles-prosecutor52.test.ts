import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

// «المدعي العام» is the Public Prosecutor (h20 Buenos Aires, h21 Mount Lebanon, h13r and h21 Cassation); the state
// whose chief law officer is its Attorney General calls him so (h8 Kuala Lumpur, h17 Lilongwe).
describe('«المدعي العام», the public prosecutor', () => {
  it('is the Public Prosecutor in a story of a civil-law state', () => {
    const text = 'وطالب المدعي العام خوان بيريز بسجن وزير الاقتصاد الأرجنتيني السابق أمادو بودو ست سنوات، فيما قال الرئيس الأرجنتيني ألبرتو فرنانديز إن القضاء مستقل.';
    expect(officialOf(text, 'خوان بيريز')?.role_en).toBe('Public Prosecutor');
  });
  it('is the Attorney General in a story of a state whose chief law officer is so styled', () => {
    const text = 'وقال الرئيس المالاوي لازاروس تشاكويرا إن الحكومة ستحترم الحكم، فيما أكد المدعي العام توماس كاتشالا أن الحكومة ستدرس القرار، وقال وزير العدل المالاوي تيتوس مفاندي إن الطعن ممكن.';
    expect(officialOf(text, 'توماس كاتشالا')?.role_en).toBe('Attorney General');
  });
  it('is the Attorney General of a US state', () => {
    expect(officialOf('وقال المدعي العام لولاية تكساس كين باكستون إن الدعوى ستستمر.', 'كين باكستون')?.role_en).toBe('Attorney General of Texas');
  });
  it('keeps «النائب العام» the Attorney General, where the state does not style it Prosecutor General', () => {
    expect(officialOf('وأمر النائب العام الكويتي المستشار محمد شوقي بحبس المتهمين.', 'محمد شوقي')?.role_en).toMatch(/Attorney General$/);
    // (Egypt, Algeria and Tunisia style theirs the Prosecutor General: roles-state-styles69.)
    expect(officialOf('وأمر النائب العام المصري المستشار محمد شوقي بحبس المتهمين.', 'محمد شوقي')?.role_en).toMatch(/Prosecutor General$/);
  });
  it('reads «النائب العام التمييزي» as the Cassation Public Prosecutor', () => {
    expect(officialOf('وادعى النائب العام التمييزي القاضي جمال الحجار على عدد من الموظفين.', 'جمال الحجار')?.role_en).toBe('Cassation Public Prosecutor');
  });
});

// A woman who chairs is a Chairperson where her state styles her so (h17 Malawi, h22 Ghana: both electoral
// commissions), a Chairwoman elsewhere.
describe('a woman who chairs', () => {
  it('is the Chairperson in a Commonwealth African state', () => {
    const text = 'وقالت رئيسة اللجنة الانتخابية جين موانزا إن النتائج ستعلن غدا، فيما دعا الرئيس المالاوي بيتر موثاريكا إلى الهدوء، وقال وزير الداخلية المالاوي نيكولاس داوسي إن الأمن مستتب.';
    expect(officialOf(text, 'جين موانزا')?.role_en).toBe('Chairperson of the Electoral Commission');
  });
  it('stays the Chairwoman elsewhere', () => {
    const text = 'وقالت رئيسة مجلس الاتحاد الروسي فالنتينا إيفانوفا إن المجلس سيصادق على المعاهدة، فيما قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة.';
    expect(officialOf(text, 'فالنتينا إيفانوفا')?.role_en).toMatch(/^Chairwoman of /);
  });
});
