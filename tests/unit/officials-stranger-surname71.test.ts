import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => o.name_en);

describe('a bare family name the gazetteer knows, in a story that never places its bearer', () => {
  it('reads a describing word that is a minister\'s family name as a word', () => {
    // «الفضلى» (Saudi minister), «الصدر» (Iraqi cleric): neither country, nor the full name, is in the story.
    expect(officials('وقالت الوزيرة إن القانون الجديد يحفظ مصلحة الطفل الفضلى ويصون حقوق الأم.')).toEqual([]);
    expect(officials('وتشمل الحملة العاملين في مستشفيات الحميات والصدر في المحافظات كافة.')).toEqual([]);
  });
  it('reads an adjective after a bare rank as no one', () => {
    // «الفائز» (Jordanian senate president) in a story of an election elsewhere.
    expect(officials('وقال أستاذ في جامعة داكار إن الرئيس الفائز سيواجه برلمانا منقسما.')).toEqual([]);
  });
  it('keeps the bearer once the story names the country', () => {
    expect(officials('وفي العراق، دعا الصدر أنصاره إلى التظاهر يوم الجمعة.')).toContain('Muqtada al-Sadr');
  });
  it('keeps the bearer once the story writes the full name', () => {
    expect(officials('التقى مقتدى الصدر وفدا من النواب، وقال الصدر إن الحكومة مقصرة.')).toContain('Muqtada al-Sadr');
  });
});
