import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A foreign given name is not said alone after an office: the words after it, up to where the name closes («في»,
// «إن», a comma), are its family name, whatever the lexicon reads into them. (Invented sentences.)
describe('a foreign given name after an office keeps its family name', () => {
  it('reads a listed surname that the lexicon takes for a clitic and a particle, before «في»', () => {
    expect(names('وقال وزير الزراعة الهايتي جيرالد لاما في مؤتمر صحفي إن المحصول جيد.')).toContain('جيرالد لاما');
    expect(names('وقال وزير الداخلية الغاني أمبروز لاما في بيان إن الأمن مستتب.')).toContain('أمبروز لاما');
  });
  it('reads the family words after a bare office too', () => {
    expect(names('وقال رئيس البرلمان راجيندرا نامو في بيان إن الجلسة ستعقد غدا.')).toContain('راجيندرا نامو');
    expect(names('وقال رئيس البرلمان ماهيش دامة كوماراسينغي في بيان إن الجلسة ستعقد غدا.')).toContain('ماهيش دامة كوماراسينغي');
    expect(names('وقال رئيس البرلمان أوليفييه لاما في بيان إن الجلسة ستعقد غدا.')).toContain('أوليفييه لاما');
  });
  it('leaves a time word after the given name out', () => {
    const found = names('وقال رئيس البرلمان أوليفييه أمس في بيان إن الجلسة ستعقد غدا.');
    expect(found.some((n) => n.includes('أمس'))).toBe(false);
  });
});
