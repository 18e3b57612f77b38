import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('a bare body noun refers back to a body named in the construct', () => {
  it('an indefinite noun named by its genitive is the body «الهيئة» or «اللجنة» names later', () => {
    const text = 'وفتحت هيئة مراقبة الانتخابات الكينية تحقيقا في الطعون المقدمة. وقال رئيس الهيئة، جوزيف موانغي، إن النتائج ستعلن قريبا.';
    expect(roleOf(text, 'موانغي')).toBe('Head of the Kenyan Election Observation Authority');
  });
  it('a bare noun with nothing named before it stays bare', () => {
    const text = 'وقال رئيس الهيئة، جوزيف موانغي، إن النتائج ستعلن قريبا.';
    expect(roleOf(text, 'موانغي')).toBe('Head of the Authority');
  });
});

describe('a head owned by a pronoun heads the body named before it', () => {
  it('«رئيسها» after a feminine body in the same sentence', () => {
    const text = 'وأعلنت كتلة الوسط النيابية رفضها للموازنة، وقال رئيسها سليم الحدادي إن الأرقام غير واقعية.';
    expect(roleOf(text, 'الحدادي')).toBe('Head of the Parliamentary Centre Bloc');
  });
  it('not across a full stop', () => {
    const text = 'وأعلنت كتلة الوسط النيابية رفضها للموازنة. وقال رئيسها سليم الحدادي إن الأرقام غير واقعية.';
    expect(roleOf(text, 'الحدادي')).not.toMatch(/Bloc/);
  });
});

describe('the chief executive of a territory or a government', () => {
  it('is its Chief Executive; a company\'s stays its CEO', () => {
    expect(roleToEnglish('الرئيسة التنفيذية لماكاو')).toBe('Chief Executive of Macau');
    expect(roleToEnglish('الرئيس التنفيذي للحكومة الأفغانية')).toBe('Chief Executive of the Afghan Government');
    expect(roleToEnglish('الرئيس التنفيذي للشركة')).toBe('CEO of the Company');
  });
});

describe('a coordinating minister (Indonesia\'s «الوزير المنسق»)', () => {
  it('is a Coordinating Minister for the affairs named, a series of three a list', () => {
    expect(roleToEnglish('الوزيرة المنسقة للشؤون الاقتصادية')).toBe('Coordinating Minister for Economic Affairs');
    expect(roleToEnglish('الوزير المنسق للشؤون السياسية والأمنية والعسكرية')).toBe('Coordinating Minister for Political, Security and Military Affairs');
    expect(roleToEnglish('نائب الرئيس للشؤون الاقتصادية والاجتماعية')).toBe('Vice President for Economic and Social Affairs');
  });
});

