import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en;

describe('heads of two states given by bare ranks', () => {
  it('are each shown with his state', () => {
    const text = 'تونس - استقبل الرئيس قيس سعيد اليوم الرئيس محمد ولد الشيخ الغزواني في قصر قرطاج، وبحث الرئيسان العلاقات بين تونس وموريتانيا.';
    expect(roleOf(text, 'قيس سعيد')).toBe('President of Tunisia');
    expect(roleOf(text, 'محمد ولد الشيخ الغزواني')).toBe('President of Mauritania');
  });
  it('and so is a bare rank beside the story\'s «رئيس الجمهورية»', () => {
    const text = 'الجزائر - تسلم رئيس الجمهورية السيد عبد المجيد تبون أوراق اعتماد سفير جيبوتي، الذي نقل إليه تحيات الرئيس إسماعيل عمر جيله.';
    expect(roleOf(text, 'إسماعيل عمر جيله')).toBe('President of Djibouti');
  });
});

describe('a bare head-of-state rank', () => {
  it('stays bare where the story has one state\'s head of state', () => {
    const text = 'القاهرة - افتتح الرئيس عبد الفتاح السيسي اليوم مستشفى جديدا في القاهرة، بحضور رئيس الوزراء مصطفى مدبولي.';
    expect(roleOf(text, 'عبد الفتاح السيسي')).toBe('President');
  });
  it('stays bare where the other head\'s state is said', () => {
    const text = 'نيويورك - التقى الرئيس عبد الفتاح السيسي اليوم الملك عبد الله الثاني ملك الأردن على هامش اجتماعات الأمم المتحدة.';
    expect(roleOf(text, 'عبد الفتاح السيسي')).toBe('President');
  });
});
