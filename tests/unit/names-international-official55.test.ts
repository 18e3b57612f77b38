import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test: an official of an international body (the African Union, the UN), whom the article gives no
// country, is not of the country the story is about: a Sudanese story does not spell the AU's commissioner the Sudanese
// way (Qarni, not Garni), while the Sudanese officials of the same story keep their press's spelling.
describe("an international body's official in a story of one country", () => {
  const text = [
    'الخرطوم تستضيف محادثات السلام',
    'استقبل وزير الخارجية السوداني عمر قمر الدين في الخرطوم وفد الاتحاد الأفريقي.',
    'وقال رئيس الوزراء السوداني عبد الله حمدوك إن المحادثات ستتواصل، فيما قال وزير العدل السوداني نصر الدين عبد الباري إن الاتفاق قريب.',
    'وقال مفوض السلم والأمن بالاتحاد الأفريقي كمال قرني إن الاتحاد يدعم الحوار.',
  ].join('\n\n');
  const a = analyze(text);
  it('is not spelt by the story country', () => {
    const o = a.officials.find((x) => /African Union/.test(x.role_en ?? ''));
    expect(o?.name_en).toBe('Kamal Qarni');
  });
});
