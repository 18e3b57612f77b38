import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a court adjective after a judicial office, then the style «القاضي» and the name', () => {
  it('reads the adjective into the office, which is the role rather than the bare style', () => {
    const o = officialOf('وادعى المدعي العام التمييزي القاضي سامي الخوري على عدد من الموظفين.', 'سامي الخوري');
    expect(o?.role_ar).toBe('المدعي العام التمييزي');
    expect(o?.role_en).toBe('Cassation Public Prosecutor');
  });
  it('reads the feminine and the other name of the office too', () => {
    expect(officialOf('وقالت النائبة العامة التمييزية القاضية ريم حداد إن الملف أحيل.', 'ريم حداد')?.role_ar).toBe('النائبة العامة التمييزية');
  });
});

describe('an office in the construct, then a member of parliament\'s bare title and the name', () => {
  it('gives the holder the office, not the bare MP', () => {
    expect(officialOf('وحضر اللقاء مساعد رئيس المجلس النائب سليم العبادي.', 'سليم العبادي')?.role_ar).toBe('مساعد رئيس المجلس');
  });
  it('but after «ل» + an office the MP is still read as the rank of a holder the grammar looks for', () => {
    expect(officialOf('وقال المعاون السياسي لرئيس المجلس النائب علي حسين إن الاجتماع مهم.', 'علي حسين')?.role_en).toBe('MP');
  });
});

describe('«أمين سر» (secretary) heading a body', () => {
  it('reads the body into the office, before a member of parliament\'s bare title too', () => {
    expect(officialOf('وحضر اللقاء أمين سر مجلس الأمة النائب سالم الهاجري.', 'سالم الهاجري')?.role_ar).toBe('أمين سر مجلس الأمة');
    expect(officialOf('وقال أمين سر اللجنة المركزية للحركة جمال عبد الله إن الاجتماع مهم.', 'جمال عبد الله')?.role_en).toMatch(/^Secretary of the .*Central Committee/);
  });
});
