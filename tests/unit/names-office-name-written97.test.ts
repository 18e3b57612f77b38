import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 98, delegations: members the officials layer never read, or read cut, after a full office (title + name), where
// the name shape reader judged a name's words by their normalised letters: «ألبان» (a hamza, no article) taken for the
// article and the Albanians' plural, «بطاينة» (a ta marbuta) taken for a noun with the pronoun «ـه», and a given name
// the reader kept alone («السفير يوسف», «السفير رضوان») never widened to the family name after it.

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('nameOfficesByNameShape: a name read by its letters as written', () => {
  it('reads a foreign given name that opens with «أل» after an office with its nationality', () => {
    // tests/heldout28/2917-kuna-kuwait-assembly-ghana-parliament.txt
    const text = 'الكويت - 9 - 5 (كونا) -- استقبل رئيس مجلس الأمة أحمد عبدالعزيز السعدون في مكتبه اليوم الثلاثاء رئيس البرلمان الغاني ألبان بانجين والوفد البرلماني المرافق له الذي يزور البلاد حاليا تلبية لدعوة رسمية.';
    expect(names(text)).toContain('ألبان بانجين');
  });
  it('widens a given name read alone to a family name in «ة» that also spells a word', () => {
    // tests/heldout32/3316-petra-amman-credentials-four-ambassadors.txt
    const text = 'وحضر تقديم أوراق الاعتماد رئيس الديوان الملكي الهاشمي يوسف حسن العيسوي، ونائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، ورئيس التشريفات الملكية الدكتور عامر الفايز، وأمين عام وزارة الخارجية وشؤون المغتربين السفير يوسف بطاينة.';
    expect(names(text)).toContain('يوسف بطاينة');
    expect(names(text)).not.toContain('يوسف');
  });
  it('widens a given name read alone to a family name the reader keeps out as a title word', () => {
    // tests/heldout29/3011-kuna-kuwait-yahya-oic-afghanistan-envoy.txt
    const text = 'الكويت - 18 - 2 (كونا) -- استقبل وزير الخارجية عبدالله علي اليحيا اليوم الاحد المبعوث الخاص للامين العام لمنظمة التعاون الاسلامي الى افغانستان السفير طارق علي بخيت ونائبه السفير رضوان شيخ والوفد المرافق لهما بمناسبة زيارتهما للبلاد.';
    expect(names(text)).toContain('رضوان شيخ');
  });
  it('takes no name from the Albanians with the article after an office, nor a time word after a given name', () => {
    expect(names('وحضر الاجتماع وزير الخارجية أيمن الصفدي، ورئيس الوزراء الألبان.')).toEqual(['أيمن الصفدي']);
    expect(names('وقال أمين عام وزارة الخارجية السفير يوسف أمس في عمان إن المحادثات مثمرة.').some((n) => n.includes('أمس'))).toBe(false);
  });
  it('still takes no noun with the pronoun «ـه» after an office for a name', () => {
    expect(names('وأشاد الرئيس بالعاهل المغربي وولي عهده، وبالشعب المغربي.').some((n) => n.includes('عهده'))).toBe(false);
  });
});
