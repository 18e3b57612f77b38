import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. In an attendance list, a definite word between the title and the name that no name source
// lists (a party adjective the title did not agree with, a portfolio the title did not read) is the title's, not the
// first word of the name.
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('attendance lists: the title\'s words before a name', () => {
  it('keeps a feminine party adjective out of the name («والنائبة الديمقراطية …»، «والسيناتورة الجمهورية …»)', () => {
    const found = names('استقبل ولي العهد رئيس مجلس الوزراء الأمير سلمان بن حمد آل خليفة وفدا من الكونغرس الأمريكي. '
      + 'وضم الوفد النائب الجمهوري مايكل ماكول، والنائب الجمهوري جو ويلسون، والنائبة الديمقراطية إليسا سلوتكين، '
      + 'والسيناتورة الجمهورية جوني إرنست.');
    expect(found).toContain('إليسا سلوتكين');
    expect(found).toContain('جوني إرنست');
    expect(found.some((n) => /الديمقراطية|الجمهورية/.test(n))).toBe(false);
  });

  it('keeps a portfolio and its nisba out of the name («ووزيرة الجامعات والبحث العلمي …»)', () => {
    const meeting = 'استقبل الرئيس التونسي قيس سعيد رئيسة الوزراء الإيطالية جورجيا ميلوني. وحضر اللقاء وزير الداخلية الإيطالي ماتيو بيانتيدوزي، ';
    expect(names(`${meeting}ووزيرة الجامعات والبحث العلمي آنا ماريا برنيني، والسفير الإيطالي في تونس ألسندرو برونيتي.`)).toContain('آنا ماريا برنيني');
    expect(names(`${meeting}ووزيرة الجامعات آنا ماريا برنيني، والسفير الإيطالي في تونس ألسندرو برونيتي.`)).toContain('آنا ماريا برنيني');
  });

  it('leaves an office read on to a ministry to the office («… بوزارة الخارجية فؤاد يزوغ»)', () => {
    const found = names('استقبل وزير الخارجية المغربي ناصر بوريطة نظيره المجري بيتر سيارتو. وحضر اللقاء من الجانب المغربي سفيرة المملكة ببودابست كريمة القباج، '
      + 'والمدير العام للعلاقات الثنائية والشؤون الإقليمية بوزارة الخارجية فؤاد يزوغ.');
    expect(found.some((n) => /بوزارة|الخارجية/.test(n))).toBe(false);
  });

  it('keeps a given name that takes the article («الرئيس الباجي قائد السبسي»)', () => {
    const found = names('استقبل الرئيس التونسي الباجي قائد السبسي وزير الخارجية الفرنسي جان إيف لودريان. '
      + 'وحضر اللقاء وزير الشؤون الخارجية خميس الجهيناوي، والسفير الفرنسي في تونس أوليفييه بوافر دارفور.');
    expect(found).toContain('الباجي قائد السبسي');
  });
});
