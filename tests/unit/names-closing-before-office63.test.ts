import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// The family name that closes a name right before its bearer's office is the name's, though it reads as a word too;
// and a word that reads as one only behind ب, before a word of no language at the name's close, is part of a foreign
// name. (Invented sentences.)
describe('a family name with the article before the bearer\'s office', () => {
  it('closes a given name and a father\'s name that reads as a word too', () => {
    expect(names('وحضر اللقاء سعادة العميد سيف ناجح الحميمي مدير عام مكتب سمو الوزير.')).toContain('سيف ناجح الحميمي');
  });
  it('closes a lineage of three names with «بن»', () => {
    expect(names('وحضر اللقاء الفريق الركن خليفة بن سعيد بن جابر الشاطر رئيس هيئة الأركان.')).toContain('خليفة بن سعيد بن جابر الشاطر');
  });
  it('leaves out an adjective before the office', () => {
    const found = names('وحضر اللقاء سعادة العميد سيف ناجح المحلي مدير عام مكتب سمو الوزير.');
    expect(found.some((n) => n.includes('المحلي'))).toBe(false);
  });
});

describe('a word read only behind a preposition before a foreign word that closes the name', () => {
  it('keeps both words in the name', () => {
    expect(names('استقبل وزير الدفاع اليوم قائد القوات البحرية الباكستانية الأدميرال نديم أحمد بابر كيانيدو، والوفد المرافق له.'))
      .toContain('نديم أحمد بابر كيانيدو');
  });
  it('leaves out a preposition on a place noun before a place', () => {
    const found = names('والتقى وزير الخارجية ناصر أحمد بمقر بانجول، مع نظيره.');
    expect(found).toContain('ناصر أحمد');
  });
});

describe('a sound plural in the construct after a whole name', () => {
  it('is the verb\'s object, not a family name, where the lexicon knows only its singular', () => {
    const found = names('وبحث وزير الخارجية أحمد سالم مع نظيره الكيني موسى ويتانغولا صفقات التعاون الثنائي.');
    expect(found).toContain('موسى ويتانغولا');
    expect(found.some((n) => n.includes('صفقات'))).toBe(false);
    expect(names('وبحث وزير الخارجية أحمد سالم مع نظيره الكيني موسى ويتانغولا حزمات الدعم.').some((n) => n.includes('حزمات'))).toBe(false);
  });
});
