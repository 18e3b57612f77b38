import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a title written before a guest named by a prepositional title is not the guest\'s', () => {
  it('«أقام سمو ولي العهد مأدبة تكريما لرئيس الوزراء» later in the text does not make «وأكد سمو ولي العهد» the guest', () => {
    const text = 'استقبل صاحب السمو الأمير سالم بن راشد الحمد ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، في القصر اليوم، دولة رئيس وزراء الجمهورية الإيطالية جوزيبي كونتي.\n\nوجرى خلال الاستقبال بحث العلاقات الثنائية.\n\nوأكد سمو ولي العهد أن بلاده تتطلع إلى شراكة واسعة مع إيطاليا.\n\nوفي وقت لاحق، أقام سمو ولي العهد مأدبة عشاء تكريما لرئيس الوزراء الإيطالي والوفد المرافق له.';
    expect(analyze(text).quotes.find((q) => q.text.includes('شراكة واسعة'))?.speaker_en).toMatch(/Salem|Salim/);
  });
});
