import { describe, expect, it } from 'vitest';
import { findNamedPeople } from '@/lib/officials';

const officials = (text: string) => findNamedPeople(text).officials.map((o) => o.name_ar);
const roleOf = (text: string, name: string) => findNamedPeople(text).officials.find((o) => o.name_ar === name)?.role_en;

describe('a candidate of a party, a movement, an alliance or the opposition is an official', () => {
  it('counts a party’s candidate and the opposition’s', () => {
    expect(officials('وتقدم على مرشح حزب الشعب الديمقراطي عتيق أبو بكر الذي نال ستة ملايين صوت.')).toContain('عتيق أبو بكر');
    expect(officials('وحصلت على 27% مرشحة المعارضة سوتشيل غالفيز.')).toContain('سوتشيل غالفيز');
    expect(officials('فيما حل مرشح حركة «النهضة» عبد الفتاح مورو ثالثاً.')).toContain('عبد الفتاح مورو');
  });

  it('leaves a bare candidate, who runs for nothing the text names, among the people', () => {
    expect(officials('وقال المرشح سمير داود إن الحملة بدأت.')).not.toContain('سمير داود');
  });
});

describe('a family nisba after a compound given name of «عبد» before a comma and an office', () => {
  it('reads the three words as the name', () => {
    expect(officials('وقال عبد اللطيف الجواهري، والي بنك المغرب، إن التضخم تراجع.')).toEqual(['عبد اللطيف الجواهري']);
  });

  it('takes no nationality for a family name', () => {
    expect(officials('وقال عبد الله التونسي، وزير الخارجية، إن الاجتماع مهم.')).not.toContain('عبد الله التونسي');
  });
});

describe('«المندوب السامي» is a High Commissioner', () => {
  it('reads the office and its holder before it', () => {
    const text = 'وقال أحمد الحليمي، المندوب السامي للتخطيط، إن الأسعار ارتفعت.';
    expect(officials(text)).toEqual(['أحمد الحليمي']);
    expect(roleOf(text, 'أحمد الحليمي')).toMatch(/^High Commissioner for Planning/);
  });
});
