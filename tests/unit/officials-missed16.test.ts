import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a foreign given name that the lexicon reads as a word, before a foreign surname, after a full role', () => {
  it('reads the pair as the name (a rare verb as written: «أولغ»)', () => {
    expect(find('وضم الوفد الأوزبكي وزير الاقتصاد أولغ بانكراتوف، ووزير المالية فيكتور سميرنوف.', 'أولغ بانكراتوف')?.role_en).toBe('Minister of Economy');
    expect(find('وحضر اللقاء وزير الطاقة أولغ ماركوف.', 'أولغ ماركوف')?.role_en).toBe('Minister of Energy');
    expect(find('ووصل الوفد برئاسة وزير المالية أولغ سوكولوف إلى الدوحة.', 'أولغ سوكولوف')).toBeDefined();
  });

  it('leaves a derived or present-tense verb before a family name alone to be the verb', () => {
    expect(findOfficials('وكان وزير الخارجية التقى بانكراتوف في موسكو.').map((o) => o.name_ar)).not.toContain('التقى بانكراتوف');
    expect(findOfficials('وكان وزير الدفاع يبلغ سميرنوف، بأن الاتفاق قريب.').map((o) => o.name_ar)).not.toContain('يبلغ سميرنوف');
  });
});
