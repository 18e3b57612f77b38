import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'أنقرة - التقى الرئيس التركي رئيس الوزراء اليوناني في العاصمة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

// A source aside inside a sentence that goes on after it: the few words before it are no statement (round 48).
describe('the opening words before a source aside the sentence continues after', () => {
  it('reads no statement from «واتفق الزعيمان، وفق ما أفاد به مصدر، على …» or «وضم الوفد، بحسب ما نقلته الوكالة، …»', () => {
    expect(quotesOf('واتفق الزعيمان، وفق ما أفاد به مصدر دبلوماسي تركي، على تفعيل آليات بناء الثقة بين البلدين.')).toEqual([]);
    expect(quotesOf('وضم الوفد السوري، بحسب ما نقلته وكالة الأنباء الرسمية، وزير النقل ووزير الكهرباء.')).toEqual([]);
  });

  it('still reads a sentence attributed at its end, and a quotation before a mid-sentence aside', () => {
    expect(quotesOf('وتوصلت الكوريتان يوم الاثنين إلى اتفاق من أجل عقد قمة جديدة، بحسب ما أعلنت وكالة الأنباء.'))
      .toEqual(['وتوصلت الكوريتان يوم الاثنين إلى اتفاق من أجل عقد قمة جديدة']);
    expect(quotesOf('"الوضع خطير"، بحسب الوزير، مضيفا أن الحكومة ستتحرك.')[0]).toBe('"الوضع خطير"');
  });
});
