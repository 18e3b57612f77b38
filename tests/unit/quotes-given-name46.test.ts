import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a given name alone after the verb («وقال آبي») is the one official whose full name opens with it', () => {
  it('links «آبي» to Abiy Ahmed named before', () => {
    const text = 'وصل رئيس الوزراء الإثيوبي آبي أحمد إلى الخرطوم الجمعة والتقى قادة المجلس العسكري. وقال آبي في بيان وزعه مكتبه إن "الشعب السوداني قادر على تجاوز هذه المرحلة".';
    const q = quoteWith(text, 'قادر على تجاوز');
    expect(q?.speaker_en).toMatch(/Abiy/);
    expect(q?.speaker_id).toBeTruthy();
  });

  it('leaves a word of the language alone (no official is "said" by an ordinary noun)', () => {
    const text = 'والتقى الرئيس الأمريكي جو بايدن نظيره الفرنسي إيمانويل ماكرون في باريس. وقال الجانبان إن "المحادثات كانت مثمرة".';
    expect(quoteWith(text, 'المحادثات كانت')?.speaker_en ?? '').not.toMatch(/Biden|Macron/);
  });
});
