import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a dual title shared by «the two countries»', () => {
  it('gives each of the two names the portfolio of «وزيرا داخلية البلدين»', () => {
    const text = 'وبحث وزيرا داخلية البلدين خالد منصور وسعيد الحربي سبل مكافحة التهريب.';
    expect(officialOf(text, 'خالد منصور')?.role_en).toBe('Minister of Interior');
    expect(officialOf(text, 'سعيد الحربي')?.role_en).toBe('Minister of Interior');
  });
  it('reads «الدولتين» and the oblique dual after «برئاسة» too', () => {
    const found = names('وانعقدت اللجنة برئاسة وزيري خارجية الدولتين فهد العنزي وماجد السالم، وسط حضور واسع.');
    expect(found).toContain('فهد العنزي');
    expect(found).toContain('ماجد السالم');
  });
  it('finds no one where no names follow', () => {
    expect(names('واتفق وزيرا داخلية البلدين على تعزيز التعاون.')).toEqual([]);
  });
});

describe('a membership list after «يضم في عضويته»', () => {
  it('makes each listed name a member of the delegation', () => {
    const text = 'ويترأس الوفد الحكومي وزير العدل نبيل حداد، ويضم في عضويته خالد منصور وسعيد الحربي.';
    expect(officialOf(text, 'نبيل حداد')?.role_en).toBe('Minister of Justice');
    expect(officialOf(text, 'خالد منصور')?.role_en).toMatch(/^Member of the .*Delegation/);
    expect(officialOf(text, 'سعيد الحربي')?.role_en).toMatch(/^Member of the .*Delegation/);
  });
  it('makes no one a member of a delegation where none is named', () => {
    const text = 'وشكلت الحكومة لجنة خاصة تضم في عضويتها خالد منصور وسعيد الحربي.';
    expect(analyze(text).officials.some((o) => /Delegation/.test(o.role_en ?? ''))).toBe(false);
  });
  it('leaves a membership with no list of names alone', () => {
    expect(names('ويضم في عضويته ممثلين عن الوزارات المعنية.')).toEqual([]);
  });
});

describe('the answer of «أما» that leads: «أما وفد X فيترأسه Y»', () => {
  it('makes the name the head of the delegation', () => {
    const text = 'أما وفد الحكومة فيترأسه نبيل حداد، ويضم الأعضاء خالد منصور وسعيد الحربي.';
    expect(officialOf(text, 'نبيل حداد')?.role_en).toMatch(/^Head of .*Delegation/);
  });
  it('leaves «فيترأسه» before an office to the office', () => {
    const text = 'أما الوفد فيترأسه وزير العدل نبيل حداد.';
    expect(officialOf(text, 'نبيل حداد')?.role_en).toBe('Minister of Justice');
  });
});

describe('a plural office whose holders each give their own nationality', () => {
  it('reads every holder of «وزراء الدفاع الروسي X والتركي Y والإيراني Z»', () => {
    const text = 'وعقد وزراء الزراعة المصري خالد منصور والأردني سعيد الحربي والعراقي نبيل حداد اجتماعا في القاهرة.';
    expect(officialOf(text, 'خالد منصور')?.country).toBe('EG');
    expect(officialOf(text, 'سعيد الحربي')?.country).toBe('JO');
    expect(officialOf(text, 'نبيل حداد')?.country).toBe('IQ');
    expect(officialOf(text, 'سعيد الحربي')?.role_en).toMatch(/Minister of Agriculture/);
  });
  it('stops at an item that is no nationality', () => {
    const found = names('وعقد وزراء الزراعة المصري خالد منصور والأردني سعيد الحربي والأسعار مرتفعة.');
    expect(found).toEqual(['خالد منصور', 'سعيد الحربي']);
  });
});
