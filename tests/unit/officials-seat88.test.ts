import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';
import { internationalOffice, storyState } from '@/lib/officials/seat';

const countryOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.country;

// A story of Kyrgyzstan: its officials placed there, its words naming it most.
const KYRGYZ = 'أعلن الرئيس القرغيزي صادر جاباروف أمس تأييد الدستور الجديد في قرغيزستان. وقالت رئيسة لجنة الانتخابات المركزية نورجان شايلدابيكوفا في مؤتمر صحفي في بشكيك إن نسبة المشاركة بلغت 37%. وأكد رئيس الوزراء القرغيزي أكيلبيك جاباروف أن الاستفتاء صحيح.';

describe("an official the article places nowhere is shown with the story's state", () => {
  it('gives an office of no state the country the officials and the words tell', () => {
    expect(countryOf(KYRGYZ, 'نورجان شايلدابيكوفا')).toBe('KG');
  });

  it('adds it only once the layers that place officials by the words have run', () => {
    expect(findOfficials(KYRGYZ).find((o) => o.name_ar === 'نورجان شايلدابيكوفا')?.country).toBeNull();
  });

  it('gives none to an official of an international body', () => {
    const text = `${KYRGYZ} ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بإجراء الاستفتاء في قرغيزستان.`;
    expect(countryOf(text, 'أنطونيو غوتيريش')).toBeNull();
  });

  it('gives none where the officials serve one state and the words name another most', () => {
    expect(storyState('GH', 'OM')).toBeNull();
    expect(storyState('KG', 'KG')).toBe('KG');
    expect(storyState(null, 'PE')).toBe('PE');
  });
});

describe('an office the English places in an international body', () => {
  it('is read by the body’s name, full or short', () => {
    expect(internationalOffice('IMF Managing Director')).toBe(true);
    expect(internationalOffice('Head of the IMF Mission to Egypt')).toBe(true);
    expect(internationalOffice('European Commissioner for Internal Affairs')).toBe(true);
    expect(internationalOffice('Spokesman for the World Food Programme')).toBe(true);
  });

  it('is not a state’s envoy sent to the body, nor a state’s office', () => {
    expect(internationalOffice('Permanent Representative to the United Nations')).toBe(false);
    expect(internationalOffice('Minister of Foreign Affairs')).toBe(false);
    expect(internationalOffice('Director of European Affairs')).toBe(false);
  });
});
