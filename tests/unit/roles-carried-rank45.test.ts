import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en ?? null;

describe('an office, words of its complement the grammar leaves unread, then a bare member title and the name', () => {
  it('gives the member the office, not a bare MP', () => {
    expect(roleOf('وشارك في الاجتماع رئيس لجنة الشؤون الخارجية والتعاون والجالية في المجلس الشعبي الوطني النائب كمال بن عيسى.', 'كمال بن عيسى')).toMatch(/^Chairman of the Foreign Affairs .*Committee/);
  });
  it('but a time between is no complement: the member is another person', () => {
    expect(roleOf('واستقبل رئيس لجنة الشؤون الخارجية اليوم النائب كمال بن عيسى.', 'كمال بن عيسى')).toBe('MP');
  });
});

describe('an office of a named body, then a member title with the party he sits for, then the name', () => {
  it('gives the member the office of the body', () => {
    expect(roleOf('وحضر اللقاء رئيس مجموعة الصداقة البرلمانية التركية المغربية النائب عن حزب العدالة والتنمية أحمد يلدز.', 'أحمد يلدز')).toMatch(/Friendship Group$/);
  });
  it('a member title with his party alone stays his role', () => {
    expect(roleOf('وقال النائب عن حزب العدالة والتنمية أحمد يلدز إن الزيارة مهمة.', 'أحمد يلدز')).toBe('MP for the Justice and Development Party');
  });
});

describe('a head of more than one word with a bare body, unread words, then a rank and the name', () => {
  it('gives the holder the office: the compound head says which office it is', () => {
    expect(roleOf('وكان في استقباله رئيس أركان القوات التابعة للمجلس الرئاسي الفريق سالم الورفلي.', 'سالم الورفلي')).toMatch(/^Chief of the General Staff/);
  });
  it('a head of one word over a bare body still gives way to the rank', () => {
    expect(roleOf('واستقبل رئيس الهيئة المعنية بالانتخابات القاضي سالم الورفلي.', 'سالم الورفلي')).not.toMatch(/^Head of the Authority$/);
  });
});

describe('«الحاكم» with no place named', () => {
  it('is a Governor (of a central bank, a region), and his deputy a Deputy Governor', () => {
    const text = 'وأنهى المصرف المركزي أمس ولاية الحاكم سمير داود، لتنتقل صلاحياته إلى نائبه الأول كريم حداد.';
    expect(roleOf(text, 'سمير داود')).toBe('Governor');
    expect(roleOf(text, 'كريم حداد')).toBe('First Deputy Governor');
  });
  it('an emirate named keeps its Ruler', () => {
    expect(roleOf('واستقبل الشيخ سلطان بن محمد القاسمي حاكم الشارقة الوفد.', 'سلطان بن محمد القاسمي')).toBe('Ruler of Sharjah');
  });
});

describe('«الوسطى», the feminine of the central point, after a body', () => {
  it('is Central, as «المركزية» is, and the office before a rank keeps it', () => {
    expect(roleOf('وأكد قائد المنطقة الوسطى اللواء سالم العتيبي أن الوضع مستقر.', 'سالم العتيبي')).toBe('Commander of the Central Region');
    expect(roleOf('واستقبل الوزير قائد القيادة الوسطى في الجيش الأميركي الجنرال جون سميث.', 'جون سميث')).toMatch(/^Commander of the Central Command/);
  });
});
