import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 57, delegations: «تسلم الرئيس X أوراق اعتماد السفراء الجدد. فقد تسلم فخامته أوراق اعتماد السيد A سفير …، و B …»:
// the clause that names the ambassadors calls the receiver by his title alone; he is the receiver of the ceremony
// announced in the sentence before.

describe('credentials received by one named by his title alone, after the ceremony is announced', () => {
  // Written for the test (a news agency's style).
  it('seats each ambassador on his own side and the receiver on his', () => {
    const text =
      'تسلم فخامة الرئيس عبد المجيد تبون رئيس الجمهورية، بقصر المرادية صباح اليوم، أوراق اعتماد السفراء الجدد المعتمدين لدى الجزائر.\n\n' +
      'فقد تسلم فخامة الرئيس أوراق اعتماد السيد ماركو بيانكي سفير الجمهورية الإيطالية، والسيدة هيلغا شميت سفيرة جمهورية ألمانيا الاتحادية، والسيد كينجي ساتو سفير اليابان.\n\n' +
      'ونقل السفراء إلى الرئيس تحيات قادة بلدانهم.';
    const found = sides(text);
    expect(sideOf(found, 'عبد المجيد تبون')).toBe('Algeria');
    expect(sideOf(found, 'ماركو بيانكي')).toBe('Italy');
    expect(sideOf(found, 'هيلغا شميت')).toBe('Germany');
    expect(sideOf(found, 'كينجي ساتو')).toBe('Japan');
  });

  // Written for the test: «حضر تسلم أوراق الاعتماد X»: those after the ceremony named in the definite attended it.
  it('keeps those who attended the ceremony off the ambassadors\' sides', () => {
    const text =
      'تسلم فخامة الرئيس عبد المجيد تبون رئيس الجمهورية، بقصر المرادية صباح اليوم، أوراق اعتماد السفراء الجدد المعتمدين لدى الجزائر.\n\n' +
      'فقد تسلم فخامة الرئيس أوراق اعتماد السيد ماركو بيانكي سفير الجمهورية الإيطالية، والسيد كينجي ساتو سفير اليابان.\n\n' +
      'حضر تسلم أوراق الاعتماد وزير الخارجية أحمد عطاف.';
    const found = sides(text);
    expect(sideOf(found, 'ماركو بيانكي')).toBe('Italy');
    expect(sideOf(found, 'أحمد عطاف')).toBe('Algeria');
  });
});
