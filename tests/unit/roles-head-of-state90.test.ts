import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en;

describe('a head of state given by a bare rank', () => {
  const two = 'تونس - استقبل الرئيس قيس سعيد اليوم الرئيس محمد ولد الشيخ الغزواني في قصر قرطاج، وبحث الرئيسان العلاقات بين تونس وموريتانيا.';
  it('is shown with his state where another state\'s head of state is in the story', () => {
    expect(roleOf(two, 'قيس سعيد')).toBe('President of Tunisia');
    expect(roleOf(two, 'محمد ولد الشيخ الغزواني')).toBe('President of Mauritania');
  });
  it('and so is a monarch beside another state\'s head', () => {
    const text = 'الكويت - نقل السفير تحيات سمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح إلى الملكة إليزابيث الثانية، وتمنى لبريطانيا التقدم.';
    expect(roleOf(text, 'إليزابيث الثانية')).toBe('Queen of the United Kingdom');
  });
  it('keeps the bare rank where the story has one state\'s head of state', () => {
    const text = 'القاهرة - افتتح الرئيس عبد الفتاح السيسي اليوم مستشفى جديدا في القاهرة، بحضور رئيس الوزراء مصطفى مدبولي.';
    expect(roleOf(text, 'عبد الفتاح السيسي')).toBe('President');
  });
});

describe('another head of state named by his state\'s formal name', () => {
  it('still tells the story has two states\' heads', () => {
    const text = 'القاهرة - توجه الرئيس عبد الفتاح السيسي إلى قازان تلبية لدعوة من الرئيس فلاديمير بوتين، رئيس روسيا الاتحادية، للمشاركة في القمة.';
    expect(roleOf(text, 'عبد الفتاح السيسي')).toBe('President of Egypt');
  });
});
