import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));
const LEAD = 'سول - التقى رئيس الوزراء الياباني فوميو كيشيدا الرئيس الكوري الجنوبي يون سوك يول ووزير الخارجية المصري سامح شكري في سول.\n\n';

describe('«أما» + title + one name + «فقال/فأكد إن»: the verb with ف ends the name and reports the words', () => {
  it('reads the words of a president named by one word', () => {
    const r = quoteOf(LEAD + 'أما الرئيس يون فقال إن البلدين "لا يمكن أن يسمحا للماضي بأن يمنعهما من التقدم".', 'يسمحا للماضي');
    expect(r?.text).toBe('البلدين "لا يمكن أن يسمحا للماضي بأن يمنعهما من التقدم"');
    expect(r?.speaker_en).toBe('Yoon Suk Yeol');
  });

  it('reads the words after «فأشار إلى أن» too', () => {
    const r = quoteOf(LEAD + 'أما الوزير شكري فأشار إلى أن المحادثات "كانت صريحة وبناءة".', 'صريحة وبناءة');
    expect(r?.speaker_en).toBe('Sameh Shoukry');
  });

  it('makes no official of the name and the verb', () => {
    const res = analyze(LEAD + 'أما الوزير شكري فقال إن المحادثات "كانت صريحة وبناءة".');
    expect(res.officials.map((o) => o.name_ar)).not.toContain('شكري فقال');
  });
});
