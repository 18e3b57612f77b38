import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// An officer's rank, then a name the name lists do not read, then a comma and a full office in apposition: the rank
// says a name starts, the office where it ends. (Invented sentences.)
describe('a rank, a name and an office after a comma', () => {
  const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

  it('reads the words between as the officer’s name', () => {
    expect(names('وحضر اللقاء الفريق سمير خالد، رئيس الأركان العامة، واللواء بابر شاه، المدير العام للمخابرات.')).toContain('بابر شاه');
    expect(names('وقال العقيد بابر افتخار، المتحدث باسم الجيش الباكستاني، إن الهجوم فشل.')).toContain('بابر افتخار');
  });

  it('needs the comma and a full office', () => {
    expect(names('وقال العقيد بابر افتخار إن الهجوم فشل.')).not.toContain('بابر افتخار');
    expect(names('وحضر اللواء بابر افتخار، والعميد بابر شاه.')).not.toContain('بابر افتخار');
  });
});
