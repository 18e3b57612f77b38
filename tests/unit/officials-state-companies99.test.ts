import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { isPrivateCompanyRole } from '@/lib/officials/classify';
import { brandOfState, stateCompanyAt } from '@/lib/officials/private-employer';
import { normalize } from '@/lib/arabic/normalize';

const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const norms = (text: string) => text.split(/\s+/).map(normalize);

describe('the vocabulary of state companies (assets/state-companies.json)', () => {
  it('holds the brands of national oil, gas, mining, arms and transport companies in the spellings of the press', () => {
    for (const brand of ['سابك', 'سوكار', 'إكوينور', 'روستيخ', 'كوسكو', 'برتامينا', 'سونانغول', 'إيني', 'سونطراك', 'سوناطراك', 'ارامكو']) {
      expect(stateCompanyAt(norms(brand), 0), brand).toBe(1);
    }
  });
  it('matches an entry of several words whole, and not its first word alone', () => {
    expect(stateCompanyAt(norms('روس أوبورون إكسبورت الروسية'), 0)).toBe(3);
    expect(stateCompanyAt(norms('قطر للطاقة'), 0)).toBe(2);
    expect(stateCompanyAt(norms('روس تيليكوم'), 0)).toBe(0);
    expect(stateCompanyAt(norms('باريك'), 0)).toBe(0);
  });
});

describe('a nationality after a company\'s brand', () => {
  it('makes no state company, quoted or not', () => {
    // tests/heldout30/3105-youm7-ismailia-ever-given-refloated.txt: a Dutch firm, quoted
    expect(isPrivateCompanyRole('الرئيس التنفيذي لشركة "بوسكاليس" الهولندية')).toBe(true);
    // The same firm written without quotation marks is read the same way (it was read the state's before round 99).
    expect(isPrivateCompanyRole('الرئيس التنفيذي لشركة بوسكاليس الهولندية')).toBe(true);
    expect(brandOfState(norms('بوسكاليس الهولندية'), 0, 2)).toBe(false);
  });
  it('leaves a state company of the vocabulary the state\'s, quoted or not', () => {
    // tests/heldout6/710-al-arabiya-bogor-king-salman-widodo.txt: «بالشراكة مع شركة "برتامينا" الإندونيسية»
    expect(isPrivateCompanyRole('الرئيس التنفيذي لشركة "برتامينا" الإندونيسية')).toBe(false);
    expect(isPrivateCompanyRole('الرئيس التنفيذي لشركة برتامينا الإندونيسية')).toBe(false);
    // tests/heldout21/2207-france-24-algiers-italy-gas-deal.txt: «وقّعت مجموعة سوناطراك الجزائرية وشركة إيني الإيطالية»
    expect(isPrivateCompanyRole('الرئيس التنفيذي لشركة إيني الإيطالية')).toBe(false);
    expect(isPrivateCompanyRole('المدير العام لشركة "روس أوبورون إكسبورت" الروسية')).toBe(false);
  });
  it('still lets «الحكومية», «الوطنية» or a country in the name make the company the state\'s', () => {
    // tests/heldout6/713-al-jazeera-net-doha-kazakhstan-talks.txt
    expect(isPrivateCompanyRole('نائبة رئيس شركة "كازاخ إنفست" الحكومية')).toBe(false);
    expect(brandOfState(norms('تاتا الحكومية'), 0, 2)).toBe(true);
    // A country the firm works in is no part of its name.
    expect(brandOfState(norms('باريك في مالي'), 0, 3)).toBe(false);
  });
});

describe('company heads in a story', () => {
  it('an executive of a state company of the vocabulary is an official, quoted or not', () => {
    // tests/heldout18/1923-sky-news-arabia-tripoli-dbeibah-meloni.txt (the gold lists Eni's chief executive)
    expect(officials('وقع الاتفاقية عن الجانب الليبي رئيس مجلس إدارة المؤسسة الوطنية للنفط فرحات بن قدارة، وعن الجانب الإيطالي الرئيس التنفيذي لشركة "إيني" كلاوديو ديسكالزي.')).toContain('كلاوديو ديسكالزي');
    const socar = analyze('وقال الرئيس التنفيذي لشركة سوكار الأذربيجانية روفشان نجف إن الإمدادات مستمرة.').officials;
    expect(socar.map((o) => o.name_ar)).toEqual(['روفشان نجف']);
    // (The company's English is the vocabulary's, without an adjective of its own state.)
    expect(socar[0]!.role_en).toBe('CEO of SOCAR');
    expect(officials('وقال الرئيس التنفيذي لشركة "سوكار" الأذربيجانية روفشان نجف إن الإمدادات مستمرة.')).toEqual(['روفشان نجف']);
  });
  it('an executive of a private firm named with its nationality is no official, quoted or not', () => {
    // tests/heldout26/2704-anadolu-mogadishu-ship-hijack.txt
    expect(officials('وقال المدير التنفيذي لشركة "نافيبولغار" البلغارية المالكة، دميتار دميتروف، إن الشركة "ممتنة للبحرية الهندية على الاحترافية العالية".')).not.toContain('دميتار دميتروف');
    // tests/heldout23/2405-france24-bamako-barrick-dispute.txt, with the firm's nationality written after its brand
    // (The brand and its nationality are the company's name, not the holder's: before round 99 «باريك الكندية مارك
    // بريستو» was read as one official's name.)
    const barrick = analyze('في المقابل، قال الرئيس التنفيذي لشركة باريك الكندية مارك بريستو إن الشركة «قدمت عرضا عادلا ومنصفا» للحكومة.');
    expect(barrick.officials).toEqual([]);
    expect(barrick.people.map((p) => p.name_ar)).toEqual(['مارك بريستو']);
  });
  it('leaves a name after a definite «الشركة» the holder\'s', () => {
    expect(officials('وقال مدير عام الشركة القابضة للغازات الطبيعية أسامة البقلي إن الإنتاج ارتفع.')).toContain('أسامة البقلي');
  });
});
