import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a bare head and its modifiers right after a name its own office precedes', () => {
  it('is the object of the verb, not a second office of the name', () => {
    expect(roleOf('وهنأ رئيس الوزراء الكندي جاستن ترودو الرئيس المنتخب بفوزه في الانتخابات.', 'جاستن ترودو')).toBe('Canadian Prime Minister');
    expect(roleOf('ونعى رئيس حزب العمال كير ستارمر الرئيس الراحل في بيان مقتضب.', 'كير ستارمر')).toBe('Head of the Labour Party');
  });
  it('while an office of its own after a comma still adds to his', () => {
    const text = 'وقال وزير الدفاع خالد العبيدي، رئيس اللجنة الأمنية العليا، إن القوات مستعدة.';
    expect(roleOf(text, 'خالد العبيدي')).toBe('Minister of Defense and Chairman of the Supreme Security Committee');
  });
});

describe('a standing before a name and a full office set off by commas after it', () => {
  it('gives way to the office: a candidate, a diplomat, a member of a team, a diplomatic grade', () => {
    expect(roleOf('وحصل المرشح علي بن فليس، رئيس حزب طلائع الحريات، على المرتبة الثالثة.', 'علي بن فليس')).toBe('President of the Talaie El Hourriyet Party');
    expect(roleOf('وقاد المحادثات الدبلوماسي يان إيغلاند، المبعوث الخاص للخارجية النرويجية، في جنيف.', 'يان إيغلاند')).toBe('Norwegian Special Envoy for Foreign Affairs');
    expect(roleOf('ويضم الوفد عضو الفريق المفاوض ماجد فضائل، رئيس الهيئة الوطنية لشؤون الأسرى، وآخرين.', 'ماجد فضائل')).toBe('Head of the National Authority for Prisoners Affairs');
    expect(roleOf('وقال الوزير المفوض حسام زكي، المتحدث الرسمي باسم الأمين العام، إن القمة ستعقد في موعدها.', 'حسام زكي')).toBe('Spokesman for the Secretary-General');
  });
  it('but an office before the name stays with the one after it', () => {
    const text = 'وقال رئيس الوزراء الأسبق أحمد أويحيى، أمين عام التجمع الوطني الديمقراطي، إن الحزب سيشارك.';
    expect(roleOf(text, 'أحمد أويحيى')).toMatch(/^Former Prime Minister and /);
  });
});

describe('a leader whom «رافق» governs', () => {
  it('is the one accompanied: the name after holds the office given after it', () => {
    const text = 'ورافق الرئيس المصري بدر عبد العاطي، وزير الخارجية، وحسن رشاد، رئيس المخابرات العامة.';
    expect(roleOf(text, 'بدر عبد العاطي')).toBe('Minister of Foreign Affairs');
    expect(roleOf('وضم الوفد المرافق للرئيس الفرنسي جان نويل بارو وزير الخارجية، وعددا من المسؤولين.', 'جان نويل بارو')).toBe('Minister of Foreign Affairs');
  });
  it('and his title leaves the offices the grammar joined to it before the name', () => {
    const text = 'فيما رافق أمير قطر نائب رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني، وعددا من الوزراء.';
    expect(roleOf(text, 'محمد بن عبد الرحمن آل ثاني')).toBe('Deputy Prime Minister and Minister of Foreign Affairs');
  });
});
