import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a member of parliament in a legislature', () => {
  it('is a Member of that legislature, not an "MP at" it', () => {
    expect(roleToEnglish('النائب في مجلس الأمة')).toBe('Member of the National Assembly');
    expect(roleToEnglish('النائبة في مجلس الشورى')).toBe('Member of the Shura Council');
  });
  it('holds for both members of a dual title', () => {
    const text = 'قضت المحكمة بسجن النائبين في مجلس الأمة خالد العتيبي وفهد المطيري، والنائب السابق ناصر الدوسري.';
    expect(byName(text, 'خالد العتيبي')?.role_en).toBe('Member of the National Assembly');
    expect(byName(text, 'فهد المطيري')?.role_en).toBe('Member of the National Assembly');
  });
});

describe('a counsellor who presides over a court', () => {
  it('is its presiding judge', () => {
    const text = 'وأجلت محكمة جنايات الجيزة، المنعقدة في مجمع المحاكم، برئاسة المستشار سامي عبد الحليم الفقي، محاكمة المتهمين.';
    expect(byName(text, 'سامي عبد الحليم الفقي')?.role_en).toBe('Presiding Judge of the Criminal Court of Giza');
    const chamber = 'وأيدت الدائرة الجنائية في المحكمة، برئاسة المستشار فهد العنزي، الأحكام.';
    expect(byName(chamber, 'فهد العنزي')?.role_en).toBe('Presiding Judge');
  });
  it('names the courts of the Arab judiciary', () => {
    expect(roleToEnglish('رئيس محكمة جنايات القاهرة')).toBe('President of the Criminal Court of Cairo');
    expect(roleToEnglish('رئيس محكمة النقض')).toBe('President of the Court of Cassation');
  });
  it('but one who chairs a committee stays a counsellor', () => {
    const text = 'وشكلت الحكومة لجنة برئاسة المستشار سامي الحلبي لدراسة الملف.';
    expect(byName(text, 'سامي الحلبي')?.role_en).not.toBe('Presiding Judge');
  });
});

describe('a bare institution noun refers back to the body the article named', () => {
  it('inside the genitive of another body', () => {
    const text = 'من جهتها، توقعت اللجنة الدولية للصليب الأحمر أن يتجاوز عدد الحالات مئة ألف. وكتب رئيس بعثة اللجنة في العراق، جون سميث، أن الأرقام صادمة.';
    expect(byName(text, 'جون سميث')?.role_en).toBe('Head of the ICRC Mission in Iraq');
  });
  it('when the grammar, not the vocabulary, read the body', () => {
    const text = 'أعلنت الهيئة المستقلة للإعلام في تشاد قرارها. وقال رئيس الهيئة أحمد محمد ولد بلال إن القرار نهائي.';
    expect(byName(text, 'أحمد محمد ولد بلال')?.role_en).toMatch(/Independent .*Authority/);
  });
  it('but not when the noun is indefinite and has a genitive of its own', () => {
    const text = 'أعلنت الهيئة الاتحادية للرقابة النووية قرارها. وقال الرئيس التنفيذي لهيئة كهرباء ومياه دبي سعيد محمد الطاير إن المشروع اكتمل.';
    expect(byName(text, 'سعيد محمد الطاير')?.role_en ?? '').not.toMatch(/Federal/);
  });
  it('a committee for elections is an Electoral Commission', () => {
    expect(roleToEnglish('رئيس اللجنة المستقلة للانتخابات')).toBe('Chairman of the Independent Electoral Commission');
  });
});

describe('the diwan', () => {
  it('of an emir is the Amiri Diwan, its official English', () => {
    expect(roleToEnglish('رئيس الديوان الأميري')).toBe('Chief of the Amiri Diwan');
  });
});

describe('offices named around a name', () => {
  it('the one succeeded («خلفاً لـ») held the office given', () => {
    const text = 'وقضت الأوامر بتعيين سعد بن فهد الحربي وزيراً للإعلام خلفاً للدكتور ماجد العتيبي، والأمير نايف بن سعود وزيراً للحرس الوطني خلفاً للأمير تركي بن عبد الله بن مشعل.';
    expect(byName(text, 'ماجد العتيبي')?.role_en).toBe('Former Minister of the Media');
    expect(byName(text, 'تركي بن عبد الله بن مشعل')?.role_en).toBe('Former Minister of the National Guard');
    expect(byName(text, 'نايف بن سعود')?.role_en).toBe('Minister of the National Guard');
  });
  it('the office after «بمنصب» / «منصب» right after a name is that person\'s', () => {
    const text = 'وقلص الرئيس عدد الوزارات، بينما احتفظ الفريق أول ركن عثمان محمد يوسف بمنصب النائب الأول لرئيس الجمهورية، فيما يشغل الدكتور سامي علي حسن منصب وزير الخارجية.';
    expect(byName(text, 'عثمان محمد يوسف')?.role_en).toBe('First Vice President of the Republic');
    expect(byName(text, 'سامي علي حسن')?.role_en).toBe('Minister of Foreign Affairs');
  });
  it('but not the office left («من منصب»)', () => {
    const text = 'وأعفى المرسوم الفريق عثمان محمد يوسف من منصب وزير الدفاع.';
    expect(byName(text, 'عثمان محمد يوسف')?.role_en ?? '').not.toBe('Minister of Defense');
  });
});

describe('a group (جماعة) is a body', () => {
  it('whose spokesman speaks for it', () => {
    expect(roleToEnglish('المتحدث باسم الجماعة')).toBe('Spokesman for the Group');
  });
});

describe('the international organisations the meetings vocabulary knows', () => {
  it('name the office of their staff in English («الهيئة الحكومية للتنمية», «منظمة العمل الدولية»)', () => {
    expect(roleToEnglish('المبعوث الخاص للهيئة الحكومية للتنمية إلى جنوب السودان')).toBe('Special Envoy of IGAD to South Sudan');
    expect(roleToEnglish('المدير العام لمنظمة العمل الدولية')).toBe('Director General of the International Labour Organization');
    expect(roleToEnglish('الأمين العام لمنظمة الدول المصدرة للنفط')).toBe('Secretary-General of OPEC');
  });
});
