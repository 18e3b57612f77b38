import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { normalize } from '@/lib/arabic/normalize';
import { describedLength } from '@/lib/people/described-name';
import { isPastWithSubject } from '@/lib/people/evidence';

const people = (text: string) => analyze(text).people.filter((p) => p.named);
const lead = (name: string) => describedLength(normalize(name).split(' '));

describe('a noun of what someone is, before the name, is their description', () => {
  it('reads «تاجر العملة» as the description of محمد آدم (heldout4 525-bbc-arabic-khartoum-pound)', () => {
    const text = 'وفي السوق العربي وسط الخرطوم، قال تاجر العملة محمد آدم لبي بي سي إن الإقبال على بيع الدولار كان ضعيفا صباح الاثنين، مضيفا: "الناس ينتظرون ليروا هل سيصمد السعر الجديد أم لا".';
    const a = analyze(text);
    const p = a.people.find((x) => x.named && x.name_ar.includes('آدم'));
    expect(p?.name_ar).toBe('محمد آدم');
    expect(p?.description_ar).toBe('تاجر العملة');
    expect(a.quotes.filter((q) => q.speaker_id === p?.id).every((q) => q.speaker_ar === 'محمد آدم')).toBe(true);
    for (const [s, e] of p!.mentions) expect(text.slice(s, e)).toBe('محمد آدم');
  });

  it('takes «متقاعد» out of the name of the retired general (heldout31 3205-youm7-cairo-egyptair-ms804-search)', () => {
    const text = 'وقال خبير الطيران اللواء طيار متقاعد حسين حمدى لـ"اليوم السابع" إن توقيت الحادث وطبيعة الانحراف المفاجئ يرجحان فرضية العمل التخريبي.';
    expect(people(text).map((p) => p.name_ar)).toContain('حسين حمدى');
    expect(people(text).some((p) => p.name_ar.includes('متقاعد'))).toBe(false);
  });

  it('counts the describing words', () => {
    expect(lead('تاجر العملة محمد آدم')).toBe(2);
    expect(lead('متقاعد حسين حمدى')).toBe(1);
  });

  it('leaves names whose first word the name lists hold: a kunya, مالك، فلاح، صديق، صاحبة of one word after it', () => {
    expect(lead('أم محمد')).toBe(0);
    expect(lead('مالك عقار إير')).toBe(0);
    expect(lead('فلاح الهاجري')).toBe(0);
    expect(lead('صديق خان')).toBe(0);
    expect(lead('صاحبة غفاروفا')).toBe(0);
    // (No name after the noun: nothing to split off.)
    expect(lead('تاجر العملة')).toBe(0);
  });
});

describe('a past verb with its subject «ت» is no name word', () => {
  it('ends the name before «حصلت» (heldout35 3605-rt-arabic-minsk-election-protests)', () => {
    const text = 'وقالت يرمشينا في مؤتمر صحفي إن المرشحة المعارضة سفيتلانا تيخانوفسكايا حصلت على 10.09% من الأصوات، مشيرة إلى أن نسبة المشاركة تجاوزت 84%. في المقابل، رفضت تيخانوفسكايا الاعتراف بالنتائج، وقالت للصحفيين: "أعتبر نفسي الفائزة في هذه الانتخابات، فالأغلبية كانت معنا".';
    const a = analyze(text);
    const names = [...a.officials.map((o) => o.name_ar), ...a.people.map((p) => p.name_ar)];
    expect(names.some((n) => n.includes('حصلت'))).toBe(false);
  });

  it('reads «سقطت», «حصلت», «أسفرت» as verbs and the names of that shape as names', () => {
    for (const w of ['سقطت', 'حصلت', 'اسفرت']) expect(isPastWithSubject(w)).toBe(true);
    for (const w of ['حكمت', 'رفعت', 'عصمت', 'مدحت', 'عزت', 'طلعت', 'ثروت', 'صفوت', 'ثابت']) expect(isPastWithSubject(w)).toBe(false);
  });
});
