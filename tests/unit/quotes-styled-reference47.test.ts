import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a title or a pronoun of style refers back to the official it styles', () => {
  it('«جلالة الملك» is the king the dictionaries know, not the director of his office', () => {
    const text = 'تلقى جلالة الملك عبدالله الثاني، اليوم، اتصالا هاتفيا من الرئيس القبرصي نيكوس خريستودوليدس.\n\n'
      + 'وأكد جلالة الملك، خلال الاتصال، ضرورة وقف الحرب على غزة وحماية المدنيين.\n\n'
      + 'وحضر الاتصال مدير مكتب جلالة الملك، الدكتور جعفر حسان.';
    expect(speakerOf(text, 'حماية المدنيين')).toBe('عبدالله الثاني');
  });
  it('«سموه» is the one last given «السمو», not the guest named after him', () => {
    const text = 'استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم فخامة لويس إيناسيو لولا دا سيلفا رئيس جمهورية البرازيل.\n\n'
      + 'وكان في استقبال الرئيس البرازيلي سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة نائب رئيس مجلس الوزراء رئيس ديوان الرئاسة.\n\n'
      + 'ورحب صاحب السمو رئيس الدولة بالرئيس البرازيلي والوفد المرافق.\n\n'
      + 'وأكد سموه أن البرازيل "شريك مهم لدولة الإمارات".';
    expect(speakerOf(text, 'شريك مهم')).toBe('محمد بن زايد آل نهيان');
  });
  it('«الوزير» with a nationality is the one who holds two offices, a minister among them, and was named most', () => {
    const text = 'التقى وزير الاستثمار السعودي خالد الفالح نائب رئيس الوزراء وزير الاستثمار والصناعة والتجارة في جمهورية أوزبكستان لازيز قدراتوف.\n\n'
      + 'وقال قدراتوف إن بلاده "ترحب بالمستثمرين السعوديين".\n\n'
      + 'وحضر اللقاء من الجانب الأوزبكي وزير الطاقة جوراباك ميرزامحمودوف.\n\n'
      + 'وأوضح الوزير الأوزبكي أن بلاده أطلقت حزمة من الإصلاحات التشريعية.';
    expect(speakerOf(text, 'حزمة من الإصلاحات')).toBe('لازيز قدراتوف');
  });
});

describe('a name set off after a noun of relation and its genitive speaks, not the one it is related to', () => {
  it('a lawyer named after «محامي X،», with a verb that takes an object', () => {
    const text = 'قضت محكمة باكستانية بسجن رئيس الوزراء السابق عمران خان ثلاث سنوات.\n\n'
      + 'ووصف محامي خان، غوهر علي خان، الحكم بأنه "تم على عجل"، مؤكدا أن فريق الدفاع سيطعن فيه.';
    const quotes = analyze(text).quotes;
    const described = quotes.find((q) => q.text.includes('تم على عجل'));
    expect(described?.speaker_ar).toBe('غوهر علي خان');
    expect(described?.text.startsWith('الحكم')).toBe(true);
    expect(speakerOf(text, 'سيطعن')).toBe('غوهر علي خان');
  });
  it('an adviser named after «مستشار الرئيس،», with قال', () => {
    const text = 'التقى الرئيس الكيني وليام روتو وفدا من رجال الأعمال.\n\nوقال مستشار الرئيس، ديفيد نديي، إن الحكومة "ستخفض الضرائب".';
    expect(speakerOf(text, 'ستخفض الضرائب')).toBe('ديفيد نديي');
  });
});
