import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a title word that is a given name, inside a name a civil style opens', () => {
  it('«السيد كارلوس أمين رودريغيز سفير …» is Carlos Amin Rodriguez, not a secretary Rodriguez', () => {
    const got = names('وكان في وداعه السيد كارلوس أمين رودريغيز سفير جمهورية بيرو لدى الدولة.');
    expect(got).toContain('كارلوس أمين رودريغيز');
    expect(got).not.toContain('رودريغيز');
  });
  it('«سعادة» opens the name as «السيد» does: «سعادة بدر أمير الكعبي سفير الدولة …»', () => {
    expect(names('وحضر الوداع سعادة بدر أمير الكعبي سفير الدولة لدى بيرو.')).toContain('بدر أمير الكعبي');
  });
  it('keeps a title word that opens its own construct after the name', () => {
    expect(names('وحضر الاجتماع السيد خالد أمين عام الحزب الحاكم.')).not.toContain('خالد أمين عام');
  });
});

describe('one word of no language between «سعادة» or «فخامة» and a full office', () => {
  it('«سعادة سوبيانتورو وزير الدفاع الإندونيسي» reads the mononym as «معالي» does', () => {
    expect(names('وحضر اللقاء سعادة سوبيانتورو وزير الدفاع الإندونيسي.')).toContain('سوبيانتورو');
  });
});
