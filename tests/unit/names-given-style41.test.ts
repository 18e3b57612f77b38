import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A style written without the article right after an office is the given name it also is. (Invented sentences.)
describe('a bare «أمير» after an office', () => {
  it('opens the name', () => {
    expect(names('ثم قال وزير الخارجية بالوكالة أمير خان متقي، إن الوفد وصل.')).toContain('أمير خان متقي');
    expect(names('وقال وزير الصناعة أمير رضائي إن المصانع عادت إلى العمل.')).toContain('أمير رضائي');
  });
  it('stays a title before a place or a country, and with the article', () => {
    expect(names('وقال نائب أمير الرياض محمد بن عبدالرحمن إن الوفد وصل.')).toContain('محمد بن عبدالرحمن');
    expect(names('وقال أمير قطر تميم بن حمد إن الوفد وصل.')).toContain('تميم بن حمد');
    expect(names('واستقبل وزير الخارجية الأمير فيصل بن فرحان الوفد.')).toContain('فيصل بن فرحان');
  });
});
