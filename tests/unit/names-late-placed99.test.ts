import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { officeSpellsName } from '@/lib/english/names';

const official = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

// Hespress (Rabat), 20 March 2019: a committee of Morocco's parliament (tests/heldout12/1319-hespress-rabat-amzazi-
// education-committee). The secretary of state and the ministry's secretary-general are given no country by their
// titles; the King the story names seats them in Morocco after their names are spelt.
const RABAT =
  'حلّ سعيد أمزازي، وزير التربية الوطنية والتكوين المهني والتعليم العالي والبحث العلمي، صباح اليوم الأربعاء، ضيفا على لجنة التعليم والثقافة والاتصال بمجلس النواب، في اجتماع خُصص لمواصلة مناقشة مشروع القانون الإطار رقم 51.17 المتعلق بمنظومة التربية والتكوين والبحث العلمي.\n\n' +
  'ورافق الوزيرَ في هذا الاجتماع، الذي ترأسه محمد ملال، رئيس اللجنة، كل من خالد الصمدي، كاتب الدولة المكلف بالتعليم العالي والبحث العلمي، ويوسف بلقاسمي، الكاتب العام لقطاع التربية الوطنية.\n\n' +
  'وقال أمزازي، في معرض جوابه على مداخلات النواب، إن "القانون الإطار ليس نصا عاديا، بل هو تعاقد وطني ملزم للحكومات المتعاقبة".\n\n' +
  'يشار إلى أن مشروع القانون الإطار صودق عليه في المجلس الوزاري الذي ترأسه الملك محمد السادس في غشت الماضي، قبل إحالته على البرلمان.';
// The same story without its last sentence: no Moroccan the gazetteer knows seats the others, whose names keep the
// spelling they were given.
const RABAT_UNSEATED = RABAT.slice(0, RABAT.lastIndexOf('\n\n'));

describe('a name spelt before its holder was placed follows the state a seat places him in', () => {
  it('spells the Moroccan officials of a Rabat committee as Morocco’s press does', () => {
    const samadi = official(RABAT, 'خالد الصمدي');
    expect(samadi?.country).toBe('MA');
    expect(samadi?.name_en).toBe('Khalid Samadi');
    expect(official(RABAT, 'يوسف بلقاسمي')?.name_en).toBe('Youssef Balkasmi');
  });

  it('leaves the names of officials no seat places as they were spelt', () => {
    const samadi = official(RABAT_UNSEATED, 'خالد الصمدي');
    expect(samadi?.country).toBeNull();
    expect(samadi?.name_en).toBe('Khaled Al-Samadi');
  });

  it('a state’s office spells an Arab name, not a name of another tradition', () => {
    expect(officeSpellsName('خالد الصمدي', 'MA')).toBe(true);
    // (A foreign guest seated by a misread side keeps his own spelling: Rodrigo Araya.)
    expect(officeSpellsName('رودريغو أرايا', 'QA')).toBe(false);
    // (Nor does a state whose press spells Arab names no way of its own: Nepal's.)
    expect(officeSpellsName('خالد الصمدي', 'NP')).toBe(false);
  });
});
